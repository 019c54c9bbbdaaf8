// Number ↔ string conversion and printf formatting for awk.
import { formatNumber } from '../lib/printf-number.js';

/** Leading numeric prefix of s, as strtod reads it (0 when none). */
export function strToNum(s: string): number {
  const n = s.length;
  if (n > 0 && n < 16) {
    const c0 = s.charCodeAt(0), cl = s.charCodeAt(n - 1);
    if (((c0 >= 48 && c0 <= 57) || c0 === 45) && cl >= 48 && cl <= 57 && !(c0 === 48 && n > 1 && s.charCodeAt(1) > 57)) {
      const v = +s;
      if (v === v) return v;
    }
  }
  const m = /^[ \t\n\r\f\v]*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(s);
  if (m) return Number(m[1]);
  const inf = /^[ \t\n\r\f\v]*([-+])(inf|nan)/i.exec(s);
  if (inf) return (inf[2] as string).toLowerCase() === 'nan' ? NaN : inf[1] === '-' ? -Infinity : Infinity;
  return 0;
}

/** Whether s looks numeric as a whole (input data compared numerically). */
export function looksNumeric(s: string): boolean {
  return /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t\n\r\f\v]*$/.test(s)
    || /^[ \t\n\r\f\v]*[-+](?:inf|nan)[ \t\n\r\f\v]*$/i.test(s);
}

/** Integral values print as integers; others through fmt (CONVFMT or OFMT). */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n)) {
    if (Math.abs(n) < 1e16) return Object.is(n, -0) ? '-0' : String(n);
    if (Math.abs(n) < 2 ** 63) return BigInt(n).toString();
  }
  if (Number.isNaN(n)) return '-nan';
  if (fmt === '%.6g') return formatNumber(n, { flags: '', width: 0, prec: 6, conv: 'g' });
  return sprintf(fmt, [n], (v) => (typeof v === 'number' ? v : 0), (v) => String(v));
}

type Conv<T> = (v: T) => number;

function intText(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf';
  const t = Math.trunc(v);
  return Math.abs(t) < 1e16 ? String(t === 0 ? 0 : t) : BigInt(t).toString();
}

function pad(s: string, width: number, left: boolean, zero = false): string {
  if (s.length >= width) return s;
  if (left) return s + ' '.repeat(width - s.length);
  if (zero) {
    const sign = /^[-+ ]/.test(s) ? s[0] as string : '';
    const prefix = /^[-+ ]?0[xX]/.test(s) ? s.slice(0, sign.length + 2) : sign;
    return prefix + '0'.repeat(width - s.length) + s.slice(prefix.length);
  }
  return ' '.repeat(width - s.length) + s;
}

