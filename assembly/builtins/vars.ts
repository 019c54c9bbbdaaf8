// Variable builtins: export, readonly, unset, local, declare/typeset, shift.
import { Task } from '../core/task';
import { Var, VF_EXPORT, VF_READONLY, VF_INTEGER } from '../core/shell';
import { isName, parseIntStr } from '../exec/util';
import { declLine, sortNames } from './util';

/** Split "name=value" (value null when there is no '='); "name+=value" sets append. */
class NameValue { name: string = ''; value: string | null = null; append: bool = false; }
function splitAssign(a: string): NameValue {
  const nv = new NameValue();
  const eq = a.indexOf('=');
  if (eq < 0) { nv.name = a; return nv; }
  let name = a.substring(0, eq);
  if (name.endsWith('+')) { nv.append = true; name = name.substring(0, name.length - 1); }
  nv.name = name;
  nv.value = a.substring(eq + 1);
  return nv;
}

function allVisible(t: Task): Map<string, Var> {
  const m = new Map<string, Var>();
  const g = t.shell.globals.keys();
  for (let i = 0; i < g.length; i++) m.set(unchecked(g[i]), t.shell.globals.get(unchecked(g[i])));
  for (let s = 0; s < t.shell.locals.length; s++) {
    const sc = unchecked(t.shell.locals[s]);
    const k = sc.keys();
    for (let i = 0; i < k.length; i++) m.set(unchecked(k[i]), sc.get(unchecked(k[i])));
  }
  return m;
}

/** Print declare lines of visible variables having all bits of mask. */
function listVars(t: Task, mask: i32): void {
  const m = allVisible(t);
  const names = sortNames(m.keys());
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const v = m.get(unchecked(names[i]));
    if ((v.flags & mask) == mask && isName(unchecked(names[i]))) out += declLine(unchecked(names[i]), v);
  }
  t.out(1, out);
}

/** export / readonly share their shape: flag is VF_EXPORT or VF_READONLY. */
export function builtinExportLike(t: Task, argv: Array<string>, flag: i32): i32 {
  const name0 = flag == VF_EXPORT ? 'export' : 'readonly';
  let remove = false;
  let i = 1;
  let funcs = false;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 'n' && flag == VF_EXPORT) remove = true;
      else if (c == 'p') {}
      else if (c == 'f') funcs = true;
      else {
        t.error(name0 + ': -' + c + ': invalid option');
        t.out(2, name0 + (flag == VF_EXPORT ? ': usage: export [-fn] [name[=value] ...] or export -p\n'
          : ': usage: readonly [-aAf] [name[=value] ...] or readonly -p\n'));
        return 2;
      }
    }
  }
  if (i >= argv.length) { if (!funcs) listVars(t, flag); return 0; }
  let status = 0;
  for (; i < argv.length; i++) {
    const nv = splitAssign(unchecked(argv[i]));
    if (!isName(nv.name)) { t.error(name0 + ": `" + unchecked(argv[i]) + "': not a valid identifier"); status = 1; continue; }
    if (funcs) continue;
    if (nv.value != null) {
      let val = nv.value!;
      if (nv.append) { const old = t.shell.get(nv.name); if (old != null) val = old + val; }
      if (t.shell.set(nv.name, val) != 0) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
    }
    if (remove) t.shell.setFlags(nv.name, 0, flag);
    else t.shell.setFlags(nv.name, flag, 0);
  }
  return status;
}

/** unset [-v|-f|-n] name… */
export function builtinUnset(t: Task, argv: Array<string>): i32 {
  let mode = 0; // 0 var-then-func, 1 var, 2 func
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (a == '-v') mode = 1; else if (a == '-f') mode = 2; else if (a == '-n') mode = 1;
    else if (a.startsWith('-') && a.length > 1) {
      t.error('unset: ' + a.substring(0, 2) + ': invalid option');
      t.out(2, 'unset: usage: unset [-f] [-v] [-n] [name ...]\n');
      return 2;
    } else break;
  }
  let status = 0;
  for (; i < argv.length; i++) {
    const name = unchecked(argv[i]);
    if (mode == 2) { t.shell.funcs.delete(name); continue; }
    if (!isName(name)) { t.error("unset: `" + name + "': not a valid identifier"); status = 1; continue; }
    if (mode == 0 && t.shell.lookup(name) == null && t.shell.funcs.has(name)) { t.shell.funcs.delete(name); continue; }
    if (t.shell.unset(name) != 0) { t.error('unset: ' + name + ': cannot unset: readonly variable'); status = 1; }
  }
  return status;
}

