// trap [-p] [[action] signal…]: EXIT (or 0) runs when the shell ends; other signals never
// arrive in this shell, so their actions are only kept for `trap -p`.
import { Task } from '../core/task';
import { shellQuote } from '../exec/util';

function sigName(s: string): string {
  let u = s.toUpperCase();
  if (u.startsWith('SIG')) u = u.substring(3);
  if (u == '0') return 'EXIT';
  if (u == '1') return 'HUP';
  if (u == '2') return 'INT';
  if (u == '3') return 'QUIT';
  if (u == '9') return 'KILL';
  if (u == '13') return 'PIPE';
  if (u == '15') return 'TERM';
  const known = ['EXIT', 'HUP', 'INT', 'QUIT', 'KILL', 'PIPE', 'TERM', 'ERR', 'DEBUG', 'RETURN', 'USR1', 'USR2', 'ALRM', 'CHLD', 'WINCH'];
  return known.indexOf(u) >= 0 ? u : '';
}

function show(t: Task, name: string, action: string): void {
  t.out(1, 'trap -- ' + shellQuote(action) + ' ' + (name == 'EXIT' ? 'EXIT' : 'SIG' + name) + '\n');
}

export function builtinTrap(t: Task, argv: Array<string>): i32 {
  let i = 1;
  if (i < argv.length && unchecked(argv[i]) == '--') i++;
  if (i >= argv.length || unchecked(argv[i]) == '-p') {
    if (t.shell.exitTrap.length > 0) show(t, 'EXIT', t.shell.exitTrap);
    const ks = t.shell.traps.keys();
    for (let k = 0; k < ks.length; k++) show(t, unchecked(ks[k]), t.shell.traps.get(unchecked(ks[k])));
    return 0;
  }
  if (unchecked(argv[i]) == '-l') { t.out(1, ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 9) SIGKILL\t13) SIGPIPE\t15) SIGTERM\n'); return 0; }
  let action = unchecked(argv[i]);
  let reset = action == '-';
  // a lone signal number/name resets it (trap SIG)
  if (i + 1 >= argv.length) {
    if (sigName(action).length > 0) reset = true; else { t.error('trap: ' + action + ': invalid signal specification'); return 1; }
  } else i++;
  let status = 0;
  for (let k = i; k < argv.length; k++) {
    const name = sigName(unchecked(argv[k]));
    if (name.length == 0) { t.error('trap: ' + unchecked(argv[k]) + ': invalid signal specification'); status = 1; continue; }
    if (name == 'EXIT') { t.shell.exitTrap = reset ? '' : action; continue; }
    if (reset) t.shell.traps.delete(name); else t.shell.traps.set(name, action);
  }
  return status;
}
