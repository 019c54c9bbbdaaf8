// GNU-style option parsing (getopt_long with argument permutation): combined short flags
// (-abc), attached or separate arguments (-n5, -n 5), long options with unique-prefix
// abbreviation (--num, --lines=5, --lines 5), '--' ends options, a lone '-' is an operand.
// Errors are reported in GNU's words; the caller prints them with usageError().
import type { CommandContext } from '../types.js';

export interface OptionSpec {
  /** Short flags without argument, e.g. "nbsETAv". */
  flags?: string;
  /** Short options taking an argument, e.g. "nc". */
  withArg?: string;
  /** Long options: name → [key, argument kind]. The key is what parse() reports (a short letter
   *  or any name). */
  long?: Record<string, [string, 'none' | 'required' | 'optional']>;
  /** Stop at the first operand (POSIX order: for commands like env or seq). */
  stopAtOperand?: boolean;
}

export interface ParsedOption { key: string; value: string | undefined; /** As written, e.g. "-n" or "--lines". */ name: string }

export type ParseResult =
  | { ok: true; options: ParsedOption[]; operands: string[] }
  | { ok: false; message: string };

export function parseArgs(args: readonly string[], spec: OptionSpec): ParseResult {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  const flags = spec.flags ?? '';
  const withArg = spec.withArg ?? '';
  const long = spec.long ?? {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') { operands.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      let match: string | undefined = Object.prototype.hasOwnProperty.call(long, name) ? name : undefined;
      if (!match) {
        const cands = Object.keys(long).filter((k) => k.startsWith(name));
        // Abbreviations that all mean the same option are not ambiguous.
        const keys = new Set(cands.map((c) => JSON.stringify(long[c])));
        if (cands.length === 0) return { ok: false, message: `unrecognized option '${eq < 0 ? a : a.slice(0, eq)}'` };
        if (keys.size > 1) {
          return { ok: false, message: `option '${a.slice(0, eq < 0 ? undefined : eq)}' is ambiguous; possibilities:${cands.map((c) => ` '--${c}'`).join('')}` };
        }
        match = cands[0] as string;
      }
      const [key, kind] = long[match] as [string, 'none' | 'required' | 'optional'];
      if (eq >= 0) {
        if (kind === 'none') return { ok: false, message: `option '--${match}' doesn't allow an argument` };
        options.push({ key, value: a.slice(eq + 1), name: '--' + match });
      } else if (kind === 'required') {
        if (i + 1 >= args.length) return { ok: false, message: `option '--${match}' requires an argument` };
        options.push({ key, value: args[++i], name: '--' + match });
      } else {
        options.push({ key, value: undefined, name: '--' + match });
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] as string;
        if (withArg.includes(c)) {
          if (j + 1 < a.length) options.push({ key: c, value: a.slice(j + 1), name: '-' + c });
          else if (i + 1 < args.length) options.push({ key: c, value: args[++i], name: '-' + c });
          else return { ok: false, message: `option requires an argument -- '${c}'` };
          break;
        }
        if (!flags.includes(c)) return { ok: false, message: `invalid option -- '${c}'` };
        options.push({ key: c, value: undefined, name: '-' + c });
      }
      continue;
    }
    operands.push(a);
    if (spec.stopAtOperand) { operands.push(...args.slice(i + 1)); break; }
  }
  return { ok: true, options, operands };
}

/** Print "NAME: MESSAGE" and the "Try 'NAME --help'" line to stderr; returns status. */
export async function usageError(ctx: CommandContext, name: string, message: string, status = 1): Promise<number> {
  await ctx.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
  return status;
}
