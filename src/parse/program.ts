// Whole-script lowering: the tree-sitter tree for the common case, the fallback parser from the
// first top-level line unit the tree path cannot lower (ERROR/MISSING nodes, known wrong trees),
// and bash's syntax error message as the final SYNTAX_ERR node.

import type { Node, Parser } from 'web-tree-sitter';
import { K_BACKGROUND } from '../abi/layout.js';
import type { Encoder, Ref } from './encoder.js';
import type { LowerCtx } from './context.js';
import { LineMap } from './lines.js';
import { HeredocQueue } from './heredoc.js';
import { NeedFallback, TreeLowerer, gapOk, separated } from './lower.js';
import { FallbackParser } from './fallback.js';
import { CMDSUB_NAME, SHELL_NAME, syntaxErrNode, syntaxMessage } from './syntax-error.js';
import { needsFallback } from './repairs.js';
import { scanState } from './scan.js';

interface ErrorAt { at: number; token: string; text: string | undefined }

/** Lower `src` (whose first line is `baseLine`) into `enc`; returns a LIST ref. `ts` null: the
 *  fallback parser alone lowers everything (used to cross-check both paths in tests). */
export function lowerScript(ts: Parser | null, enc: Encoder, src: string, baseLine: number,
  onError?: (e: NestedError) => void, who: string = SHELL_NAME): Ref {
  const saved = { ...scanState };
  try {
    return lowerScriptInner(ts, enc, src, baseLine, onError, who);
  } finally {
    scanState.unclosed = saved.unclosed;
    scanState.unclosedAt = saved.unclosedAt;
  }
}

/** A syntax error inside a $(…) body, handed to the script around it: `token` null = the body
 *  ended early (bash then sees the closing `)`). */
export interface NestedError { token: string | null; line: number }

function lowerScriptInner(ts: Parser | null, enc: Encoder, src: string, baseLine: number,
  onError: ((e: NestedError) => void) | undefined, who: string): Ref {
  const lines = new LineMap(src, baseLine);
  let err: ErrorAt | null = null;
  const nested = (e: NestedError): void => {
    if (!err) err = { at: lines.startOfLine(e.line), token: e.token ?? ')', text: undefined };
  };
  const ctx: LowerCtx = {
    enc, src, lines, heredocs: new HeredocQueue(src),
    // deferErrors (`…` bodies): bash parses those when they run, so an error there does not stop
    // the outer script; the body's SYNTAX_ERR then reports as "bash: command substitution".
    wordCtx: (line) => ({
      enc, line,
      lowerCommands: (s: string, l: number, deferErrors?: boolean) => deferErrors
        ? lowerScript(ts, enc, s, 1, undefined, CMDSUB_NAME)
        : lowerScript(ts, enc, s, l, nested),
    }),
    syntaxError: (at, token, text) => { if (!err) err = { at, token, text }; },
    hasSyntaxError: () => err !== null,
  };
  const out: Ref[] = [];
  const tree = ts ? ts.parse(src) : null;
  let fallbackFrom = -1;
  try {
    if (tree) {
      const root = tree.rootNode;
      const tl = new TreeLowerer(ctx);
      const n = root.childCount;
      let prevEndRow = -1;
      let prevEnd = -1;
      let unitFirst = 0; // index into out of the first statement of the current line unit
      // source index where the fallback parser would start that unit: the end of the child before
      // it (tree-sitter may leave text such as a leading `\ ` out of every child)
      let unitStart = 0;
      let lastTokEnd = 0;
      for (let i = 0; i < n; i++) {
        const ch = root.child(i)!;
        const tokStart = lastTokEnd;
        lastTokEnd = ch.endIndex;
        if (!ch.isNamed) {
          if (ch.type !== ';' && ch.type !== '&') {
            // a stray operator (`;;`, `)`, …): the fallback parser reports it
            const row = ch.startPosition.row;
            if (row > prevEndRow && realNewline(src, tokStart, ch.startIndex)) { unitFirst = out.length; unitStart = tokStart; }
            fallbackFrom = unitStart;
            out.length = unitFirst;
            break;
          }
          if (ch.type === '&' && out.length > 0) {
            const b = enc.begin(K_BACKGROUND);
            enc.ref(out[out.length - 1]!);
            out[out.length - 1] = b;
          }
          continue;
        }
        if (ch.type === 'comment') {
          if (!gapOk(src, tokStart, ch.startIndex)) { fallbackFrom = unitStart; out.length = unitFirst; break; }
          continue;
        }
        const row = ch.startPosition.row;
        if (row > prevEndRow && realNewline(src, tokStart, ch.startIndex)) { unitFirst = out.length; unitStart = tokStart; }
        prevEndRow = Math.max(prevEndRow, ch.endPosition.row);
        if (ch.hasError || needsFallback(ch, src) || (prevEnd >= 0 && !separated(src, prevEnd, ch.startIndex)) ||
            !gapOk(src, tokStart, ch.startIndex)) {
          fallbackFrom = unitStart;
          out.length = unitFirst;
          break;
        }
        prevEnd = ch.endIndex;
        try {
          scanState.unclosed = '';
          const r = tl.stmt(ch);
          if (err || scanState.unclosed) { fallbackFrom = unitStart; out.length = unitFirst; err = null; break; }
          out.push(r);
        } catch (e) {
          if (!(e instanceof NeedFallback)) throw e;
          err = null; // an error met on the abandoned tree path is the fallback's to find again
          fallbackFrom = unitStart;
          out.length = unitFirst;
          break;
        }
      }
    } else {
      fallbackFrom = 0;
    }
  } finally {
    tree?.delete();
  }
  if (fallbackFrom >= 0) {
    const fp = new FallbackParser(ctx);
    if (!fp.parseUnits(fallbackFrom, out)) {
      if (onError && !fp.unclosed) {
        const e = err as ErrorAt | null;
        onError(e && !fp.eofError && e.text === undefined ? { token: e.token, line: lines.line(e.at) } : { token: null, line: lines.line(src.length) });
      }
      out.push(errorNode(ctx, fp, err, src, lines, who));
    }
  }
  return enc.list(out);
}

/** A newline in src[a, b) that is not a line continuation: a new top-level line unit starts. */
function realNewline(src: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (src.charCodeAt(i) === 10 && src.charCodeAt(i - 1) !== 92) return true;
  }
  return false;
}

function errorNode(ctx: LowerCtx, fp: FallbackParser, err: ErrorAt | null, src: string, lines: LineMap, who: string): Ref {
  const eofLine = lines.line(src.length) + (src.endsWith('\n') || src.length === 0 ? 0 : 1);
  let msg: string;
  let line: number;
  if (fp.unclosed) {
    // quotes and ${ report the line of the opening character, an open $( the end of input
    line = fp.unclosed.at >= src.length ? eofLine : lines.line(fp.unclosed.at);
    msg = syntaxMessage({ kind: 'unclosed', closer: fp.unclosed.closer, line }, who);
  } else if (err && err.text !== undefined) {
    line = lines.line(err.at);
    msg = syntaxMessage({ kind: 'text', text: err.text, line }, who);
  } else if (err && !fp.eofError) {
    line = lines.line(err.at);
    const ls = lines.lineStart(err.at);
    let le = src.indexOf('\n', err.at);
    if (le < 0) le = src.length;
    msg = syntaxMessage({ kind: 'token', token: err.token, line, lineText: src.slice(ls, le) }, who);
  } else {
    line = eofLine;
    msg = syntaxMessage({ kind: 'eof', line }, who);
  }
  return syntaxErrNode(ctx.enc, msg, line);
}

export type { Node };
