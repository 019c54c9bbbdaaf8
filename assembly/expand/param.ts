// Parameter expansion: ${…} and $name (PARAM node: K_* doc in abi/layout.ts).
//
// A parameter's value is a list of strings: one element for scalars, the positional parameters
// for @ and * (so ${@:2}, ${@#pat}, ${#@} work element-wise), none when unset. Operators apply
// to every element; the result goes into the FieldBuilder as "$@" (separate fields), "$*"
// (joined with IFS[0]) or one scalar.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { field, fieldStr, listLen } from '../core/nodes';
import { SET_READONLY, VF_EXPORT, VF_READONLY, VF_INTEGER, VK_SCALAR, VK_INDEXED, VK_ASSOC, Var } from '../core/shell';
import {
  PO_NONE, PO_DEFAULT, PO_ASSIGN, PO_ERROR, PO_ALT, PO_TRIM_PREFIX, PO_TRIM_PREFIX_LONG, PO_TRIM_SUFFIX,
  PO_TRIM_SUFFIX_LONG, PO_REPLACE, PO_REPLACE_ALL, PO_REPLACE_PREFIX, PO_REPLACE_SUFFIX, PO_SUBSTR,
  PO_UPPER_FIRST, PO_UPPER_ALL, PO_LOWER_FIRST, PO_LOWER_ALL, PO_TRANSFORM, PO_BAD,
  PF_LENGTH, PF_INDIRECT, PF_COLON, PF_PREFIX_NAMES,
} from '../abi/layout';
import { FieldBuilder } from './fields';
import { expandWordInto, expandString, expandPattern } from './index';
import { memoArithValue, memoRandom, memoArithText } from './memo';
import { setArithErrPrefix } from '../arith/index';
import { matchPrefix, matchSuffix, matchRange, patternMatch, fixedLength } from '../pattern/index';
import { quoteForReuse, decodeEscapes, charCount, bytesToText, ESC_ANSI } from './quote';
import { host_now } from '../host/imports';
import { declOf, valText, assocKeyText } from '../builtins/vars';
import { assignElement, ASG_OK, ASG_STOP } from './assign';

let startMs: f64 = -1;

class Value {
  items: Array<string> = [];
  isSet: bool = false;
  /** @ or * (a list even with one element). */
  isList: bool = false;
  /** '*' joins with IFS[0] inside double quotes. */
  star: bool = false;
  /** ${a[@]} of an indexed array: the indices of items (substrings slice by index). */
  arr: Var | null = null;
}

/** Split "name[sub]" into name and subscript (null when there is no subscript). */
export function splitSubscript(s: string): Array<string> | null {
  const lb = s.indexOf('[');
  if (lb <= 0 || !s.endsWith(']')) return null;
  return [s.substring(0, lb), s.substring(lb + 1, s.length - 1)];
}

/** Index of an indexed array subscript: arithmetic, negative counts from the end. null = failed
 *  (message printed) or blocked. bad is set for a negative index before the start. */
export let badSubscript: bool = false;
export function arrayIndex(t: Task, v: Var | null, text: string, r: Replay): i64 {
  badSubscript = false;
  const s = memoArithText(t, text, r);
  if (s == null) { badSubscript = true; return 0; }
  let i = I64.parseInt(s);
  if (i < 0) {
    const n: i64 = v != null && v.kind == VK_INDEXED ? v.nextIndex() : (v != null && v.kind == VK_SCALAR && v.isSet ? 1 : 0);
    i += n;
    if (i < 0) badSubscript = true;
  }
  return i;
}

/** Value of name[sub] for a subscript other than @ / *. */
function elementValue(t: Task, name: string, sub: string, r: Replay, out: Value): bool {
  const v = t.shell.lookup(name);
  if (v != null && v.kind == VK_ASSOC) {
    const e = v.getKey(sub);
    if (e != null) { out.items.push(e); out.isSet = true; }
    return true;
  }
  const i = arrayIndex(t, v, sub, r);
  if (badSubscript) {
    if (r.blocked || t.failStatus != 0) return false;
    t.error(name + ': bad array subscript');
    return true;
  }
  if (v == null) return true;
  const e = v.getIdx(i);
  if (e != null) { out.items.push(e); out.isSet = true; }
  return true;
}

