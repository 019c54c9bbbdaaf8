// expr EXPRESSION: evaluate (| & comparisons + - * / % : match substr index length, parentheses,
// + TOKEN). Integers are arbitrary precision. Status 0 when the result is neither null nor 0,
// 1 when it is, 2 for a syntax error or bad operand.
import type { Command } from './types.js';
import { translate, RegexError } from './lib/posix-regex.js';

class ExprError extends Error { constructor(msg: string, readonly status = 2) { super(msg); } }

const isInt = (s: string): boolean => /^-?\d+$/.test(s);
const toInt = (s: string): bigint => { if (!isInt(s)) throw new ExprError('non-integer argument'); return BigInt(s); };
const isNull = (s: string): boolean => s === '' || (isInt(s) && BigInt(s) === 0n);

export const expr: Command = async (ctx) => {
  let args = ctx.argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    await ctx.stderr.write("expr: missing operand\nTry 'expr --help' for more information.\n");
    return 2;
  }
  let pos = 0;
  const peek = (): string | undefined => args[pos];
  const need = (op: string): void => { if (pos >= args.length) throw new ExprError(`syntax error: missing argument after '${op}'`); };

  const primary = (): string => {
    const t = args[pos];
    if (t === undefined) throw new ExprError(pos === 0 ? 'syntax error' : `syntax error: missing argument after '${args[pos - 1]}'`);
    pos++;
    if (t === '(') {
      const v = or();
      if (args[pos] !== ')') {
        throw new ExprError(pos >= args.length ? "syntax error: expecting ')' after " + `'${args[pos - 1]}'` : `syntax error: expecting ')' instead of '${args[pos]}'`);
      }
      pos++;
      return v;
    }
    if (t === '+') { need('+'); return args[pos++] as string; }
    if (t === 'length') { need('length'); return String(new TextEncoder().encode(primaryArg()).length); }
    if (t === 'match') { need('match'); const a = primaryArg(); need('match'); const b = primaryArg(); return match(a, b); }
    if (t === 'substr') {
      need('substr'); const s = primaryArg(); need('substr'); const p = primaryArg(); need('substr'); const l = primaryArg();
      if (!isInt(p) || !isInt(l)) return '';
      const pi = Number(p), li = Number(l);
      if (pi < 1 || li < 1) return '';
      return s.slice(pi - 1, pi - 1 + li);
    }
    if (t === 'index') {
      need('index'); const s = primaryArg(); need('index'); const chars = primaryArg();
      for (let i = 0; i < s.length; i++) if (chars.includes(s[i] as string)) return String(i + 1);
      return '0';
    }
    return t;
  };
  const primaryArg = (): string => {
    // Keywords' arguments are single tokens (GNU treats them as primaries).
    return primary();
  };
  const colon = (): string => {
    let v = primary();
    while (peek() === ':') { pos++; need(':'); v = match(v, primary()); }
    return v;
  };
  const mul = (): string => {
    let v = colon();
    for (;;) {
      const op = peek();
      if (op !== '*' && op !== '/' && op !== '%') return v;
      pos++; need(op);
      const r = colon();
      const a = toInt(v), b = toInt(r);
      if (op !== '*' && b === 0n) throw new ExprError('division by zero');
      v = String(op === '*' ? a * b : op === '/' ? a / b : a % b);
    }
  };
  const add = (): string => {
    let v = mul();
    for (;;) {
      const op = peek();
      if (op !== '+' && op !== '-') return v;
      pos++; need(op);
      const r = mul();
      const a = toInt(v), b = toInt(r);
      v = String(op === '+' ? a + b : a - b);
    }
  };
  const cmp = (): string => {
    let v = add();
    for (;;) {
      const op = peek();
      if (!['<', '<=', '=', '==', '!=', '>=', '>'].includes(op ?? '')) return v;
      pos++; need(op as string);
      const r = add();
      let c: number;
      if (isInt(v) && isInt(r)) { const a = BigInt(v), b = BigInt(r); c = a < b ? -1 : a > b ? 1 : 0; }
      else c = v < r ? -1 : v > r ? 1 : 0;
      const ok = op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '=' || op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '>=' ? c >= 0 : c > 0;
      v = ok ? '1' : '0';
    }
  };
  const and = (): string => {
    let v = cmp();
    while (peek() === '&') { pos++; need('&'); const r = cmp(); v = isNull(v) || isNull(r) ? '0' : v; }
    return v;
  };
  const or = (): string => {
    let v = and();
    while (peek() === '|') { pos++; need('|'); const r = and(); v = !isNull(v) ? v : !isNull(r) ? r : '0'; }
    return v;
  };
  const match = (s: string, re: string): string => {
    let t;
    try { t = translate(re, false); } catch (e) {
      if (e instanceof RegexError) throw new ExprError(e.message);
      throw e;
    }
    const m = new RegExp('^(?:' + t.source + ')', 's').exec(s);
    if (t.groups > 0) return m ? m[1] ?? '' : '';
    return m ? String(m[0].length) : '0';
  };
  try {
    const v = or();
    if (pos < args.length) throw new ExprError(`syntax error: unexpected argument '${args[pos]}'`);
    await ctx.stdout.write(v + '\n');
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (e instanceof ExprError) { await ctx.stderr.write(`expr: ${e.message}\n`); return e.status; }
    throw e;
  }
};
