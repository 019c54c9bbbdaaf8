// basename NAME [SUFFIX] | basename -a [-s SUFFIX] NAME...: strip directories (and a suffix).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { quote } from './lib/errors.js';

const NAME = 'basename';

export function baseOf(name: string, suffix = ''): string {
  if (name === '') return '';
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  let b = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, b.length - suffix.length);
  return b;
}

export const basename: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'az', withArg: 's', long: { multiple: ['a', 'none'], suffix: ['s', 'required'], zero: ['z', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  let multiple = false, suffix = '', end = '\n';
  for (const o of parsed.options) {
    if (o.key === 'a') multiple = true;
    else if (o.key === 's') { suffix = o.value ?? ''; multiple = true; }
    else if (o.key === 'z') end = '\0';
  }
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(ctx, NAME, 'missing operand');
  if (!multiple) {
    if (ops.length > 2) return usageError(ctx, NAME, `extra operand ${quote(ops[2] as string)}`);
    await ctx.stdout.write(baseOf(ops[0] as string, ops[1]) + end);
    return 0;
  }
  await ctx.stdout.write(ops.map((n) => baseOf(n, suffix) + end).join(''));
  return 0;
};
