// One driver conformance suite, run against every driver: MemoryFs alone, and a Vfs with several
// mounts (exercised at its root, inside a nested mount and across mount boundaries).
import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../src/fs/types.js';
import { FsError } from '../../src/fs/types.js';
import { MemoryFs } from '../../src/fs/memory.js';
import { Vfs } from '../../src/fs/vfs.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

async function code(p: Promise<unknown>): Promise<string> {
  try { await p; return 'ok'; } catch (e) { return e instanceof FsError ? e.code : `non-FsError: ${String(e)}`; }
}

/** The shared suite. make() returns a fresh driver and the directory (inside it) to test under. */
export function driverSuite(label: string, make: () => { fs: FileSystem; base: string }): void {
  describe(`driver conformance: ${label}`, () => {
    const setup = () => {
      const { fs, base } = make();
      const p = (rel: string): string => (base === '/' ? '' : base) + '/' + rel;
      return { fs, p, base };
    };

    it('writes, reads and stats files', async () => {
      const { fs, p } = setup();
      await fs.writeFile(p('a.txt'), enc('hello\n'));
      expect(dec(await fs.readFile(p('a.txt')))).toBe('hello\n');
      const st = await fs.stat(p('a.txt'));
      expect(st.type).toBe('file');
      expect(st.size).toBe(6);
      expect(st.mtimeMs).toBeGreaterThan(0);
      await fs.writeFile(p('a.txt'), enc('x'));
      expect(dec(await fs.readFile(p('a.txt')))).toBe('x');
    });

    it('copies written data (caller may reuse its buffer)', async () => {
      const { fs, p } = setup();
      const buf = enc('abc');
      await fs.writeFile(p('c'), buf);
      buf[0] = 122;
      expect(dec(await fs.readFile(p('c')))).toBe('abc');
    });

    it('reads ranges, short at end of file', async () => {
      const { fs, p } = setup();
      await fs.writeFile(p('r'), enc('0123456789'));
      if (!fs.readRange) return;
      expect(dec(await fs.readRange(p('r'), 2, 3))).toBe('234');
      expect(dec(await fs.readRange(p('r'), 8, 100))).toBe('89');
      expect((await fs.readRange(p('r'), 50, 10)).length).toBe(0);
    });

    it('appends, creating the file when missing; earlier reads stay intact', async () => {
      const { fs, p } = setup();
      if (!fs.appendFile) return;
      await fs.appendFile(p('log'), enc('a'));
      const before = await fs.readFile(p('log'));
      for (let i = 0; i < 100; i++) await fs.appendFile(p('log'), enc('b'));
      expect(dec(before)).toBe('a');
      const all = await fs.readFile(p('log'));
      expect(all.length).toBe(101);
      expect((await fs.stat(p('log'))).size).toBe(101);
    });

    it('reports GNU errno codes', async () => {
      const { fs, p } = setup();
      await fs.writeFile(p('f'), enc(''));
      await fs.mkdir(p('d'));
      expect(await code(fs.readFile(p('missing')))).toBe('ENOENT');
      expect(await code(fs.stat(p('missing/x')))).toBe('ENOENT');
      expect(await code(fs.readFile(p('d')))).toBe('EISDIR');
      expect(await code(fs.writeFile(p('d'), enc('')))).toBe('EISDIR');
      expect(await code(fs.writeFile(p('nodir/x'), enc('')))).toBe('ENOENT');
      expect(await code(fs.writeFile(p('f/x'), enc('')))).toBe('ENOTDIR');
      expect(await code(fs.readdir(p('f')))).toBe('ENOTDIR');
      expect(await code(fs.mkdir(p('d')))).toBe('EEXIST');
      expect(await code(fs.mkdir(p('f')))).toBe('EEXIST');
      expect(await code(fs.mkdir(p('x/y')))).toBe('ENOENT');
      expect(await code(fs.rm(p('missing')))).toBe('ENOENT');
    });

    it('makes directories recursively and lists them', async () => {
      const { fs, p } = setup();
      await fs.mkdir(p('a/b/c'), { recursive: true });
      await fs.mkdir(p('a/b'), { recursive: true });
      await fs.writeFile(p('a/b/f'), enc('1'));
      const names = (await fs.readdir(p('a/b'))).map((e) => `${e.name}:${e.type}`).sort();
      expect(names).toEqual(['c:dir', 'f:file']);
      expect((await fs.stat(p('a/b/c'))).type).toBe('dir');
      expect(await code(fs.mkdir(p('a/b/f/g'), { recursive: true }))).not.toBe('ok');
    });

    it('removes files and directories (empty unless recursive)', async () => {
      const { fs, p } = setup();
      await fs.mkdir(p('t/u'), { recursive: true });
      await fs.writeFile(p('t/u/f'), enc('1'));
      expect(await code(fs.rm(p('t')))).toBe('ENOTEMPTY');
      await fs.rm(p('t/u/f'));
      expect(await code(fs.stat(p('t/u/f')))).toBe('ENOENT');
      await fs.writeFile(p('t/u/g'), enc('1'));
      await fs.rm(p('t'), { recursive: true });
      expect(await code(fs.stat(p('t')))).toBe('ENOENT');
    });

    it('renames files and directories, replacing files', async () => {
      const { fs, p } = setup();
      await fs.mkdir(p('d1/sub'), { recursive: true });
      await fs.writeFile(p('d1/sub/f'), enc('x'));
      await fs.rename(p('d1'), p('d2'));
      expect(dec(await fs.readFile(p('d2/sub/f')))).toBe('x');
      expect(await code(fs.stat(p('d1')))).toBe('ENOENT');
      await fs.writeFile(p('g'), enc('new'));
      await fs.writeFile(p('h'), enc('old'));
      await fs.rename(p('g'), p('h'));
      expect(dec(await fs.readFile(p('h')))).toBe('new');
      expect(await code(fs.rename(p('nope'), p('z')))).toBe('ENOENT');
    });

    it('sets modification times', async () => {
      const { fs, p } = setup();
      if (!fs.utimes) return;
      await fs.writeFile(p('t'), enc(''));
      await fs.utimes(p('t'), 1_000_000_000_000);
      expect((await fs.stat(p('t'))).mtimeMs).toBe(1_000_000_000_000);
    });

    it('follows symlinks (relative targets), lstat and readlink do not', async () => {
      const { fs, p } = setup();
      if (!fs.symlink || !fs.readlink) return;
      await fs.mkdir(p('real'));
      await fs.writeFile(p('real/f'), enc('via link'));
      await fs.symlink('real', p('ln'));
      await fs.symlink('f', p('real/fl'));
      expect(dec(await fs.readFile(p('ln/f')))).toBe('via link');
      expect(dec(await fs.readFile(p('real/fl')))).toBe('via link');
      expect(await fs.readlink(p('ln'))).toBe('real');
      expect((await (fs.lstat ?? fs.stat).call(fs, p('ln'))).type).toBe(fs.lstat ? 'symlink' : 'dir');
      expect((await fs.stat(p('ln'))).type).toBe('dir');
      await fs.writeFile(p('ln/new'), enc('w'));
      expect(dec(await fs.readFile(p('real/new')))).toBe('w');
      expect(await code(fs.readlink(p('real/f')))).toBe('EINVAL');
      await fs.symlink('loop2', p('loop1'));
      await fs.symlink('loop1', p('loop2'));
      expect(await code(fs.readFile(p('loop1')))).toBe('ELOOP');
      await fs.symlink('nowhere', p('dangling'));
      expect(await code(fs.stat(p('dangling')))).toBe('ENOENT');
      // Removing a symlink removes the link, not its target.
      await fs.rm(p('ln'));
      expect((await fs.stat(p('real/f'))).type).toBe('file');
    });
  });
}

driverSuite('MemoryFs', () => ({ fs: new MemoryFs(), base: '/' }));
driverSuite('Vfs root mount', () => ({ fs: new Vfs({ '/': new MemoryFs(), '/mnt': new MemoryFs() }), base: '/' }));
driverSuite('Vfs nested mount', () => ({
  fs: new Vfs({ '/': new MemoryFs(), '/mnt/a': new MemoryFs(), '/mnt/a/deep': new MemoryFs() }),
  base: '/mnt/a/deep',
}));
driverSuite('Vfs without root mount', () => ({ fs: new Vfs({ '/data/x': new MemoryFs() }), base: '/data/x' }));

describe('MemoryFs initial tree', () => {
  it('creates parents and accepts text or bytes', async () => {
    const fs = new MemoryFs({ 'a.txt': 'hello\n', 'dir/sub/b.bin': new Uint8Array([1, 2, 3]) });
    expect(dec(await fs.readFile('/a.txt'))).toBe('hello\n');
    expect([...(await fs.readFile('/dir/sub/b.bin'))]).toEqual([1, 2, 3]);
    expect((await fs.stat('/dir/sub')).type).toBe('dir');
  });
});
