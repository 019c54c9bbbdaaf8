// touch [-c] [-a] [-m] [-d DATE] [-t STAMP] [-r REF] FILE...: create empty files, set mtimes.
// Times are interpreted in UTC (the virtual machine has no time zone). -a only sets the access
// time, which is not kept, so it changes nothing.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { isFsError, rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'touch';

/** Parse -t [[CC]YY]MMDDhhmm[.ss] (UTC). */
function parseStamp(s: string): number | null {
  const m = /^(\d{8}|\d{10}|\d{12})(?:\.(\d{2}))?$/.exec(s);
  if (!m) return null;
  let d = m[1] as string;
  const now = new Date();
  let year: number;
  if (d.length === 12) { year = Number(d.slice(0, 4)); d = d.slice(4); }
  else if (d.length === 10) { const yy = Number(d.slice(0, 2)); year = yy < 69 ? 2000 + yy : 1900 + yy; d = d.slice(2); }
  else year = now.getUTCFullYear();
  const [mo, da, h, mi] = [0, 2, 4, 6].map((i) => Number(d.slice(i, i + 2))) as [number, number, number, number];
  const sec = m[2] ? Number(m[2]) : 0;
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59 || sec > 60) return null;
  return Date.UTC(year, mo - 1, da, h, mi, sec);
}

/** Parse -d DATE: '@SECONDS', 'now', 'today', 'yesterday', 'tomorrow', ISO-like dates (UTC
 *  unless a zone is given), and anything Date.parse accepts. */
export function parseDate(s: string, now = Date.now()): number | null {
  const t = s.trim();
  const at = /^@(-?\d+(?:\.\d+)?)$/.exec(t);
  if (at) return Math.round(Number(at[1]) * 1000);
  const lower = t.toLowerCase();
  if (lower === 'now' || lower === 'today' || lower === '') return now;
  if (lower === 'yesterday') return now - 86400000;
  if (lower === 'tomorrow') return now + 86400000;
  const rel = /^([-+]?\d+)\s*(second|sec|minute|min|hour|day|week)s?(\s+ago)?$/.exec(lower);
  if (rel) {
    const unit = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, day: 86400, week: 604800 }[rel[2] as 'sec'];
    return now + Number(rel[1]) * unit * 1000 * (rel[3] ? -1 : 1);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, se, frac, zone] = iso;
    let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(se ?? 0), frac ? Number(('0.' + frac)) * 1000 : 0);
    if (zone && /^[+-]/.test(zone)) {
      const z = zone.replace(':', '');
      ms -= (zone.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 60000;
    }
    return Number.isNaN(ms) ? null : ms;
  }
  const p = Date.parse(t);
  return Number.isNaN(p) ? null : p;
}

export const touch: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'acfmh', withArg: 'drt',
    long: {
      'no-create': ['c', 'none'], date: ['d', 'required'], reference: ['r', 'required'],
      'no-dereference': ['h', 'none'], time: ['time', 'required'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  let noCreate = false;
  let when: number | null = null;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.key === 'c') noCreate = true;
    else if (o.key === 'd') {
      when = parseDate(v);
      if (when === null) { await ctx.stderr.write(`${NAME}: invalid date format ${quote(v)}\n`); return 1; }
    } else if (o.key === 't') {
      when = parseStamp(v);
      if (when === null) { await ctx.stderr.write(`${NAME}: invalid date format ${quote(v)}\n`); return 1; }
    } else if (o.key === 'r') {
      try { when = (await ctx.fs.stat(resolvePath(ctx.cwd, v))).mtimeMs; } catch (e) {
        rethrowFatal(e);
        await ctx.stderr.write(`${NAME}: failed to get attributes of ${quote(v)}: ${errorText(e)}\n`);
        return 1;
      }
    }
  }
  if (parsed.operands.length === 0) return usageError(ctx, NAME, 'missing file operand');
  let status = 0;
  for (const op of parsed.operands) {
    const abs = resolvePath(ctx.cwd, op);
    try {
      let exists = true;
      try { await ctx.fs.stat(abs); } catch (e) { rethrowFatal(e); if (!isFsError(e, 'ENOENT')) throw e; exists = false; }
      if (!exists) {
        if (noCreate) continue;
        await ctx.fs.writeFile(abs, new Uint8Array(0));
        if (when === null) continue;
      }
      await ctx.fs.utimes(abs, when ?? Date.now());
    } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${NAME}: cannot touch ${quote(op)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
