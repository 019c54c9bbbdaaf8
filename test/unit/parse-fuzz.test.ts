// Random token soup (seeded, so failures reproduce): parseScript never throws, and the tree-sitter
// path lowers exactly what the shell's own parser lowers, errors included.
import { describe, expect, it } from 'vitest';
import { dumpSegment } from '../../src/parse/dump.js';
import { parser } from './parse-helpers.js';

const TOKENS = ['echo', 'a', ' ', ' ', ';', '|', '&', '&&', '||', '\n', '(', ')', '{', '}', 'if', 'then', 'fi', 'do',
  'done', 'for', 'in', 'while', 'case', 'esac', ';;', '"', "'", '$', '$(', '`', '<<', 'EOF', '>', '<', '2>&1', '[[',
  ']]', '((', '))', '!', 'x=1', '#', '\\', '=', '*', '@(', 'f()', 'time', '-p', '<<<', '{a,b}', '${', '$((', '<>',
  'select', 'function', 'elif', 'else', 'until'];

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parser fuzz', () => {
  it('tree path and own parser agree on 3000 random scripts', async () => {
    const p = await parser();
    const rnd = prng(20261125);
    const bad: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 12);
      for (let k = 0; k < len; k++) s += TOKENS[Math.floor(rnd() * TOKENS.length)]! + (rnd() < 0.5 ? ' ' : '');
      const a = dumpSegment(p.parseScript(s));
      const b = dumpSegment(p.parseScriptOwn(s));
      if (a !== b) bad.push(`${JSON.stringify(s)}\n tree: ${a}\n own:  ${b}`);
    }
    expect(bad.slice(0, 3).join('\n')).toBe('');
  });
});