/** awk printf: %c %d %i %o %x %X %u %e %E %f %F %g %G %s %% with flags -+ #0, width, .prec, '*'. */
export function sprintf<T>(fmt: string, args: T[], num: Conv<T>, str: (v: T) => string, fn = 'printf'): string {
  let out = '';
  let ai = 0;
  const next = (): T | undefined => args[ai++];
  let i = 0;
  while (i < fmt.length) {
    const pc = fmt.indexOf('%', i);
    if (pc < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pc);
    i = pc + 1;
    let flags = '';
    while (i < fmt.length && '-+ #0\''.includes(fmt[i] as string)) flags += fmt[i++];
    let width = 0;
    let widthSet = false;
    if (fmt[i] === '*') {
      i++; const a = next(); width = a === undefined ? 0 : Math.trunc(num(a)); widthSet = true;
      if (width < 0) { flags += '-'; width = -width; }
    } else { const s = i; while (/[0-9]/.test(fmt[i] ?? '')) i++; if (i > s) { width = Number(fmt.slice(s, i)); widthSet = true; } }
    let prec: number | null = null;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') { i++; const a = next(); prec = a === undefined ? 0 : Math.trunc(num(a)); if (prec < 0) prec = null; }
      else { const s = i; while (/[0-9]/.test(fmt[i] ?? '')) i++; prec = Number(fmt.slice(s, i) || '0'); }
    }
    while ('hlLqjzt'.includes(fmt[i] ?? '@')) i++;
    const conv = fmt[i];
    if (conv === undefined) { out += fmt.slice(pc); break; }
    i++;
    if (conv !== '%' && ai >= args.length && 'cdiouxXeEfFgGaAs'.includes(conv)) throw new FormatError(`not enough arguments passed to ${fn}("${fmt}")`);
    void widthSet;
    const left = flags.includes('-');
    switch (conv) {
      case '%': out += '%'; break;
      case 'c': {
        const a = next();
        let s: string;
        if (a === undefined) s = '';
        else if (typeof a === 'number') s = String.fromCodePoint(Math.max(0, Math.min(0x10ffff, Math.trunc(a))) || 0);
        else { const t = str(a); s = isNumberLike(a) ? String.fromCodePoint(Math.trunc(num(a)) & 0x1fffff || 0) : t.slice(0, 1); }
        out += pad(s, width, left);
        break;
      }
      case 's': {
        const a = next();
        let s = a === undefined ? '' : str(a);
        if (prec !== null) s = s.slice(0, prec);
        out += pad(s, width, left);
        break;
      }
      case 'd': case 'i': case 'o': case 'x': case 'X': case 'u': {
        const a = next();
        const v = a === undefined ? 0 : num(a);
        if (!Number.isFinite(v)) {
          const s = Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + 'inf';
          out += pad(s, width, left);
          break;
        }
        let t = Math.trunc(v);
        let neg = t < 0;
        let digits: string;
        if (conv === 'd' || conv === 'i') digits = intText(Math.abs(t));
        else {
          if (neg) { t = Number(BigInt.asUintN(64, BigInt(t))); neg = false; }
          const big = BigInt(Math.abs(t) < 2 ** 64 ? t : 0);
          digits = conv === 'o' ? big.toString(8) : conv === 'u' ? big.toString() : big.toString(16);
          if (conv === 'X') digits = digits.toUpperCase();
        }
        if (prec !== null) { if (prec === 0 && t === 0) digits = ''; digits = digits.padStart(prec, '0'); }
        if (flags.includes('#')) {
          if (conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
          else if ((conv === 'x' || conv === 'X') && t !== 0) digits = (conv === 'x' ? '0x' : '0X') + digits;
        }
        const sign = neg ? '-' : (conv === 'd' || conv === 'i') ? (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') : '';
        out += pad(sign + digits, width, left, flags.includes('0') && prec === null);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': {
        const a = next();
        const v = a === undefined ? 0 : num(a);
        out += formatNumber(halfEven(v, conv, prec), { flags: flags.replace("'", ''), width, prec, conv });
        break;
      }
      default:
        out += fmt.slice(pc, i);
    }
  }
  return out;
}

/** Set by the interpreter: whether a value counts as a number for %c. */
let isNumberLike: (v: unknown) => boolean = (v) => typeof v === 'number';
export function setNumberTest(f: (v: unknown) => boolean): void { isNumberLike = f; }

export class FormatError extends Error {}

/** C rounds exact ties to even (printf("%.0f", 2.5) is "2"); JS toFixed rounds them up. For
 *  %f, move an exact tie to the even neighbour before formatting. */
function halfEven(v: number, conv: string, prec: number | null): number {
  if (conv !== 'f' && conv !== 'F') return v;
  const p = prec ?? 6;
  if (p > 15 || !Number.isFinite(v)) return v;
  const scale = 10 ** p;
  const x = Math.abs(v) * scale;
  if (x > 2 ** 52 || x - Math.floor(x) !== 0.5) return v;
  const fl = Math.floor(x);
  if (fl % 2 !== 0) return v;
  // Confirm the tie is exact in the double itself, not produced by the scaling.
  if (fl / scale + 0.5 / scale !== Math.abs(v)) return v;
  const r = fl / scale;
  return v < 0 ? -r : r;
}
