// Vfs: the mount table. Maps absolute paths onto drivers by longest mount prefix, resolves
// symlinks across mounts, enforces mount modes and makes mount points visible as directories.
// This is also the programmatic `ws.fs` API: every method takes absolute paths (normalised here)
// and rejects with FsError whose path is the caller's path.
import { FsError, type DirEntry, type FileStat, type FileSystem, type MountMode } from './types.js';
import { normalizePath, splitPath } from './path.js';

export type MountSpec = FileSystem | [FileSystem, MountMode];

interface Mount { point: string; fs: FileSystem; mode: MountMode }

const MAX_LINKS = 40;
const encoder = new TextEncoder();
const toBytes = (d: Uint8Array | string): Uint8Array => (typeof d === 'string' ? encoder.encode(d) : d);

/** Anything a driver throws that is not an FsError becomes EIO on the caller's path. */
function asFsError(e: unknown, path: string): FsError {
  if (e instanceof FsError) return e.path === path ? e : new FsError(e.code, path);
  return new FsError('EIO', path);
}

export class Vfs {
  private readonly mounts: Mount[];

  constructor(table: Record<string, MountSpec>) {
    this.mounts = Object.entries(table).map(([p, spec]) => {
      const [fs, mode] = Array.isArray(spec) ? spec : [spec, 'write' as MountMode];
      return { point: normalizePath(p), fs, mode };
    });
    // Longest prefix first.
    this.mounts.sort((a, b) => b.point.length - a.point.length);
  }

  /** Mount points, sorted. */
  mountPoints(): string[] { return this.mounts.map((m) => m.point).sort(); }

  /** The mode of the mount serving path, or null when no mount covers it. */
  modeOf(path: string): MountMode | null { return this.find(normalizePath(path))?.[0].mode ?? null; }

  private find(p: string): [Mount, string] | null {
    for (const m of this.mounts) {
      if (m.point === '/') return [m, p];
      if (p === m.point) return [m, '/'];
      if (p.startsWith(m.point + '/')) return [m, p.slice(m.point.length)];
    }
    return null;
  }

  private isMountPoint(p: string): boolean { return this.mounts.some((m) => m.point === p); }

  /** Names of mount points directly under directory p. */
  private childMounts(p: string): string[] {
    const prefix = p === '/' ? '/' : p + '/';
    const out = new Set<string>();
    for (const m of this.mounts) {
      if (m.point !== p && m.point.startsWith(prefix)) {
        const name = m.point.slice(prefix.length).split('/')[0];
        if (name) out.add(name);
      }
    }
    return [...out];
  }

  /** True when p is a proper ancestor of some mount point (so it must exist as a directory). */
  private isMountAncestor(p: string): boolean { return this.childMounts(p).length > 0; }

  private async driverLstat(p: string): Promise<FileStat> {
    const hit = this.find(p);
    if (!hit) {
      if (this.isMountAncestor(p)) return syntheticDir();
      throw new FsError('ENOENT', p);
    }
    const [m, rel] = hit;
    try {
      return await (m.fs.lstat ? m.fs.lstat(rel) : m.fs.stat(rel));
    } catch (e) {
      if (e instanceof FsError && e.code === 'ENOENT' && this.isMountAncestor(p)) return syntheticDir();
      throw e;
    }
  }

  private mayHaveLinks(): boolean {
    return this.mounts.some((m) => m.fs.readlink && (m.fs.hasSymlinks ? m.fs.hasSymlinks() : true));
  }

  /** Resolve symlinks in path (all components, the last one only when follow). Components that do
   *  not exist are kept as they are: the operation then reports ENOENT itself. */
  private async resolve(path: string, follow: boolean): Promise<string> {
    const p = normalizePath(path);
    if (!this.mayHaveLinks()) return p;
    let todo = splitPath(p);
    let done = '';
    let hops = 0;
    while (todo.length > 0) {
      const part = todo.shift() as string;
      const next = done + '/' + part;
      if (todo.length === 0 && !follow) { done = next; break; }
      const hit = this.find(next);
      let st: FileStat | null = null;
      try { st = await this.driverLstat(next); } catch { /* missing or unreadable: keep as is */ }
      if (st?.type === 'symlink' && hit?.[0].fs.readlink) {
        if (++hops > MAX_LINKS) throw new FsError('ELOOP', path);
        const target = await hit[0].fs.readlink(hit[1]);
        todo = [...splitPath(normalizePath(target.startsWith('/') ? target : done + '/' + target)), ...todo];
        done = '';
        continue;
      }
      if (st === null) { done = normalizePath(next + '/' + todo.join('/')); todo = []; break; }
      done = next;
    }
    return done || '/';
  }

