// printf builtin: printf [-v var] format [arguments]. The format is reused while arguments
// remain; missing arguments read as "" / 0. Conversions: %s %b %q %c %d %i %u %o %x %X %e %E
// %f %F %g %G %a %A %%, flags - + space # 0, width and precision (numbers or *).
// Numeric arguments: strtoimax-like (0x.., 0.., leading blanks/sign), 'c / "c for a character
// code; an invalid one prints "printf: X: invalid number", uses what parsed, and exit status 1.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { SET_READONLY } from '../core/shell';
import { decodeEscapes, ESC_FORMAT, ESC_PRINTF_B, stoppedByC, shellQuote, encodeOut, bytesToText } from '../expand/quote';
import { isValidName } from '../expand/param';
import { builtinError } from './test';
import { formatFloat } from './printf-float';

class PfState {
  args: Array<string> = [];
  ai: i32 = 0;
  status: i32 = 0;
  stop: bool = false;
}

function nextArg(st: PfState): string | null {
  if (st.ai < st.args.length) return unchecked(st.args[st.ai++]);
  return null;
}

function isDigit(c: i32): bool { return c >= 48 && c <= 57; }

/** strtoimax(s, 0) with bash's checks. */
function argInt(t: Task, st: PfState, s: string | null): i64 {
  if (s == null || s.length == 0) return 0;
  const n = s.length;
  if (n >= 2 && (s.charCodeAt(0) == 39 || s.charCodeAt(0) == 34)) return <i64>s.codePointAt(1);
  if (n == 1 && (s.charCodeAt(0) == 39 || s.charCodeAt(0) == 34)) return 0;
  let i = 0;
  while (i < n && (s.charCodeAt(i) == 32 || s.charCodeAt(i) == 9 || s.charCodeAt(i) == 10)) i++;
  let neg = false;
  if (i < n && (s.charCodeAt(i) == 45 || s.charCodeAt(i) == 43)) { neg = s.charCodeAt(i) == 45; i++; }
  let base = 10;
  if (i + 1 < n && s.charCodeAt(i) == 48 && (s.charCodeAt(i + 1) == 120 || s.charCodeAt(i + 1) == 88)) { base = 16; i += 2; }
  else if (i < n && s.charCodeAt(i) == 48) base = 8;
  const start = i;
  let v: u64 = 0;
  let overflow = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    let d = 99;
    if (isDigit(c)) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    if (d >= base) break;
    const nv = v * <u64>base + <u64>d;
    if (nv / <u64>base != v || nv > <u64>0x8000000000000000) overflow = true;
    v = nv;
    i++;
  }
  if (i == start || i < n) {
    builtinError(t, 'printf: ' + s + ': invalid number');
    st.status = 1;
  }
  if (overflow || (!neg && v > <u64>0x7fffffffffffffff)) {
    builtinError(t, 'printf: warning: ' + s + ': Numerical result out of range');
    return neg ? i64.MIN_VALUE : i64.MAX_VALUE;
  }
  return neg ? -<i64>v : <i64>v;
}

function argFloat(t: Task, st: PfState, s: string | null): f64 {
  if (s == null || s.length == 0) return 0;
  const n = s.length;
  if (n >= 2 && (s.charCodeAt(0) == 39 || s.charCodeAt(0) == 34)) return <f64>s.codePointAt(1);
  const tr = s.trim();
  const low = tr.toLowerCase();
  let sign = 1.0;
  let body = low;
  if (body.startsWith('-')) { sign = -1; body = body.substring(1); } else if (body.startsWith('+')) body = body.substring(1);
  if (body == 'inf' || body == 'infinity') return sign * Infinity;
  if (body == 'nan') return NaN;
  if (body.startsWith('0x')) return <f64>argInt(t, st, s);
  // validate decimal float syntax
  let i = 0;
  let digits = 0;
  while (i < body.length && isDigit(body.charCodeAt(i))) { i++; digits++; }
  if (i < body.length && body.charCodeAt(i) == 46) { i++; while (i < body.length && isDigit(body.charCodeAt(i))) { i++; digits++; } }
  if (digits > 0 && i < body.length && body.charCodeAt(i) == 101) {
    let j = i + 1;
    if (j < body.length && (body.charCodeAt(j) == 45 || body.charCodeAt(j) == 43)) j++;
    if (j < body.length && isDigit(body.charCodeAt(j))) { i = j; while (i < body.length && isDigit(body.charCodeAt(i))) i++; }
  }
  const v = digits > 0 ? sign * parseFloat(body.substring(0, i)) : 0.0;
  if (digits == 0 || i < body.length) {
    builtinError(t, 'printf: ' + s + ': invalid number');
    st.status = 1;
  }
  return v;
}

