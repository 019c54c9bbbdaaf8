// Replay: how synchronous code (word expansion, [[ ]], builtins) waits for asynchronous things.
//
// Expansion and builtins are plain synchronous functions. When one needs something only the
// host or another task can give (a command substitution's output, a directory listing, a stat),
// it calls take(): if an answer was recorded at this position by an earlier attempt, take()
// returns it; otherwise the code registers what it needs (needCmdSub / needHost) and returns
// early with a "not yet" result. The executor core then obtains the answer, record()s it, and
// runs the same code again from the start with pos = 0. Every take() before the need is served
// from the record, so the rerun reaches the same point and goes one step further.
//
// Rule for callers: anything with a side effect that must not repeat (arithmetic with
// assignments, $RANDOM, reading input) must also go through take()/record(), so a rerun replays
// its result instead of doing it again. Code between two take() calls must be deterministic.

export const NEED_NONE: i32 = 0;
/** Run the CMDSUB/PROCSUB node needNode in a subshell; answer.text = its stdout. */
export const NEED_CMDSUB: i32 = 1;
/** Submit needReq (an OP_* record built with ReqWriter); answer = the host's reply. */
export const NEED_HOST: i32 = 2;
/** Wait until fd needFd of the task has bytes or EOF, then rerun (nothing is recorded). */
export const NEED_READ: i32 = 3;

export class Answer {
  status: i32 = 0;
  text: string = '';
  ints: Array<i32> = [];
  strs: Array<string> = [];
}

export class Replay {
  answers: Array<Answer> = [];
  pos: i32 = 0;
  need: i32 = NEED_NONE;
  needNode: i32 = 0;
  needReq: Uint8Array | null = null;
  needFd: i32 = -1;

  /** Start an attempt (the core calls this before each run of the code). */
  rewind(): void { this.pos = 0; this.need = NEED_NONE; this.needNode = 0; this.needReq = null; this.needFd = -1; }
  /** Forget everything (before a new, unrelated piece of work). */
  reset(): void { this.answers.length = 0; this.rewind(); }

  /** The recorded answer at this position, or null when the code must ask for it. */
  take(): Answer | null {
    if (this.pos < this.answers.length) return unchecked(this.answers[this.pos++]);
    return null;
  }
  /** Record an answer computed synchronously (for side effects that must not repeat). */
  record(a: Answer): void { this.answers.push(a); this.pos++; }
  recordText(text: string): void { const a = new Answer(); a.text = text; this.record(a); }

  needCmdSub(node: i32): void { this.need = NEED_CMDSUB; this.needNode = node; }
  needHost(req: Uint8Array): void { this.need = NEED_HOST; this.needReq = req; }
  needRead(fd: i32): void { this.need = NEED_READ; this.needFd = fd; }
  get blocked(): bool { return this.need != NEED_NONE; }
}
