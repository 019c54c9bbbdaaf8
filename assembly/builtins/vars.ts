// Variable builtins: export, readonly, unset, local, declare/typeset, shift.
import { Task } from '../core/task';
import { Var, VF_EXPORT, VF_READONLY, VF_INTEGER, VK_SCALAR, VK_INDEXED, VK_ASSOC } from '../core/shell';
import { Replay } from '../core/replay';
import { isName, parseIntStr } from '../exec/util';
import { declLine, sortNames, dqQuote } from './util';
import { assignCompoundText, assignElement, assignCompoundWord, findCompoundWord, ASG_OK, ASG_STOP } from '../expand/assign';
import { kindOf, field } from '../core/nodes';
import { expandWordInto } from '../expand/index';
import { FieldBuilder } from '../expand/fields';
import { K_SIMPLE } from '../abi/layout';
import { quoteForReuse } from '../expand/quote';
import { splitSubscript, arrayIndex, badSubscript } from '../expand/param';

/** declare -p line of any variable (arrays as bash prints them). */
export function declOf(name: string, v: Var): string {
  if (v.kind == VK_SCALAR) return declLine(name, v);
  let letters = v.kind == VK_ASSOC ? 'A' : 'a';
  if (v.flags & VF_INTEGER) letters += 'i';
  if (v.flags & VF_READONLY) letters += 'r';
  if (v.flags & VF_EXPORT) letters += 'x';
  const head = 'declare -' + letters + ' ' + name;
  if (!v.isSet) return head + '\n';
  const ks = v.keys();
  const vs = v.values();
  let out = head + '=(';
  for (let i = 0; i < ks.length; i++) {
    if (i > 0) out += ' ';
    const k = unchecked(ks[i]);
    out += '[' + (v.kind == VK_ASSOC ? assocKeyText(k) : k) + ']=' + valText(unchecked(vs[i]));
  }
  if (v.kind == VK_ASSOC && ks.length > 0) out += ' ';
  return out + ')\n';
}

export function valText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c == 127) return quoteForReuse(s);
  }
  return dqQuote(s);
}

export function assocKeyText(k: string): string {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c == 32 || c == 9 || c == 10 || c == 34 || c == 39 || c == 92 || c == 36 || c == 96 || c == 93 || c == 91 || c == 59 || c == 38 || c == 124 || c == 60 || c == 62 || c == 40 || c == 41 || c == 42 || c == 63) return dqQuote(k);
  }
  return k.length == 0 ? '""' : k;
}

function isCompound(val: string): bool { return val.length >= 2 && val.startsWith('(') && val.endsWith(')'); }

/** How many NAME=( words of the current command were used already (declare a=(1) a=(2)). */
let compoundSeen: Map<string, i32> = new Map();

/** The WORD of the NAME=(…) argument being handled (0 = none: use the expanded text). */
let pendingWord: i32 = 0;

/** For argv[i] = "NAME=(…" find its WORD in the running command; the argument may have been split
 *  into several fields ("$@"): returns how many argv entries it spans (1 when not found). */
function claimCompound(t: Task, argv: Array<string>, i: i32): i32 {
  pendingWord = 0;
  const a = unchecked(argv[i]);
  const eq = a.indexOf('=(');
  if (eq <= 0) return 1;
  let name = a.substring(0, eq);
  const append = name.endsWith('+');
  if (append) name = name.substring(0, name.length - 1);
  if (!isName(name)) return 1;
  const fr = t.frames.length > 0 ? unchecked(t.frames[t.frames.length - 1]) : null;
  if (fr == null || kindOf(fr.node) != K_SIMPLE) return 1;
  const prefix = name + (append ? '+=(' : '=(');
  const k = compoundSeen.has(prefix) ? compoundSeen.get(prefix) : 0;
  compoundSeen.set(prefix, k + 1);
  const w = findCompoundWord(field(fr.node, 2), prefix, k);
  if (w == 0) {
    // not usable: take the arguments up to the one closing the list
    let j = i;
    while (j < argv.length - 1 && !unchecked(argv[j]).endsWith(')')) j++;
    return unchecked(argv[j]).endsWith(')') ? j - i + 1 : 1;
  }
  // fields the word made (before pathname expansion, which cannot be waited for here)
  const fb = new FieldBuilder(true, t.shell.get('IFS'));
  const saved = t.failStatus;
  if (!expandWordInto(t, w, new Replay(), fb, false)) {
    t.failStatus = saved;
    // $(…) cannot be run again here: take the arguments up to the one closing the list
    let j = i;
    while (j < argv.length - 1 && !unchecked(argv[j]).endsWith(')')) j++;
    return unchecked(argv[j]).endsWith(')') ? j - i + 1 : 1;
  }
  fb.finish();
  pendingWord = w;
  const n = fb.texts.length;
  return n < 1 ? 1 : (i + n <= argv.length ? n : 1);
}

