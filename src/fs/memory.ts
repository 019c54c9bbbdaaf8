// MemoryFs: an in-memory driver. Files hold a Uint8Array with spare capacity so appends are
// amortised O(1); reads return views (no copy) and are never invalidated, because stored bytes
// below a file's length are never overwritten in place (writeFile replaces the buffer).
import { FsError, type DirEntry, type FileStat, type FileSystem, type FileType } from './types.js';
import { normalizePath, splitPath } from './path.js';

interface DirNode { kind: 'dir'; children: Map<string, Node>; mtimeMs: number; mode: number }
interface FileNode { kind: 'file'; buf: Uint8Array; len: number; mtimeMs: number; mode: number }
interface LinkNode { kind: 'symlink'; target: string; mtimeMs: number; mode: number }
type Node = DirNode | FileNode | LinkNode;

/** Initial content: path (relative to the root) → text (UTF-8) or bytes. Parents are created. */
export type MemoryTree = Record<string, string | Uint8Array>;

const MAX_LINKS = 40;
const encoder = new TextEncoder();

function typeOf(n: Node): FileType { return n.kind; }

export class MemoryFs implements FileSystem {
  private readonly root: DirNode = { kind: 'dir', children: new Map(), mtimeMs: Date.now(), mode: 0o755 };
  private links = 0;
  /** Clock used for mtimes; replaceable for tests. */
  now: () => number = () => Date.now();

