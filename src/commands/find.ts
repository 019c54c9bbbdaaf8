// find [PATH...] [EXPR]: pre-order walk (children in name order). Expression: tests -name,
// -iname, -path, -ipath, -type [fdl], -empty, -newer? (no), options -maxdepth/-mindepth,
// operators '!'/-not, -a/-and (implicit), -o/-or, parentheses; actions -print, -print0.
// Symlinks are not followed (-P).
import type { Command } from './types.js';
import type { FileStat } from '../fs/types.js';
import { OutBuffer } from './lib/io.js';
import { errorText } from './lib/errors.js';
import { rethrowFatal, checkAbort } from './lib/run.js';
import { resolvePath } from '../fs/path.js';
import { globToRegExp } from './lib/glob.js';

const NAME = 'find';

interface Entry { shown: string; abs: string; st: FileStat; depth: number; name: string }
type Pred = (e: Entry) => boolean | Promise<boolean>;

class ParseError extends Error {}

export const find: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  const paths: string[] = [];
  let i = 0;
  while (i < args.length && !(args[i] as string).startsWith('-') && args[i] !== '!' && args[i] !== '(') paths.push(args[i++] as string);
  if (paths.length === 0) paths.push('.');
  let maxDepth = Infinity, minDepth = 0;
  let hasAction = false;
  const out = new OutBuffer(ctx.stdout);
  const toks = args.slice(i);
  let pos = 0;

  const primary = (): Pred => {
    const t = toks[pos++];
    if (t === undefined) throw new ParseError('expected an expression');
    const arg = (): string => {
      const v = toks[pos++];
      if (v === undefined) throw new ParseError(`missing argument to '${t}'`);
      return v;
    };
    switch (t) {
      case '(': { const p = orExpr(); if (toks[pos++] !== ')') throw new ParseError("missing ')'"); return p; }
      case '!': case '-not': { const p = primary(); return async (e) => !(await p(e)); }
      case '-name': case '-iname': { const re = globToRegExp(arg(), t === '-iname'); return (e) => re.test(e.name); }
      case '-path': case '-ipath': case '-wholename': { const re = globToRegExp(arg(), t === '-ipath'); return (e) => re.test(e.shown); }
      case '-type': {
        const v = arg();
        const map: Record<string, string> = { f: 'file', d: 'dir', l: 'symlink' };
        const types = v.split(',').map((x) => map[x]);
        if (types.some((x) => x === undefined)) throw new ParseError(`Unknown argument to -type: ${v}`);
        return (e) => types.includes(e.st.type);
      }
      case '-empty': return async (e) => (e.st.type === 'file' ? e.st.size === 0 : e.st.type === 'dir' ? (await ctx.fs.readdir(e.abs)).length === 0 : false);
      case '-maxdepth': { const v = arg(); if (!/^\d+$/.test(v)) throw new ParseError(`Expected a positive decimal integer argument to -maxdepth, but got '${v}'`); maxDepth = Number(v); return () => true; }
      case '-mindepth': { const v = arg(); if (!/^\d+$/.test(v)) throw new ParseError(`Expected a positive decimal integer argument to -mindepth, but got '${v}'`); minDepth = Number(v); return () => true; }
      case '-print': hasAction = true; return async (e) => { await out.write(e.shown + '\n'); return true; };
      case '-print0': hasAction = true; return async (e) => { await out.write(e.shown + '\0'); return true; };
      case '-true': return () => true;
      case '-false': return () => false;
      default:
        throw new ParseError(t.startsWith('-') ? `unknown predicate \`${t}'` : `paths must precede expression: '${t}'`);
    }
  };
  const andExpr = (): Pred => {
    let left = primary();
    while (pos < toks.length && toks[pos] !== '-o' && toks[pos] !== '-or' && toks[pos] !== ')') {
      if (toks[pos] === '-a' || toks[pos] === '-and') pos++;
      const l = left, r = primary();
      left = async (e) => (await l(e)) && (await r(e));
    }
    return left;
  };
  const orExpr = (): Pred => {
    let left = andExpr();
    while (toks[pos] === '-o' || toks[pos] === '-or') {
      pos++;
      const l = left, r = andExpr();
      left = async (e) => (await l(e)) || (await r(e));
    }
    return left;
  };

  let expr: Pred = () => true;
  try {
    if (toks.length) expr = orExpr();
    if (pos < toks.length) throw new ParseError(`unexpected '${toks[pos]}'`);
  } catch (e) {
    if (e instanceof ParseError) { await ctx.stderr.write(`${NAME}: ${e.message}\n`); return 1; }
    throw e;
  }
  const test = expr;
  const run: Pred = hasAction ? test : async (e) => { if (await test(e)) await out.write(e.shown + '\n'); return true; };

  let status = 0;
  const walk = async (e: Entry): Promise<void> => {
    checkAbort(ctx);
    if (e.depth >= minDepth) await run(e);
    if (e.st.type !== 'dir' || e.depth >= maxDepth) return;
    let entries;
    try { entries = await ctx.fs.readdir(e.abs); } catch (err) {
      rethrowFatal(err);
      await out.flush();
      await ctx.stderr.write(`${NAME}: '${e.shown}': ${errorText(err)}\n`);
      status = 1;
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const c of entries) {
      const abs = (e.abs === '/' ? '' : e.abs) + '/' + c.name;
      let st: FileStat;
      try { st = await ctx.fs.lstat(abs); } catch (err) { rethrowFatal(err); continue; }
      await walk({ shown: (e.shown.endsWith('/') ? e.shown : e.shown + '/') + c.name, abs, st, depth: e.depth + 1, name: c.name });
    }
  };
  for (const p of paths) {
    const abs = resolvePath(ctx.cwd, p);
    let st: FileStat;
    try { st = await ctx.fs.lstat(abs); } catch (err) {
      rethrowFatal(err);
      await out.flush();
      await ctx.stderr.write(`${NAME}: '${p}': ${errorText(err)}\n`);
      status = 1;
      continue;
    }
    const name = p.replace(/\/+$/, '').split('/').pop() || p;
    await walk({ shown: p, abs, st, depth: 0, name });
  }
  await out.flush();
  return status;
};

