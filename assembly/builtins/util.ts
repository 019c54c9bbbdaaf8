// Helpers shared by builtins: bash's quoting for declare/export listings, byte<->string
// packing for replayed input chunks, option letters of variables.
import { Var, VF_EXPORT, VF_READONLY, VF_INTEGER } from '../core/shell';

/** "value" with \ " $ ` escaped, as `declare -p` prints it. */
export function dqQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c == '"' || c == '\\' || c == '$' || c == '`') out += '\\';
    out += c;
  }
  return out + '"';
}

/** Option letters of a variable for declare -p: "-rx", "--" when none. */
export function varLetters(v: Var): string {
  let s = '';
  if (v.flags & VF_INTEGER) s += 'i';
  if (v.flags & VF_READONLY) s += 'r';
  if (v.flags & VF_EXPORT) s += 'x';
  return s.length == 0 ? '--' : '-' + s;
}

/** `declare -x name="value"` line (or without value when unset). */
export function declLine(name: string, v: Var): string {
  const head = 'declare ' + varLetters(v) + ' ' + name;
  return v.isSet ? head + '=' + dqQuote(v.value) + '\n' : head + '\n';
}

/** Bytes packed one per char (for recording raw input chunks in a Replay answer). */
export function bytesToPacked(ptr: usize, n: i32): string {
  const codes = new Array<i32>(n);
  for (let i = 0; i < n; i++) unchecked(codes[i] = <i32>load<u8>(ptr + <usize>i));
  return String.fromCharCodes(codes);
}

export function packedToBytes(s: string, out: Array<u8>): void {
  for (let i = 0; i < s.length; i++) out.push(<u8>s.charCodeAt(i));
}

export function bytesToString(b: Array<u8>): string {
  if (b.length == 0) return '';
  return String.UTF8.decodeUnsafe(b.dataStart, <usize>b.length);
}

/** Sorted copy of names (plain byte order, as bash's C locale). */
export function sortNames(a: Array<string>): Array<string> {
  const s = a.slice(0);
  s.sort((x: string, y: string): i32 => x < y ? -1 : (x > y ? 1 : 0));
  return s;
}