/** All elements of name (name[@] / name[*]). */
function arrayValue(t: Task, name: string, star: bool, r: Replay): Value {
  const out = new Value();
  out.isList = true; out.star = star;
  if (name == '@' || name == '*') { out.items = t.shell.positional.slice(0); out.isSet = out.items.length > 0; return out; }
  const v = t.shell.lookup(name);
  if (v != null) {
    if (v.kind == VK_SCALAR) { if (v.isSet) out.items.push(v.value); }
    else { out.items = v.values(); out.arr = v; }
    out.isSet = out.items.length > 0;
    if (v.kind == VK_SCALAR && !v.isSet) out.isSet = false;
  }
  return out;
}

export function isValidName(s: string): bool {
  if (s.length == 0) return false;
  const c0 = s.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 == 95)) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function isDigits(s: string): bool {
  if (s.length == 0) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

function isSpecial(s: string): bool {
  return s == '@' || s == '*' || s == '#' || s == '?' || s == '$' || s == '!' || s == '-' || isDigits(s);
}

function optionFlags(t: Task): string {
  const o = t.shell.opts;
  let s = '';
  if (o.errexit) s += 'e';
  if (o.noglob) s += 'f';
  s += 'h';
  if (o.nounset) s += 'u';
  if (o.xtrace) s += 'x';
  s += 'B';
  if (o.noclobber) s += 'C';
  return s + 'c';
}

function lookup(t: Task, name: string, r: Replay): Value {
  const v = new Value();
  const sh = t.shell;
  if (name == '@' || name == '*') {
    v.isList = true; v.star = name == '*';
    v.items = sh.positional.slice(0);
    v.isSet = v.items.length > 0;
    return v;
  }
  let s: string | null = null;
  if (isDigits(name)) {
    const n = I32.parseInt(name);
    if (n == 0) s = sh.argv0;
    else if (n <= sh.positional.length) s = unchecked(sh.positional[n - 1]);
  } else if (name == '#') s = sh.positional.length.toString();
  else if (name == '?') s = sh.lastStatus.toString();
  else if (name == '$') s = sh.pid.toString();
  else if (name == '-') s = optionFlags(t);
  else if (name == '!') s = sh.get('!');
  else {
    s = sh.get(name);
    if (s == null) {
      if (name == 'RANDOM') s = memoRandom(r, host_now());
      else if (name == 'LINENO') s = t.line.toString();
      else if (name == 'SECONDS') {
        if (startMs < 0) startMs = host_now();
        s = (<i64>((host_now() - startMs) / 1000)).toString();
      } else if (name == 'BASHPID') s = sh.pid.toString();
    }
  }
  if (s != null) { v.items.push(s); v.isSet = true; }
  return v;
}

function unboundFail(t: Task, name: string): bool {
  t.error(name + ': unbound variable');
  t.fail(127, true);
  return false;
}

/** Expand a PARAM node into fb. false = blocked or failed. */
export function expandParam(t: Task, node: i32, r: Replay, fb: FieldBuilder, inDQ: bool): bool {
  let name = fieldStr(node, 1);
  const op = field(node, 3);
  const arg1 = field(node, 4);
  const arg2 = field(node, 5);
  const flags = field(node, 6);
  const index = field(node, 7);

  if (op == PO_BAD) {
    const text = name.startsWith('${') ? name : '${' + name + '}';
    t.error(text + ': bad substitution');
    t.fail(1);
    return false;
  }

  if (flags & PF_PREFIX_NAMES) {
    const form = arg1 == 0 ? '*' : expandString(t, arg1, r);
    if (form == null) return false;
    return prefixNames(t, name, fb, inDQ, form == '*');
  }
  if ((flags & PF_INDIRECT) && index != 0) {
    // ${!x[@]}: the keys of x; a set scalar has the one key 0.
    const form = expandString(t, index, r);
    if (form == null) return false;
    if (form == '@' || form == '*') {
      const kv = new Value();
      kv.isList = true; kv.star = form == '*';
      const bv = t.shell.lookup(name);
      if (bv != null) kv.items = bv.keys();
      kv.isSet = kv.items.length > 0;
      return emit(t, kv, fb, inDQ);
    }
  }

  let sub: string | null = null;
  if (flags & PF_INDIRECT) {
    const ref = lookup(t, name, r);
    if (!ref.isSet || ref.items.length == 0 || (!ref.isList && unchecked(ref.items[0]).length == 0)) {
      if (ref.isList) { /* ${!@}: fall through to an empty expansion */ return true; }
      if (t.shell.opts.nounset && !ref.isSet) return unboundFail(t, name);
      t.error(name + ': invalid indirect expansion');
      t.fail(1);
      return false;
    }
    let target = ref.isList ? unchecked(ref.items[ref.items.length - 1]) : unchecked(ref.items[0]);
    const parts = splitSubscript(target);
    if (parts != null && isValidName(unchecked(parts[0]))) { target = unchecked(parts[0]); sub = unchecked(parts[1]); }
    else if (!isValidName(target) && !isSpecial(target)) {
      t.error(target + ': invalid variable name');
      t.fail(1);
      return false;
    }
    name = target;
  }

  if (index != 0 && sub == null) {
    sub = expandString(t, index, r);
    if (sub == null) return false;
  }
  if (sub != null && (flags & PF_LENGTH) != 0 && (sub == '@' || sub == '*') && name != '@' && name != '*') {
    // ${#a[@]} without copying the elements
    const cv = t.shell.lookup(name);
    if ((cv == null || (!cv.isArray() && !cv.isSet)) && t.shell.opts.nounset) {
      t.error(name + ': unbound variable');
      t.fail(1);
      return false;
    }
    fb.addExpansion((cv == null ? 0 : cv.count()).toString(), inDQ);
    return true;
  }
  let v: Value;
  if (sub != null) {
    if (sub == '@' || sub == '*') v = arrayValue(t, name, sub == '*', r);
    else {
      v = new Value();
      if (!elementValue(t, name, sub!, r, v)) return false;
    }
  } else v = lookup(t, name, r);

  if (flags & PF_LENGTH) {
    if (!v.isSet && !v.isList && t.shell.opts.nounset) return unboundFail(t, sub != null ? name + '[' + sub! + ']' : name);
    let len = 0;
    if (v.isList) len = v.items.length;
    else if (v.items.length > 0) len = charCount(unchecked(v.items[0]));
    fb.addExpansion(len.toString(), inDQ);
    return true;
  }

  const colon = (flags & PF_COLON) != 0;
  if (op == PO_DEFAULT || op == PO_ASSIGN || op == PO_ERROR || op == PO_ALT) {
    let isNull = !v.isSet;
    if (colon && !isNull) {
      if (v.isList) isNull = v.items.length == 0 || (v.items.length == 1 && unchecked(v.items[0]).length == 0);
      else isNull = unchecked(v.items[0]).length == 0;
    }
    if (op == PO_ALT) {
      if (isNull) return true;
      return arg1 == 0 ? true : expandArgWord(t, arg1, r, fb, inDQ);
    }
    if (!isNull) return emit(t, v, fb, inDQ);
    if (op == PO_DEFAULT) return arg1 == 0 ? true : expandArgWord(t, arg1, r, fb, inDQ);
    if (op == PO_ERROR) {
      let msg = colon ? 'parameter null or not set' : 'parameter not set';
      if (arg1 != 0 && listLen(arg1) > 0) {
        const m = expandString(t, arg1, r);
        if (m == null) return false;
        msg = m;
      }
      t.error(name + ': ' + msg);
      t.fail(127, true);
      return false;
    }
    // PO_ASSIGN
    const val = expandString(t, arg1, r);
    if (val == null) return false;
    if (!isValidName(name)) {
      t.error('$' + name + ': cannot assign in this way');
      t.fail(1);
      return false;
    }
    if (sub != null && sub != '@' && sub != '*') {
      const st = assignElement(t, name, sub!, val, false, r);
      if (st == ASG_STOP) return false;
      if (st != ASG_OK) { t.fail(1); return false; }
      fb.addExpansion(val, inDQ);
      return true;
    }
    if (t.shell.set(name, val) == SET_READONLY) {
      t.error(name + ': readonly variable');
      t.fail(1);
      return false;
    }
    fb.addExpansion(val, inDQ);
    return true;
  }

  if (!v.isSet && !v.isList && t.shell.opts.nounset) return unboundFail(t, sub != null ? name + '[' + sub! + ']' : name);
  if (op == PO_NONE) return emit(t, v, fb, inDQ);

  const ext = t.shell.opts.extglob;
  const items = v.items;
  const out: Array<string> = [];
  switch (op) {
    case PO_TRIM_PREFIX: case PO_TRIM_PREFIX_LONG: case PO_TRIM_SUFFIX: case PO_TRIM_SUFFIX_LONG: {
      const p = expandPattern(t, arg1, r);
      if (p == null) return false;
      for (let i = 0; i < items.length; i++) {
        const s = unchecked(items[i]);
        if (op == PO_TRIM_PREFIX || op == PO_TRIM_PREFIX_LONG) {
          const k = matchPrefix(p, s, op == PO_TRIM_PREFIX_LONG, ext, false);
          out.push(k < 0 ? s : s.substring(k));
        } else {
          const k = matchSuffix(p, s, op == PO_TRIM_SUFFIX_LONG, ext, false);
          out.push(k < 0 ? s : s.substring(0, k));
        }
      }
      break;
    }
    case PO_REPLACE: case PO_REPLACE_ALL: case PO_REPLACE_PREFIX: case PO_REPLACE_SUFFIX: {
      const p = expandPattern(t, arg1, r);
      if (p == null) return false;
      const rep = arg2 == 0 ? '' : expandPattern(t, arg2, r);
      if (rep == null) return false;
      for (let i = 0; i < items.length; i++) out.push(replace(op, p, unchecked(items[i]), rep, ext));
      break;
    }
    case PO_SUBSTR: return substr(t, name, v, arg1, arg2, r, fb, inDQ);
    case PO_UPPER_FIRST: case PO_UPPER_ALL: case PO_LOWER_FIRST: case PO_LOWER_ALL: {
      let p: string | null = null;
      if (arg1 != 0) { p = expandPattern(t, arg1, r); if (p == null) return false; }
      const pp = p != null && p.length > 0 ? p : '?';
      const upper = op == PO_UPPER_FIRST || op == PO_UPPER_ALL;
      const all = op == PO_UPPER_ALL || op == PO_LOWER_ALL;
      for (let i = 0; i < items.length; i++) out.push(convertCase(unchecked(items[i]), pp, upper, all, ext));
      break;
    }
    case PO_TRANSFORM: {
      const letter = arg1 == 0 ? '' : expandString(t, arg1, r);
      if (letter == null) return false;
      const bv = t.shell.lookup(name);
      if (letter == 'a' && bv != null && bv.isArray() && (v.isList || sub == null)) {
        fb.addExpansion(attrFlags(t, name), inDQ);
        return true;
      }
      if (letter == 'A' && v.isList && bv != null && bv.isArray()) {
        let line = declOf(name, bv);
        if (line.endsWith('\n')) line = line.substring(0, line.length - 1);
        fb.addExpansion(line, inDQ);
        return true;
      }
      if ((letter == 'K' || letter == 'k') && v.isList && bv != null && bv.isArray()) {
        const ks = bv.keys();
        const vs = bv.values();
        const assoc = bv.kind == VK_ASSOC;
        if (letter == 'K') {
          let line = '';
          for (let i = 0; i < ks.length; i++) {
            if (i > 0) line += ' ';
            line += (assoc ? assocKeyText(unchecked(ks[i])) : unchecked(ks[i])) + ' ' + valText(unchecked(vs[i]));
          }
          if (assoc && ks.length > 0) line += ' ';
          fb.addExpansion(line, inDQ);
          return true;
        }
        const kv = new Value();
        kv.isList = true; kv.star = v.star;
        for (let i = 0; i < ks.length; i++) { kv.items.push(unchecked(ks[i])); kv.items.push(unchecked(vs[i])); }
        kv.isSet = kv.items.length > 0;
        return emit(t, kv, fb, inDQ);
      }
      if (!v.isSet && !v.isList) return true;
      for (let i = 0; i < items.length; i++) {
        const s = unchecked(items[i]);
        if (letter == 'Q') out.push(quoteForReuse(s));
        else if (letter == 'E') out.push(bytesToText(decodeEscapes(s, ESC_ANSI)));
        else if (letter == 'P') out.push(s);
        else if (letter == 'U') out.push(s.toUpperCase());
        else if (letter == 'L') out.push(s.toLowerCase());
        else if (letter == 'u') out.push(s.length > 0 ? s.substring(0, 1).toUpperCase() + s.substring(1) : s);
        else if (letter == 'a') out.push(attrFlags(t, name));
        else if (letter == 'A') out.push(isValidName(name) ? name + '=' + quoteForReuse(s) : s);
        else if (letter == 'K' || letter == 'k') out.push(quoteForReuse(s));
        else {
          t.error('${' + name + '@' + letter + '}: bad substitution');
          t.fail(127, true);
          return false;
        }
      }
      break;
    }
    default: return emit(t, v, fb, inDQ);
  }
  const res = new Value();
  res.items = out; res.isSet = true; res.isList = v.isList; res.star = v.star;
  return emit(t, res, fb, inDQ);
}

/** The word of ${x:-word} / ${x:+word}: unquoted literal text in it is split like expansion results. */
function expandArgWord(t: Task, word: i32, r: Replay, fb: FieldBuilder, inDQ: bool): bool {
  const saved = fb.litSplit;
  fb.litSplit = true;
  const ok = expandWordInto(t, word, r, fb, inDQ);
  fb.litSplit = saved;
  return ok;
}


function attrFlags(t: Task, name: string): string {
  const v = t.shell.lookup(name);
  if (v == null) return '';
  let s = '';
  if (v.kind == VK_INDEXED) s += 'a';
  if (v.kind == VK_ASSOC) s += 'A';
  if (v.flags & VF_INTEGER) s += 'i';
  if (v.flags & VF_READONLY) s += 'r';
  if (v.flags & VF_EXPORT) s += 'x';
  return s;
}

/** Emit a value: lists as "$@"/"$*", scalars as one expansion. */
function emit(t: Task, v: Value, fb: FieldBuilder, inDQ: bool): bool {
  if (!v.isList) {
    if (v.items.length > 0) fb.addExpansion(unchecked(v.items[0]), inDQ);
    return true;
  }
  const items = v.items;
  if (inDQ && !v.star && items.length == 0) fb.emptyAt = true;
  if (inDQ && v.star) {
    const ifs = t.shell.get('IFS');
    const sep = ifs == null ? ' ' : (ifs.length > 0 ? ifs.substring(0, 1) : '');
    fb.addQuoted(items.join(sep));
    return true;
  }
  if (!fb.argsMode) {
    // No field context (assignment, [[ ]]): $@ joins with spaces, $* with IFS[0].
    let sep = ' ';
    if (v.star) { const ifs = t.shell.get('IFS'); sep = ifs == null ? ' ' : (ifs.length > 0 ? ifs.substring(0, 1) : ''); }
    fb.addExpansion(items.join(sep), inDQ);
    return true;
  }
  for (let i = 0; i < items.length; i++) {
    if (inDQ) {
      if (i > 0) fb.breakField();
      fb.addQuoted(unchecked(items[i]));
    } else {
      if (i > 0) fb.softBreak();
      fb.addExpansion(unchecked(items[i]), false);
    }
  }
  return true;
}

function prefixNames(t: Task, prefix: string, fb: FieldBuilder, inDQ: bool, star: bool): bool {
  const seen = new Set<string>();
  const names: Array<string> = [];
  const sh = t.shell;
  for (let i = sh.locals.length - 1; i >= -1; i--) {
    const scope = i >= 0 ? unchecked(sh.locals[i]) : sh.globals;
    const keys = scope.keys();
    for (let k = 0; k < keys.length; k++) {
      const n = unchecked(keys[k]);
      if (seen.has(n)) continue;
      seen.add(n);
      if (n.startsWith(prefix) && scope.get(n).isSet) names.push(n);
    }
  }
  names.sort(cmpStr);
  const v = new Value();
  v.items = names; v.isSet = names.length > 0; v.isList = true; v.star = star;
  return emit(t, v, fb, inDQ);
}

export function cmpStr(a: string, b: string): i32 { return a < b ? -1 : (a > b ? 1 : 0); }

/** Replacement text with bash 5.2 patsub_replacement: unescaped & is the match; \x is x. */
function repText(rep: string, matched: string): string {
  if (rep.indexOf('&') < 0 && rep.indexOf('\\') < 0) return rep;
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    const c = rep.charCodeAt(i);
    if (c == 92 && i + 1 < rep.length) { i++; out += String.fromCharCode(rep.charCodeAt(i)); continue; }
    if (c == 38) { out += matched; continue; }
    out += String.fromCharCode(c);
  }
  return out;
}

