// Array assignments: name=(…), name+=(…), name[sub]=value, name[sub]+=value.
//
// The executor core calls assignNode() for an ASSIGN node that has elements or an index; the
// declare/local/readonly builtins call assignCompoundText() with "(…)" text they received as
// one word, and assignElement() for "name[sub]=value".
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { kindOf, field, fieldStr, listLen, listItem } from '../core/nodes';
import { K_LIT, K_LIST, K_SIMPLE, K_WORD, K_DQ, K_PARAM, K_CMDSUB, K_ARITH, K_ARITH_DYN, K_PROCSUB, PO_ASSIGN, PO_SUBSTR, AF_APPEND, AF_ARRAY } from '../abi/layout';
import { Var, VK_SCALAR, VK_INDEXED, VK_ASSOC, VF_READONLY, VF_INTEGER } from '../core/shell';
import { FieldBuilder } from './fields';
import { expandPart, expandString, expandWordFields, finishFields } from './index';
import { arrayIndex, badSubscript } from './param';
import { memoArithText } from './memo';
import { parseScript } from '../exec/parse';

/** Statuses of the functions below. */
export const ASG_OK: i32 = 0;
/** An error was reported (bad subscript, readonly…): status 1, the assignment is skipped. */
export const ASG_ERROR: i32 = 1;
/** Reported, status 1, but the shell goes on (a readonly array's element). */
export const ASG_SOFT: i32 = 2;
/** Blocked (r.blocked) or an expansion failed (t.failStatus set). */
export const ASG_STOP: i32 = -1;

/** One element word of name=(…): [key]=value / [key]+=value, or a plain word. */
class Elem { hasKey: bool = false; key: string = ''; value: string = ''; append: bool = false; }

function findKeyEnd(word: i32): i32 {
  // returns part index * 65536 + offset of ']' in that LIT part, or -1
  const n = listLen(word);
  if (n == 0) return -1;
  const p0 = listItem(word, 0);
  if (kindOf(p0) != K_LIT) return -1;
  const t0 = fieldStr(p0, 1);
  if (!t0.startsWith('[')) return -1;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const p = listItem(word, i);
    if (kindOf(p) != K_LIT) continue;
    const s = fieldStr(p, 1);
    for (let k = i == 0 ? 1 : 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c == 91) depth++;
      else if (c == 93) {
        if (depth > 0) { depth--; continue; }
        const rest = s.substring(k + 1);
        if (rest.startsWith('=') || rest.startsWith('+=')) return (i << 16) | k;
        return -1;
      }
    }
  }
  return -1;
}

function splitElem(t: Task, word: i32, r: Replay, e: Elem): bool {
  const ke = findKeyEnd(word);
  if (ke < 0) return true;
  const pi = ke >> 16;
  const off = ke & 0xffff;
  const ifs = t.shell.get('IFS');
  const fk = new FieldBuilder(false, ifs);
  for (let i = 0; i <= pi; i++) {
    const p = listItem(word, i);
    if (kindOf(p) == K_LIT) {
      const s = fieldStr(p, 1);
      const a = i == 0 ? 1 : 0;
      const b = i == pi ? off : s.length;
      fk.addQuoted(s.substring(a, b));
    } else if (!expandPart(t, p, r, fk, false)) return false;
  }
  const fv = new FieldBuilder(false, ifs);
  const s = fieldStr(listItem(word, pi), 1);
  let from = off + 1;
  if (s.charCodeAt(from) == 43) { e.append = true; from++; }
  from++;
  fv.addQuoted(s.substring(from));
  for (let i = pi + 1; i < listLen(word); i++) if (!expandPart(t, listItem(word, i), r, fv, false)) return false;
  e.hasKey = true;
  e.key = fk.joined();
  e.value = fv.joined();
  return true;
}

/** name=(elems) or name+=(elems). elems: LIST of WORD (0 = empty). */
export function assignCompound(t: Task, name: string, elems: i32, append: bool, r: Replay, forceAssoc: bool = false): i32 {
  // expand everything first: an error leaves the variable untouched
  const list: Array<Elem> = [];
  const n = elems != 0 ? listLen(elems) : 0;
  for (let i = 0; i < n; i++) {
    const w = listItem(elems, i);
    const e = new Elem();
    if (!splitElem(t, w, r, e)) return ASG_STOP;
    if (e.hasKey) { list.push(e); continue; }
    const fields: Array<string> = [];
    if (!expandWordFields(t, w, r, fields)) return ASG_STOP;
    for (let f = 0; f < fields.length; f++) { const x = new Elem(); x.value = unchecked(fields[f]); list.push(x); }
  }
  return applyElems(t, name, list, append, r, forceAssoc);
}

