// Shell state that a subshell copies: variables (with function-local scopes), positional
// parameters, functions, options, cwd and the last status. Owned by the executor core;
// expansion and builtins read and write it only through these methods so that scoping
// (local), readonly and export rules live in one place.

export const VF_EXPORT: i32 = 1;
export const VF_READONLY: i32 = 2;
export const VF_INTEGER: i32 = 4;

/** Var.kind: a plain string, an indexed array (sparse i64 keys, ascending) or an associative array. */
export const VK_SCALAR: i32 = 0;
export const VK_INDEXED: i32 = 1;
export const VK_ASSOC: i32 = 2;

export class Var {
  kind: i32 = VK_SCALAR;
  /** VK_INDEXED: ascending indices and their values. */
  ik: Array<i64> = [];
  iv: Array<string> = [];
  /** VK_ASSOC: keys in insertion order (AssemblyScript's Map keeps it). */
  am: Map<string, string> = new Map();
  constructor(public value: string, public flags: i32 = 0, public isSet: bool = true) {}
  clone(): Var {
    const v = new Var(this.value, this.flags, this.isSet);
    v.kind = this.kind;
    if (this.kind == VK_INDEXED) { v.ik = this.ik.slice(0); v.iv = this.iv.slice(0); }
    else if (this.kind == VK_ASSOC) {
      const ks = this.am.keys();
      for (let i = 0; i < ks.length; i++) v.am.set(unchecked(ks[i]), this.am.get(unchecked(ks[i])));
    }
    return v;
  }
  isArray(): bool { return this.kind != VK_SCALAR; }
  /** Turn a scalar into an indexed array (a set scalar becomes element 0). */
  toIndexed(): void {
    if (this.kind != VK_SCALAR) return;
    this.kind = VK_INDEXED;
    this.ik = []; this.iv = [];
    if (this.isSet) { this.ik.push(0); this.iv.push(this.value); }
    this.value = ''; this.isSet = true;
  }
  toAssoc(): void {
    if (this.kind == VK_ASSOC) return;
    const wasSet = this.isSet && this.kind == VK_SCALAR;
    const old = this.value;
    this.kind = VK_ASSOC;
    this.am = new Map();
    if (wasSet) this.am.set('0', old);
    this.value = ''; this.isSet = true;
  }
  clearElems(): void { this.ik = []; this.iv = []; this.am = new Map(); }
  count(): i32 {
    if (this.kind == VK_INDEXED) return this.ik.length;
    if (this.kind == VK_ASSOC) return this.am.size;
    return this.isSet ? 1 : 0;
  }
  /** Position of index i in ik, or -(insertion point)-1. */
  find(i: i64): i32 {
    let lo = 0, hi = this.ik.length - 1;
    // fast path: appending
    if (hi >= 0 && unchecked(this.ik[hi]) < i) return -(hi + 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = unchecked(this.ik[mid]);
      if (k == i) return mid;
      if (k < i) lo = mid + 1; else hi = mid - 1;
    }
    return -lo - 1;
  }
  /** Highest index + 1 (0 when empty). */
  nextIndex(): i64 { return this.ik.length == 0 ? 0 : unchecked(this.ik[this.ik.length - 1]) + 1; }
  getIdx(i: i64): string | null {
    if (this.kind == VK_SCALAR) return i == 0 && this.isSet ? this.value : null;
    if (this.kind == VK_ASSOC) { const k = i.toString(); return this.am.has(k) ? this.am.get(k) : null; }
    const p = this.find(i);
    return p >= 0 ? unchecked(this.iv[p]) : null;
  }
  setIdx(i: i64, value: string): void {
    if (this.kind == VK_SCALAR) this.toIndexed();
    this.isSet = true;
    if (this.kind == VK_ASSOC) { this.am.set(i.toString(), value); return; }
    const p = this.find(i);
    if (p >= 0) { unchecked(this.iv[p] = value); return; }
    const at = -p - 1;
    if (at == this.ik.length) { this.ik.push(i); this.iv.push(value); return; }
    this.ik = insertI64(this.ik, at, i);
    this.iv = insertStr(this.iv, at, value);
  }
  unsetIdx(i: i64): void {
    if (this.kind == VK_ASSOC) { this.am.delete(i.toString()); return; }
    if (this.kind == VK_SCALAR) { if (i == 0) { this.isSet = false; this.value = ''; } return; }
    const p = this.find(i);
    if (p >= 0) { this.ik.splice(p, 1); this.iv.splice(p, 1); }
  }
  getKey(k: string): string | null {
    if (this.kind == VK_ASSOC) return this.am.has(k) ? this.am.get(k) : null;
    return k == '0' ? this.getIdx(0) : null;
  }
  setKey(k: string, value: string): void {
    if (this.kind != VK_ASSOC) this.toAssoc();
    this.isSet = true;
    this.am.set(k, value);
  }
  /** Element values in key order. */
  values(): Array<string> {
    if (this.kind == VK_INDEXED) return this.iv.slice(0);
    if (this.kind == VK_ASSOC) {
      const ks = assocOrder(this.am.keys());
      const out = new Array<string>(ks.length);
      for (let i = 0; i < ks.length; i++) unchecked(out[i] = this.am.get(unchecked(ks[i])));
      return out;
    }
    return this.isSet ? [this.value] : [];
  }
  /** Keys as text, in order. */
  keys(): Array<string> {
    if (this.kind == VK_INDEXED) {
      const out = new Array<string>(this.ik.length);
      for (let i = 0; i < this.ik.length; i++) unchecked(out[i] = unchecked(this.ik[i]).toString());
      return out;
    }
    if (this.kind == VK_ASSOC) return assocOrder(this.am.keys());
    return this.isSet ? ['0'] : [];
  }
  /** Scalar view: element 0 of an indexed array, key "0" of an associative one. */
  scalar(): string | null {
    if (this.kind == VK_SCALAR) return this.isSet ? this.value : null;
    return this.getIdx(0);
  }
  setScalar(value: string): void {
    if (this.kind == VK_SCALAR) { this.value = value; this.isSet = true; return; }
    if (this.kind == VK_ASSOC) this.am.set('0', value); else this.setIdx(0, value);
  }
}

