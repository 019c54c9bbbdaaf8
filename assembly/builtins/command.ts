// command -v / -V and type: what a name would run as. Commands run by the host are not known
// to the executor, so only keywords, functions and builtins are described.
import { Task } from '../core/task';
import { findBuiltin } from './index';

const KEYWORDS = ['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do',
  'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc'];

/** command -v NAME… (argv[0] is "command", argv[1] the option). */
export function builtinCommandV(t: Task, argv: Array<string>): i32 {
  const verbose = argv.length > 1 && unchecked(argv[1]) == '-V';
  let status = 0;
  for (let i = 2; i < argv.length; i++) {
    const n = unchecked(argv[i]);
    if (KEYWORDS.indexOf(n) >= 0) { t.out(1, verbose ? n + ' is a shell keyword\n' : n + '\n'); continue; }
    if (t.shell.funcs.has(n)) { t.out(1, verbose ? n + ' is a function\n' : n + '\n'); continue; }
    if (findBuiltin(n) >= 0) { t.out(1, verbose ? n + ' is a shell builtin\n' : n + '\n'); continue; }
    if (verbose) t.error('command: ' + n + ': not found');
    status = 1;
  }
  return status;
}

export function builtinType(t: Task, argv: Array<string>): i32 {
  let status = 0;
  for (let i = 1; i < argv.length; i++) {
    const n = unchecked(argv[i]);
    if (n.startsWith('-')) continue;
    if (KEYWORDS.indexOf(n) >= 0) { t.out(1, n + ' is a shell keyword\n'); continue; }
    if (t.shell.funcs.has(n)) { t.out(1, n + ' is a function\n'); continue; }
    if (findBuiltin(n) >= 0) { t.out(1, n + ' is a shell builtin\n'); continue; }
    t.error('type: ' + n + ': not found');
    status = 1;
  }
  return status;
}
