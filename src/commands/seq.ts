// seq [-w] [-s SEP] [-f FMT] [FIRST [INCR]] LAST. Decimal operands are stepped exactly (scaled
// integers), so 0.1 steps never drift; output precision is that of FIRST and INCR, as GNU.
// Exponent/hex/inf operands fall back to floating point.
import type { Command } from './types.js';
import { usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { quote } from './lib/errors.js';
import { formatNumber, parseNumberSpec, type NumberSpec } from './lib/printf-number.js';
import { checkAbort } from './lib/run.js';

const NAME = 'seq';

interface Dec { scaled: bigint; decimals: number }

function parseDecimal(s: string): Dec | null {
  const m = /^\s*([-+]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (!m[2] && !m[3])) return null;
  const frac = m[3] ?? '';
  const v = BigInt((m[2] || '0') + frac);
  return { scaled: m[1] === '-' ? -v : v, decimals: frac.length };
}

function parseFloatArg(s: string): number | null {
  const t = s.trim();
  if (/^[-+]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[-+]?nan$/i.test(t)) return NaN;
  if (/^[-+]?0x[0-9a-f]+$/i.test(t)) return (t.startsWith('-') ? -1 : 1) * parseInt(t.replace(/^[-+]?0x/i, ''), 16);
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  return null;
}

export const seq: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  let sep = '\n';
  let fmt: string | null = null;
  let equalWidth = false;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    // A leading '-' followed by a digit or '.' is a negative number, not an option.
    if (operands.length > 0 || !a.startsWith('-') || a === '-' || /^-[.\d]/.test(a)) { operands.push(a); continue; }
    if (a === '--') { operands.push(...args.slice(i + 1)); break; }
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (long) {
      const name = long[1] as string;
      const pick = ['separator', 'format', 'equal-width', 'help', 'version'].filter((n) => n.startsWith(name));
      if (pick.length !== 1) return usageError(ctx, NAME, pick.length ? `option '${a}' is ambiguous` : `unrecognized option '${a}'`);
      const which = pick[0] as string;
      if (which === 'equal-width') { equalWidth = true; continue; }
      const val = long[2] ?? args[++i];
      if (val === undefined) return usageError(ctx, NAME, `option '--${which}' requires an argument`);
      if (which === 'separator') sep = val; else fmt = val;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (c === 'w') { equalWidth = true; continue; }
      if (c === 's' || c === 'f') {
        const val = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (val === undefined) return usageError(ctx, NAME, `option requires an argument -- '${c}'`);
        if (c === 's') sep = val; else fmt = val;
        break;
      }
      return usageError(ctx, NAME, `invalid option -- '${c}'`);
    }
  }
  if (operands.length === 0) return usageError(ctx, NAME, 'missing operand');
  if (operands.length > 3) return usageError(ctx, NAME, `extra operand ${quote(operands[3] as string)}`);
  for (const op of operands) {
    if (parseFloatArg(op) === null) return usageError(ctx, NAME, `invalid floating point argument: ${quote(op)}`);
  }
  const [firstS, stepS, lastS] = operands.length === 1 ? ['1', '1', operands[0] as string]
    : operands.length === 2 ? [operands[0] as string, '1', operands[1] as string]
    : [operands[0] as string, operands[1] as string, operands[2] as string];
  if (parseFloatArg(stepS) === 0) return usageError(ctx, NAME, `invalid Zero increment value: ${quote(stepS)}`);

  let spec: { pre: string; spec: NumberSpec; post: string } | null = null;
  if (fmt !== null) {
    const parsed = parseFormat(fmt);
    if (typeof parsed === 'string') { await ctx.stderr.write(`${NAME}: ${parsed}\n`); return 1; }
    spec = parsed;
  }
  if (spec && equalWidth) {
    await ctx.stderr.write(`${NAME}: format string may not be specified when printing equal width strings\nTry 'seq --help' for more information.\n`);
    return 1;
  }

  const out = new OutBuffer(ctx.stdout);
  let firstOut = true;
  const emit = async (text: string): Promise<void> => {
    await out.write(firstOut ? text : sep + text);
    firstOut = false;
  };

  const f = parseDecimal(firstS), s = parseDecimal(stepS), l = parseDecimal(lastS);
  let count = 0;
  if (f && s && l) {
    const S = Math.max(f.decimals, s.decimals, l.decimals);
    const prec = Math.max(f.decimals, s.decimals);
    const scale = (d: Dec): bigint => d.scaled * 10n ** BigInt(S - d.decimals);
    const first = scale(f), step = scale(s), last = scale(l);
    const text = (v: bigint): string => {
      const neg = v < 0n;
      let digits = (neg ? -v : v).toString().padStart(S + 1, '0');
      const intPart = digits.slice(0, digits.length - S);
      digits = digits.slice(digits.length - S, digits.length - S + prec);
      return (neg ? '-' : '') + intPart + (prec > 0 ? '.' + digits : '');
    };
    let width = 0;
    if (equalWidth) {
      // The width of the widest of FIRST and the last value printed (LAST with the output precision).
      const lastInRange = last;
      width = Math.max(text(first).length, text(lastInRange - ((lastInRange - first) % step)).length);
    }
    for (let v = first; step > 0n ? v <= last : v >= last; v += step) {
      if ((++count & 0x3fff) === 0) checkAbort(ctx);
      if (spec) await emit(spec.pre + formatNumber(Number(text(v)), spec.spec) + spec.post);
      else {
        let t = text(v);
        if (equalWidth && t.length < width) t = t.startsWith('-') ? '-' + t.slice(1).padStart(width - 1, '0') : t.padStart(width, '0');
        await emit(t);
      }
    }
  } else {
    const first = parseFloatArg(firstS) as number, step = parseFloatArg(stepS) as number, last = parseFloatArg(lastS) as number;
    const sp = spec ?? { pre: '', spec: { flags: '', width: 0, prec: null, conv: 'g' }, post: '' };
    for (let i = 0; ; i++) {
      const v = first + i * step;
      if (Number.isNaN(v) || (step > 0 ? v > last : v < last)) break;
      if ((++count & 0x3fff) === 0) checkAbort(ctx);
      await emit(sp.pre + formatNumber(v, sp.spec) + sp.post);
      if (!Number.isFinite(v) && v === last) break;
    }
  }
  if (!firstOut) await out.write('\n');
  await out.flush();
  return 0;
};

/** Split a -f format around its single number directive ('%%' is a literal '%'). */
function parseFormat(fmt: string): { pre: string; spec: NumberSpec; post: string } | string {
  let pre = '', post = '';
  let spec: NumberSpec | null = null;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    if (c !== '%') { if (spec) post += c; else pre += c; continue; }
    if (fmt[i + 1] === '%') { if (spec) post += '%'; else pre += '%'; i++; continue; }
    if (spec) return `format ${quote(fmt)} has too many % directives`;
    const p = parseNumberSpec(fmt, i);
    if (!p) return `format ${quote(fmt)} has unknown %${fmt[i + 1] ?? ''} directive`;
    spec = p.spec;
    i += p.len - 1;
  }
  if (!spec) return `format ${quote(fmt)} has no % directive`;
  return { pre, spec, post };
}
