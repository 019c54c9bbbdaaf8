// executor.wasm entry: the exports the host calls (contract: scripts/abi-spec.mjs and the
// executor brief). The host calls them only between run() calls.
import {
  CB_BASE, CB_MAGIC, CB_VERSION, CB_STATE, CB_EXIT_CODE, CB_LIMIT_KIND, MEM_MAGIC_VALUE, ABI_VERSION,
  FDK_HOST, H_STDIN, H_STDOUT, H_STDERR, RUN_DONE, LIMIT_NONE,
} from './abi/layout';
import { Shell } from './core/shell';
import { Frame } from './core/frame';
import { FdEnt } from './core/fd';
import { kindOf, nodesReset } from './core/nodes';
import { setOutputQueue } from './core/task';
import { coreQueue } from './exec/output';
import { tasks, tasksReset, newTask, getTask } from './exec/tasks';
import { runAll, schedReset } from './exec/sched';
import { replyAlloc, replyDone, reqsReset } from './exec/reqs';
import { loadState, dumpState, dumpStateLen } from './exec/state';
import { keepAlloc, keptFree } from './exec/parse';
import { loadHostCommands, commandsReset } from './builtins/command';
import { initShellVars } from './exec/specials';
import { ulimitReset } from './builtins/ulimit';
import {
  pipesReset, pipeReadPtr, pipeReadLen, pipeConsume, pipeWritePtr, pipeWriteLen, pipeCommit,
  pipeCloseRead, pipeCloseWrite,
} from './pipe/ring';
// keep the abort handler compiled in (asconfig `use abort=…`)
export { onAbort } from './host/abort';

let mainShell: Shell | null = null;
let stageBuf: usize = 0;
let stageCap: i32 = 0;

export function init(): void {
  store<u32>(<usize>(CB_BASE + CB_MAGIC), <u32>MEM_MAGIC_VALUE);
  store<u32>(<usize>(CB_BASE + CB_VERSION), <u32>ABI_VERSION);
  setOutputQueue(coreQueue);
}

export function stage(len: i32): usize {
  if (len > stageCap || stageBuf == 0) {
    if (stageBuf != 0) heap.free(stageBuf);
    stageCap = len < 256 ? 256 : len;
    stageBuf = heap.alloc(<usize>stageCap);
  }
  return stageBuf;
}

export function code_alloc(len: i32): usize { return keepAlloc(len); }

export function load_state(ptr: usize, len: i32): void { mainShell = loadState(ptr, len); loadHostCommands(ptr, len); }

export function start(root: usize): void {
  setOutputQueue(coreQueue);
  tasksReset();
  pipesReset();
  reqsReset();
  schedReset();
  let sh = mainShell;
  if (sh == null) { sh = new Shell(); mainShell = sh; }
  initShellVars(sh);
  const t = newTask(sh, null);
  t.status = sh.lastStatus;
  t.fds.push(new FdEnt(FDK_HOST, H_STDIN));
  t.fds.push(new FdEnt(FDK_HOST, H_STDOUT));
  t.fds.push(new FdEnt(FDK_HOST, H_STDERR));
  t.frames.push(new Frame(<i32>root, kindOf(<i32>root)));
  store<i32>(<usize>(CB_BASE + CB_LIMIT_KIND), LIMIT_NONE);
  store<i32>(<usize>(CB_BASE + CB_EXIT_CODE), 0);
}

/** Make the instance ready for another init/stage/load_state/code_alloc/start sequence: free
 *  what the previous run kept (tasks, pipes, replies, code segments and parsed texts, the
 *  address-keyed string cache, the session shell). The host drops its own handles. */
export function reset(): void {
  for (let i = 0; i < tasks.length; i++) {
    const t = unchecked(tasks[i]);
    if (t != null) { t.frames.length = 0; t.fds.length = 0; t.pend.length = 0; }
  }
  tasksReset();
  pipesReset();
  reqsReset();
  schedReset();
  keptFree();
  nodesReset();
  commandsReset();
  ulimitReset();
  mainShell = null;
  __collect();
}

export function run(): i32 {
  const s = runAll();
  store<i32>(<usize>(CB_BASE + CB_STATE), s);
  return s;
}

export function dump_state(): usize {
  const main = getTask(0);
  const sh = main != null ? main.shell : (mainShell != null ? mainShell! : new Shell());
  return dumpState(sh);
}
export function dump_state_len(): i32 { return dumpStateLen(); }

export function reply_alloc(req: i32, len: i32): usize { return replyAlloc(req, len); }
export function reply(req: i32, status: i32): void { replyDone(req, status); }

export function pipe_read_ptr(p: i32): usize { return pipeReadPtr(p); }
export function pipe_read_len(p: i32): i32 { return pipeReadLen(p); }
export function pipe_consume(p: i32, n: i32): void { pipeConsume(p, n); }
export function pipe_write_ptr(p: i32): usize { return pipeWritePtr(p); }
export function pipe_write_len(p: i32): i32 { return pipeWriteLen(p); }
export function pipe_commit(p: i32, n: i32): void { pipeCommit(p, n); }
export function pipe_close_read(p: i32): void { pipeCloseRead(p); }
export function pipe_close_write(p: i32): void { pipeCloseWrite(p); }
