// Session state blob (both directions), in the reply payload encoding
// [nInts = 0, nStrs, (byteLen, utf8 padded to 4)*nStrs] with records as consecutive strings:
//   "C" cwd | "S" lastStatus | "Z" argv0 | "V" name value flags (decimal VF_*, +256 = declared
//   but unset) | "A" name flags n k1 v1 … kn vn (an array: VF_* +256 declared but unset,
//   +512 associative; indexed keys are decimal) | "F" name source | "P" n arg1 … argn | "O" optionName (one per option that is on)
import { Shell, Var, VK_SCALAR, VK_INDEXED, VK_ASSOC } from '../core/shell';
import { decodeReply } from '../core/req';
import { kindOf, listLen, listItem, fieldStr } from '../core/nodes';
import { K_FUNCDEF, K_LIST } from '../abi/layout';
import { parseScript } from './parse';
import { setSetOpt, setShopt, getSetOpt, getShopt, SHOPT_NAMES } from '../builtins/set';

const VF_UNSET_MARK: i32 = 256;
const VF_ASSOC_MARK: i32 = 512;

export function loadState(ptr: usize, len: i32): Shell {
  const sh = new Shell();
  const a = decodeReply(0, ptr, len);
  const s = a.strs;
  let i = 0;
  while (i < s.length) {
    const tag = unchecked(s[i++]);
    if (tag == 'C' && i < s.length) { sh.cwd = unchecked(s[i++]); continue; }
    if (tag == 'S' && i < s.length) { sh.lastStatus = I32.parseInt(unchecked(s[i++])); continue; }
    if (tag == 'Z' && i < s.length) { sh.argv0 = unchecked(s[i++]); continue; }
    if (tag == 'V' && i + 2 < s.length) {
      const name = unchecked(s[i]);
      const value = unchecked(s[i + 1]);
      const fl = I32.parseInt(unchecked(s[i + 2]));
      i += 3;
      sh.globals.set(name, new Var(value, fl & ~VF_UNSET_MARK, (fl & VF_UNSET_MARK) == 0));
      continue;
    }
    if (tag == 'A' && i + 2 < s.length) {
      const name = unchecked(s[i]);
      const fl = I32.parseInt(unchecked(s[i + 1]));
      const n = I32.parseInt(unchecked(s[i + 2]));
      i += 3;
      const v = new Var('', fl & ~(VF_UNSET_MARK | VF_ASSOC_MARK), (fl & VF_UNSET_MARK) == 0);
      v.kind = (fl & VF_ASSOC_MARK) != 0 ? VK_ASSOC : VK_INDEXED;
      for (let k = 0; k < n && i + 1 < s.length; k++) {
        const key = unchecked(s[i]);
        const val = unchecked(s[i + 1]);
        i += 2;
        if (v.kind == VK_ASSOC) v.am.set(key, val);
        else { v.ik.push(I64.parseInt(key)); v.iv.push(val); }
      }
      sh.globals.set(name, v);
      continue;
    }
    if (tag == 'F' && i + 1 < s.length) {
      const name = unchecked(s[i]);
      const src = unchecked(s[i + 1]);
      i += 2;
      const p = parseScript(src);
      if (p.root != 0) {
        const fn = findFuncdef(p.root);
        if (fn != 0) sh.funcs.set(name, fn);
      }
      continue;
    }
    if (tag == 'P' && i < s.length) {
      const n = I32.parseInt(unchecked(s[i++]));
      const pos: Array<string> = [];
      for (let k = 0; k < n && i < s.length; k++) pos.push(unchecked(s[i++]));
      sh.positional = pos;
      continue;
    }
    if (tag == 'O' && i < s.length) {
      const name = unchecked(s[i++]);
      if (!setSetOpt(sh.opts, name, true)) setShopt(sh.opts, name, true);
      continue;
    }
    // "X" name: a host command (read by builtins/command.ts); skip its name here so a command
    // called like a tag (C, V, …) is never taken for one.
    if (tag == 'X' && i < s.length) { i++; continue; }
  }
  return sh;
}

function findFuncdef(node: i32): i32 {
  if (node == 0) return 0;
  const k = kindOf(node);
  if (k == K_FUNCDEF) return node;
  if (k == K_LIST) {
    for (let i = 0; i < listLen(node); i++) {
      const f = findFuncdef(listItem(node, i));
      if (f != 0) return f;
    }
  }
  return 0;
}

let dumpBuf: Uint8Array = new Uint8Array(0);

export function dumpState(sh: Shell): usize {
  const strs: Array<string> = [];
  strs.push('C'); strs.push(sh.cwd);
  strs.push('S'); strs.push(sh.lastStatus.toString());
  strs.push('Z'); strs.push(sh.argv0);
  const names = sh.globals.keys();
  for (let i = 0; i < names.length; i++) {
    const v = sh.globals.get(unchecked(names[i]));
    if (v.kind != VK_SCALAR) {
      strs.push('A'); strs.push(unchecked(names[i]));
      strs.push((v.flags | (v.isSet ? 0 : VF_UNSET_MARK) | (v.kind == VK_ASSOC ? VF_ASSOC_MARK : 0)).toString());
      // insertion order for associative arrays (the listing order is derived from it)
      const ks = v.kind == VK_ASSOC ? v.am.keys() : v.keys();
      strs.push(ks.length.toString());
      for (let k = 0; k < ks.length; k++) {
        const key = unchecked(ks[k]);
        strs.push(key);
        strs.push(v.kind == VK_ASSOC ? v.am.get(key) : unchecked(v.iv[k]));
      }
      continue;
    }
    strs.push('V'); strs.push(unchecked(names[i])); strs.push(v.value);
    strs.push((v.flags | (v.isSet ? 0 : VF_UNSET_MARK)).toString());
  }
  const fns = sh.funcs.keys();
  for (let i = 0; i < fns.length; i++) {
    strs.push('F'); strs.push(unchecked(fns[i])); strs.push(fieldStr(sh.funcs.get(unchecked(fns[i])), 4));
  }
  strs.push('P'); strs.push(sh.positional.length.toString());
  for (let i = 0; i < sh.positional.length; i++) strs.push(unchecked(sh.positional[i]));
  const setNames = ['errexit', 'nounset', 'pipefail', 'xtrace', 'noglob', 'noclobber'];
  for (let i = 0; i < setNames.length; i++) {
    if (getSetOpt(sh.opts, unchecked(setNames[i])) == 1) { strs.push('O'); strs.push(unchecked(setNames[i])); }
  }
  for (let i = 0; i < SHOPT_NAMES.length; i++) {
    const n = unchecked(SHOPT_NAMES[i]);
    if (getShopt(sh.opts, n) == 1) { strs.push('O'); strs.push(n); }
  }
  // encode
  const enc: Array<ArrayBuffer> = [];
  let size = 8;
  for (let i = 0; i < strs.length; i++) {
    const b = String.UTF8.encode(unchecked(strs[i]));
    enc.push(b);
    size += 4 + ((b.byteLength + 3) & ~3);
  }
  const out = new Uint8Array(size);
  const p = out.dataStart;
  store<i32>(p, 0);
  store<i32>(p + 4, strs.length);
  let o: usize = 8;
  for (let i = 0; i < enc.length; i++) {
    const b = unchecked(enc[i]);
    store<i32>(p + o, b.byteLength); o += 4;
    memory.copy(p + o, changetype<usize>(b), b.byteLength);
    o += (b.byteLength + 3) & ~3;
  }
  dumpBuf = out;
  return p;
}

export function dumpStateLen(): i32 { return dumpBuf.length; }
