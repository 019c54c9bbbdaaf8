// ls: one name per line (stdout is never a terminal here), GNU order and -l format in the C
// locale, times in UTC. Options: -a -A -l -h -R -d -r -t -S -F -1 (and -p, -U, -g/-o, -n basics).
// Status: 0; 1 when a subdirectory could not be listed; 2 when an operand could not be accessed.
import type { Command, CommandContext } from './types.js';
import type { FileStat } from '../fs/types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal, checkAbort } from './lib/run.js';
import { resolvePath, dirname } from '../fs/path.js';

const NAME = 'ls';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = (365.2425 / 2) * 86400 * 1000;

interface Opts {
  all: boolean; almostAll: boolean; long: boolean; human: boolean; recursive: boolean; dirSelf: boolean;
  reverse: boolean; sort: 'name' | 'time' | 'size' | 'none'; classify: 'none' | 'all' | 'slash';
  showOwner: boolean; showGroup: boolean;
}

interface Item { name: string; abs: string; st: FileStat; target?: string; links: number }

export const ls: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'aAlhRdrtSF1pUfgoCx',
    long: {
      all: ['a', 'none'], 'almost-all': ['A', 'none'], 'human-readable': ['h', 'none'], recursive: ['R', 'none'],
      directory: ['d', 'none'], reverse: ['r', 'none'], classify: ['F', 'optional'], color: ['color', 'optional'],
      sort: ['sort', 'required'], 'group-directories-first': ['gdf', 'none'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message, 2);
  const o: Opts = {
    all: false, almostAll: false, long: false, human: false, recursive: false, dirSelf: false,
    reverse: false, sort: 'name', classify: 'none', showOwner: true, showGroup: true,
  };
  for (const opt of parsed.options) {
    switch (opt.key) {
      case 'a': o.all = true; break;
      case 'A': o.almostAll = true; break;
      case 'l': o.long = true; break;
      case 'g': o.long = true; o.showOwner = false; break;
      case 'o': o.long = true; o.showGroup = false; break;
      case 'h': o.human = true; break;
      case 'R': o.recursive = true; break;
      case 'd': o.dirSelf = true; break;
      case 'r': o.reverse = true; break;
      case 't': o.sort = 'time'; break;
      case 'S': o.sort = 'size'; break;
      case 'U': o.sort = 'none'; break;
      case 'f': o.sort = 'none'; o.all = true; break;
      case 'F': o.classify = 'all'; break;
      case 'p': o.classify = 'slash'; break;
      case '1': case 'C': case 'x': o.long = false; break;
      case 'sort': {
        const v = opt.value ?? '';
        const m: Record<string, Opts['sort']> = { name: 'name', time: 'time', size: 'size', none: 'none' };
        const s = m[v];
        if (!s) return usageError(ctx, NAME, `invalid argument ${quote(v)} for '--sort'`, 2);
        o.sort = s;
        break;
      }
    }
  }
  if (o.all) o.almostAll = false;
  const operands = parsed.operands.length ? parsed.operands : ['.'];
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  const files: Item[] = [];
  const dirs: Item[] = [];
  for (const op of operands) {
    const abs = resolvePath(ctx.cwd, op);
    try {
      let st = await ctx.fs.lstat(abs);
      // Operands that are symlinks to directories are followed (unless -d or -l).
      if (st.type === 'symlink' && !o.long && !o.dirSelf) {
        try { st = await ctx.fs.stat(abs); } catch (e) { rethrowFatal(e); }
      }
      if (st.type === 'symlink' && o.long && !o.dirSelf && op.endsWith('/')) st = await ctx.fs.stat(abs);
      const item = await makeItem(ctx, op, abs, st, o);
      if (st.type === 'dir' && !o.dirSelf) dirs.push(item); else files.push(item);
    } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`${NAME}: cannot access ${quote(op)}: ${errorText(e)}\n`);
      status = 2;
    }
  }
  sortItems(files, o);
  sortItems(dirs, o);
  if (files.length) await writeItems(out, files, o, false);
  const headers = operands.length > 1 || o.recursive;
  let first = files.length === 0;
  for (const d of dirs) {
    const r = await listDir(ctx, out, d.name, d.abs, o, headers, first);
    first = false;
    if (r > status) status = r;
  }
  await out.flush();
  return status;
};

async function makeItem(ctx: CommandContext, name: string, abs: string, st: FileStat, o: Opts): Promise<Item> {
  const item: Item = { name, abs, st, links: 1 };
  if (!o.long) return item;
  if (st.type === 'symlink') {
    try { item.target = await ctx.fs.readlink(abs); } catch (e) { rethrowFatal(e); }
  }
  if (st.type === 'dir') {
    try {
      const entries = await ctx.fs.readdir(abs);
      item.links = 2 + entries.filter((e) => e.type === 'dir').length;
    } catch (e) { rethrowFatal(e); item.links = 2; }
  }
  return item;
}

function byName(a: Item, b: Item): number { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; }

function sortItems(items: Item[], o: Opts): void {
  if (o.sort === 'none') { if (o.reverse) items.reverse(); return; }
  const cmp = o.sort === 'time' ? (a: Item, b: Item) => b.st.mtimeMs - a.st.mtimeMs || byName(a, b)
    : o.sort === 'size' ? (a: Item, b: Item) => b.st.size - a.st.size || byName(a, b)
    : byName;
  items.sort(o.reverse ? (a, b) => cmp(b, a) : cmp);
}

