// DevFs: the few device files scripts rely on, mounted at /dev by default.
//   /dev/null     reads end at once, writes vanish
//   /dev/zero     endless zero bytes
//   /dev/urandom  endless random bytes (/dev/random too)
// Redirections to /dev/stdout, /dev/stderr and /dev/stdin are handled by the kernel itself,
// since they depend on the command's own file descriptors.
import { FsError, type DirEntry, type FileStat, type FileSystem } from './types.js';

const DEVICES = ['null', 'random', 'urandom', 'zero'] as const;
/** What a read of an endless device gives when the caller asks for the whole file. */
const WHOLE_READ_CAP = 1 << 20;

export class DevFs implements FileSystem {
  private readonly since = Date.now();

  private device(path: string): string {
    const name = path.replace(/^\/+/, '');
    if (!(DEVICES as readonly string[]).includes(name)) throw new FsError('ENOENT', path);
    return name;
  }
  async stat(path: string): Promise<FileStat> {
    if (path === '/') return { type: 'dir', size: 0, mtimeMs: this.since, mode: 0o755 };
    this.device(path);
    return { type: 'file', size: 0, mtimeMs: this.since, mode: 0o666 };
  }
  async readFile(path: string): Promise<Uint8Array> { return this.readRange(path, 0, WHOLE_READ_CAP); }
  async readRange(path: string, _offset: number, length: number): Promise<Uint8Array> {
    if (path === '/') throw new FsError('EISDIR', path);
    const name = this.device(path);
    if (name === 'null') return new Uint8Array(0);
    const out = new Uint8Array(Math.min(length, WHOLE_READ_CAP));
    if (name !== 'zero') {
      for (let o = 0; o < out.length; o += 65536) crypto.getRandomValues(out.subarray(o, o + 65536));
    }
    return out;
  }
  async writeFile(path: string, _data: Uint8Array): Promise<void> { this.device(path); }
  async appendFile(path: string, _data: Uint8Array): Promise<void> { this.device(path); }
  async readdir(path: string): Promise<DirEntry[]> {
    if (path !== '/') throw new FsError('ENOTDIR', path);
    return DEVICES.map((name) => ({ name, type: 'file' as const }));
  }
  async mkdir(path: string): Promise<void> { throw new FsError('EACCES', path); }
  async rm(path: string): Promise<void> { throw new FsError('EACCES', path); }
  async rename(from: string): Promise<void> { throw new FsError('EACCES', from); }
  async utimes(path: string): Promise<void> { this.device(path); }
}