/** Apply "(…)" or a plain value to name as an array assignment. Returns 0 or 1. */
function arrayAssign(t: Task, name: string, val: string, append: bool, assoc: bool): i32 {
  const r = new Replay();
  let st: i32;
  if (isCompound(val)) {
    // the elements from the command's WORD when it was found (quotes and "$@" kept)
    st = ASG_STOP;
    const w = pendingWord;
    pendingWord = 0;
    if (w != 0) {
      const saved = t.failStatus;
      st = assignCompoundWord(t, name, w, name + (append ? '+=(' : '=('), append, assoc);
      if (st == ASG_STOP && t.failStatus != 0) { t.failStatus = 0; return 1; }
      t.failStatus = saved;
    }
    if (st == ASG_STOP) st = assignCompoundText(t, name, val, append, r, assoc);
  }
  else st = assignElement(t, name, assoc ? '0' : '0', val, append, r);
  if (st == ASG_STOP) { t.failStatus = 0; return 1; }
  return st == ASG_OK ? 0 : 1;
}

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
    if ((v.flags & mask) == mask && isName(unchecked(names[i]))) out += declOf(unchecked(names[i]), v);
  }
  t.out(1, out);
}

/** export / readonly share their shape: flag is VF_EXPORT or VF_READONLY. */
export function builtinExportLike(t: Task, argv: Array<string>, flag: i32): i32 {
  compoundSeen = new Map();
  const name0 = flag == VF_EXPORT ? 'export' : 'readonly';
  let remove = false;
  let i = 1;
  let funcs = false;
  let arrKind = 0;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 'n' && flag == VF_EXPORT) remove = true;
      else if (c == 'a' && flag == VF_READONLY) arrKind = VK_INDEXED;
      else if (c == 'A' && flag == VF_READONLY) arrKind = VK_ASSOC;
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
    let arg = unchecked(argv[i]);
    pendingWord = 0;
    if (!funcs && arg.indexOf('=(') > 0) {
      const span = claimCompound(t, argv, i);
      if (span > 1) { arg = argv.slice(i, i + span).join(' '); i += span - 1; }
    }
    const nv = splitAssign(arg);
    if (!isName(nv.name)) { t.error(name0 + ": `" + unchecked(argv[i]) + "': not a valid identifier"); status = 1; continue; }
    if (funcs) continue;
    const cur = t.shell.lookup(nv.name);
    if (nv.value != null && (arrKind != 0 || isCompound(nv.value!) || (cur != null && cur.isArray()))) {
      if (arrayAssign(t, nv.name, nv.value!, nv.append, arrKind == VK_ASSOC || (cur != null && cur.kind == VK_ASSOC)) != 0) { status = 1; continue; }
    } else if (nv.value != null) {
      let val = nv.value!;
      if (nv.append) { const old = t.shell.get(nv.name); if (old != null) val = old + val; }
      if (t.shell.set(nv.name, val) != 0) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
    } else if (arrKind != 0) {
      const v = t.shell.binding(nv.name);
      if (arrKind == VK_ASSOC && v.kind != VK_ASSOC) { v.toAssoc(); }
      else if (arrKind == VK_INDEXED && v.kind == VK_SCALAR) { const was = v.isSet; v.toIndexed(); v.isSet = was; }
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
    const parts = splitSubscript(name);
    if (parts != null && isName(unchecked(parts[0]))) {
      const an = unchecked(parts[0]);
      const sub = unchecked(parts[1]);
      const v = t.shell.lookup(an);
      if (v == null) continue;
      if (sub == '@' || sub == '*') {
        if (v.flags & VF_READONLY) { t.error('unset: ' + an + ': cannot unset: readonly variable'); status = 1; continue; }
        if (v.isArray()) { v.clearElems(); v.isSet = true; } else t.shell.unset(an);
        continue;
      }
      if (v.flags & VF_READONLY) { t.error('unset: ' + an + ': cannot unset: readonly variable'); status = 1; continue; }
      if (v.kind == VK_ASSOC) { v.am.delete(sub); continue; }
      const idx = arrayIndex(t, v, sub, new Replay());
      if (badSubscript) {
        if (t.failStatus != 0) { t.failStatus = 0; status = 1; continue; }
        t.error('unset: [' + sub + ']: bad array subscript'); status = 1; continue;
      }
      if (v.kind == VK_SCALAR) { if (idx == 0) t.shell.unset(an); continue; }
      v.unsetIdx(idx);
      continue;
    }
    if (!isName(name)) { t.error("unset: `" + name + "': not a valid identifier"); status = 1; continue; }
    if (mode == 0 && t.shell.lookup(name) == null && t.shell.funcs.has(name)) { t.shell.funcs.delete(name); continue; }
    if (t.shell.unset(name) != 0) { t.error('unset: ' + name + ': cannot unset: readonly variable'); status = 1; }
  }
  return status;
}

