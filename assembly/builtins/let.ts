// let expr…: each argument is parsed (host_parse PARSE_ARITH) and evaluated; status 0 when
// the last value is non-zero. Also the trivial hash (no command table here) and umask.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { PARSE_ARITH } from '../abi/layout';
import { parseScript } from '../exec/parse';
import { evalArith } from '../arith/index';

export function builtinLet(t: Task, argv: Array<string>, r: Replay): i32 {
  if (argv.length < 2) { t.error('let: expression expected'); return 1; }
  let last: i64 = 0;
  for (let i = 1; i < argv.length; i++) {
    const src = unchecked(argv[i]);
    const p = parseScript(src, PARSE_ARITH);
    if (p.root == 0) {
      t.error('let: ' + p.error);
      return 1;
    }
    t.failStatus = 0;
    last = evalArith(t, p.root, r);
    if (r.blocked) return -1;
    if (t.failStatus != 0) { t.failStatus = 0; return 1; }
  }
  return last != 0 ? 0 : 1;
}