  /** Locate the driver for an operation; write ops check the mount mode. */
  private async locate(path: string, write: boolean, follow = true): Promise<[Mount, string, string]> {
    const p = await this.resolve(path, follow);
    const hit = this.find(p);
    if (!hit) throw new FsError(this.isMountAncestor(p) ? 'EISDIR' : write ? 'EROFS' : 'ENOENT', path);
    if (write && hit[0].mode === 'read') throw new FsError('EROFS', path);
    return [hit[0], hit[1], p];
  }

  async stat(path: string): Promise<FileStat> {
    try {
      const p = await this.resolve(path, true);
      return await this.statResolved(p);
    } catch (e) { throw asFsError(e, path); }
  }

  private async statResolved(p: string): Promise<FileStat> {
    const hit = this.find(p);
    if (!hit) {
      if (this.isMountAncestor(p)) return syntheticDir();
      throw new FsError('ENOENT', p);
    }
    try {
      return await hit[0].fs.stat(hit[1]);
    } catch (e) {
      if (e instanceof FsError && e.code === 'ENOENT' && this.isMountAncestor(p)) return syntheticDir();
      throw e;
    }
  }

  async lstat(path: string): Promise<FileStat> {
    try {
      const p = await this.resolve(path, false);
      return await this.driverLstat(p);
    } catch (e) { throw asFsError(e, path); }
  }

  async exists(path: string): Promise<boolean> {
    try { await this.stat(path); return true; } catch { return false; }
  }

  async readFile(path: string): Promise<Uint8Array> {
    try {
      const [m, rel, p] = await this.locate(path, false);
      if (this.isMountAncestor(p) || this.isMountPoint(p)) {
        const st = await this.statResolved(p);
        if (st.type === 'dir') throw new FsError('EISDIR', path);
      }
      return await m.fs.readFile(rel);
    } catch (e) { throw asFsError(e, path); }
  }

  /** Read length bytes from offset; drivers without readRange are read whole and sliced. */
  async readRange(path: string, offset: number, length: number): Promise<Uint8Array> {
    try {
      const [m, rel] = await this.locate(path, false);
      if (m.fs.readRange) return await m.fs.readRange(rel, offset, length);
      const all = await m.fs.readFile(rel);
      return all.subarray(Math.min(offset, all.length), Math.min(all.length, offset + length));
    } catch (e) { throw asFsError(e, path); }
  }

