// Index → 1-based line number for one source string (indices in UTF-16 code units).

export class LineMap {
  private readonly starts: number[] = [0];
  constructor(src: string, private readonly base: number) {
    let i = src.indexOf('\n');
    while (i >= 0) { this.starts.push(i + 1); i = src.indexOf('\n', i + 1); }
  }
  /** Line (counting from the base line given at construction) holding index i. */
  line(i: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= i) lo = mid; else hi = mid - 1;
    }
    return this.base + lo;
  }
  /** Index where `line` starts (clamped to the first/last line). */
  startOfLine(line: number): number {
    const k = Math.min(Math.max(line - this.base, 0), this.starts.length - 1);
    return this.starts[k]!;
  }
  /** Index where the line holding i starts. */
  lineStart(i: number): number {
    return this.starts[this.line(i) - this.base]!;
  }
}