/** local / declare / typeset: -x -r -i -g -p (-a -A accepted; arrays are not modelled). */
export function builtinDeclare(t: Task, argv: Array<string>, isLocal: bool): i32 {
  compoundSeen = new Map();
  const name0 = isLocal ? 'local' : unchecked(argv[0]);
  if (isLocal && t.funcDepth == 0) { t.error('local: can only be used in a function'); return 1; }
  let add = 0;
  let remove = 0;
  let global = false;
  let print = false;
  let funcs = false;
  let arrKind = 0;
  let unArray = false;
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
      else if (c == 'a') { if (on && arrKind == 0) arrKind = VK_INDEXED; else if (!on) unArray = true; continue; }
      else if (c == 'A') { if (on) arrKind = VK_ASSOC; else unArray = true; continue; }
      else if (c == 'l' || c == 'u' || c == 't' || c == 'n') continue;
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
    let arg = unchecked(argv[i]);
    pendingWord = 0;
    if (!print && arg.indexOf('=(') > 0) {
      const span = claimCompound(t, argv, i);
      if (span > 1) { arg = argv.slice(i, i + span).join(' '); i += span - 1; }
    }
    const nv = splitAssign(arg);
    if (print) {
      const v = t.shell.lookup(nv.name);
      if (v == null) { t.error(name0 + ': ' + nv.name + ': not found'); status = 1; continue; }
      t.out(1, declOf(nv.name, v));
      continue;
    }
    if (!isName(nv.name)) { t.error(name0 + ": `" + arg + "': not a valid identifier"); status = 1; continue; }
    const inFunc = t.funcDepth > 0 && !global;
    const seen = t.shell.lookup(nv.name);
    if (unArray && seen != null && seen.isArray()) { t.error(name0 + ': ' + nv.name + ': cannot destroy array variables in this way'); status = 1; continue; }
    const wantArray = arrKind != 0 || (nv.value != null && isCompound(nv.value!)) || (nv.value != null && seen != null && seen.isArray());
    if (wantArray) {
      // make the binding (local in a function), give it the array kind, then assign
      if (inFunc) {
        const cur = t.shell.locals.length > 0 ? unchecked(t.shell.locals[t.shell.locals.length - 1]) : null;
        if (cur != null && !cur.has(nv.name) && t.shell.declareLocal(nv.name, null) != 0) {
          t.error(nv.name + ': readonly variable'); status = 1; continue;
        }
      } else if (global && !t.shell.globals.has(nv.name)) t.shell.globals.set(nv.name, new Var('', 0, false));
      const v = inFunc || !global ? t.shell.binding(nv.name) : t.shell.globals.get(nv.name);
      if ((v.flags & VF_READONLY) != 0 && nv.value != null) { t.error(nv.name + ': readonly variable'); status = 1; continue; }
      const kind = arrKind != 0 ? arrKind : (v.kind == VK_ASSOC ? VK_ASSOC : VK_INDEXED);
      if (kind == VK_ASSOC && v.kind == VK_INDEXED) { t.error(nv.name + ': cannot convert indexed to associative array'); status = 1; continue; }
      if (kind == VK_INDEXED && v.kind == VK_ASSOC) { t.error(nv.name + ': cannot convert associative to indexed array'); status = 1; continue; }
      if (kind == VK_ASSOC && v.kind != VK_ASSOC) { const was = v.isSet; v.toAssoc(); v.isSet = was; }
      else if (kind == VK_INDEXED && v.kind == VK_SCALAR) { const was = v.isSet; v.toIndexed(); v.isSet = was; }
      if ((add & VF_INTEGER) != 0) v.flags |= VF_INTEGER;
      if (nv.value != null) {
        if (arrayAssign(t, nv.name, nv.value!, nv.append, kind == VK_ASSOC) != 0) { status = 1; continue; }
      }
    } else if (inFunc) {
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
        if (g != null) g.setScalar(val); else t.shell.globals.set(nv.name, new Var(val));
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
