// dirname NAME...: strip the last component ('.' when there is no slash).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';

const NAME = 'dirname';

export function dirOf(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return name.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  const d = trimmed.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

export const dirname: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: 'z', long: { zero: ['z', 'none'] } });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  if (parsed.operands.length === 0) return usageError(ctx, NAME, 'missing operand');
  const end = parsed.options.length ? '\0' : '\n';
  await ctx.stdout.write(parsed.operands.map((n) => dirOf(n) + end).join(''));
  return 0;
};
