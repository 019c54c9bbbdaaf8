// The word-level parser: the API the statement lowering calls.
// Implementation: word.ts (scanner), param.ts (${…}), arith.ts (arithmetic), braces.ts, ansi-c.ts.
import type { Ref } from '../encoder.js';
import type { WordContext } from './context.js';
import { Scanner, heredocWord } from './word.js';
import { braceExpand, MAX_BRACE_RESULTS } from './braces.js';
import { parseArith, emitArith } from './arith.js';
import { K_WORD, K_PARAM, K_A_WORD, PO_BAD, PF_BRACED } from '../../abi/layout.js';

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
  if (overLimit.delete(text)) {
    return badParam(`\${${short(text)}: brace expansion over ${MAX_BRACE_RESULTS} words}`, ctx);
  }
  const assign = mode === 'assign' || (mode === 'arg' && ASSIGNMENT_WORD.test(text));
  try {
    return new Scanner(text, ctx, assign).word(0, text.length, 'top');
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(text, ctx);
    throw e;
  }
}

/** A word nested deeper than the JS stack allows: a PO_BAD parameter, so running it fails with
 *  `bash: TEXT: bad substitution` instead of the parser throwing. */
function tooDeep(text: string, ctx: WordContext): Ref {
  return badParam(short(text), ctx);
}

function short(text: string): string {
  return text.length > 80 ? text.slice(0, 80) + '…' : text;
}

/** A WORD holding one PO_BAD parameter: running it prints `bash: TEXT: bad substitution` (TEXT is
 *  shown as is when it starts with ${, else wrapped in ${…}) and fails with status 1. */
function badParam(text: string, ctx: WordContext): Ref {
  const enc = ctx.enc;
  const r = enc.begin(K_PARAM);
  enc.str(text).int(PO_BAD).ref(0).ref(0).int(PF_BRACED).ref(0);
  return enc.seq(K_WORD, [r]);
}

/** Raw word texts whose brace expansion went over MAX_BRACE_RESULTS: expandBraces returns such a
 *  text unexpanded and notes it here; the lowerWord call that follows (simple.ts lowers each
 *  result at once) turns it into an error naming the limit instead of a silent literal word. */
const overLimit = new Set<string>();

/** Brace expansion on raw word text, respecting quotes and ${…}: the resulting word texts
 *  (a one-element array when there is nothing to expand). Over MAX_BRACE_RESULTS words: the text
 *  itself, which the next lowerWord of it turns into an error (`{1..99999999}` must not run as a
 *  literal word). */
export function expandBraces(text: string): string[] {
  try {
    const r = braceExpand(text);
    if (r !== null) return r;
    if (overLimit.size > 64) overLimit.clear();
    overLimit.add(text);
    return [text];
  } catch (e) {
    if (e instanceof RangeError) return [text];
    throw e;
  }
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
  try {
    return new Scanner(text, ctx).arithExpr(0, text.length);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const w = tooDeep(text, ctx);
    const r = ctx.enc.begin(K_A_WORD);
    ctx.enc.ref(w);
    return r;
  }
}

/** A here-doc body: quoted delimiter → a WORD with one SQ part; otherwise $…, `…` and \$ \` \\ \newline
 *  are active as in double quotes, but " and ' are literal. Returns a K_WORD (unquoted: WORD[DQ[…]]). */
export function lowerHeredocBody(body: string, quoted: boolean, ctx: WordContext): Ref {
  try {
    return heredocWord(body, quoted, ctx);
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(body, ctx);
    throw e;
  }
}
