// Error message helpers. GNU tools print "NAME: FILE: strerror" (cat, head, wc, grep) or
// "NAME: cannot VERB 'FILE': strerror" (ls, rm, mkdir, touch) with shell-style quoting.
import { FsError, FS_ERROR_TEXT } from '../../fs/types.js';
import type { CommandContext } from '../types.js';
import { BrokenPipe } from '../types.js';

/** strerror text for anything a filesystem call threw. BrokenPipe and aborts are rethrown. */
export function errorText(e: unknown): string {
  if (e instanceof BrokenPipe) throw e;
  if (e instanceof FsError) return FS_ERROR_TEXT[e.code];
  if (e instanceof Error && e.name === 'AbortError') throw e;
  return FS_ERROR_TEXT.EIO;
}

/** GNU 'shell-escape-always' quoting as used in coreutils diagnostics: 'name', "it's",
 *  and $'\n' style for control characters. */
export function quote(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(name)) {
    let out = "'";
    for (const ch of name) {
      const c = ch.charCodeAt(0);
      if (c < 0x20 || c === 0x7f) {
        const esc = ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\r' ? '\\r' : '\\' + c.toString(8).padStart(3, '0');
        out += `'$'${esc}''`;
      } else if (ch === "'") out += "'\\''";
      else out += ch;
    }
    out += "'";
    return out.replace(/^''/, '').replace(/''$/, '');
  }
  if (!name.includes("'")) return `'${name}'`;
  if (!/["$`\\]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** GNU 'shell-escape' quoting (quote only when needed), as ls prints names to a terminal. */
export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9_./@%+=:,^-]+$/.test(name) ? name : quote(name);
}

/** Write "NAME: TEXT\n" to stderr. */
export async function warn(ctx: CommandContext, name: string, text: string): Promise<void> {
  await ctx.stderr.write(`${name}: ${text}\n`);
}
