import type { Encoder, Ref } from '../encoder.js';

export interface WordContext {
  enc: Encoder;
  /** Lower a command list from source text (the body of $(…), <(…), `…`); returns a LIST ref.
   *  line = the line number where src begins. */
  lowerCommands(src: string, line: number): Ref;
  /** Line where the word starts (for messages). */
  line: number;
}
