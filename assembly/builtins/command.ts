// command -v / -V, type and hash: what a name would run as. Commands the host runs arrive as
// `"X" name` records in the session state blob (read here, beside the state parser); they are
// described as files under /usr/bin, and the hash table remembers the ones run or hashed.
import { Task } from '../core/task';
import { decodeReply } from '../core/req';
import { findBuiltin } from './index';

const KEYWORDS = ['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do',
  'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc'];

/** Names of the commands the host runs (from the state blob's "X" records). */
const hostCommands = new Set<string>();
/** The hash table: names in insertion order and their hit counts. */
const hashNames: Array<string> = [];
const hashHits = new Map<string, i32>();

/** Read the "X" records of a state blob (other records are the state parser's). */
export function loadHostCommands(ptr: usize, len: i32): void {
  const s = decodeReply(0, ptr, len).strs;
  for (let i = 0; i + 1 < s.length; i++) {
    if (unchecked(s[i]) == 'X') hostCommands.add(unchecked(s[i + 1]));
  }
}

export function commandsReset(): void { hostCommands.clear(); hashNames.length = 0; hashHits.clear(); }

/** The path a host command is described with, or null when the host does not run name. */
export function hostPath(name: string): string | null {
  if (name.indexOf('/') >= 0 || !hostCommands.has(name)) return null;
  return '/usr/bin/' + name;
}

/** A host command is about to run: remember it in the hash table as bash does. */
export function hashHit(name: string): void {
  if (hostPath(name) == null) return;
  if (!hashHits.has(name)) { hashNames.push(name); hashHits.set(name, 0); }
  hashHits.set(name, hashHits.get(name) + 1);
}

/** command -v NAME… (argv[0] is "command", argv[1] the option). */
export function builtinCommandV(t: Task, argv: Array<string>): i32 {
  let verbose = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) { if (a.charAt(k) == 'V') verbose = true; }
  }
  let status = 0;
  for (; i < argv.length; i++) {
    const n = unchecked(argv[i]);
    if (KEYWORDS.indexOf(n) >= 0) { t.out(1, verbose ? n + ' is a shell keyword\n' : n + '\n'); continue; }
    if (t.shell.funcs.has(n)) { t.out(1, verbose ? n + ' is a function\n' : n + '\n'); continue; }
    if (findBuiltin(n) >= 0) { t.out(1, verbose ? n + ' is a shell builtin\n' : n + '\n'); continue; }
    const p = hostPath(n);
    if (p != null) {
      if (!verbose) t.out(1, p + '\n');
      else if (hashHits.has(n)) t.out(1, n + ' is hashed (' + p + ')\n');
      else t.out(1, n + ' is ' + p + '\n');
      continue;
    }
    if (verbose) t.error('command: ' + n + ': not found');
    status = 1;
  }
  return status;
}

/** type [-afptP] NAME… */
export function builtinType(t: Task, argv: Array<string>): i32 {
  let all = false, noFunc = false, kindOnly = false, pathOnly = false, forcePath = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 'a') all = true;
      else if (c == 'f') noFunc = true;
      else if (c == 't') kindOnly = true;
      else if (c == 'p') pathOnly = true;
      else if (c == 'P') forcePath = true;
      else {
        t.error('type: -' + c + ': invalid option');
        t.out(2, 'type: usage: type [-afptP] name [name ...]\n');
        return 2;
      }
    }
  }
  let status = 0;
  for (; i < argv.length; i++) {
    const n = unchecked(argv[i]);
    let found = false;
    if (!forcePath && !pathOnly) {
      if (KEYWORDS.indexOf(n) >= 0) {
        t.out(1, kindOnly ? 'keyword\n' : n + ' is a shell keyword\n');
        found = true;
        if (!all) continue;
      }
      if (!noFunc && t.shell.funcs.has(n)) {
        t.out(1, kindOnly ? 'function\n' : n + ' is a function\n');
        found = true;
        if (!all) continue;
      }
      if (findBuiltin(n) >= 0) {
        t.out(1, kindOnly ? 'builtin\n' : n + ' is a shell builtin\n');
        found = true;
        if (!all) continue;
      }
    } else if (pathOnly && !all && (KEYWORDS.indexOf(n) >= 0 || (!noFunc && t.shell.funcs.has(n)) || findBuiltin(n) >= 0)) {
      continue; // -p: nothing for a name that is not a file
    }
    const p = hostPath(n);
    if (p != null) {
      if (kindOnly) t.out(1, 'file\n');
      else if (pathOnly || forcePath) t.out(1, p + '\n');
      else if (hashHits.has(n) && !all) t.out(1, n + ' is hashed (' + p + ')\n');
      else t.out(1, n + ' is ' + p + '\n');
      found = true;
    }
    if (!found) {
      if (!kindOnly && !pathOnly && !forcePath) t.error('type: ' + n + ': not found');
      status = 1;
    }
  }
  return status;
}

/** hash [-r] [-d] [-t] [NAME…] */
export function builtinHash(t: Task, argv: Array<string>): i32 {
  let del = false, show = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 'r') { hashNames.length = 0; hashHits.clear(); }
      else if (c == 'd') del = true;
      else if (c == 't') show = true;
      else if (c == 'l' || c == 'p') { /* accepted */ }
      else {
        t.error('hash: -' + c + ': invalid option');
        t.out(2, 'hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n');
        return 2;
      }
    }
  }
  if (i >= argv.length) {
    if (del || show) return 0;
    if (argv.length > 1) return 0; // hash -r
    if (hashNames.length == 0) { t.out(1, 'hash: hash table empty\n'); return 0; }
    let s = 'hits\tcommand\n';
    for (let k = 0; k < hashNames.length; k++) {
      const n = unchecked(hashNames[k]);
      let h = hashHits.get(n).toString();
      while (h.length < 4) h = ' ' + h;
      s += h + '\t' + hostPath(n)! + '\n';
    }
    t.out(1, s);
    return 0;
  }
  let status = 0;
  for (; i < argv.length; i++) {
    const n = unchecked(argv[i]);
    if (del || show) {
      if (!hashHits.has(n)) { t.error('hash: ' + n + ': not found'); status = 1; continue; }
      if (del) { hashHits.delete(n); hashNames.splice(hashNames.indexOf(n), 1); }
      else t.out(1, hostPath(n)! + '\n');
      continue;
    }
    if (findBuiltin(n) >= 0 || t.shell.funcs.has(n)) continue;
    if (hostPath(n) == null) { t.error('hash: ' + n + ': not found'); status = 1; continue; }
    if (!hashHits.has(n)) { hashNames.push(n); hashHits.set(n, 0); }
  }
  return status;
}