function replace(op: i32, p: string, s: string, rep: string, ext: bool): string {
  if (op == PO_REPLACE_PREFIX) {
    const k = matchPrefix(p, s, true, ext, false);
    return k < 0 ? s : repText(rep, s.substring(0, k)) + s.substring(k);
  }
  if (op == PO_REPLACE_SUFFIX) {
    const k = matchSuffix(p, s, true, ext, false);
    return k < 0 ? s : s.substring(0, k) + repText(rep, s.substring(k));
  }
  if (p.length == 0) return s;
  const all = op == PO_REPLACE_ALL;
  const fl = fixedLength(p, ext);
  let out = '';
  let i = 0;
  let last = 0;
  const n = s.length;
  while (i < n) {
    let end = -1;
    if (fl >= 0) { if (fl > 0 && i + fl <= n && matchRange(p, 0, p.length, s, i, i + fl, ext, false)) end = i + fl; }
    else for (let k = n; k > i; k--) if (matchRange(p, 0, p.length, s, i, k, ext, false)) { end = k; break; }
    if (end < 0) { i++; continue; }
    out += s.substring(last, i) + repText(rep, s.substring(i, end));
    i = end; last = end;
    if (!all) break;
  }
  return out + s.substring(last);
}

function convertCase(s: string, p: string, upper: bool, all: bool, ext: bool): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.substring(i, i + 1);
    if ((all || i == 0) && patternMatch(p, ch, ext, false)) out += upper ? ch.toUpperCase() : ch.toLowerCase();
    else out += ch;
    if (!all && i == 0) { out += s.substring(1); break; }
  }
  return out;
}