/** bash's hash_string (FNV-1 over the bytes as signed chars). */
function bashHash(k: string): u32 {
  const b = String.UTF8.encode(k);
  const p = changetype<usize>(b);
  let h: u32 = 2166136261;
  for (let i = 0; i < b.byteLength; i++) {
    h = h * 16777619;
    h ^= <u32><i32>load<i8>(p + <usize>i);
  }
  return h;
}

/** Keys (insertion order) in the order bash lists an associative array: by hash bucket (1024
 *  buckets), the most recently inserted first within a bucket. */
function assocOrder(ins: Array<string>): Array<string> {
  const n = ins.length;
  if (n < 2) return ins;
  const sortKeys = new Array<i64>(n);
  for (let i = 0; i < n; i++) {
    const bucket = <i64>(bashHash(unchecked(ins[i])) & 1023);
    unchecked(sortKeys[i] = (bucket << 32) | <i64>(n - 1 - i));
  }
  const idx = new Array<i32>(n);
  for (let i = 0; i < n; i++) unchecked(idx[i] = i);
  // insertion sort is too slow for big arrays: sort packed (sortKey, index) pairs instead
  const packed = new Array<i64>(n);
  for (let i = 0; i < n; i++) unchecked(packed[i] = unchecked(sortKeys[i]));
  packed.sort((a: i64, b: i64): i32 => a < b ? -1 : (a > b ? 1 : 0));
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const orig = n - 1 - <i32>(unchecked(packed[i]) & 0xffffffff);
    unchecked(out[i] = unchecked(ins[orig]));
  }
  return out;
}

function insertI64(a: Array<i64>, at: i32, v: i64): Array<i64> {
  const out = new Array<i64>(a.length + 1);
  for (let i = 0; i < at; i++) unchecked(out[i] = unchecked(a[i]));
  unchecked(out[at] = v);
  for (let i = at; i < a.length; i++) unchecked(out[i + 1] = unchecked(a[i]));
  return out;
}
function insertStr(a: Array<string>, at: i32, v: string): Array<string> {
  const out = new Array<string>(a.length + 1);
  for (let i = 0; i < at; i++) unchecked(out[i] = unchecked(a[i]));
  unchecked(out[at] = v);
  for (let i = at; i < a.length; i++) unchecked(out[i + 1] = unchecked(a[i]));
  return out;
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
    if (v == null) return null;
    if (v.kind != VK_SCALAR) return v.getIdx(0);
    return v.isSet ? v.value : null;
  }

  /** Assign in the innermost scope that has the name (or globally). */
  set(name: string, value: string): i32 {
    const v = this.lookup(name);
    if (v != null) {
      if (v.flags & VF_READONLY) return SET_READONLY;
      v.setScalar(value);
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

  /** The visible binding, created as an unset global when missing (for element assignment). */
  binding(name: string): Var {
    let v = this.lookup(name);
    if (v == null) { v = new Var('', 0, false); this.globals.set(name, v); }
    return v;
  }

  /** name=(values…): replace with an indexed array of values 0..n-1 (for PIPESTATUS, read -a, mapfile). */
  setIndexedArray(name: string, values: Array<string>): void {
    const v = this.binding(name);
    if (v.kind == VK_ASSOC) { v.clearElems(); for (let i = 0; i < values.length; i++) v.am.set(i.toString(), unchecked(values[i])); return; }
    v.kind = VK_INDEXED; v.value = ''; v.isSet = true;
    const ik = new Array<i64>(values.length);
    for (let i = 0; i < values.length; i++) unchecked(ik[i] = <i64>i);
    v.ik = ik;
    v.iv = values.slice(0);
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
        if ((v.flags & VF_EXPORT) && v.isSet && v.kind == VK_SCALAR) out.push(name + '=' + v.value);
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
