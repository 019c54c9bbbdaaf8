// printenv [NAME...]: print exported variables (all as NAME=VALUE, or the values asked for;
// status 1 when one is missing). env [-i] [-u NAME] [NAME=VALUE]...: print the resulting
// environment, or run COMMAND [ARG]... in it with ctx.exec (-C DIR changes its directory).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { quote } from './lib/errors.js';
import { resolvePath } from '../fs/path.js';

/** Shell builtins that also exist as programs (env runs them through ctx.exec). */
const BUILTIN_LIKE = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'pwd', 'kill', 'bash', 'sh']);

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
    flags: 'i0v', withArg: 'uC', long: { 'ignore-environment': ['i', 'none'], unset: ['u', 'required'], null: ['0', 'none'], chdir: ['C', 'required'], debug: ['v', 'none'] },
    stopAtOperand: true,
  });
  if (!parsed.ok) return usageError(ctx, 'env', parsed.message, 125);
  const vars = new Map(ctx.env);
  let end = '\n';
  let dir: string | null = null;
  for (const o of parsed.options) {
    if (o.key === 'C') dir = o.value ?? '';
    else if (o.key === 'i') vars.clear();
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
    if (end === '\0') return usageError(ctx, 'env', 'cannot specify --null (-0) with command', 125);
    let cwd = ctx.cwd;
    if (dir !== null) {
      cwd = resolvePath(ctx.cwd, dir);
      const st = await ctx.fs.stat(cwd).catch(() => null);
      if (!st || st.type !== 'dir') {
        await ctx.stderr.write(`env: cannot change directory to ${quote(dir)}: ${st ? 'Not a directory' : 'No such file or directory'}\n`);
        return 125;
      }
    }
    const name = ops[0] as string;
    if (!ctx.commands.has(name) && !BUILTIN_LIKE.has(name) && !name.includes('/')) {
      await ctx.stderr.write(`env: ${quote(name)}: No such file or directory\n`);
      return 127;
    }
    return ctx.exec(ops, { env: vars, cwd });
  }
  if (dir !== null) return usageError(ctx, 'env', 'must specify command with --chdir (-C)', 125);
  await ctx.stdout.write([...vars].map(([k, v]) => `${k}=${v}${end}`).join(''));
  return 0;
};
