// Shell state that a subshell copies: variables (with function-local scopes), positional
// parameters, functions, options, cwd and the last status. Owned by the executor core;
// expansion and builtins read and write it only through these methods so that scoping
// (local), readonly and export rules live in one place.

export const VF_EXPORT: i32 = 1;
export const VF_READONLY: i32 = 2;
export const VF_INTEGER: i32 = 4;

export class Var {
  constructor(public value: string, public flags: i32 = 0, public isSet: bool = true) {}
  clone(): Var { return new Var(this.value, this.flags, this.isSet); }
}

/** Result of setVar(): 0 ok, 1 readonly (the caller prints "NAME: readonly variable"). */
export const SET_OK: i32 = 0;
export const SET_READONLY: i32 = 1;

export class Options {
  errexit: bool = false;   // set -e
  nounset: bool = false;   // set -u
  pipefail: bool = false;  // set -o pipefail
  xtrace: bool = false;    // set -x
  noglob: bool = false;    // set -f
  noclobber: bool = false; // set -C
  nullglob: bool = false;  // shopt -s nullglob
  failglob: bool = false;  // shopt -s failglob
  dotglob: bool = false;   // shopt -s dotglob
  extglob: bool = true;    // shopt -s extglob (bash enables it for -c scripts via the parser)
  globstar: bool = false;  // shopt -s globstar
  nocaseglob: bool = false;
  nocasematch: bool = false;
  /** Options that are not fields: 'o:NAME' / 'o-:NAME' (set -o), 's:NAME' / 's-:NAME' (shopt) when changed. */
  extra: Set<string> = new Set();
  clone(): Options {
    const o = new Options();
    o.errexit = this.errexit; o.nounset = this.nounset; o.pipefail = this.pipefail; o.xtrace = this.xtrace;
    o.noglob = this.noglob; o.noclobber = this.noclobber; o.nullglob = this.nullglob; o.failglob = this.failglob;
    o.dotglob = this.dotglob; o.extglob = this.extglob; o.globstar = this.globstar;
    o.nocaseglob = this.nocaseglob; o.nocasematch = this.nocasematch;
    const ex = this.extra.values();
    for (let i = 0; i < ex.length; i++) o.extra.add(unchecked(ex[i]));
    return o;
  }
}

export class Shell {
  /** Global variables. */
  globals: Map<string, Var> = new Map();
  /** Function-local scopes, innermost last (dynamic scoping as in bash). */
  locals: Array<Map<string, Var>> = [];
  /** $1 … $N. */
  positional: Array<string> = [];
  /** $0. */
  argv0: string = 'bash';
  /** Function name -> FUNCDEF node address. */
  funcs: Map<string, i32> = new Map();
  opts: Options = new Options();
  cwd: string = '/';
  lastStatus: i32 = 0;
  /** $$ is the top shell's pid for every subshell; $BASHPID would differ. */
  pid: i32 = 4242;
  /** $! (0 = no background job yet). */
  lastBgPid: i32 = 0;
  /** FUNCNAME stack, innermost last. */
  funcNames: Array<string> = [];
  /** trap … EXIT command text ('' = none). Subshells start without it, as in bash. */
  exitTrap: string = '';
  /** getopts: the OPTIND it last set and the letter position inside that argument. */
  optInd: i32 = 0;
  optChar: i32 = 0;
  /** Other traps as set (signal name -> command); never fired, kept for `trap -p`. */
  traps: Map<string, string> = new Map();

  /** The innermost visible binding of name, or null. */
  lookup(name: string): Var | null {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const scope = unchecked(this.locals[i]);
      if (scope.has(name)) return scope.get(name);
    }
    return this.globals.has(name) ? this.globals.get(name) : null;
  }

  /** Value of a set variable, or null when unset. */
  get(name: string): string | null {
    const v = this.lookup(name);
    return v != null && v.isSet ? v.value : null;
  }

  /** Assign in the innermost scope that has the name (or globally). */
  set(name: string, value: string): i32 {
    const v = this.lookup(name);
    if (v != null) {
      if (v.flags & VF_READONLY) return SET_READONLY;
      v.value = value; v.isSet = true;
      return SET_OK;
    }
    this.globals.set(name, new Var(value));
    return SET_OK;
  }

  /** Declare name local to the innermost function scope (no-op outside functions: caller reports). */
  declareLocal(name: string, value: string | null): i32 {
    if (this.locals.length == 0) return SET_OK;
    const scope = unchecked(this.locals[this.locals.length - 1]);
    const outer = this.lookup(name);
    if (outer != null && (outer.flags & VF_READONLY)) return SET_READONLY;
    if (value != null) scope.set(name, new Var(value));
    else if (!scope.has(name)) scope.set(name, new Var('', 0, false));
    return SET_OK;
  }

  /** Unset: removes the innermost binding. Returns SET_READONLY when it cannot. */
  unset(name: string): i32 {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const scope = unchecked(this.locals[i]);
      if (scope.has(name)) {
        if (scope.get(name).flags & VF_READONLY) return SET_READONLY;
        scope.delete(name);
        return SET_OK;
      }
    }
    if (this.globals.has(name)) {
      if (this.globals.get(name).flags & VF_READONLY) return SET_READONLY;
      this.globals.delete(name);
    }
    return SET_OK;
  }

  /** Set or clear flags on the visible binding, creating an unset global if needed. */
  setFlags(name: string, add: i32, remove: i32): void {
    let v = this.lookup(name);
    if (v == null) { v = new Var('', 0, false); this.globals.set(name, v); }
    v.flags = (v.flags | add) & ~remove;
  }

  /** NAME=value strings of exported, set variables (the environment of spawned commands). */
  environ(): Array<string> {
    const seen = new Set<string>();
    const out: Array<string> = [];
    for (let i = this.locals.length - 1; i >= -1; i--) {
      const scope = i >= 0 ? unchecked(this.locals[i]) : this.globals;
      const keys = scope.keys();
      for (let k = 0; k < keys.length; k++) {
        const name = unchecked(keys[k]);
        if (seen.has(name)) continue;
        seen.add(name);
        const v = scope.get(name);
        if ((v.flags & VF_EXPORT) && v.isSet) out.push(name + '=' + v.value);
      }
    }
    return out;
  }

  /** Deep copy for a subshell, pipeline stage or command substitution. */
  clone(): Shell {
    const s = new Shell();
    s.globals = cloneScope(this.globals);
    for (let i = 0; i < this.locals.length; i++) s.locals.push(cloneScope(unchecked(this.locals[i])));
    s.positional = this.positional.slice(0);
    s.argv0 = this.argv0;
    const fk = this.funcs.keys();
    for (let i = 0; i < fk.length; i++) s.funcs.set(unchecked(fk[i]), this.funcs.get(unchecked(fk[i])));
    s.opts = this.opts.clone();
    s.cwd = this.cwd;
    s.lastStatus = this.lastStatus;
    s.pid = this.pid;
    s.lastBgPid = this.lastBgPid;
    s.optInd = this.optInd;
    s.optChar = this.optChar;
    s.funcNames = this.funcNames.slice(0);
    return s;
  }
}

function cloneScope(m: Map<string, Var>): Map<string, Var> {
  const out = new Map<string, Var>();
  const keys = m.keys();
  for (let i = 0; i < keys.length; i++) out.set(unchecked(keys[i]), m.get(unchecked(keys[i])).clone());
  return out;
}
