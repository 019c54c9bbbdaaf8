// STUB (to be replaced by the word-level parser): the API the statement lowering calls.
import type { Encoder, Ref } from '../encoder.js';
import { K_WORD, K_LIT } from '../../abi/layout.js';

export interface WordContext {
  enc: Encoder;
  /** Lower a command list from source text (the body of $(…), <(…), `…`); returns a LIST ref.
   *  line = the line number where src begins. */
  lowerCommands(src: string, line: number): Ref;
  /** Line where the word starts (for messages). */
  line: number;
}

/** arg: a command argument; assign: an assignment value (tilde after = and :); pattern: case / [[ == ]]
 *  operand; heredoc is handled by lowerHeredocBody. */
export type WordMode = 'arg' | 'assign' | 'pattern';

/** Lower raw word text (exactly as written in the source, quotes included) to a K_WORD node.
 *  Does not brace-expand (call expandBraces first). Never throws: malformed ${…} becomes PO_BAD. */
export function lowerWord(text: string, ctx: WordContext, _mode: WordMode = 'arg'): Ref {
  const lit = ctx.enc.begin(K_LIT);
  ctx.enc.str(text);
  return ctx.enc.seq(K_WORD, [lit]);
}

/** Brace expansion on raw word text, respecting quotes and ${…}: the resulting word texts
 *  (a one-element array when there is nothing to expand). */
export function expandBraces(text: string): string[] { return [text]; }

/** Parse arithmetic expression text to an A_* node, or an error message in bash's words
 *  (e.g. `1+: syntax error: operand expected (error token is "+")`). */
export function lowerArith(_text: string, _ctx: WordContext): Ref | { error: string } { return { error: 'not implemented' }; }

/** A here-doc body: quoted delimiter → a WORD with one SQ part; otherwise $…, `…` and \$ \` \\ \newline
 *  are active as in double quotes, but " and ' are literal. Returns a K_WORD. */
export function lowerHeredocBody(body: string, _quoted: boolean, ctx: WordContext): Ref {
  return lowerWord(body, ctx);
}
