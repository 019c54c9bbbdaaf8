// eval, source/., exec (redirections only), command (-v / plain run of builtins).
import { Task } from '../core/task';
import { Replay, Answer } from '../core/replay';
import { ReqWriter } from '../core/req';
import { OP_OPEN, OP_FILL, OP_CLOSE, OPEN_READ, ERR_AGAIN } from '../abi/layout';
import { host_read } from '../host/imports';
import { parseScript } from '../exec/parse';
import { absPath, errText } from '../exec/util';
import { bytesToPacked, packedToBytes, bytesToString } from './util';

export function builtinEval(t: Task, argv: Array<string>): i32 {
  if (argv.length < 2) return 0;
  const src = argv.slice(1).join(' ');
  const p = parseScript(src);
  if (p.root == 0) {
    if (p.error.length > 0) t.out(2, p.error.endsWith('\n') ? p.error : p.error + '\n');
    return 2;
  }
  t.runNode = p.root;
  t.runKind = 1;
  t.runArgs = null;
  return 0;
}

const CHUNK_MARK: i32 = 1 << 20;
const readBuf = memory.data(4096);

/** source FILE [args]: OPEN, read everything (FILL when the host has nothing yet), CLOSE, parse. */
export function builtinSource(t: Task, argv: Array<string>, r: Replay): i32 {
  const name = unchecked(argv[0]);
  if (argv.length < 2) {
    t.error(name + ': filename argument required');
    t.out(2, name + ': usage: ' + name + ' filename [arguments]\n');
    return 2;
  }
  const file = unchecked(argv[1]);
  const opened = r.take();
  if (opened == null) {
    r.needHost(new ReqWriter(OP_OPEN).int(OPEN_READ).str(absPath(t.shell.cwd, file)).finish());
    return -1;
  }
  if (opened.status < 0) { t.error(file + ': ' + errText(opened.status)); return 1; }
  const h = opened.status;
  const bytes: Array<u8> = [];
  while (true) {
    const a = r.take();
    if (a != null) {
      if (a.status == CHUNK_MARK) { packedToBytes(a.text, bytes); continue; }
      if (a.status == -1000) break; // end marker
      continue; // a FILL reply
    }
    const n = host_read(h, readBuf, 4096);
    if (n > 0) {
      const c = new Answer();
      c.status = CHUNK_MARK;
      c.text = bytesToPacked(readBuf, n);
      r.record(c);
      packedToBytes(c.text, bytes);
      continue;
    }
    if (n == -ERR_AGAIN) { r.needHost(new ReqWriter(OP_FILL).int(h).finish()); return -1; }
    // end of file (or a read error): close, then run
    const end = new Answer();
    end.status = -1000;
    r.record(end);
    r.needHost(new ReqWriter(OP_CLOSE).int(h).finish());
    return -1;
  }
  // the CLOSE answer follows the end marker
  if (r.take() == null) { r.needHost(new ReqWriter(OP_CLOSE).int(h).finish()); return -1; }
  const p = parseScript(bytesToString(bytes));
  if (p.root == 0) {
    if (p.error.length > 0) t.out(2, p.error.endsWith('\n') ? p.error : p.error + '\n');
    return 2;
  }
  t.runNode = p.root;
  t.runKind = 2;
  t.runArgs = argv.length > 2 ? argv.slice(2) : null;
  return 0;
}

/** exec without a command: the command's redirections stay in effect. */
export function builtinExec(t: Task, argv: Array<string>): i32 {
  if (argv.length <= 1) { t.keepRedirs = true; return 0; }
  t.error('exec: running a command with exec is not supported');
  return 126;
}
