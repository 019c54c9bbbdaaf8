// Shared setup for parse-*.test.ts: one BashParser from the installed wasm files, and a dump helper.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BashParser } from '../../src/parse/index.js';
import { dumpSegment } from '../../src/parse/dump.js';
import { Encoder } from '../../src/parse/encoder.js';
import { lowerHeredocBody, lowerWord, type WordContext, type WordMode } from '../../src/parse/word/index.js';

const require = createRequire(import.meta.url);

export function assetBytes(): { treeSitterWasm: Uint8Array; bashWasm: Uint8Array } {
  return {
    treeSitterWasm: readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')),
    bashWasm: readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')),
  };
}

let shared: Promise<BashParser> | null = null;
export function parser(): Promise<BashParser> {
  shared ??= BashParser.create(assetBytes());
  return shared;
}

/** Dump of parseScript(src) without the outer (list …) when it holds a single statement. */
export async function dump(src: string, lines = false): Promise<string> {
  const p = await parser();
  return dumpSegment(p.parseScript(src), { lines });
}

/** Dump of one word as the word-level parser lowers it (keeps statement tests independent of the
 *  word format). kind: 'arg' | 'assign' | 'pattern' for lowerWord, 'heredoc' / 'heredoc-quoted' for bodies. */
export function wordDump(text: string, kind: WordMode | 'heredoc' | 'heredoc-quoted' = 'arg'): string {
  const enc = new Encoder();
  const ctx: WordContext = { enc, line: 1, lowerCommands: () => { throw new Error('no commands in test words'); } };
  const r = kind === 'heredoc' || kind === 'heredoc-quoted'
    ? lowerHeredocBody(text, kind === 'heredoc-quoted', ctx)
    : lowerWord(text, ctx, kind);
  return dumpSegment(enc.finish(r));
}