  /** Create or replace a file; string data is written as UTF-8. */
  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    try {
      const [m, rel, p] = await this.locate(path, true);
      if (this.isMountPoint(p) || this.isMountAncestor(p)) throw new FsError('EISDIR', path);
      await m.fs.writeFile(rel, toBytes(data));
    } catch (e) { throw asFsError(e, path); }
  }

  async appendFile(path: string, data: Uint8Array | string): Promise<void> {
    try {
      const [m, rel, p] = await this.locate(path, true);
      if (this.isMountPoint(p) || this.isMountAncestor(p)) throw new FsError('EISDIR', path);
      const bytes = toBytes(data);
      if (m.fs.appendFile) { await m.fs.appendFile(rel, bytes); return; }
      let old: Uint8Array = new Uint8Array(0);
      try { old = await m.fs.readFile(rel); } catch (e) { if (!(e instanceof FsError && e.code === 'ENOENT')) throw e; }
      const joined = new Uint8Array(old.length + bytes.length);
      joined.set(old); joined.set(bytes, old.length);
      await m.fs.writeFile(rel, joined);
    } catch (e) { throw asFsError(e, path); }
  }

  /** Directory entries (unsorted), including mount points directly under path. */
  async readdir(path: string): Promise<DirEntry[]> {
    try {
      const p = await this.resolve(path, true);
      const extra = this.childMounts(p);
      const hit = this.find(p);
      let entries: DirEntry[] = [];
      if (hit) {
        try {
          entries = await hit[0].fs.readdir(hit[1]);
        } catch (e) {
          if (!(extra.length > 0 && e instanceof FsError && e.code === 'ENOENT')) throw e;
        }
      } else if (extra.length === 0) {
        throw new FsError('ENOENT', path);
      }
      if (extra.length === 0) return entries;
      const seen = new Set(extra);
      return [...entries.filter((e) => !seen.has(e.name)), ...extra.map((name) => ({ name, type: 'dir' as const }))];
    } catch (e) { throw asFsError(e, path); }
  }

  async mkdir(path: string, opts?: { recursive?: boolean }): Promise<void> {
    try {
      const p = await this.resolve(path, true);
      if (this.isMountPoint(p) || this.isMountAncestor(p)) {
        if (opts?.recursive) return;
        throw new FsError('EEXIST', path);
      }
      const [m, rel] = await this.locate(p, true);
      await m.fs.mkdir(rel, opts);
    } catch (e) { throw asFsError(e, path); }
  }

  /** Remove a file or directory. A mount point, or a directory holding one, is EBUSY
   *  (what GNU rm prints for a busy mount point: "Device or resource busy"). */
  async rm(path: string, opts?: { recursive?: boolean }): Promise<void> {
    try {
      const p = await this.resolve(path, false);
      if (this.isMountPoint(p) || this.isMountAncestor(p)) throw new FsError('EBUSY', path);
      const [m, rel] = await this.locate(p, true, false);
      await m.fs.rm(rel, opts);
    } catch (e) { throw asFsError(e, path); }
  }

  /** Rename; across mounts this copies then deletes (EXDEV never reaches the caller). */
  async rename(from: string, to: string): Promise<void> {
    try {
      const f = await this.resolve(from, false);
      let t = await this.resolve(to, false);
      if (this.isMountPoint(f) || this.isMountAncestor(f)) throw new FsError('EBUSY', from);
      if (this.isMountPoint(t) || this.isMountAncestor(t)) throw new FsError('EBUSY', to);
      const [fm, frel] = await this.locate(f, true, false);
      const [tm, trel] = await this.locate(t, true, false);
      if (fm === tm) {
        try { await fm.fs.rename(frel, trel); return; } catch (e) {
          if (!(e instanceof FsError && e.code === 'EXDEV')) throw e;
        }
      }
      t = normalizePath(t);
      await this.copyTree(f, t);
      await fm.fs.rm(frel, { recursive: true });
    } catch (e) { throw asFsError(e, e instanceof FsError && e.path === to ? to : from); }
  }

  /** Copy a file, symlink or directory tree from one absolute path to another (through the table). */
  private async copyTree(from: string, to: string): Promise<void> {
    const st = await this.lstat(from);
    if (st.type === 'symlink') { await this.symlink(await this.readlink(from), to); return; }
    if (st.type === 'file') { await this.writeFile(to, await this.readFile(from)); return; }
    await this.mkdir(to);
    for (const e of await this.readdir(from)) await this.copyTree(from + '/' + e.name, to + '/' + e.name);
  }

  /** Set permission bits. Drivers without chmod keep their modes (the call still checks the path
   *  exists and the mount is writable). */
  async chmod(path: string, mode: number): Promise<void> {
    try {
      const [m, rel, p] = await this.locate(path, true);
      if (!m.fs.chmod) { await this.statResolved(p); return; }
      await m.fs.chmod(rel, mode);
    } catch (e) { throw asFsError(e, path); }
  }

  async utimes(path: string, mtimeMs: number): Promise<void> {
    try {
      const [m, rel, p] = await this.locate(path, true);
      if (!m.fs.utimes) { await this.statResolved(p); return; }
      await m.fs.utimes(rel, mtimeMs);
    } catch (e) { throw asFsError(e, path); }
  }

  async symlink(target: string, path: string): Promise<void> {
    try {
      const [m, rel, p] = await this.locate(path, true, false);
      if (this.isMountPoint(p) || this.isMountAncestor(p)) throw new FsError('EEXIST', path);
      if (!m.fs.symlink) throw new FsError('EPERM', path);
      await m.fs.symlink(target, rel);
    } catch (e) { throw asFsError(e, path); }
  }

  async readlink(path: string): Promise<string> {
    try {
      const [m, rel] = await this.locate(path, false, false);
      if (!m.fs.readlink) throw new FsError('EINVAL', path);
      return await m.fs.readlink(rel);
    } catch (e) { throw asFsError(e, path); }
  }

  /** Canonical path: symlinks followed (ELOOP after 40), the result must exist. */
  async realpath(path: string): Promise<string> {
    try {
      const p = await this.resolve(path, true);
      await this.statResolved(p);
      return p;
    } catch (e) { throw asFsError(e, path); }
  }
}

function syntheticDir(): FileStat { return { type: 'dir', size: 4096, mtimeMs: 0, mode: 0o755 }; }