/** Pads to width bytes (bash counts field widths in bytes, not characters). */
function pad(s: string, width: i32, left: bool, zero: bool): string {
  if (width <= 0) return s;
  const len = String.UTF8.byteLength(s);
  if (width <= len) return s;
  const fill = width - len;
  if (left) return s + ' '.repeat(fill);
  if (zero) {
    let signLen = 0;
    if (len > 0 && (s.charCodeAt(0) == 45 || s.charCodeAt(0) == 43 || s.charCodeAt(0) == 32)) signLen = 1;
    if (s.length > signLen + 1 && s.charCodeAt(signLen) == 48 && (s.charCodeAt(signLen + 1) == 120 || s.charCodeAt(signLen + 1) == 88)) signLen += 2;
    return s.substring(0, signLen) + '0'.repeat(fill) + s.substring(signLen);
  }
  return ' '.repeat(fill) + s;
}

function u64ToBase(v: u64, base: u32, upper: bool): string {
  if (v == 0) return '0';
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let s = '';
  while (v > 0) { s = digits.charAt(<i32>(v % base)) + s; v /= base; }
  return s;
}

/** One pass over the format. Returns the output; st.stop when %b hit \c. */
function runFormat(t: Task, fmt: string, st: PfState): string {
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt.charCodeAt(i);
    if (c == 92) { // escape in the format
      const e = escapeEnd(fmt, i);
      out += decodeEscapes(fmt.substring(i, e), ESC_FORMAT);
      i = e;
      continue;
    }
    if (c != 37) {
      let j = i;
      while (j < n && fmt.charCodeAt(j) != 37 && fmt.charCodeAt(j) != 92) j++;
      out += fmt.substring(i, j);
      i = j;
      continue;
    }
    // conversion
    const start = i;
    i++;
    if (i < n && fmt.charCodeAt(i) == 37) { out += '%'; i++; continue; }
    let left = false, plus = false, space = false, alt = false, zero = false;
    while (i < n) {
      const f = fmt.charCodeAt(i);
      if (f == 45) left = true; else if (f == 43) plus = true; else if (f == 32) space = true;
      else if (f == 35) alt = true; else if (f == 48) zero = true; else break;
      i++;
    }
    let width = 0;
    if (i < n && fmt.charCodeAt(i) == 42) {
      const w = argInt(t, st, nextArg(st));
      if (w < 0) { left = true; width = <i32>(-w); } else width = <i32>w;
      i++;
    } else while (i < n && isDigit(fmt.charCodeAt(i))) { width = width * 10 + (fmt.charCodeAt(i) - 48); i++; }
    let prec = -1;
    if (i < n && fmt.charCodeAt(i) == 46) {
      i++;
      prec = 0;
      if (i < n && fmt.charCodeAt(i) == 42) {
        const p = argInt(t, st, nextArg(st));
        prec = p < 0 ? -1 : <i32>p;
        i++;
      } else while (i < n && isDigit(fmt.charCodeAt(i))) { prec = prec * 10 + (fmt.charCodeAt(i) - 48); i++; }
    }
    // length modifiers are accepted and ignored
    while (i < n) {
      const m = fmt.charCodeAt(i);
      if (m == 104 || m == 108 || m == 76 || m == 106 || m == 122 || m == 116) i++; else break;
    }
    if (i >= n) {
      builtinError(t, 'printf: `' + fmt.substring(start, i) + "': missing format character");
      st.status = 1; st.stop = true;
      return out;
    }
    const conv = fmt.charCodeAt(i);
    i++;
    let s = '';
    switch (conv) {
      case 115: { // s
        const a = nextArg(st);
        s = a == null ? '' : a;
        if (prec >= 0 && prec < s.length) s = s.substring(0, prec);
        out += pad(s, width, left, false);
        break;
      }
      case 98: { // b
        const a = nextArg(st);
        s = decodeEscapes(a == null ? '' : a, ESC_PRINTF_B);
        const stop = stoppedByC;
        if (prec >= 0 && prec < s.length) s = s.substring(0, prec);
        out += pad(s, width, left, false);
        if (stop) { st.stop = true; return out; }
        break;
      }
      case 113: { // q
        const a = nextArg(st);
        s = shellQuote(a == null ? '' : a);
        out += pad(s, width, left, false);
        break;
      }
      case 99: { // c
        const a = nextArg(st);
        s = a == null || a.length == 0 ? '' : String.fromCodePoint(a.codePointAt(0));
        out += pad(s, width, left, false);
        break;
      }
      case 100: case 105: { // d i
        const v = argInt(t, st, nextArg(st));
        let digits = v < 0 ? u64ToBase(<u64>(-v), 10, false) : u64ToBase(<u64>v, 10, false);
        if (v == i64.MIN_VALUE) digits = '9223372036854775808';
        if (prec >= 0) { if (prec == 0 && v == 0) digits = ''; while (digits.length < prec) digits = '0' + digits; }
        const sign = v < 0 ? '-' : (plus ? '+' : (space ? ' ' : ''));
        out += pad(sign + digits, width, left, zero && prec < 0);
        break;
      }
      case 117: case 111: case 120: case 88: { // u o x X
        const v = <u64>argInt(t, st, nextArg(st));
        const base: u32 = conv == 117 ? 10 : (conv == 111 ? 8 : 16);
        let digits = u64ToBase(v, base, conv == 88);
        if (prec >= 0) { if (prec == 0 && v == 0) digits = ''; while (digits.length < prec) digits = '0' + digits; }
        if (alt && conv == 111 && !digits.startsWith('0')) digits = '0' + digits;
        if (alt && v != 0 && conv == 120) digits = '0x' + digits;
        if (alt && v != 0 && conv == 88) digits = '0X' + digits;
        out += pad(digits, width, left, zero && prec < 0);
        break;
      }
      case 101: case 69: case 102: case 70: case 103: case 71: case 97: case 65: {
        const v = argFloat(t, st, nextArg(st));
        s = formatFloat(v, conv, prec, alt, plus, space);
        const finite = !isNaN(v) && isFinite(v);
        out += pad(s, width, left, zero && finite);
        break;
      }
      default: {
        builtinError(t, 'printf: `' + String.fromCharCode(conv) + "': invalid format character");
        st.status = 1; st.stop = true;
        return out;
      }
    }
  }
  return out;
}

