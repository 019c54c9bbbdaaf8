// cp, mv and find over mounts: order (names sorted, where GNU follows directory order),
// cross-mount moves, read-only mounts, busy mount points.
import { describe, expect, it } from 'vitest';
import { run, memVfs } from './cmd-harness.js';
import { MemoryFs } from '../../src/fs/memory.js';
import { Vfs } from '../../src/fs/vfs.js';

const text = async (fs: Vfs, p: string): Promise<string> => new TextDecoder().decode(await fs.readFile(p));

describe('find', () => {
  it('walks in pre-order with names sorted, through mount points', async () => {
    const fs = new Vfs({ '/': new MemoryFs({ 'w/b.txt': '', 'w/a/c.txt': '' }), '/w/m': new MemoryFs({ 'x.txt': '' }) });
    const r = await run(fs, ['find', '.', '-name', '*.txt'], { cwd: '/w' });
    expect(r.stdout).toBe('./a/c.txt\n./b.txt\n./m/x.txt\n');
    expect((await run(fs, ['find', '/w', '-maxdepth', '1', '-type', 'd'])).stdout).toBe('/w\n/w/a\n/w/m\n');
  });
});

describe('cp', () => {
  it('copies a tree across mounts, keeping symlinks as links', async () => {
    const src = new MemoryFs({ 'd/f': 'F', 'd/s/g': 'G' });
    await src.symlink('f', '/d/ln');
    const fs = new Vfs({ '/a': src, '/b': new MemoryFs() });
    const r = await run(fs, ['cp', '-rv', '/a/d', '/b/copy']);
    expect(r.stdout).toBe("'/a/d' -> '/b/copy'\n'/a/d/f' -> '/b/copy/f'\n'/a/d/ln' -> '/b/copy/ln'\n'/a/d/s' -> '/b/copy/s'\n'/a/d/s/g' -> '/b/copy/s/g'\n");
    expect(await text(fs, '/b/copy/s/g')).toBe('G');
    expect(await fs.readlink('/b/copy/ln')).toBe('f');
    expect(await text(fs, '/b/copy/ln')).toBe('F');
  });
  it('refuses to write into a read-only mount', async () => {
    const fs = new Vfs({ '/': new MemoryFs({ f: 'x' }), '/ro': [new MemoryFs(), 'read'] });
    const r = await run(fs, ['cp', 'f', '/ro/f']);
    expect(r).toMatchObject({ stderr: "cp: cannot create regular file '/ro/f': Read-only file system\n", status: 1 });
  });
});

describe('mv', () => {
  it('moves across mounts and into directories', async () => {
    const fs = new Vfs({ '/': new MemoryFs({ 'd/f': 'F', 'g': 'G' }), '/other': new MemoryFs() });
    expect((await run(fs, ['mv', 'd', '/other/d'])).status).toBe(0);
    expect(await text(fs, '/other/d/f')).toBe('F');
    expect(await fs.exists('/d')).toBe(false);
    expect((await run(fs, ['mv', 'g', '/other/d'])).status).toBe(0);
    expect(await text(fs, '/other/d/g')).toBe('G');
  });
  it('cannot move a mount point', async () => {
    const fs = new Vfs({ '/': new MemoryFs(), '/m': new MemoryFs() });
    const r = await run(fs, ['mv', '/m', '/n']);
    expect(r).toMatchObject({ stderr: "mv: cannot move '/m' to '/n': Device or resource busy\n", status: 1 });
  });
});

describe('sort, uniq, cut, tr keep bytes', () => {
  it('sorts bytes that are not UTF-8 in C order and writes them back unchanged', async () => {
    const fs = memVfs({ f: new Uint8Array([0xff, 10, 0x41, 10, 0xc3, 0xa9, 10]) });
    const r = await run(fs, ['sort', 'f']);
    expect([...r.stdoutBytes]).toEqual([0x41, 10, 0xc3, 0xa9, 10, 0xff, 10]);
  });
  it('sort -o writes the file (even over its input)', async () => {
    const fs = memVfs({ f: 'b\na\n' });
    await run(fs, ['sort', '-o', 'f', 'f']);
    expect(await text(fs, '/f')).toBe('a\nb\n');
  });
  it('tr works across stdin chunks with squeeze state kept', async () => {
    const r = await run(memVfs(), ['tr', '-s', 'a'], { stdin: 'aaaa', chunk: 1 });
    expect(r.stdout).toBe('a');
  });
});

describe('uniq OUTPUT', () => {
  it('writes the result to the output file', async () => {
    const fs = memVfs({ in: 'a\na\nb\n' });
    const r = await run(fs, ['uniq', '-c', 'in', 'out']);
    expect(r).toMatchObject({ stdout: '', status: 0 });
    expect(await text(fs, '/out')).toBe('      2 a\n      1 b\n');
  });
});
