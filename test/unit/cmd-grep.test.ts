// grep behaviour beyond the GNU table: binary files, bytes that are not UTF-8, early stop,
// recursion over mounts, pattern translation corners.
import { describe, expect, it } from 'vitest';
import { run, runIn } from './cmd-harness.js';
import { MemoryFs } from '../../src/fs/memory.js';
import { Vfs } from '../../src/fs/vfs.js';
import { translate } from '../../src/commands/lib/posix-regex.js';

describe('grep', () => {
  it('reports a binary file match on stderr and prints no binary line', async () => {
    const r = await runIn({ bin: new Uint8Array([97, 0, 98, 10, 120, 10]) }, ['grep', 'a', 'bin']);
    expect(r).toMatchObject({ stdout: '', stderr: 'grep: bin: binary file matches\n', status: 0 });
    const t = await runIn({ bin: new Uint8Array([97, 0, 98, 10]) }, ['grep', '-c', 'a', 'bin']);
    expect(t.stdout).toBe('1\n');
    const a = await runIn({ bin: new Uint8Array([97, 0, 98, 10]) }, ['grep', '-a', 'a', 'bin']);
    expect([...a.stdoutBytes]).toEqual([97, 0, 98, 10]);
  });
  it('passes bytes that are not UTF-8 through unchanged', async () => {
    const r = await runIn({ f: new Uint8Array([0xff, 0x41, 10, 0x42, 10]) }, ['grep', 'A', 'f']);
    expect([...r.stdoutBytes]).toEqual([0xff, 0x41, 10]);
  });
  it('-q stops reading at the first match', async () => {
    let big = '';
    for (let i = 0; i < 100_000; i++) big += `row ${i}\n`;
    const mem = new MemoryFs({ big });
    let reads = 0;
    const orig = mem.readRange.bind(mem);
    mem.readRange = async (p, o, n) => { reads++; return orig(p, o, n); };
    const r = await run(new Vfs({ '/': mem }), ['grep', '-q', 'row 1', 'big']);
    expect(r.status).toBe(0);
    expect(reads).toBe(1);
  });
  it('matches lines split across stdin chunks', async () => {
    const r = await runIn({}, ['grep', '-n', 'needle'], { stdin: 'hay\nhay needle hay\nhay\n', chunk: 3 });
    expect(r.stdout).toBe('2:hay needle hay\n');
  });
  it('recurses through mount points in name order', async () => {
    const fs = new Vfs({ '/': new MemoryFs({ 'w/b.txt': 'alert 2\n' }), '/w/logs': new MemoryFs({ 'a.log': 'alert 1\nok\n' }) });
    const r = await run(fs, ['grep', '-r', 'alert', '/w']);
    expect(r.stdout).toBe('/w/b.txt:alert 2\n/w/logs/a.log:alert 1\n');
    const c = await run(fs, ['grep', '-rc', 'alert'], { cwd: '/w' });
    expect(c.stdout).toBe('b.txt:1\nlogs/a.log:1\n');
  });
  it('-r skips symlinks met while recursing, -R follows them', async () => {
    const mem = new MemoryFs({ 'd/f': 'x\n', 'o/g': 'x\n' });
    await mem.symlink('/o', '/d/ln');
    const fs = new Vfs({ '/': mem });
    expect((await run(fs, ['grep', '-r', 'x', 'd'])).stdout).toBe('d/f:x\n');
    expect((await run(fs, ['grep', '-R', 'x', 'd'])).stdout).toBe('d/f:x\nd/ln/g:x\n');
  });
  it('ends on a broken pipe', async () => {
    const r = await runIn({}, ['grep', 'y'], { stdin: 'y\n'.repeat(100_000), stdoutLimit: 4, chunk: 1000 });
    expect(r.status).toBe(141);
  });
});

describe('POSIX regex translation', () => {
  const m = (re: string, ext: boolean, s: string): boolean => new RegExp(translate(re, ext).source).test(s);
  it('handles BRE specials and literals', () => {
    expect(m('a\\{2\\}', false, 'aa')).toBe(true);
    expect(m('a{2}', false, 'a{2}')).toBe(true);
    expect(m('\\(ab\\)*c', false, 'ababc')).toBe(true);
    expect(m('a|b', false, 'a|b')).toBe(true);
    expect(m('a\\|b', false, 'b')).toBe(true);
    expect(m('*x', false, '*x')).toBe(true);
    expect(m('x$y', false, 'x$y')).toBe(true);
  });
  it('handles ERE, brackets and classes', () => {
    expect(m('^(a|b)+$', true, 'abba')).toBe(true);
    expect(m('[[:alpha:]_][[:alnum:]_]*', true, '_x1')).toBe(true);
    expect(m('[]x]', true, ']')).toBe(true);
    expect(m('[a-c-]', true, '-')).toBe(true);
    expect(m('[\\]', true, '\\')).toBe(true);
    expect(m('a{,2}b', true, 'b')).toBe(true);
    expect(m('(a)\\1', true, 'aa')).toBe(true);
  });
});

describe('grep whole-block search', () => {
  it('does not select lines through a match that crosses a newline', async () => {
    const r = await runIn({}, ['grep', '-n', 'a[^x]*b'], { stdin: 'a\nb\nxab\n' });
    expect(r.stdout).toBe('3:xab\n');
    const s = await runIn({}, ['grep', '-c', 'a\\sb'], { stdin: 'a\nb\na b\n' });
    expect(s.stdout).toBe('1\n');
  });
  it('counts line numbers across blocks and lines without matches', async () => {
    let input = '';
    for (let i = 1; i <= 30_000; i++) input += i % 10_000 === 0 ? `hit ${i}\n` : `miss ${i}\n`;
    const r = await runIn({}, ['grep', '-n', '^hit'], { stdin: input, chunk: 7777 });
    expect(r.stdout).toBe('10000:hit 10000\n20000:hit 20000\n30000:hit 30000\n');
  });
  it('anchors apply per line', async () => {
    const r = await runIn({}, ['grep', '-x', 'b'], { stdin: 'ab\nb\nbc\n' });
    expect(r.stdout).toBe('b\n');
  });
});
