// The parser against GNU bash: for every corpus script, the SYNTAX_ERR message must equal what
// `bash -n -c` prints (or be absent when bash accepts the script), and the tree-sitter path must
// lower exactly what the shell's own parser lowers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpSegment } from '../../src/parse/dump.js';
import { parser } from './parse-helpers.js';
import { CORPUS } from './parse-corpus.js';

const haveBash = existsSync('/bin/bash');

function syntaxErrOf(dump: string): string {
  const m = /\(syntax_err ("(?:[^"\\]|\\.)*") \d+\)\)$/.exec(dump);
  return m ? (JSON.parse(m[1]!) as string) : '';
}

describe.skipIf(!haveBash)('syntax errors match bash -n -c', () => {
  for (const src of CORPUS) {
    it(JSON.stringify(src).slice(0, 70), async () => {
      const r = spawnSync('/bin/bash', ['-n', '-c', src], { encoding: 'utf8', argv0: 'bash' });
      const want = r.stderr.split('\n').filter((l) => !l.includes('warning: here-document')).join('\n').trimEnd();
      const p = await parser();
      expect(syntaxErrOf(dumpSegment(p.parseScript(src)))).toBe(want);
    });
  }
});

describe('tree-sitter path and own parser lower the same nodes', () => {
  for (const src of CORPUS) {
    it(JSON.stringify(src).slice(0, 70), async () => {
      const p = await parser();
      expect(dumpSegment(p.parseScript(src), { lines: true })).toBe(dumpSegment(p.parseScriptOwn(src), { lines: true }));
    });
  }
});
