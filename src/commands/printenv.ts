// printenv [NAME...]: print exported variables (all as NAME=VALUE, or the values asked for;
// status 1 when one is missing). env [-i] [-u NAME] [NAME=VALUE]...: print the resulting
// environment. Running a command from env is the shell's job (a TS command cannot spawn):
// here a command operand is reported as not found (127).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { quote } from './lib/errors.js';

export const printenv: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: '0', long: { null: ['0', 'none'] } });
  if (!parsed.ok) return usageError(ctx, 'printenv', parsed.message, 2);
  const end = parsed.options.length ? '\0' : '\n';
  if (parsed.operands.length === 0) {
    await ctx.stdout.write([...ctx.env].map(([k, v]) => `${k}=${v}${end}`).join(''));
    return 0;
  }
  let status = 0;
  let text = '';
  for (const n of parsed.operands) {
    const v = ctx.env.get(n);
    if (v === undefined || n.includes('=')) status = 1; else text += v + end;
  }
  await ctx.stdout.write(text);
  return status;
};

export const env: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'i0', withArg: 'u', long: { 'ignore-environment': ['i', 'none'], unset: ['u', 'required'], null: ['0', 'none'] },
    stopAtOperand: true,
  });
  if (!parsed.ok) return usageError(ctx, 'env', parsed.message, 125);
  const vars = new Map(ctx.env);
  let end = '\n';
  for (const o of parsed.options) {
    if (o.key === 'i') vars.clear();
    else if (o.key === 'u') vars.delete(o.value ?? '');
    else if (o.key === '0') end = '\0';
  }
  const ops = [...parsed.operands];
  if (ops[0] === '-') { vars.clear(); ops.shift(); }
  while (ops.length && (ops[0] as string).includes('=')) {
    const a = ops.shift() as string;
    const i = a.indexOf('=');
    vars.set(a.slice(0, i), a.slice(i + 1));
  }
  if (ops.length) {
    await ctx.stderr.write(`env: ${quote(ops[0] as string)}: No such file or directory\n`);
    return 127;
  }
  await ctx.stdout.write([...vars].map(([k, v]) => `${k}=${v}${end}`).join(''));
  return 0;
};
