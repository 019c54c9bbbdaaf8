// Byte-exact text handling for line tools (sort, uniq, cut): a line is held as a latin1 string,
// one char per byte, so comparisons are C-locale byte order and output reproduces input bytes.
import type { CommandContext } from '../types.js';
import { inputChunks } from './io.js';

const latin1 = new TextDecoder('latin1');

/** Lines of an operand ('-' = stdin) as latin1 strings, without their '\n'. */
export async function readLines(ctx: CommandContext, operand: string, delim = 10): Promise<string[]> {
  const lines: string[] = [];
  let carry = '';
  const sep = String.fromCharCode(delim);
  for await (const chunk of inputChunks(ctx, operand)) {
    const parts = (carry + latin1.decode(chunk)).split(sep);
    carry = parts.pop() as string;
    for (const p of parts) lines.push(p);
  }
  if (carry !== '') lines.push(carry);
  return lines;
}

/** Encode a latin1 string back to its bytes. */
export function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The whole operand ('-' = stdin) as one latin1 string. */
export async function readText(ctx: CommandContext, operand: string): Promise<string> {
  let s = '';
  for await (const chunk of inputChunks(ctx, operand)) s += latin1.decode(chunk);
  return s;
}

/** Split latin1 text into lines; `last` is false when the final line has no newline. */
export function splitLines(text: string, delim = '\n'): { lines: string[]; terminated: boolean } {
  if (text === '') return { lines: [], terminated: true };
  const lines = text.split(delim);
  const terminated = lines[lines.length - 1] === '';
  if (terminated) lines.pop();
  return { lines, terminated };
}
