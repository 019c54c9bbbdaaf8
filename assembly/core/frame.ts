// One activation on a task's explicit stack: the node being run, where it is (pc), and what it
// must undo when it ends (saved fds, opened host handles, temporary variables, positional args).
import { Replay } from './replay';
import { FdEnt } from './fd';
import { Var } from './shell';

export class SavedFd {
  constructor(public fd: i32, public old: FdEnt | null) {}
}

export class TempVar {
  constructor(public name: string, public old: Var | null, public wasGlobal: bool) {}
}

export class Frame {
  /** Node address (or 0 for synthetic frames) and frame kind (K_* or FK_* in exec/). */
  node: i32;
  kind: i32;
  /** Phase within the node. */
  pc: i32 = 0;
  /** Index (list item, loop word, case item). */
  i: i32 = 0;
  /** Errexit does not apply to commands run from this frame (conditions, && || left sides, !). */
  noErr: bool = false;
  r: Replay | null = null;
  argv: Array<string> | null = null;
  words: Array<string> | null = null;
  saved: Array<SavedFd> | null = null;
  opened: Array<i32> | null = null;
  redirFail: bool = false;
  temps: Array<TempVar> | null = null;
  savedPos: Array<string> | null = null;
  children: Array<i32> | null = null;
  /** A general integer and float slot (child task, status, start time …). */
  a: i32 = 0;
  b: i32 = 0;
  t0: f64 = 0;
  text: string = '';

  constructor(node: i32, kind: i32) { this.node = node; this.kind = kind; }

  replay(): Replay {
    let r = this.r;
    if (r == null) { r = new Replay(); this.r = r; }
    return r;
  }
}