/** End index of the backslash escape starting at i in a printf format. */
function escapeEnd(f: string, i: i32): i32 {
  const n = f.length;
  if (i + 1 >= n) return n;
  const c = f.charCodeAt(i + 1);
  let j = i + 2;
  if (c >= 48 && c <= 55) { let k = 1; while (k < 3 && j < n && f.charCodeAt(j) >= 48 && f.charCodeAt(j) <= 55) { j++; k++; } return j; }
  let max = 0;
  if (c == 120) max = 2; else if (c == 117) max = 4; else if (c == 85) max = 8;
  let k = 0;
  while (k < max && j < n) {
    const d = f.charCodeAt(j);
    if (!((d >= 48 && d <= 57) || (d >= 97 && d <= 102) || (d >= 65 && d <= 70))) break;
    j++; k++;
  }
  return j;
}

function hasConversion(fmt: string): bool {
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt.charCodeAt(i);
    if (c == 92) { i++; continue; }
    if (c == 37) { if (i + 1 < fmt.length && fmt.charCodeAt(i + 1) == 37) { i++; continue; } return true; }
  }
  return false;
}

export function builtinPrintf(t: Task, argv: Array<string>, r: Replay): i32 {
  let i = 1;
  let varName: string | null = null;
  while (i < argv.length) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (a == '-v') {
      if (i + 1 >= argv.length) { builtinError(t, 'printf: -v: option requires an argument'); t.out(2, 'printf: usage: printf [-v var] format [arguments]\n'); return 2; }
      varName = unchecked(argv[i + 1]);
      i += 2;
      continue;
    }
    if (a.startsWith('-v') && a.length > 2) { varName = a.substring(2); i++; continue; }
    if (a.length > 1 && a.charCodeAt(0) == 45 && a != '-') {
      builtinError(t, 'printf: ' + a.substring(0, 2) + ': invalid option');
      t.out(2, 'printf: usage: printf [-v var] format [arguments]\n');
      return 2;
    }
    break;
  }
  if (varName != null && !isValidName(varName)) {
    builtinError(t, 'printf: `' + varName + "': not a valid identifier");
    return 2;
  }
  if (i >= argv.length) { t.out(2, 'printf: usage: printf [-v var] format [arguments]\n'); return 2; }
  const fmt = unchecked(argv[i]);
  const st = new PfState();
  st.args = argv.slice(i + 1);
  // One string per pass of the format, joined once (appending to one string each pass was
  // quadratic for `printf '%s\n' {1..20000}`).
  const passes = new Array<string>();
  const conv = hasConversion(fmt);
  do {
    const before = st.ai;
    passes.push(runFormat(t, fmt, st));
    if (st.stop || !conv || st.ai == before) break;
  } while (st.ai < st.args.length);
  const out = passes.join('');
  if (varName != null) {
    if (t.shell.set(varName, bytesToText(out)) == SET_READONLY) { builtinError(t, 'printf: ' + varName + ': readonly variable'); return 1; }
  } else if (out.length > 0) t.outBytes(1, encodeOut(out));
  return st.status;
}
