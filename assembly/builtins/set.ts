// set and shopt: shell options (Options fields), positional parameters, variable listing.
import { Task } from '../core/task';
import { Options } from '../core/shell';
import { sortNames } from './util';
import { shellQuote, isName } from '../exec/util';

const SET_O_NAMES = ['allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall',
  'histexpand', 'history', 'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec',
  'noglob', 'nolog', 'notify', 'nounset', 'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose',
  'vi', 'xtrace'];
const SET_O_DEFAULT_ON = ['braceexpand', 'hashall', 'interactive-comments'];

export const SHOPT_NAMES = ['autocd', 'assoc_expand_once', 'cdable_vars', 'cdspell', 'checkhash', 'checkjobs',
  'checkwinsize', 'cmdhist', 'compat31', 'compat32', 'compat40', 'compat41', 'compat42', 'compat43', 'compat44',
  'complete_fullquote', 'direxpand', 'dirspell', 'dotglob', 'execfail', 'expand_aliases', 'extdebug', 'extglob',
  'extquote', 'failglob', 'force_fignore', 'globasciiranges', 'globskipdots', 'globstar', 'gnu_errfmt',
  'histappend', 'histreedit', 'histverify', 'hostcomplete', 'huponexit', 'inherit_errexit',
  'interactive_comments', 'lastpipe', 'lithist', 'localvar_inherit', 'localvar_unset', 'login_shell',
  'mailwarn', 'no_empty_cmd_completion', 'nocaseglob', 'nocasematch', 'noexpand_translation', 'nullglob',
  'patsub_replacement', 'progcomp', 'progcomp_alias', 'promptvars', 'restricted_shell', 'shift_verbose',
  'sourcepath', 'varredir_close', 'xpg_echo'];

/** Value of a set -o option; -1 when unknown. */
export function getSetOpt(o: Options, name: string): i32 {
  if (name == 'errexit') return o.errexit ? 1 : 0;
  if (name == 'nounset') return o.nounset ? 1 : 0;
  if (name == 'pipefail') return o.pipefail ? 1 : 0;
  if (name == 'xtrace') return o.xtrace ? 1 : 0;
  if (name == 'noglob') return o.noglob ? 1 : 0;
  if (name == 'noclobber') return o.noclobber ? 1 : 0;
  if (SET_O_NAMES.indexOf(name) < 0) return -1;
  if (o.extra.has('o:' + name)) return 1;
  if (o.extra.has('o-:' + name)) return 0;
  return SET_O_DEFAULT_ON.indexOf(name) >= 0 ? 1 : 0;
}

/** Set a set -o option; false when the name is unknown. */
export function setSetOpt(o: Options, name: string, on: bool): bool {
  if (name == 'errexit') o.errexit = on;
  else if (name == 'nounset') o.nounset = on;
  else if (name == 'pipefail') o.pipefail = on;
  else if (name == 'xtrace') o.xtrace = on;
  else if (name == 'noglob') o.noglob = on;
  else if (name == 'noclobber') o.noclobber = on;
  else if (SET_O_NAMES.indexOf(name) >= 0) {
    o.extra.delete('o:' + name); o.extra.delete('o-:' + name);
    o.extra.add((on ? 'o:' : 'o-:') + name);
  } else return false;
  return true;
}

/** Value of a shopt option; -1 when unknown. */
export function getShopt(o: Options, name: string): i32 {
  if (name == 'nullglob') return o.nullglob ? 1 : 0;
  if (name == 'failglob') return o.failglob ? 1 : 0;
  if (name == 'dotglob') return o.dotglob ? 1 : 0;
  if (name == 'extglob') return o.extglob ? 1 : 0;
  if (name == 'globstar') return o.globstar ? 1 : 0;
  if (name == 'nocaseglob') return o.nocaseglob ? 1 : 0;
  if (name == 'nocasematch') return o.nocasematch ? 1 : 0;
  if (SHOPT_NAMES.indexOf(name) < 0) return -1;
  if (o.extra.has('s:' + name)) return 1;
  if (o.extra.has('s-:' + name)) return 0;
  return (name == 'checkwinsize' || name == 'cmdhist' || name == 'complete_fullquote' || name == 'extquote' ||
    name == 'force_fignore' || name == 'globasciiranges' || name == 'globskipdots' || name == 'hostcomplete' ||
    name == 'interactive_comments' || name == 'patsub_replacement' || name == 'progcomp' ||
    name == 'promptvars' || name == 'sourcepath') ? 1 : 0;
}

export function setShopt(o: Options, name: string, on: bool): bool {
  if (name == 'nullglob') o.nullglob = on;
  else if (name == 'failglob') o.failglob = on;
  else if (name == 'dotglob') o.dotglob = on;
  else if (name == 'extglob') o.extglob = on;
  else if (name == 'globstar') o.globstar = on;
  else if (name == 'nocaseglob') o.nocaseglob = on;
  else if (name == 'nocasematch') o.nocasematch = on;
  else if (SHOPT_NAMES.indexOf(name) >= 0) {
    o.extra.delete('s:' + name); o.extra.delete('s-:' + name);
    o.extra.add((on ? 's:' : 's-:') + name);
  } else return false;
  return true;
}

function pad15(s: string): string { let r = s; while (r.length < 15) r += ' '; return r; }