function substr(t: Task, name: string, v: Value, a1: i32, a2: i32, r: Replay, fb: FieldBuilder, inDQ: bool): bool {
  if (!v.isSet && !v.isList) return true; // unset: the offsets are not even evaluated
  setArithErrPrefix(name + ': ');
  const os = memoArithValue(t, a1, r);
  let hasLen = a2 != 0;
  const ls = os != null && hasLen ? memoArithValue(t, a2, r) : '0';
  setArithErrPrefix('');
  if (os == null || ls == null) return false;
  let off = I64.parseInt(os);
  const len: i64 = I64.parseInt(ls);
  if (v.isList && v.arr != null) {
    const av = v.arr!;
    if (hasLen && len < 0) { t.error(len.toString() + ': substring expression < 0'); t.fail(1); return false; }
    const res = new Value();
    res.isList = true; res.star = v.star; res.isSet = true;
    if (av.kind == VK_INDEXED) {
      if (off < 0) { off += av.nextIndex(); if (off < 0) return emit(t, res, fb, inDQ); }
      let p = av.find(off);
      if (p < 0) p = -p - 1;
      let cnt: i64 = 0;
      for (let i = p; i < av.ik.length; i++) {
        if (hasLen && cnt >= len) break;
        res.items.push(unchecked(av.iv[i])); cnt++;
      }
    } else {
      const n = <i64>v.items.length;
      if (off < 0) { off += n; if (off < 0) return emit(t, res, fb, inDQ); }
      let end = hasLen ? off + len : n;
      if (end > n) end = n;
      for (let i = off; i < end; i++) res.items.push(unchecked(v.items[<i32>i]));
    }
    return emit(t, res, fb, inDQ);
  }
  if (v.isList) {
    // Positional slice: offset 0 is $0 for @ and *.
    const all: Array<string> = [t.shell.argv0];
    for (let i = 0; i < v.items.length; i++) all.push(unchecked(v.items[i]));
    const n = <i64>all.length;
    if (off < 0) { off += n; if (off < 1 && v.items.length >= 0 && off < 0) { off = n; } }
    if (hasLen && len < 0) { t.error(len.toString() + ': substring expression < 0'); t.fail(1); return false; }
    let end = hasLen ? off + len : n;
    if (end > n) end = n;
    const res = new Value();
    res.isList = true; res.star = v.star; res.isSet = true;
    for (let i = off; i < end; i++) res.items.push(unchecked(all[<i32>i]));
    return emit(t, res, fb, inDQ);
  }
  if (v.items.length == 0) return true;
  const s = unchecked(v.items[0]);
  const n = <i64>s.length;
  if (off < 0) { off += n; if (off < 0) return true; }
  if (off > n) return true;
  let end = n;
  if (hasLen) {
    if (len < 0) {
      end = n + len;
      if (end < off) { t.error(len.toString() + ': substring expression < 0'); t.fail(1); return false; }
    } else {
      end = off + len;
      if (end > n) end = n;
    }
  }
  fb.addExpansion(s.substring(<i32>off, <i32>end), inDQ);
  return true;
}