/** List one directory (and, with -R, its subdirectories after it). Returns the status. */
async function listDir(ctx: CommandContext, out: OutBuffer, shown: string, abs: string, o: Opts, header: boolean, first: boolean): Promise<number> {
  checkAbort(ctx);
  if (!first) await out.write('\n');
  if (header) await out.write(`${shown}:\n`);
  let entries;
  try { entries = await ctx.fs.readdir(abs); } catch (e) {
    rethrowFatal(e);
    await out.flush();
    await ctx.stderr.write(`${NAME}: cannot open directory ${quote(shown)}: ${errorText(e)}\n`);
    return 2;
  }
  const items: Item[] = [];
  const base = abs === '/' ? '' : abs;
  if (o.all) {
    for (const [n, p] of [['.', abs], ['..', dirname(abs)]] as const) {
      try { items.push(await makeItem(ctx, n, p, await ctx.fs.stat(p), o)); } catch (e) { rethrowFatal(e); }
    }
  }
  let status = 0;
  for (const e of entries) {
    if (e.name.startsWith('.') && !o.all && !o.almostAll) continue;
    const p = base + '/' + e.name;
    try { items.push(await makeItem(ctx, e.name, p, await ctx.fs.lstat(p), o)); } catch (err) {
      rethrowFatal(err);
      await out.flush();
      await ctx.stderr.write(`${NAME}: cannot access ${quote(joinShown(shown, e.name))}: ${errorText(err)}\n`);
      status = 1;
    }
  }
  sortItems(items, o);
  await writeItems(out, items, o, true);
  if (o.recursive) {
    for (const it of items) {
      if (it.st.type !== 'dir' || it.name === '.' || it.name === '..') continue;
      const r = await listDir(ctx, out, joinShown(shown, it.name), it.abs, o, true, false);
      if (r > status) status = r;
    }
  }
  return status;
}

function joinShown(dir: string, name: string): string { return dir.endsWith('/') ? dir + name : dir + '/' + name; }

function suffix(st: FileStat, o: Opts): string {
  if (o.classify === 'none') return '';
  if (st.type === 'dir') return '/';
  if (o.classify === 'slash') return '';
  if (st.type === 'symlink') return '@';
  return st.mode & 0o111 ? '*' : '';
}

async function writeItems(out: OutBuffer, items: Item[], o: Opts, withTotal: boolean): Promise<void> {
  if (!o.long) {
    for (const it of items) await out.write(it.name + suffix(it.st, o) + '\n');
    return;
  }
  if (withTotal) {
    const blocks = items.reduce((n, it) => n + blocksOf(it.st), 0);
    await out.write(`total ${o.human ? human(blocks * 1024) : blocks}\n`);
  }
  const now = Date.now();
  const rows = items.map((it) => ({
    mode: modeString(it.st), links: String(it.links),
    size: o.human ? human(it.st.size) : String(it.st.size), date: formatDate(it.st.mtimeMs, now), it,
  }));
  const wl = Math.max(0, ...rows.map((r) => r.links.length));
  const ws = Math.max(0, ...rows.map((r) => r.size.length));
  for (const r of rows) {
    const owner = (o.showOwner ? 'user ' : '') + (o.showGroup ? 'user ' : '');
    let line = `${r.mode} ${r.links.padStart(wl)} ${owner}${r.size.padStart(ws)} ${r.date} ${r.it.name}`;
    if (r.it.st.type === 'symlink' && r.it.target !== undefined) line += ` -> ${r.it.target}`;
    else line += suffix(r.it.st, o);
    await out.write(line + '\n');
  }
}

/** 1 KiB blocks, as if stored in 4 KiB allocation units. */
function blocksOf(st: FileStat): number {
  if (st.type === 'symlink') return 0;
  if (st.type === 'dir') return 4;
  return Math.ceil(st.size / 4096) * 4;
}

export function modeString(st: FileStat): string {
  const t = st.type === 'dir' ? 'd' : st.type === 'symlink' ? 'l' : '-';
  let s = t;
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (st.mode >> shift) & 7;
    s += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  return s;
}

/** GNU ls -h: powers of 1024, one decimal below 10, rounded up. */
export function human(n: number): string {
  if (n < 1024) return String(n);
  const units = 'KMGTPEZY';
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  if (v < 10) {
    let r = Math.ceil(v * 10) / 10;
    if (r >= 10) return `${Math.ceil(r)}${units[i]}`;
    return `${r.toFixed(1)}${units[i]}`;
  }
  let r = Math.ceil(v);
  if (r >= 1024 && i < units.length - 1) { r = 1; return `${r.toFixed(1)}${units[i + 1]}`; }
  return `${r}${units[i]}`;
}

/** "Mon DD HH:MM", or "Mon DD  YYYY" when older than six months or in the future (UTC). */
export function formatDate(ms: number, now: number): string {
  const d = new Date(ms);
  const md = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')}`;
  if (now - ms > SIX_MONTHS_MS || ms - now > 60_000) return `${md}  ${d.getUTCFullYear()}`;
  return `${md} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
