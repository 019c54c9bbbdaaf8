// Mount-table behaviour: visibility of mount points, modes, cross-mount operations, symlinks
// that cross mounts, and refusal to remove or rename a mount point.
import { describe, expect, it } from 'vitest';
import { FsError } from '../../src/fs/types.js';
import { MemoryFs } from '../../src/fs/memory.js';
import { Vfs } from '../../src/fs/vfs.js';
import { normalizePath, resolvePath, dirname, basename, joinPath } from '../../src/fs/path.js';

const dec = (b: Uint8Array): string => new TextDecoder().decode(b);
async function code(p: Promise<unknown>): Promise<string> {
  try { await p; return 'ok'; } catch (e) { return e instanceof FsError ? e.code : 'other'; }
}

describe('path helpers', () => {
  it('normalises lexically', () => {
    expect(normalizePath('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalizePath('/..')).toBe('/');
    expect(normalizePath('')).toBe('/');
    expect(resolvePath('/home/u', '../x')).toBe('/home/x');
    expect(resolvePath('/home/u', '/etc/./p')).toBe('/etc/p');
    expect(dirname('/a/b')).toBe('/a');
    expect(dirname('/a')).toBe('/');
    expect(basename('/a/b/')).toBe('b');
    expect(joinPath('/a', 'b/', '../c')).toBe('/a/c');
  });
});

describe('Vfs', () => {
  it('shows mount points as directories in readdir and stat, even with no root mount', async () => {
    const v = new Vfs({ '/data/logs': new MemoryFs({ 'x.log': 'x' }), '/work': new MemoryFs() });
    expect((await v.readdir('/')).map((e) => e.name).sort()).toEqual(['data', 'work']);
    expect(await v.readdir('/data')).toEqual([{ name: 'logs', type: 'dir' }]);
    expect((await v.stat('/data')).type).toBe('dir');
    expect((await v.stat('/data/logs')).type).toBe('dir');
    expect(dec(await v.readFile('/data/logs/x.log'))).toBe('x');
    expect(await code(v.stat('/nothing'))).toBe('ENOENT');
    expect(await code(v.readFile('/data'))).toBe('EISDIR');
    expect(v.mountPoints()).toEqual(['/data/logs', '/work']);
  });

  it('merges mount points into a parent mount that lacks the directory', async () => {
    const v = new Vfs({ '/': new MemoryFs({ 'etc/x': '1' }), '/mnt/usb': new MemoryFs() });
    expect((await v.readdir('/')).map((e) => e.name).sort()).toEqual(['etc', 'mnt']);
    expect((await v.readdir('/mnt')).map((e) => e.name)).toEqual(['usb']);
  });

  it('uses the longest prefix', async () => {
    const outer = new MemoryFs(), inner = new MemoryFs();
    const v = new Vfs({ '/a': outer, '/a/b': inner });
    await v.writeFile('/a/b/f', 'in');
    await v.writeFile('/a/f', 'out');
    expect(dec(await inner.readFile('/f'))).toBe('in');
    expect(dec(await outer.readFile('/f'))).toBe('out');
    expect(v.modeOf('/a/b/zz')).toBe('write');
    expect(v.modeOf('/elsewhere')).toBeNull();
  });

  it('refuses every write on a read-only mount with EROFS', async () => {
    const v = new Vfs({ '/': new MemoryFs(), '/ro': [new MemoryFs({ f: 'data' }), 'read'] });
    expect(dec(await v.readFile('/ro/f'))).toBe('data');
    for (const op of [
      v.writeFile('/ro/g', 'x'), v.appendFile('/ro/f', 'x'), v.mkdir('/ro/d'), v.rm('/ro/f'),
      v.rename('/ro/f', '/ro/g'), v.rename('/ro/f', '/moved'), v.rename('/moved', '/ro/x'),
      v.utimes('/ro/f', 0), v.symlink('f', '/ro/l'),
    ]) expect(await code(op)).toMatch(/EROFS|ENOENT/);
    expect(await code(v.writeFile('/ro/g', 'x'))).toBe('EROFS');
    expect(await code(v.rename('/ro/f', '/moved'))).toBe('EROFS');
    expect(dec(await v.readFile('/ro/f'))).toBe('data');
    expect(v.modeOf('/ro/f')).toBe('read');
  });

  it('renames across mounts by copying then deleting', async () => {
    const a = new MemoryFs({ 'dir/f': 'F', 'dir/sub/g': 'G' }), b = new MemoryFs();
    const v = new Vfs({ '/a': a, '/b': b });
    await v.rename('/a/dir', '/b/moved');
    expect(dec(await v.readFile('/b/moved/sub/g'))).toBe('G');
    expect(await code(v.stat('/a/dir'))).toBe('ENOENT');
    await v.rename('/b/moved/f', '/a/f2');
    expect(dec(await a.readFile('/f2'))).toBe('F');
  });

  it('refuses to remove or rename a mount point (EBUSY)', async () => {
    const v = new Vfs({ '/': new MemoryFs(), '/mnt/m': new MemoryFs() });
    expect(await code(v.rm('/mnt/m', { recursive: true }))).toBe('EBUSY');
    expect(await code(v.rm('/mnt', { recursive: true }))).toBe('EBUSY');
    expect(await code(v.rename('/mnt/m', '/x'))).toBe('EBUSY');
    expect(await code(v.rename('/mnt', '/x'))).toBe('EBUSY');
  });

  it('follows absolute symlinks across mounts, realpath with ELOOP', async () => {
    const v = new Vfs({ '/': new MemoryFs(), '/data': new MemoryFs({ 'real/f': 'deep' }) });
    await v.symlink('/data/real', '/ln');
    expect(dec(await v.readFile('/ln/f'))).toBe('deep');
    expect(await v.realpath('/ln/f')).toBe('/data/real/f');
    await v.symlink('../ln', '/data/back');
    expect(await v.realpath('/data/back/f')).toBe('/data/real/f');
    await v.symlink('/l2', '/l1');
    await v.symlink('/l1', '/l2');
    expect(await code(v.realpath('/l1'))).toBe('ELOOP');
    expect(await code(v.readFile('/l1'))).toBe('ELOOP');
    expect(await code(v.realpath('/ln/missing'))).toBe('ENOENT');
    expect(await v.exists('/ln')).toBe(true);
    expect(await v.exists('/nope')).toBe(false);
  });

  it('accepts string data and reports errors with the caller path', async () => {
    const v = new Vfs({ '/w': new MemoryFs() });
    await v.writeFile('/w/t.txt', 'héllo');
    expect((await v.stat('/w/t.txt')).size).toBe(6);
    await v.appendFile('/w/t.txt', '!');
    expect(dec(await v.readFile('/w/t.txt'))).toBe('héllo!');
    expect(dec(await v.readRange('/w/t.txt', 1, 2))).toBe('é');
    try { await v.readFile('/w/nope'); } catch (e) { expect((e as FsError).path).toBe('/w/nope'); }
    expect(await code(v.writeFile('/unmounted/x', 'x'))).toBe('EROFS');
  });

  it('turns a driver throwing a non-FsError into EIO', async () => {
    const bad = new MemoryFs();
    bad.readFile = async () => { throw new Error('boom'); };
    const v = new Vfs({ '/': bad });
    await v.writeFile('/f', 'x');
    expect(await code(v.readFile('/f'))).toBe('EIO');
  });
});