  constructor(tree?: MemoryTree) {
    if (!tree) return;
    for (const [p, v] of Object.entries(tree)) {
      const path = normalizePath(p);
      const parts = splitPath(path);
      let dir = this.root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.children.get(part);
        if (!next) { next = this.newDir(); dir.children.set(part, next); }
        if (next.kind !== 'dir') throw new FsError('ENOTDIR', path);
        dir = next;
      }
      const name = parts[parts.length - 1];
      if (name === undefined) continue;
      const data = typeof v === 'string' ? encoder.encode(v) : v.slice();
      dir.children.set(name, { kind: 'file', buf: data, len: data.length, mtimeMs: this.now(), mode: 0o644 });
    }
  }

  hasSymlinks(): boolean { return this.links > 0; }

  private newDir(): DirNode { return { kind: 'dir', children: new Map(), mtimeMs: this.now(), mode: 0o755 }; }

  /** Walk to a node. follow: resolve a final symlink. Intermediate symlinks are always followed. */
  private lookup(path: string, follow: boolean, depth = 0): Node {
    const parts = splitPath(normalizePath(path));
    let node: Node = this.root;
    let walked = '';
    for (let i = 0; i < parts.length; i++) {
      if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
      const part = parts[i] as string;
      const child: Node | undefined = node.children.get(part);
      if (!child) throw new FsError('ENOENT', path);
      const last = i === parts.length - 1;
      if (child.kind === 'symlink' && (!last || follow)) {
        if (depth >= MAX_LINKS) throw new FsError('ELOOP', path);
        const base = child.target.startsWith('/') ? child.target : (walked || '/') + '/' + child.target;
        const rest = parts.slice(i + 1).join('/');
        return this.lookup(rest ? base + '/' + rest : base, follow, depth + 1);
      }
      walked += '/' + part;
      node = child;
    }
    return node;
  }

  /** The parent directory of path (following symlinks) and the final name. */
  private parentOf(path: string): [DirNode, string] {
    const n = normalizePath(path);
    if (n === '/') throw new FsError('EBUSY', n);
    const i = n.lastIndexOf('/');
    const parent = this.lookup(n.slice(0, i) || '/', true);
    if (parent.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return [parent, n.slice(i + 1)];
  }

  private statOf(n: Node): FileStat {
    const size = n.kind === 'file' ? n.len : n.kind === 'symlink' ? encoder.encode(n.target).length : 4096;
    return { type: typeOf(n), size, mtimeMs: n.mtimeMs, mode: n.mode };
  }

  async stat(path: string): Promise<FileStat> { return this.statOf(this.lookup(path, true)); }
  async lstat(path: string): Promise<FileStat> { return this.statOf(this.lookup(path, false)); }

  private fileNode(path: string): FileNode {
    const n = this.lookup(path, true);
    if (n.kind === 'dir') throw new FsError('EISDIR', path);
    return n as FileNode;
  }

  async readFile(path: string): Promise<Uint8Array> {
    const n = this.fileNode(path);
    return n.buf.subarray(0, n.len);
  }

  async readRange(path: string, offset: number, length: number): Promise<Uint8Array> {
    const n = this.fileNode(path);
    const start = Math.min(Math.max(0, offset), n.len);
    return n.buf.subarray(start, Math.min(n.len, start + Math.max(0, length)));
  }

  /** Find or create the file node for a write; a final symlink is followed to its target. */
  private writable(path: string): FileNode | [DirNode, string] {
    let target = path;
    for (let i = 0; ; i++) {
      const [dir, name] = this.parentOf(target);
      const n = dir.children.get(name);
      if (!n) return [dir, name];
      if (n.kind === 'dir') throw new FsError('EISDIR', path);
      if (n.kind === 'file') return n;
      if (i >= MAX_LINKS) throw new FsError('ELOOP', path);
      target = n.target.startsWith('/') ? n.target : normalizePath(target) + '/../' + n.target;
    }
  }

  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data.slice();
    const w = this.writable(path);
    if (Array.isArray(w)) {
      const [dir, name] = w;
      dir.children.set(name, { kind: 'file', buf: bytes, len: bytes.length, mtimeMs: this.now(), mode: 0o644 });
      dir.mtimeMs = this.now();
    } else {
      w.buf = bytes; w.len = bytes.length; w.mtimeMs = this.now();
    }
  }

  async appendFile(path: string, data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    const w = this.writable(path);
    if (Array.isArray(w)) { await this.writeFile(path, bytes); return; }
    const need = w.len + bytes.length;
    if (need > w.buf.length) {
      const grown = new Uint8Array(Math.max(need, w.buf.length * 2, 256));
      grown.set(w.buf.subarray(0, w.len));
      w.buf = grown;
    }
    // Bytes at and beyond len were never handed out, so writing there cannot change a past read.
    w.buf.set(bytes, w.len);
    w.len = need;
    w.mtimeMs = this.now();
  }

  async readdir(path: string): Promise<DirEntry[]> {
    const n = this.lookup(path, true);
    if (n.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return [...n.children].map(([name, c]) => ({ name, type: typeOf(c) }));
  }

  async mkdir(path: string, opts?: { recursive?: boolean }): Promise<void> {
    const n = normalizePath(path);
    if (opts?.recursive) {
      let dir = this.root;
      let walked = '';
      for (const part of splitPath(n)) {
        walked += '/' + part;
        let child = dir.children.get(part);
        if (child?.kind === 'symlink') child = this.lookup(walked, true);
        if (!child) { child = this.newDir(); dir.children.set(part, child); dir.mtimeMs = this.now(); }
        if (child.kind !== 'dir') throw new FsError(child.kind === 'file' ? 'EEXIST' : 'ENOTDIR', path);
        dir = child;
      }
      return;
    }
    if (n === '/') throw new FsError('EEXIST', path);
    const [dir, name] = this.parentOf(n);
    if (dir.children.has(name)) throw new FsError('EEXIST', path);
    dir.children.set(name, this.newDir());
    dir.mtimeMs = this.now();
  }

  private countLinks(n: Node): number {
    if (n.kind === 'symlink') return 1;
    if (n.kind === 'file') return 0;
    let c = 0;
    for (const child of n.children.values()) c += this.countLinks(child);
    return c;
  }

  async rm(path: string, opts?: { recursive?: boolean }): Promise<void> {
    const [dir, name] = this.parentOf(path);
    const n = dir.children.get(name);
    if (!n) throw new FsError('ENOENT', path);
    if (n.kind === 'dir' && n.children.size > 0 && !opts?.recursive) throw new FsError('ENOTEMPTY', path);
    this.links -= this.countLinks(n);
    dir.children.delete(name);
    dir.mtimeMs = this.now();
  }

  async rename(from: string, to: string): Promise<void> {
    const f = normalizePath(from), t = normalizePath(to);
    const [fdir, fname] = this.parentOf(f);
    const n = fdir.children.get(fname);
    if (!n) throw new FsError('ENOENT', from);
    if (f === t) return;
    if (n.kind === 'dir' && (t + '/').startsWith(f + '/')) throw new FsError('EINVAL', to);
    const [tdir, tname] = this.parentOf(t);
    const existing = tdir.children.get(tname);
    if (existing) {
      if (existing.kind === 'dir' && n.kind !== 'dir') throw new FsError('EISDIR', to);
      if (existing.kind !== 'dir' && n.kind === 'dir') throw new FsError('ENOTDIR', to);
      if (existing.kind === 'dir' && existing.children.size > 0) throw new FsError('ENOTEMPTY', to);
      this.links -= this.countLinks(existing);
    }
    fdir.children.delete(fname);
    tdir.children.set(tname, n);
    fdir.mtimeMs = tdir.mtimeMs = this.now();
  }

  async utimes(path: string, mtimeMs: number): Promise<void> {
    this.lookup(path, true).mtimeMs = mtimeMs;
  }

  async symlink(target: string, path: string): Promise<void> {
    const [dir, name] = this.parentOf(path);
    if (dir.children.has(name)) throw new FsError('EEXIST', path);
    dir.children.set(name, { kind: 'symlink', target, mtimeMs: this.now(), mode: 0o777 });
    this.links++;
    dir.mtimeMs = this.now();
  }

  async readlink(path: string): Promise<string> {
    const n = this.lookup(path, false);
    if (n.kind !== 'symlink') throw new FsError('EINVAL', path);
    return n.target;
  }

  /** Set permission bits (chmod). */
  async chmod(path: string, mode: number): Promise<void> {
    this.lookup(path, true).mode = mode & 0o7777;
  }
}