function applyElems(t: Task, name: string, list: Array<Elem>, append: bool, r: Replay, forceAssoc: bool): i32 {
  const old = t.shell.lookup(name);
  if (old != null && (old.flags & VF_READONLY)) { t.error(name + ': readonly variable'); return ASG_ERROR; }
  const v = t.shell.binding(name);
  const assoc = forceAssoc || v.kind == VK_ASSOC;
  if (assoc) {
    if (v.kind != VK_ASSOC) { v.kind = VK_ASSOC; v.clearElems(); v.value = ''; }
    else if (!append) v.clearElems();
    v.isSet = true;
    for (let i = 0; i < list.length; i++) {
      const e = unchecked(list[i]);
      if (e.hasKey) {
        if (e.key.length == 0) { t.error(name + '[]: bad array subscript'); continue; }
        setAssoc(t, v, e.key, e.value, e.append);
      } else {
        // bash 5.1+: A=(k1 v1 k2 v2)
        const val = i + 1 < list.length ? unchecked(list[i + 1]).value : '';
        setAssoc(t, v, e.value, val, false);
        i++;
      }
    }
    return ASG_OK;
  }
  let next: i64 = 0;
  if (append) {
    if (v.kind == VK_SCALAR) v.toIndexed();
    next = v.nextIndex();
  } else {
    v.kind = VK_INDEXED; v.clearElems(); v.value = '';
  }
  v.isSet = true;
  for (let i = 0; i < list.length; i++) {
    const e = unchecked(list[i]);
    let idx = next;
    if (e.hasKey) {
      idx = arrayIndex(t, v, e.key, r);
      if (badSubscript) {
        if (r.blocked || t.failStatus != 0) return ASG_STOP;
        t.error(name + '[' + e.key + ']: bad array subscript');
        continue;
      }
    }
    let val = e.value;
    if (v.flags & VF_INTEGER) {
      const s = memoArithText(t, e.append ? (elemOr(v, idx) + '+(' + val + ')') : val, r);
      if (s == null) return ASG_STOP;
      val = s;
    } else if (e.append) val = elemOr(v, idx) + val;
    v.setIdx(idx, val);
    next = idx + 1;
  }
  return ASG_OK;
}

function elemOr(v: Var, i: i64): string { const s = v.getIdx(i); return s != null ? s : ''; }

function setAssoc(t: Task, v: Var, key: string, value: string, append: bool): void {
  let val = value;
  if (append) { const o = v.getKey(key); if (o != null) val = o + val; }
  v.setKey(key, val);
}

/** name[sub]=value (sub already expanded as a word). */
export function assignElement(t: Task, name: string, sub: string, value: string, append: bool, r: Replay): i32 {
  const old = t.shell.lookup(name);
  if (old != null && (old.flags & VF_READONLY)) { t.error(name + ': readonly variable'); return ASG_SOFT; }
  if (old != null && old.kind == VK_ASSOC) {
    if (sub.length == 0) { t.error(name + '[' + sub + ']: bad array subscript'); return ASG_ERROR; }
    let val = value;
    if (old.flags & VF_INTEGER) {
      const o = old.getKey(sub);
      const s = memoArithText(t, append && o != null ? o + '+(' + value + ')' : value, r);
      if (s == null) return ASG_STOP;
      val = s;
      old.setKey(sub, val);
      return ASG_OK;
    }
    setAssoc(t, old, sub, val, append);
    return ASG_OK;
  }
  if (sub.length == 0) { t.error(name + '[' + sub + ']: bad array subscript'); return ASG_ERROR; }
  const i = arrayIndex(t, old, sub, r);
  if (badSubscript) {
    if (r.blocked || t.failStatus != 0) return ASG_STOP;
    t.error(name + '[' + sub + ']: bad array subscript');
    return ASG_ERROR;
  }
  const v = t.shell.binding(name);
  if (v.kind == VK_SCALAR) v.toIndexed();
  let val = value;
  if (v.flags & VF_INTEGER) {
    const s = memoArithText(t, append ? elemOr(v, i) + '+(' + value + ')' : value, r);
    if (s == null) return ASG_STOP;
    val = s;
  } else if (append) val = elemOr(v, i) + val;
  v.setIdx(i, val);
  return ASG_OK;
}

