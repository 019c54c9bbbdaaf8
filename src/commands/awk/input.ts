// Record reading: a string buffer over decoded chunks, split by RS (newline or one character,
// "" for paragraph mode, else a regular expression). nextSync() returns a record, NEED when
// the buffer holds no complete record yet (call fill()), or END.
export const NEED = Symbol('need');
export const END = Symbol('end');

export type RsMode = { kind: 'char'; c: string } | { kind: 'para' } | { kind: 're'; re: RegExp };

export class RecordReader {
  private buf = '';
  private pos = 0;
  eof = false;
  private started = false;
  private dec = new TextDecoder('utf-8');
  /** The text that ended the last record (gawk's RT). */
  rt = '';

  constructor(private chunks: AsyncIterator<Uint8Array> | null, text?: string) {
    if (text !== undefined) { this.buf = text; this.eof = true; }
  }

  /** Read one more chunk; false at end of input. Throws what the source throws. */
  async fill(): Promise<boolean> {
    if (this.eof || !this.chunks) { this.eof = true; return false; }
    const r = await this.chunks.next();
    let text: string;
    if (r.done) { this.eof = true; text = this.dec.decode(); } else text = this.dec.decode(r.value, { stream: true });
    this.buf = this.pos >= this.buf.length ? text : this.buf.slice(this.pos) + text;
    this.pos = 0;
    return true;
  }

  nextSync(mode: RsMode): string | typeof NEED | typeof END {
    const buf = this.buf;
    if (mode.kind === 'char') {
      const i = buf.indexOf(mode.c, this.pos);
      if (i >= 0) { const r = buf.slice(this.pos, i); this.pos = i + 1; this.rt = mode.c; return r; }
      return this.rest();
    }
    if (mode.kind === 'para') {
      let p = this.pos;
      while (p < buf.length && buf.charCodeAt(p) === 10) p++;
      this.pos = p;
      if (p >= buf.length) return this.eof ? END : NEED;
      const re = /\n\n+/g;
      re.lastIndex = p;
      const m = re.exec(buf);
      if (m && (m.index + m[0].length < buf.length || this.eof)) {
        const r = buf.slice(p, m.index); this.pos = m.index + m[0].length; this.rt = m[0]; return r;
      }
      if (!this.eof) return NEED;
      let r = buf.slice(p);
      this.pos = buf.length;
      this.rt = '';
      if (r.endsWith('\n')) { r = r.slice(0, -1); this.rt = '\n'; }
      return r;
    }
    const re = mode.re;
    re.lastIndex = this.pos;
    let m = re.exec(buf);
    while (m && m[0].length === 0) { re.lastIndex = m.index + 1; m = re.lastIndex <= buf.length ? re.exec(buf) : null; }
    if (m && (m.index + m[0].length < buf.length || this.eof)) {
      const r = buf.slice(this.pos, m.index); this.pos = m.index + m[0].length; this.rt = m[0]; return r;
    }
    return this.rest();
  }

  private rest(): string | typeof NEED | typeof END {
    if (!this.eof) return NEED;
    if (this.pos >= this.buf.length) return END;
    const r = this.buf.slice(this.pos);
    this.pos = this.buf.length;
    this.rt = '';
    return r;
  }

  /** Whether any read happened (for the first record). */
  get begun(): boolean { return this.started; }
  set begun(v: boolean) { this.started = v; }
}
