// STUB (to be replaced by the expansion module): signatures the executor core calls.
import { Task } from '../core/task';
import { Replay } from '../core/replay';

/** Full expansion of a LIST of WORD nodes into argv fields. null = blocked (r.blocked) or failed (t.failStatus). */
export function expandArgs(t: Task, words: i32, r: Replay): Array<string> | null { return []; }
/** One WORD without field splitting or globbing (assignments, redirect targets, here-docs, case subject). */
export function expandString(t: Task, word: i32, r: Replay): string | null { return ''; }
/** One WORD as a pattern: quoted characters come back backslash-escaped (case, [[ == ]]). */
export function expandPattern(t: Task, word: i32, r: Replay): string | null { return ''; }