/** An ASSIGN node with elements or an index (see ASG_*). Traced value for xtrace in lastTrace. */
export function assignNode(t: Task, asg: i32, r: Replay): i32 {
  const name = fieldStr(asg, 1);
  const flags = field(asg, 3);
  const append = (flags & AF_APPEND) != 0;
  const index = field(asg, 5);
  const elems = field(asg, 6);
  if (index != 0) {
    const sub = expandString(t, index, r);
    if (sub == null) return ASG_STOP;
    const value = expandString(t, field(asg, 4), r);
    if (value == null) return ASG_STOP;
    return assignElement(t, name, sub, value, append, r);
  }
  return assignCompound(t, name, elems, append, r);
}

/** True when the ASSIGN node needs assignNode() (array syntax). */
export function isArrayAssign(asg: i32): bool {
  return (field(asg, 3) & AF_ARRAY) != 0 || field(asg, 6) != 0 || field(asg, 5) != 0;
}

/** "(…)" text given to declare/local as one word: parsed as name=(…) and assigned. */
export function assignCompoundText(t: Task, name: string, text: string, append: bool, r: Replay, forceAssoc: bool): i32 {
  const p = parseScript('__shellspace_a=' + text);
  let elems = 0;
  if (p.root != 0) {
    let node = p.root;
    if (kindOf(node) == K_LIST && listLen(node) > 0) node = listItem(node, 0);
    if (kindOf(node) == K_SIMPLE && field(node, 1) != 0 && listLen(field(node, 1)) > 0) elems = field(listItem(field(node, 1), 0), 6);
  }
  return assignCompound(t, name, elems, append, r, forceAssoc);
}

// ---- declare/local NAME=(…) from the command's own WORD --------------------------------------
// The builtin receives the argument already expanded as one string (quotes gone); when the
// command's WORD is at hand the elements are taken from its parts instead, as bash does.

/** A piece of an element: literal text (lit != null) or a part node to expand. */
class Piece { lit: string | null = null; node: i32 = 0; }

/** True when expanding the parts again could repeat a side effect or need the host ($(…),
 *  $((…)), ${x:=…}, $RANDOM). */
export function hasSideEffects(word: i32): bool {
  const n = listLen(word);
  for (let i = 0; i < n; i++) {
    const p = listItem(word, i);
    const k = kindOf(p);
    if (k == K_CMDSUB || k == K_ARITH || k == K_ARITH_DYN || k == K_PROCSUB) return true;
    if (k == K_DQ && hasSideEffects(p)) return true;
    if (k == K_PARAM) {
      if (field(p, 3) == PO_ASSIGN || field(p, 3) == PO_SUBSTR) return true;
      const nm = fieldStr(p, 1);
      if (nm == 'RANDOM' || nm == 'SRANDOM') return true;
      if (field(p, 4) != 0 && kindOf(field(p, 4)) == K_WORD && hasSideEffects(field(p, 4))) return true;
      if (field(p, 7) != 0 && kindOf(field(p, 7)) == K_WORD && hasSideEffects(field(p, 7))) return true;
    }
  }
  return false;
}

/** The k-th WORD (0-based) among words whose text starts with prefix ("name=(" / "name+=("). */
export function findCompoundWord(words: i32, prefix: string, k: i32): i32 {
  if (words == 0) return 0;
  let seen = 0;
  for (let i = 0; i < listLen(words); i++) {
    const w = listItem(words, i);
    if (listLen(w) == 0) continue;
    const p0 = listItem(w, 0);
    if (kindOf(p0) != K_LIT || !fieldStr(p0, 1).startsWith(prefix)) continue;
    if (seen == k) return hasSideEffects(w) ? 0 : w;
    seen++;
  }
  return 0;
}

/** name=(…) from the parts of word (which starts with prefix). ASG_STOP when it cannot (the
 *  caller falls back to the expanded text) or blocked. */
