// Here-document bodies, read the way bash reads them: after the newline that ends the line holding
// the `<<` operators, one body after another in operator order.
//
// HeredocQueue.take(opIndex, delimWord, stripTabs) is called once per `<<` operator, in source
// order; it returns the body text and remembers where the next body of that line begins. Parsers
// that walk lines (the fallback parser) ask skipTo(newlineIndex) where to continue after a newline.

import { findHeredocEnd, isMeta, scanState, skipBlanks, skipComment, unquoteDelimiter, wordEnd } from './scan.js';

export interface HeredocBody {
  /** Body text (tabs already stripped for <<-). */
  text: string;
  quoted: boolean;
  /** False when the input ended before the delimiter line (bash warns, body = rest). */
  found: boolean;
  delim: string;
  /** Index of the first body character. */
  start: number;
}

export class HeredocQueue {
  /** newline index → index where the next body (or the next command) starts. */
  private readonly next = new Map<number, number>();
  constructor(private readonly src: string) {}

  /** Index of the newline that ends the logical line holding index i (src.length if none). */
  lineEnd(i: number): number {
    // a look-ahead: an unclosed quote later on the line is the parser's to report, in order
    const saved = scanState.unclosed;
    const savedAt = scanState.unclosedAt;
    try {
      return this.lineEndScan(i);
    } finally {
      scanState.unclosed = saved;
      scanState.unclosedAt = savedAt;
    }
  }

  private lineEndScan(i: number): number {
    const src = this.src;
    const n = src.length;
    let wordStart = true;
    while (i < n) {
      const j = skipBlanks(src, i);
      if (j > i) wordStart = true;
      i = j;
      const c = src.charCodeAt(i);
      if (c === 10) return i;
      if (i >= n) break;
      if (c === 35 && wordStart) { i = skipComment(src, i); continue; }
      if (isMeta(c)) { i++; wordStart = true; continue; }
      const e = wordEnd(src, i);
      i = e > i ? e : i + 1;
      wordStart = false;
    }
    return n;
  }

  /** Bodies already read, by operator index: a second lowering of the same operator (the tree
   *  path gave up and the fallback parser re-reads the line) gets the same body. */
  private readonly taken = new Map<number, HeredocBody>();

  take(opIndex: number, delimWord: string, stripTabs: boolean): HeredocBody {
    const seen = this.taken.get(opIndex);
    if (seen) return seen;
    const nl = this.lineEnd(opIndex);
    const start = this.next.get(nl) ?? Math.min(nl + 1, this.src.length);
    const { text: delim, quoted } = unquoteDelimiter(delimWord);
    const end = findHeredocEnd(this.src, start, delim, stripTabs);
    this.next.set(nl, end.next);
    let text = this.src.slice(start, end.bodyEnd);
    if (stripTabs) text = text.replace(/^\t+/gm, '');
    const body = { text, quoted, found: end.found, delim, start };
    this.taken.set(opIndex, body);
    return body;
  }

  /** Where parsing continues after the newline at index nl (skipping bodies read for that line). */
  skipTo(nl: number): number {
    return this.next.get(nl) ?? nl + 1;
  }
}
