// date [-u] [-d STRING] [-r FILE] [-I[FMT]] [-R] [--rfc-3339=FMT] [+FORMAT]: print a time. The
// shell has no time zones: everything is UTC, in the C locale. -d knows @EPOCH, ISO 8601 dates and
// times, "now", "today", "yesterday", "tomorrow" and "N unit(s) [ago]".
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** strftime for a UTC instant (ms since epoch) with nanoseconds. */
export function strftime(fmt: string, ms: number, nanos = (((ms % 1000) + 1000) % 1000) * 1e6): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear(), mo = d.getUTCMonth(), day = d.getUTCDate(), H = d.getUTCHours(), M = d.getUTCMinutes(), S = d.getUTCSeconds(), w = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, mo, day) - Date.UTC(Y, 0, 1)) / 86400000);
  const iso = isoWeek(Y, mo, day);
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    let j = i + 1;
    let flag = '';
    while ('-_0^#'.includes(fmt[j] ?? 'x')) flag += fmt[j++];
    let width = '';
    while (/[0-9]/.test(fmt[j] ?? '')) width += fmt[j++];
    let colons = 0;
    while (fmt[j] === ':') { colons++; j++; }
    const conv = fmt[j];
    if (conv === undefined) { out += fmt.slice(i); break; }
    const startI = i;
    i = j;
    // [text, default pad char, default width]
    let v: [string, string, number];
    const num = (n: number, wd: number, pad = '0'): [string, string, number] => [String(n), pad, wd];
    switch (conv) {
      case 'a': v = [(DAYS[w] as string).slice(0, 3), ' ', 0]; break;
      case 'A': v = [DAYS[w] as string, ' ', 0]; break;
      case 'b': case 'h': v = [(MONTHS[mo] as string).slice(0, 3), ' ', 0]; break;
      case 'B': v = [MONTHS[mo] as string, ' ', 0]; break;
      case 'c': v = [strftime('%a %b %e %H:%M:%S %Y', ms), ' ', 0]; break;
      case 'C': v = num(Math.floor(Y / 100), 2); break;
      case 'd': v = num(day, 2); break;
      case 'D': v = [strftime('%m/%d/%y', ms), ' ', 0]; break;
      case 'e': v = num(day, 2, ' '); break;
      case 'F': v = [strftime('%Y-%m-%d', ms), ' ', 0]; break;
      case 'g': v = num(iso.year % 100, 2); break;
      case 'G': v = num(iso.year, 0); break;
      case 'H': v = num(H, 2); break;
      case 'I': v = num(H % 12 || 12, 2); break;
      case 'j': v = num(yday + 1, 3); break;
      case 'k': v = num(H, 2, ' '); break;
      case 'l': v = num(H % 12 || 12, 2, ' '); break;
      case 'm': v = num(mo + 1, 2); break;
      case 'M': v = num(M, 2); break;
      case 'n': v = ['\n', ' ', 0]; break;
      case 'N': { const s = String(nanos).padStart(9, '0'); v = [width ? s.slice(0, Number(width)).padEnd(Number(width), '0') : s, ' ', 0]; width = ''; break; }
      case 'p': v = [H < 12 ? 'AM' : 'PM', ' ', 0]; break;
      case 'P': v = [H < 12 ? 'am' : 'pm', ' ', 0]; break;
      case 'r': v = [strftime('%I:%M:%S %p', ms), ' ', 0]; break;
      case 'R': v = [strftime('%H:%M', ms), ' ', 0]; break;
      case 's': v = num(Math.floor(ms / 1000), 0); break;
      case 'S': v = num(S, 2); break;
      case 't': v = ['\t', ' ', 0]; break;
      case 'T': v = [strftime('%H:%M:%S', ms), ' ', 0]; break;
      case 'u': v = num(w || 7, 0); break;
      case 'U': v = num(Math.floor((yday + 7 - w) / 7), 2); break;
      case 'V': v = num(iso.week, 2); break;
      case 'w': v = num(w, 0); break;
      case 'W': v = num(Math.floor((yday + 7 - ((w + 6) % 7)) / 7), 2); break;
      case 'x': v = [strftime('%m/%d/%y', ms), ' ', 0]; break;
      case 'X': v = [strftime('%H:%M:%S', ms), ' ', 0]; break;
      case 'y': v = num(Y % 100, 2); break;
      case 'Y': v = num(Y, 0); break;
      case 'z': v = [colons === 1 ? '+00:00' : colons === 2 ? '+00:00:00' : colons === 3 ? '+00' : '+0000', ' ', 0]; break;
      case 'Z': v = ['UTC', ' ', 0]; break;
      case '%': v = ['%', ' ', 0]; break;
      default: out += fmt.slice(startI, j + 1); continue;
    }
    let [text, pad, wd] = v;
    if (flag.includes('-')) wd = 0;
    else if (flag.includes('_')) pad = ' ';
    else if (flag.includes('0')) pad = '0';
    if (width) wd = Number(width);
    if (flag.includes('^')) text = text.toUpperCase();
    else if (flag.includes('#')) text = /[a-z]/.test(text) ? text.toUpperCase() : text.toLowerCase();
    const neg = text.startsWith('-') && pad === '0';
    if (neg) text = text.slice(1);
    text = text.padStart(neg ? wd - 1 : wd, pad);
    out += (neg ? '-' : '') + text;
  }
  return out;
}

function isoWeek(y: number, m: number, d: number): { year: number; week: number } {
  const t = new Date(Date.UTC(y, m, d));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const year = t.getUTCFullYear();
  const first = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((t.getTime() - first.getTime()) / 86400000 - 3 + ((first.getUTCDay() + 6) % 7)) / 7);
  return { year, week };
}

