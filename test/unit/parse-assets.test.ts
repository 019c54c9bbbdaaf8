// BashParser.create from precompiled WebAssembly.Module assets (the Cloudflare Workers path, where
// compiling bytes at run time is refused), and parseArith. Runs in its own test file because
// web-tree-sitter's init is process-wide.
import { describe, expect, it } from 'vitest';
import { BashParser } from '../../src/parse/index.js';
import { dumpSegment } from '../../src/parse/dump.js';
import { assetBytes } from './parse-helpers.js';

describe('BashParser assets', () => {
  it('initialises from compiled modules and parses', async () => {
    const b = assetBytes();
    const p = await BashParser.create({
      treeSitterWasm: new WebAssembly.Module(b.treeSitterWasm as Uint8Array<ArrayBuffer>),
      bashWasm: new WebAssembly.Module(b.bashWasm as Uint8Array<ArrayBuffer>),
    });
    expect(dumpSegment(p.parseScript('a | b'))).toMatch(/^\(list \(pipe \(simple /);
    // arithmetic: a segment whose root is an A_* node, or bash's error text
    const ok = p.parseArith('1 + 2 * 3');
    expect('error' in ok).toBe(false);
    if (!('error' in ok)) expect(dumpSegment(ok)).toBe('(a_binary ADD (a_num 1) (a_binary MUL (a_num 2) (a_num 3)))');
    const bad = p.parseArith('1 +');
    expect(bad).toHaveProperty('error');
    p.delete();
  });
});
