// A session: one terminal. Calls without per-call overrides run one at a time in arrival order
// (like lines typed into one terminal) and their cd/export/functions persist; calls with cwd or
// env run in parallel on a clone of the state taken when they start.
import { cloneState, type ShellState } from './state.js';

export interface SessionInfo {
  id: string;
  cwd: string;
  /** Exported variables. */
  env: Record<string, string>;
}

export class Session {
  private tail: Promise<void> = Promise.resolve();
  constructor(readonly id: string, public state: ShellState) {}

  /** Run fn after every earlier serialized call on this session has finished. */
  async serialized<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => { release = r; });
    try {
      await prev;
      return await fn();
    } finally {
      release();
    }
  }

  snapshot(): ShellState { return cloneState(this.state); }
}
