// whoami, hostname, uname, which: the machine as the shell presents it (user "user" unless $USER
// says otherwise, host "shellspace", Linux x86_64). which finds the host's commands as /usr/bin/NAME.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { quote } from './lib/errors.js';
import { resolvePath } from '../fs/path.js';

export const HOSTNAME = 'shellspace';

/** Shell builtins that are also programs on a GNU system (which finds those). */
const PROGRAM_BUILTINS = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'pwd', 'kill', 'bash', 'sh']);

export const whoami: Command = async (ctx) => {
  const ops = ctx.argv.slice(1).filter((a) => a !== '--');
  if (ops.length) return usageError(ctx, 'whoami', `extra operand ${quote(ops[0] as string)}`);
  await ctx.stdout.write((ctx.env.get('USER') || 'user') + '\n');
  return 0;
};

export const hostname: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: 'sfiIdaAy', long: { short: ['s', 'none'], fqdn: ['f', 'none'], long: ['f', 'none'], 'ip-address': ['i', 'none'], 'all-ip-addresses': ['I', 'none'], domain: ['d', 'none'] } });
  if (!parsed.ok) return usageError(ctx, 'hostname', parsed.message);
  if (parsed.operands.length) { await ctx.stderr.write('hostname: you must be root to change the host name\n'); return 1; }
  const k = parsed.options[parsed.options.length - 1]?.key;
  await ctx.stdout.write((k === 'i' || k === 'I' ? '127.0.0.1' : k === 'd' ? '' : HOSTNAME) + '\n');
  return 0;
};

export const uname: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'asnrvmpio',
    long: { all: ['a', 'none'], 'kernel-name': ['s', 'none'], nodename: ['n', 'none'], 'kernel-release': ['r', 'none'], 'kernel-version': ['v', 'none'], machine: ['m', 'none'], processor: ['p', 'none'], 'hardware-platform': ['i', 'none'], 'operating-system': ['o', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, 'uname', parsed.message);
  if (parsed.operands.length) return usageError(ctx, 'uname', `extra operand ${quote(parsed.operands[0] as string)}`);
  const want = new Set(parsed.options.map((o) => o.key));
  if (want.size === 0) want.add('s');
  const fields: [string, string][] = [['s', 'Linux'], ['n', HOSTNAME], ['r', '6.1.0-shellspace'], ['v', '#1 SMP PREEMPT_DYNAMIC'], ['m', 'x86_64'], ['p', 'unknown'], ['i', 'unknown'], ['o', 'GNU/Linux']];
  const all = want.has('a');
  const out = fields.filter(([k, v]) => (all ? v !== 'unknown' : want.has(k))).map(([, v]) => v);
  await ctx.stdout.write(out.join(' ') + '\n');
  return 0;
};

export const which: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: 'as' });
  if (!parsed.ok) return usageError(ctx, 'which', parsed.message);
  const silent = parsed.options.some((o) => o.key === 's');
  let status = 0;
  let out = '';
  for (const name of parsed.operands) {
    if (name.includes('/')) {
      const st = await ctx.fs.stat(resolvePath(ctx.cwd, name)).catch(() => null);
      if (st && st.type === 'file') { out += name + '\n'; continue; }
    } else if (ctx.commands.has(name) || PROGRAM_BUILTINS.has(name)) { out += `/usr/bin/${name}\n`; continue; }
    status = 1;
  }
  if (!silent) await ctx.stdout.write(out);
  return parsed.operands.length ? status : 1;
};
