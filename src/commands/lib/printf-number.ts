// printf-style formatting of one floating-point number: %[flags][width][.prec](f|F|e|E|g|G|a|A)
// with flags '-', '+', ' ', '0', '#', '\''. Used by seq -f (and later by printf).

export interface NumberSpec { flags: string; width: number; prec: number | null; conv: string }

/** Parse "%-08.3f"-style text (starting at '%'); returns the spec and its length, or null. */
export function parseNumberSpec(fmt: string, at: number): { spec: NumberSpec; len: number } | null {
  const m = /^%([-+ 0#']*)(\d*)(?:\.(\d*))?([fFeEgGaA])/.exec(fmt.slice(at));
  if (!m) return null;
  return {
    spec: { flags: m[1] as string, width: m[2] ? Number(m[2]) : 0, prec: m[3] !== undefined ? Number(m[3] || '0') : null, conv: m[4] as string },
    len: m[0].length,
  };
}

function expForm(v: number, p: number, upper: boolean): string {
  let s = v.toExponential(p); // "1.50e+2"
  const [mant, exp] = s.split('e') as [string, string];
  const sign = exp.startsWith('-') ? '-' : '+';
  const digits = exp.replace(/^[-+]/, '').padStart(2, '0');
  s = `${mant}e${sign}${digits}`;
  return upper ? s.toUpperCase() : s;
}

function stripZeros(s: string): string {
  // Only the fraction part, before any exponent.
  return s.replace(/^([^e]*\.\d*?)0+(e|$)/i, '$1$2').replace(/\.(e|$)/i, '$1');
}

/** Format v by spec, as C printf does. */
export function formatNumber(v: number, spec: NumberSpec): string {
  const upper = spec.conv === spec.conv.toUpperCase();
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'nan' : 'inf';
  else {
    switch (spec.conv.toLowerCase()) {
      case 'f': body = a.toFixed(spec.prec ?? 6); break;
      case 'e': body = expForm(a, spec.prec ?? 6, false); break;
      default: {
        let p = spec.prec ?? 6;
        if (p === 0) p = 1;
        const x = a === 0 ? 0 : Number(expForm(a, p - 1, false).split('e')[1]);
        body = p > x && x >= -4 ? a.toFixed(p - 1 - x) : expForm(a, p - 1, false);
        if (!spec.flags.includes('#')) body = stripZeros(body);
      }
    }
    if (upper) body = body.toUpperCase();
  }
  if (upper && !Number.isFinite(a)) body = body.toUpperCase();
  const sign = neg ? '-' : spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : '';
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  const pad = spec.width - len;
  if (spec.flags.includes('-')) return sign + body + ' '.repeat(pad);
  if (spec.flags.includes('0') && Number.isFinite(a)) return sign + '0'.repeat(pad) + body;
  return ' '.repeat(pad) + sign + body;
}
