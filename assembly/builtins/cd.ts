// cd [-L|-P] [dir]: HOME when no dir, OLDPWD for "-", checks the target with OP_STAT.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { ReqWriter } from '../core/req';
import { OP_STAT, FT_DIR } from '../abi/layout';
import { absPath, errText } from '../exec/util';

export function builtinCd(t: Task, argv: Array<string>, r: Replay): i32 {
  const args: Array<string> = [];
  let opts = true;
  for (let i = 1; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (opts && (a == '-L' || a == '-P' || a == '-e' || a == '-LP' || a == '-PL')) continue;
    if (opts && a == '--') { opts = false; continue; }
    opts = false;
    args.push(a);
  }
  if (args.length > 1) { t.error('cd: too many arguments'); return 1; }
  let dir: string;
  let printIt = false;
  if (args.length == 0) {
    const h = t.shell.get('HOME');
    if (h == null) { t.error('cd: HOME not set'); return 1; }
    dir = h;
  } else {
    dir = unchecked(args[0]);
    if (dir == '-') {
      const o = t.shell.get('OLDPWD');
      if (o == null) { t.error('cd: OLDPWD not set'); return 1; }
      dir = o;
      printIt = true;
    }
  }
  if (dir.length == 0) return 0;
  const target = absPath(t.shell.cwd, dir);
  const a = r.take();
  if (a == null) {
    r.needHost(new ReqWriter(OP_STAT).int(1).str(target).finish());
    return -1;
  }
  if (a.status < 0) { t.error('cd: ' + dir + ': ' + errText(a.status)); return 1; }
  if (a.ints.length == 0 || unchecked(a.ints[0]) != FT_DIR) { t.error('cd: ' + dir + ': Not a directory'); return 1; }
  const old = t.shell.cwd;
  t.shell.cwd = target;
  t.shell.set('OLDPWD', old);
  t.shell.set('PWD', target);
  if (printIt) t.out(1, target + '\n');
  return 0;
}