/** local / declare / typeset: -x -r -i -g -p (-a -A accepted; arrays are not modelled). */
export function builtinDeclare(t: Task, argv: Array<string>, isLocal: bool): i32 {
  const name0 = isLocal ? 'local' : unchecked(argv[0]);
  if (isLocal && t.funcDepth == 0) { t.error('local: can only be used in a function'); return 1; }
  let add = 0;
  let remove = 0;
  let global = false;
  let print = false;
  let funcs = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if ((!a.startsWith('-') && !a.startsWith('+')) || a.length < 2) break;
    const on = a.charAt(0) == '-';
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      let bit = 0;
      if (c == 'x') bit = VF_EXPORT;
      else if (c == 'r') bit = VF_READONLY;
      else if (c == 'i') bit = VF_INTEGER;
      else if (c == 'g') { global = true; continue; }
      else if (c == 'p') { print = true; continue; }
      else if (c == 'f' || c == 'F') { funcs = true; continue; }
      else if (c == 'a' || c == 'A' || c == 'l' || c == 'u' || c == 't' || c == 'n') continue;
      else {
        t.error(name0 + ': -' + c + ': invalid option');
        return 2;
      }
      if (on) add |= bit; else remove |= bit;
    }
  }
  if (funcs) {
    let st = 0;
    for (; i < argv.length; i++) if (!t.shell.funcs.has(unchecked(argv[i]))) st = 1;
    return st;
  }
  if (i >= argv.length) {
    if (print || add == 0) listVars(t, add);
    else listVars(t, add);
    return 0;
  }
  let status = 0;
  for (; i < argv.length; i++) {
    const arg = unchecked(argv[i]);
    const nv = splitAssign(arg);
    if (print) {
      const v = t.shell.lookup(nv.name);
      if (v == null) { t.error(name0 + ': ' + nv.name + ': not found'); status = 1; continue; }
      t.out(1, declLine(nv.name, v));
      continue;
    }
    if (!isName(nv.name)) { t.error(name0 + ": `" + arg + "': not a valid identifier"); status = 1; continue; }
    const inFunc = t.funcDepth > 0 && !global;
    if (inFunc) {
      const cur = t.shell.locals.length > 0 ? unchecked(t.shell.locals[t.shell.locals.length - 1]) : null;
      if (cur != null && cur.has(nv.name)) {
        if (nv.value != null && t.shell.set(nv.name, nv.value!) != 0) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
      } else if (t.shell.declareLocal(nv.name, nv.value) != 0) {
        t.error(nv.name + ': readonly variable'); status = 1; continue;
      }
    } else if (nv.value != null) {
      let val = nv.value!;
      if (nv.append) { const old = t.shell.get(nv.name); if (old != null) val = old + val; }
      if (global) {
        const g = t.shell.globals.has(nv.name) ? t.shell.globals.get(nv.name) : null;
        if (g != null && (g.flags & VF_READONLY) != 0) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
        if (g != null) { g.value = val; g.isSet = true; } else t.shell.globals.set(nv.name, new Var(val));
      } else if (t.shell.set(nv.name, val) != 0) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
    } else if (t.shell.lookup(nv.name) == null) {
      t.shell.globals.set(nv.name, new Var('', 0, false));
    }
    if (add != 0 || remove != 0) {
      const v = t.shell.lookup(nv.name);
      if (v != null) {
        if ((remove & VF_READONLY) != 0 && (v.flags & VF_READONLY) != 0) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
        v.flags = (v.flags | add) & ~remove;
      }
    }
  }
  return status;
}

/** shift [n] */
export function builtinShift(t: Task, argv: Array<string>): i32 {
  let n: i64 = 1;
  if (argv.length >= 2) {
    const p = parseIntStr(unchecked(argv[1]));
    if (!p.ok) { t.error('shift: ' + unchecked(argv[1]) + ': numeric argument required'); return 1; }
    if (p.value < 0) { t.error('shift: ' + unchecked(argv[1]) + ': shift count out of range'); return 1; }
    n = p.value;
  }
  const pos = t.shell.positional;
  if (n > <i64>pos.length) return 1;
  t.shell.positional = pos.slice(<i32>n);
  return 0;
}
