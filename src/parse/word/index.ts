// The word-level parser: the API the statement lowering calls.
// Implementation: word.ts (scanner), param.ts (${…}), arith.ts (arithmetic), braces.ts, ansi-c.ts.
import type { Ref } from '../encoder.js';
import type { WordContext } from './context.js';
import { Scanner, heredocWord } from './word.js';
import { braceExpand } from './braces.js';
import { parseArith, emitArith } from './arith.js';

export type { WordContext } from './context.js';

/** arg: a command argument; assign: an assignment value (tilde after = and :); pattern: case / [[ == ]]
 *  operand; heredoc is handled by lowerHeredocBody. */
export type WordMode = 'arg' | 'assign' | 'pattern';

/** Words of the form NAME=…, NAME[…]=…, NAME+=… get assignment-style tilde expansion even as
 *  ordinary arguments (bash does this outside POSIX mode: `echo a=~/x`). */
const ASSIGNMENT_WORD = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** Lower raw word text (exactly as written in the source, quotes included) to a K_WORD node.
 *  Does not brace-expand (call expandBraces first). Never throws: malformed ${…} becomes PO_BAD.
 *  In 'assign' mode (and for NAME=… words in 'arg' mode) a tilde prefix is also recognised after
 *  every unquoted ':' and after the first '=' when the text before it is a NAME. */
export function lowerWord(text: string, ctx: WordContext, mode: WordMode = 'arg'): Ref {
  const assign = mode === 'assign' || (mode === 'arg' && ASSIGNMENT_WORD.test(text));
  return new Scanner(text, ctx, assign).word(0, text.length, 'top');
}

/** Brace expansion on raw word text, respecting quotes and ${…}: the resulting word texts
 *  (a one-element array when there is nothing to expand). */
export function expandBraces(text: string): string[] {
  return braceExpand(text);
}

/** Parse arithmetic expression text to an A_* node, or an error message in bash's words
 *  (e.g. `1+: syntax error: operand expected (error token is "+")`). The text must not hold $ or `
 *  expansions (those are expanded first: ARITH_DYN / PARSE_ARITH). Empty text is the number 0. */
export function lowerArith(text: string, ctx: WordContext): Ref | { error: string } {
  const r = parseArith(text);
  if ('error' in r) return r;
  return emitArith(r.expr, ctx.enc);
}

/** Arithmetic as written in the source (inside ((…)), for ((…;…;…)), $((…))): never fails.
 *  Static text that parses → its A_* tree. Text holding $ ` " ' or \, or that does not parse →
 *  A_WORD of the text (expanded as in "…" with quotes removed, then parsed at run time, which is
 *  when bash reports its errors). Use this for source text; lowerArith for already-expanded text. */
export function lowerArithSource(text: string, ctx: WordContext): Ref {
  return new Scanner(text, ctx).arithExpr(0, text.length);
}

/** A here-doc body: quoted delimiter → a WORD with one SQ part; otherwise $…, `…` and \$ \` \\ \newline
 *  are active as in double quotes, but " and ' are literal. Returns a K_WORD (unquoted: WORD[DQ[…]]). */
export function lowerHeredocBody(body: string, quoted: boolean, ctx: WordContext): Ref {
  return heredocWord(body, quoted, ctx);
}
