// Pathname expansion of one field's pattern form (quoted characters backslash-escaped).
//
// The pattern is split at '/'. Components before the first one with glob characters are taken
// as they are; from there on each directory is listed with OP_READDIR (one Replay answer per
// listing, in a fixed order) and every component, literal or not, is matched against the names,
// so only existing paths come out. A listing that fails (not a directory, missing) gives no
// names. Dotfiles match only a component starting with '.' unless dotglob; `**` with globstar
// matches any depth of directories. Results are sorted by code point (bash in C.UTF-8).
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { ReqWriter } from '../core/req';
import { OP_READDIR } from '../abi/layout';
import { hasGlobChars, unescapePattern, patternMatch } from '../pattern/index';
import { cmpStr } from './param';

/** Set by listDir: the last listing failed (not a directory, missing …). */
let listFailed: bool = false;

/** Names in absDir; null = blocked (r.blocked). Failure gives [] and listFailed. */
function listDir(absDir: string, r: Replay): Array<string> | null {
  const a = r.take();
  if (a == null) { r.needHost(new ReqWriter(OP_READDIR).str(absDir).finish()); return null; }
  listFailed = a.status < 0;
  return listFailed ? [] : a.strs;
}

export function joinPath(base: string, rel: string): string {
  if (rel.startsWith('/')) return rel;
  if (rel.length == 0) return base;
  return base.endsWith('/') ? base + rel : base + '/' + rel;
}

/** Matches of pat (sorted), [] for none, null when blocked. */
export function globField(t: Task, pat: string, r: Replay): Array<string> | null {
  const opts = t.shell.opts;
  const ext = opts.extglob;
  const nocase = opts.nocaseglob;
  const comps = pat.split('/');
  const absolute = pat.startsWith('/');
  let prefixes: Array<string> = [absolute ? '/' : ''];
  let i = absolute ? 1 : 0;
  // Literal leading components: no listing needed.
  let lead = absolute ? '/' : '';
  while (i < comps.length - 1 && !hasGlobChars(unchecked(comps[i]), ext)) {
    const c = unchecked(comps[i]);
    lead += unescapePattern(c) + '/';
    i++;
  }
  prefixes[0] = lead;
  const cwd = t.shell.cwd;
  for (; i < comps.length; i++) {
    const comp = unchecked(comps[i]);
    const last = i == comps.length - 1;
    const next: Array<string> = [];
    if (comp.length == 0) {
      // '//' in the middle or a trailing '/': keep prefixes that are directories.
      if (!last) { for (let p = 0; p < prefixes.length; p++) next.push(unchecked(prefixes[p])); prefixes = next; continue; }
      for (let p = 0; p < prefixes.length; p++) {
        const pre = unchecked(prefixes[p]);
        if (pre.length == 0) continue;
        const names = listDir(joinPath(cwd, pre), r);
        if (names == null) return null;
        if (!listFailed) next.push(pre);
      }
      prefixes = next;
      continue;
    }
    if (opts.globstar && comp == '**') {
      for (let p = 0; p < prefixes.length; p++) {
        const pre = unchecked(prefixes[p]);
        // zero directories: the prefix itself (bash lists "sub/" for sub/**, nothing for a bare **)
        if (!last || pre.length > 0) next.push(pre);
        if (!walkAll(t, pre, r, next, last, opts.dotglob)) return null;
      }
      prefixes = next;
      continue;
    }
    const dotOk = opts.dotglob || comp.startsWith('.') || comp.startsWith('\\.');
    for (let p = 0; p < prefixes.length; p++) {
      const pre = unchecked(prefixes[p]);
      const names = listDir(pre.length == 0 ? cwd : joinPath(cwd, pre), r);
      if (names == null) return null;
      const sorted = names.slice(0);
      sorted.sort(cmpStr);
      for (let k = 0; k < sorted.length; k++) {
        const name = unchecked(sorted[k]);
        if (name.startsWith('.') && !dotOk) continue;
        if (!patternMatch(comp, name, ext, nocase)) continue;
        next.push(last ? pre + name : pre + name + '/');
      }
    }
    prefixes = next;
  }
  prefixes.sort(cmpStr);
  return prefixes;
}

/** All descendants of pre (files too when last), depth first, into out. false = blocked.
 *  Each directory is listed once: the listing that shows an entry is a directory is reused
 *  for its children. */
function walkAll(t: Task, pre: string, r: Replay, out: Array<string>, last: bool, dotglob: bool): bool {
  const names = listDir(pre.length == 0 ? t.shell.cwd : joinPath(t.shell.cwd, pre), r);
  if (names == null) return false;
  if (listFailed) return true;
  return walkNames(t, pre, names, r, out, last, dotglob);
}

function walkNames(t: Task, pre: string, names: Array<string>, r: Replay, out: Array<string>, last: bool, dotglob: bool): bool {
  const sorted = names.slice(0);
  sorted.sort(cmpStr);
  for (let k = 0; k < sorted.length; k++) {
    const name = unchecked(sorted[k]);
    if (name.startsWith('.') && !dotglob) continue;
    const sub = pre + name + '/';
    const child = listDir(joinPath(t.shell.cwd, sub), r);
    if (child == null) return false;
    const isDir = !listFailed;
    if (last) out.push(pre + name);
    else if (isDir) out.push(sub);
    if (isDir && !walkNames(t, sub, child, r, out, last, dotglob)) return false;
  }
  return true;
}