function letterOpt(c: string): string {
  if (c == 'e') return 'errexit';
  if (c == 'u') return 'nounset';
  if (c == 'x') return 'xtrace';
  if (c == 'f') return 'noglob';
  if (c == 'C') return 'noclobber';
  if (c == 'a') return 'allexport';
  if (c == 'v') return 'verbose';
  if (c == 'n') return 'noexec';
  if (c == 'h') return 'hashall';
  if (c == 'B') return 'braceexpand';
  if (c == 'E') return 'errtrace';
  if (c == 'T') return 'functrace';
  if (c == 'P') return 'physical';
  if (c == 'b') return 'notify';
  if (c == 'k') return 'keyword';
  if (c == 'm') return 'monitor';
  if (c == 'p') return 'privileged';
  if (c == 't') return 'onecmd';
  if (c == 'H') return 'histexpand';
  return '';
}

export function builtinSet(t: Task, argv: Array<string>): i32 {
  const o = t.shell.opts;
  if (argv.length == 1) {
    // all variables, sorted, quoted as bash does
    const m = new Map<string, string>();
    const g = t.shell.globals.keys();
    for (let i = 0; i < g.length; i++) {
      const v = t.shell.globals.get(unchecked(g[i]));
      if (v.isSet) m.set(unchecked(g[i]), v.value);
    }
    for (let s = 0; s < t.shell.locals.length; s++) {
      const sc = unchecked(t.shell.locals[s]);
      const k = sc.keys();
      for (let i = 0; i < k.length; i++) {
        const v = sc.get(unchecked(k[i]));
        if (v.isSet) m.set(unchecked(k[i]), v.value); else if (m.has(unchecked(k[i]))) m.delete(unchecked(k[i]));
      }
    }
    const names = sortNames(m.keys());
    let out = '';
    for (let i = 0; i < names.length; i++) if (isName(unchecked(names[i]))) out += unchecked(names[i]) + '=' + shellQuote(m.get(unchecked(names[i]))) + '\n';
    t.out(1, out);
    return 0;
  }
  let i = 1;
  let setPos = false;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; setPos = true; break; }
    if (a == '-') { i++; setPos = true; o.xtrace = false; setSetOpt(o, 'verbose', false); break; }
    const c0 = a.charAt(0);
    if ((c0 != '-' && c0 != '+') || a.length < 2) { setPos = true; break; }
    const on = c0 == '-';
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 'o') {
        if (i + 1 >= argv.length) {
          if (on) {
            let out = '';
            for (let n = 0; n < SET_O_NAMES.length; n++) {
              const nm = unchecked(SET_O_NAMES[n]);
              out += pad15(nm) + '\t' + (getSetOpt(o, nm) == 1 ? 'on' : 'off') + '\n';
            }
            t.out(1, out);
          } else {
            let out = '';
            for (let n = 0; n < SET_O_NAMES.length; n++) {
              const nm = unchecked(SET_O_NAMES[n]);
              out += 'set ' + (getSetOpt(o, nm) == 1 ? '-o ' : '+o ') + nm + '\n';
            }
            t.out(1, out);
          }
          continue;
        }
        i++;
        const name = unchecked(argv[i]);
        if (!setSetOpt(o, name, on)) {
          t.error('set: ' + name + ': invalid option name');
          return 2;
        }
        continue;
      }
      const name = letterOpt(c);
      if (name.length == 0) {
        t.error('set: ' + c0 + c + ': invalid option');
        t.out(2, 'set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
        return 2;
      }
      setSetOpt(o, name, on);
    }
  }
  if (setPos) t.shell.positional = argv.slice(i);
  return 0;
}

export function builtinShopt(t: Task, argv: Array<string>): i32 {
  const o = t.shell.opts;
  let mode = 0; // 0 print, 1 set, 2 unset
  let quiet = false;
  let printForm = false;
  let useSetO = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 's') mode = 1; else if (c == 'u') mode = 2; else if (c == 'q') quiet = true;
      else if (c == 'p') printForm = true; else if (c == 'o') useSetO = true;
      else {
        t.error('shopt: -' + c + ': invalid option');
        t.out(2, 'shopt: usage: shopt [-pqsu] [-o] [optname ...]\n');
        return 2;
      }
    }
  }
  const listing = i >= argv.length;
  const names: Array<string> = !listing ? argv.slice(i) : (useSetO ? SET_O_NAMES : SHOPT_NAMES);
  let status = 0;
  let out = '';
  for (let n = 0; n < names.length; n++) {
    const nm = unchecked(names[n]);
    const cur = useSetO ? getSetOpt(o, nm) : getShopt(o, nm);
    if (cur < 0) {
      t.error('shopt: ' + nm + ': invalid ' + (useSetO ? 'option name' : 'shell option name'));
      status = 1;
      continue;
    }
    if (!listing && (mode == 1 || mode == 2)) {
      if (useSetO) setSetOpt(o, nm, mode == 1); else setShopt(o, nm, mode == 1);
      continue;
    }
    // shopt -s / -u without names lists the options that are on / off
    if (listing && mode != 0 && (mode == 1) != (cur == 1)) continue;
    if (!listing && cur == 0) status = 1;
    if (quiet) continue;
    if (printForm) out += (useSetO ? 'set ' + (cur == 1 ? '-o ' : '+o ') : 'shopt ' + (cur == 1 ? '-s ' : '-u ')) + nm + '\n';
    else out += pad15(nm) + '\t' + (cur == 1 ? 'on' : 'off') + '\n';
  }
  t.out(1, out);
  return status;
}
