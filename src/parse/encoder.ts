// Builds a node table segment (layouts: the K_* doc in src/abi/layout.ts).
//
// Segment layout (all little-endian i32 words, then string bytes):
//
//   offset 0        root node address (filled by writeTo)
//   offset 4 …      nodes, each [kind, fields…]
//   after words     UTF-8 bytes of every string field, back to back
//
// While building, node references and string pointers are offsets from the segment start
// (never 0: word 0 is the header). writeTo(memory, base) copies the segment to `base` and adds
// `base` to every such word, so the executor sees plain addresses.

export type Ref = number;

export interface Segment {
  /** Words followed by string bytes. */
  readonly bytes: Uint8Array;
  /** Indices (in words) of the words to relocate. */
  readonly relocs: Uint32Array;
  /** Root node offset within the segment. */
  readonly root: Ref;
  readonly byteLength: number;
}

const utf8 = new TextEncoder();

export class Encoder {
  private words: number[] = [0];
  private relocs: number[] = [];
  /** (word index of a string pointer, offset into the string area) pairs. */
  private strFix: number[] = [];
  private strChunks: Uint8Array[] = [];
  private strLen = 0;
  private strDedup = new Map<string, [number, number]>();

  /** Start a node of `kind`; returns its reference. Add fields with int/ref/str in layout order. */
  begin(kind: number): Ref {
    const at = this.words.length * 4;
    this.words.push(kind);
    return at;
  }
  int(v: number): this { this.words.push(v | 0); return this; }
  /** A node reference field (0 = none). */
  ref(r: Ref): this {
    if (r !== 0) this.relocs.push(this.words.length);
    this.words.push(r);
    return this;
  }
  /** A string field: two words (pointer, byte length). */
  str(s: string): this {
    let e = this.strDedup.get(s);
    if (!e) {
      const b = utf8.encode(s);
      e = [this.strLen, b.length];
      this.strChunks.push(b);
      this.strLen += b.length;
      this.strDedup.set(s, e);
    }
    if (e[1] > 0) this.strFix.push(this.words.length, e[0]);
    this.words.push(0, e[1]);
    return this;
  }

  /** A LIST node of refs. */
  list(items: readonly Ref[]): Ref {
    const at = this.begin(1 /* K_LIST */);
    this.int(items.length);
    for (const r of items) this.ref(r);
    return at;
  }
  /** A node whose fields are [n, ref*n] (LIST, WORD, DQ). */
  seq(kind: number, items: readonly Ref[]): Ref {
    const at = this.begin(kind);
    this.int(items.length);
    for (const r of items) this.ref(r);
    return at;
  }

  finish(root: Ref): Segment {
    const wordBytes = this.words.length * 4;
    const bytes = new Uint8Array(wordBytes + this.strLen);
    const view = new Int32Array(bytes.buffer, 0, this.words.length);
    view.set(this.words);
    const relocs = this.relocs.slice();
    for (let i = 0; i < this.strFix.length; i += 2) {
      const w = this.strFix[i]!;
      view[w] = wordBytes + this.strFix[i + 1]!;
      relocs.push(w);
    }
    let o = wordBytes;
    for (const c of this.strChunks) { bytes.set(c, o); o += c.length; }
    view[0] = root;
    relocs.push(0);
    return { bytes, relocs: Uint32Array.from(relocs), root, byteLength: bytes.length };
  }
}

/** Copy seg into mem at base (4-aligned) with addresses made absolute. Returns the root address. */
export function writeSegment(seg: Segment, mem: Uint8Array, base: number): number {
  if (base % 4 !== 0) throw new Error('segment base must be 4-aligned');
  mem.set(seg.bytes, base);
  const view = new Int32Array(mem.buffer, mem.byteOffset + base, seg.bytes.length >> 2);
  for (const w of seg.relocs) view[w] = view[w]! + base;
  return view[0]!;
}
