// Floating-point conversions of printf (%f %e %g and uppercase forms). Rounding is round-half-even
// on the double's scaled value, which matches glibc for ordinary precisions (up to ~15 digits);
// beyond 17 significant digits the extra digits print as zeros (glibc prints the exact binary
// expansion).

const MAX_SAFE: f64 = 9007199254740992.0; // 2^53

function pow10(n: i32): f64 {
  let r = 1.0;
  if (n >= 0) { for (let i = 0; i < n; i++) r *= 10; } else { for (let i = 0; i < -n; i++) r /= 10; }
  return r;
}

/** Rounding error of the last product (a * b = prod + prodErr exactly), Dekker's TwoProduct. */
let prodErr: f64 = 0;
function split(x: f64, out: Array<f64>): void {
  const c = 134217729.0 * x;
  const hi = c - (c - x);
  out[0] = hi; out[1] = x - hi;
}
function mulExact(a: f64, b: f64): f64 {
  const p = a * b;
  const sa: Array<f64> = [0, 0];
  const sb: Array<f64> = [0, 0];
  split(a, sa); split(b, sb);
  prodErr = ((sa[0] * sb[0] - p) + sa[0] * sb[1] + sa[1] * sb[0]) + sa[1] * sb[1];
  return p;
}

/** round-half-even of x to an integer (x >= 0); a tie is broken by prodErr (the part of the
 *  true value the product x lost), so 0.05 -> %.1f gives 0.1 like glibc. */
function roundEven(x: f64): f64 {
  const fl = Math.floor(x);
  const frac = x - fl;
  if (frac > 0.5) return fl + 1;
  if (frac < 0.5) return fl;
  if (prodErr > 0) return fl + 1;
  if (prodErr < 0) return fl;
  return (fl % 2 == 0) ? fl : fl + 1;
}

function digitsOf(v: f64): string {
  if (v < 1.8e19) return (<u64>v).toString();
  // huge: exact integer digits are beyond us; use the shortest representation then zeros
  let e = 0;
  let m = v;
  while (m >= 1e17) { m /= 10; e++; }
  return (<u64>Math.round(m)).toString() + '0'.repeat(e);
}

/** a >= 0 with p digits after the point. */
export function fixed(a: f64, p: i32): string {
  let pp = p > 17 ? 17 : p;
  let digits: string;
  const scaled = mulExact(a, pow10(pp));
  if (scaled < MAX_SAFE) digits = digitsOf(roundEven(scaled));
  else if (a < MAX_SAFE) {
    // integer part exact, fraction approximate
    const ip = Math.floor(a);
    let frac = digitsOf(roundEven(mulExact(a - ip, pow10(pp < 15 ? pp : 15))));
    let fd = pp < 15 ? pp : 15;
    while (frac.length < fd) frac = '0' + frac;
    if (frac.length > fd) { digits = digitsOf(ip + 1) + '0'.repeat(fd); }
    else digits = digitsOf(ip) + frac;
    pp = fd;
  } else { digits = digitsOf(a) + '0'.repeat(pp); }
  while (digits.length < pp + 1) digits = '0' + digits;
  let s = pp == 0 ? digits : digits.substring(0, digits.length - pp) + '.' + digits.substring(digits.length - pp);
  if (p > pp) s += (pp == 0 ? '.' : '') + '0'.repeat(p - pp);
  return s;
}

/** a >= 0 as d.ddd with p digits, returning [mantissa, exponent]. */
function expParts(a: f64, p: i32, outExp: Array<i32>): string {
  if (a == 0) { outExp[0] = 0; return p > 0 ? '0.' + '0'.repeat(p) : '0'; }
  let x = <i32>Math.floor(Math.log10(a));
  const pp = p > 16 ? 16 : p;
  for (let attempt = 0; attempt < 3; attempt++) {
    const sh = pp - x;
    prodErr = 0;
    let scaled = sh >= 0 ? mulExact(a, pow10(sh)) : a / pow10(-sh);
    let r = roundEven(scaled);
    const lim = pow10(pp + 1);
    if (r >= lim) { x++; continue; }
    if (r < lim / 10) { x--; continue; }
    let d = digitsOf(r);
    let s = pp == 0 ? d : d.substring(0, 1) + '.' + d.substring(1);
    if (p > pp) s += '0'.repeat(p - pp);
    outExp[0] = x;
    return s;
  }
  outExp[0] = x;
  return fixed(a / pow10(x), p);
}

function expStr(x: i32, upper: bool): string {
  const ax = x < 0 ? -x : x;
  return (upper ? 'E' : 'e') + (x < 0 ? '-' : '+') + (ax < 10 ? '0' : '') + ax.toString();
}

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) == 48) e--;
  if (e > 0 && s.charCodeAt(e - 1) == 46) e--;
  return s.substring(0, e);
}

/** conv: one of e E f F g G a A (char codes). prec -1 = default. */
export function formatFloat(v: f64, conv: i32, prec: i32, alt: bool, plus: bool, space: bool): string {
  const upper = conv == 69 || conv == 70 || conv == 71 || conv == 65;
  const neg = v < 0 || (v == 0 && 1 / v < 0);
  const sign = neg ? '-' : (plus ? '+' : (space ? ' ' : ''));
  if (isNaN(v)) return (plus ? '+' : (space ? ' ' : '')) + (upper ? 'NAN' : 'nan');
  const a = Math.abs(v);
  if (!isFinite(a)) return sign + (upper ? 'INF' : 'inf');
  const lc = conv | 32;
  const ex: Array<i32> = [0];
  if (lc == 102) {
    const p = prec < 0 ? 6 : prec;
    let s = fixed(a, p);
    if (alt && p == 0) s += '.';
    return sign + s;
  }
  if (lc == 101 || lc == 97) {
    const p = prec < 0 ? 6 : prec;
    let m = expParts(a, p, ex);
    if (alt && p == 0) m += '.';
    return sign + m + expStr(ex[0], upper);
  }
  // g
  const P = prec < 0 ? 6 : (prec == 0 ? 1 : prec);
  expParts(a, P - 1, ex);
  const X = ex[0];
  let s: string;
  if (P > X && X >= -4) {
    s = fixed(a, P - 1 - X);
    if (!alt) s = stripZeros(s);
    else if (s.indexOf('.') < 0) s += '.';
  } else {
    let m = expParts(a, P - 1, ex);
    if (!alt) m = stripZeros(m);
    else if (m.indexOf('.') < 0) m += '.';
    s = m + expStr(ex[0], upper);
  }
  return sign + s;
}