const UNITS: Record<string, number> = { second: 1e3, sec: 1e3, minute: 6e4, min: 6e4, hour: 36e5, day: 864e5, week: 6048e5, fortnight: 12096e5 };

/** Parse a -d string to ms since epoch (UTC), or null. */
export function parseDate(s: string, now: number): number | null {
  let t = s.trim().toLowerCase();
  if (t === '' || t === 'now' || t === 'today') return t === 'today' || t === '' ? (t === '' ? Math.floor(now / 864e5) * 864e5 : now) : now;
  let m = /^@(-?\d+(?:\.\d+)?)$/.exec(t);
  if (m) return Math.round(Number(m[1]) * 1000);
  if (t === 'yesterday') return now - 864e5;
  if (t === 'tomorrow') return now + 864e5;
  let base = now;
  // Relative items after an optional absolute date: "2024-01-01 +1 day", "3 days ago".
  const rel = /(?:^|\s)([-+]?\d+)?\s*(second|sec|minute|min|hour|day|week|fortnight|month|year)s?(\s+ago)?\s*$/.exec(t);
  let relMs = 0, relMonths = 0;
  if (rel) {
    const n = Number(rel[1] ?? '1') * (rel[3] ? -1 : 1);
    const u = rel[2] as string;
    if (u === 'month') relMonths = n; else if (u === 'year') relMonths = 12 * n; else relMs = n * (UNITS[u] as number);
    t = t.slice(0, rel.index).trim();
    if (t === '' || t === 'now') base = now;
    else { const b = parseDate(t, now); if (b === null) return null; base = b; }
    if (relMonths) { const d = new Date(base); d.setUTCMonth(d.getUTCMonth() + relMonths); base = d.getTime(); }
    return base + relMs;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(z|utc|gmt|[-+]\d{2}:?\d{2})?$/.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, se, frac, zone] = m;
    let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(se ?? 0), frac ? Number((frac + '00').slice(0, 3)) : 0);
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h ?? 0) > 24 || Number(mi ?? 0) > 59 || Number(se ?? 0) > 60) return null;
    if (zone && /^[-+]/.test(zone)) {
      const z = zone.replace(':', '');
      const off = (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 6e4;
      ms -= zone[0] === '+' ? off : -off;
    }
    return ms;
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m) return Math.floor(now / 864e5) * 864e5 + (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) * 1000;
  const p = Date.parse(s + (/(z|utc|gmt|[-+]\d\d:?\d\d)$/i.test(s) ? '' : ' UTC'));
  return Number.isNaN(p) ? null : p;
}

export const date: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1).filter((a) => !/^-I\w+$/.test(a)), {
    flags: 'uRI', withArg: 'drs',
    long: {
      utc: ['u', 'none'], universal: ['u', 'none'], date: ['d', 'required'], reference: ['r', 'required'], set: ['s', 'required'],
      'rfc-email': ['R', 'none'], 'rfc-2822': ['R', 'none'], 'iso-8601': ['I', 'optional'], 'rfc-3339': ['rfc', 'required'],
    },
  });
  if (!parsed.ok) return usageError(ctx, 'date', parsed.message);
  const now = Date.now();
  let when = now;
  let fmt: string | null = null;
  // -I may carry its precision attached: -Iseconds.
  for (const a of ctx.argv.slice(1)) { const m = /^-I(\w+)$/.exec(a); if (m) fmt = isoFormat(m[1] as string); }
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.key === 'd') {
      const t = parseDate(v, now);
      if (t === null) { await ctx.stderr.write(`date: invalid date ${quote(v)}\n`); return 1; }
      when = t;
    } else if (o.key === 'r') {
      try { when = (await ctx.fs.stat(resolvePath(ctx.cwd, v))).mtimeMs; } catch (e) {
        rethrowFatal(e);
        await ctx.stderr.write(`date: ${v}: ${errorText(e)}\n`);
        return 1;
      }
    } else if (o.key === 's') { await ctx.stderr.write('date: cannot set date: Operation not permitted\n'); return 1; }
    else if (o.key === 'R') fmt = '%a, %d %b %Y %H:%M:%S %z';
    else if (o.key === 'I') { if (fmt === null || o.value !== undefined) fmt = isoFormat(v || 'date'); }
    else if (o.key === 'rfc') {
      fmt = v === 'date' ? '%Y-%m-%d' : v === 'seconds' ? '%Y-%m-%d %H:%M:%S%:z' : v === 'ns' ? '%Y-%m-%d %H:%M:%S.%N%:z' : null;
      if (fmt === null) { await ctx.stderr.write(`date: invalid argument ${quote(v)} for '--rfc-3339'\nValid arguments are:\n  - 'date'\n  - 'seconds'\n  - 'ns'\nTry 'date --help' for more information.\n`); return 1; }
    }
  }
  const ops = parsed.operands;
  if (ops.length > 1) return usageError(ctx, 'date', `extra operand ${quote(ops[1] as string)}`);
  if (ops.length === 1) {
    const op = ops[0] as string;
    if (!op.startsWith('+')) { await ctx.stderr.write(`date: invalid date ${quote(op)}\n`); return 1; }
    fmt = op.slice(1);
  }
  await ctx.stdout.write(strftime(fmt ?? '%a %b %e %H:%M:%S %Z %Y', when) + '\n');
  return 0;
};

function isoFormat(p: string): string {
  if (p.startsWith('h')) return '%Y-%m-%dT%H%:z';
  if (p.startsWith('m')) return '%Y-%m-%dT%H:%M%:z';
  if (p.startsWith('s')) return '%Y-%m-%dT%H:%M:%S%:z';
  if (p.startsWith('n')) return '%Y-%m-%dT%H:%M:%S,%N%:z';
  return '%Y-%m-%d';
}