export function assignCompoundWord(t: Task, name: string, word: i32, prefix: string, append: bool, forceAssoc: bool): i32 {
  const n = listLen(word);
  const last = listItem(word, n - 1);
  if (kindOf(last) != K_LIT || !fieldStr(last, 1).endsWith(')')) return ASG_STOP;
  const elems: Array<Array<Piece>> = [];
  let cur: Array<Piece> = [];
  for (let i = 0; i < n; i++) {
    const p = listItem(word, i);
    if (kindOf(p) != K_LIT) { const pc = new Piece(); pc.node = p; cur.push(pc); continue; }
    let s = fieldStr(p, 1);
    if (i == 0) s = s.substring(prefix.length);
    if (i == n - 1) s = s.substring(0, s.length - 1);
    let start = 0;
    for (let k = 0; k <= s.length; k++) {
      const c = k < s.length ? s.charCodeAt(k) : -1;
      if (c == 32 || c == 9 || c == 10 || c == -1) {
        if (k > start) { const pc = new Piece(); pc.lit = s.substring(start, k); cur.push(pc); }
        if (c != -1 && cur.length > 0) { elems.push(cur); cur = []; }
        start = k + 1;
      }
    }
  }
  if (cur.length > 0) elems.push(cur);
  const r = new Replay();
  const list: Array<Elem> = [];
  const ifs = t.shell.get('IFS');
  for (let e = 0; e < elems.length; e++) {
    const ps = unchecked(elems[e]);
    // [key]=value: the ']' followed by '=' or '+=' in a literal piece
    let kp = -1, ko = -1;
    const p0 = unchecked(ps[0]);
    if (p0.lit != null && p0.lit!.startsWith('[')) {
      let depth = 0;
      for (let i = 0; i < ps.length && kp < 0; i++) {
        const pc = unchecked(ps[i]);
        if (pc.lit == null) continue;
        const s = pc.lit!;
        for (let k = i == 0 ? 1 : 0; k < s.length; k++) {
          const c = s.charCodeAt(k);
          if (c == 91) depth++;
          else if (c == 93) {
            if (depth > 0) { depth--; continue; }
            const rest = s.substring(k + 1);
            if (rest.startsWith('=') || rest.startsWith('+=')) { kp = i; ko = k; }
            break;
          }
        }
      }
    }
    if (kp >= 0) {
      const el = new Elem();
      el.hasKey = true;
      const fk = new FieldBuilder(false, ifs);
      for (let i = 0; i <= kp; i++) {
        const pc = unchecked(ps[i]);
        if (pc.lit != null) {
          const s = pc.lit!;
          fk.addQuoted(s.substring(i == 0 ? 1 : 0, i == kp ? ko : s.length));
        } else if (!expandPart(t, pc.node, r, fk, false)) return ASG_STOP;
      }
      const fv = new FieldBuilder(false, ifs);
      const s = unchecked(ps[kp]).lit!;
      let from = ko + 1;
      if (s.charCodeAt(from) == 43) { el.append = true; from++; }
      fv.addQuoted(s.substring(from + 1));
      for (let i = kp + 1; i < ps.length; i++) {
        const pc = unchecked(ps[i]);
        if (pc.lit != null) fv.addQuoted(pc.lit!);
        else if (!expandPart(t, pc.node, r, fv, false)) return ASG_STOP;
      }
      el.key = fk.joined();
      el.value = fv.joined();
      list.push(el);
      continue;
    }
    const fb = new FieldBuilder(true, ifs);
    for (let i = 0; i < ps.length; i++) {
      const pc = unchecked(ps[i]);
      if (pc.lit != null) fb.addLit(pc.lit!);
      else if (!expandPart(t, pc.node, r, fb, false)) return ASG_STOP;
    }
    let fields: Array<string> = [];
    if (!finishFields(t, fb, r, fields)) {
      if (!r.blocked) return ASG_STOP;
      // a directory listing cannot be waited for here: the words stay as written
      r.rewind(); r.answers.length = 0;
      fields = fb.texts.slice(0);
    }
    for (let f = 0; f < fields.length; f++) { const x = new Elem(); x.value = unchecked(fields[f]); list.push(x); }
  }
  return applyElems(t, name, list, append, r, forceAssoc);
}
