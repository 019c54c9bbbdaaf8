// What the statement-level lowering pieces share while lowering one source string.

import type { Encoder, Ref } from './encoder.js';
import type { WordContext } from './word/index.js';
import type { HeredocQueue } from './heredoc.js';
import type { LineMap } from './lines.js';

export interface LowerCtx {
  readonly enc: Encoder;
  readonly src: string;
  readonly lines: LineMap;
  readonly heredocs: HeredocQueue;
  /** A WordContext for a word starting on `line`. */
  wordCtx(line: number): WordContext;
  /** Record a syntax error found while scanning (first one wins). `token` is the unexpected
   *  token text ('newline' for a line end), at index `at`. With `text`, the message is that text
   *  alone (after "bash: -c: line N: "), as bash prints for [[ … ]] errors. */
  syntaxError(at: number, token: string, text?: string): void;
  /** True once syntaxError has been called. */
  hasSyntaxError(): boolean;
}

/** Result of scanning a construct that ends at `end` (index after its last character). */
export interface Scanned { ref: Ref; end: number }
