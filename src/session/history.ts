// The record of execute() calls, newest last.
export interface HistoryEntry {
  command: string;
  sessionId: string;
  agentId?: string;
  /** Working directory the command started in. */
  cwd: string;
  /** Exit status; null when aborted. */
  exitCode: number | null;
  /** Start time, ms since the epoch. */
  startedAt: number;
  durationMs: number;
  aborted: boolean;
}

export class History {
  private entries: HistoryEntry[] = [];
  constructor(private max = 10_000) {}
  add(e: HistoryEntry): void {
    this.entries.push(e);
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
  }
  list(sessionId?: string): HistoryEntry[] {
    return sessionId === undefined ? [...this.entries] : this.entries.filter((e) => e.sessionId === sessionId);
  }
}
