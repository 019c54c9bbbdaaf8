// The filesystem driver contract. A driver serves one mount; the mount table (fs/vfs.ts)
// hands it paths relative to its mount point, always absolute within the driver ('/' is the
// mount root), normalised (no '.', '..', '//' or trailing '/').
//
// Errors: reject with FsError (code = the errno name). Anything else a driver throws is
// reported as EIO. Drivers need not check mount modes: the mount table does.

export type FileType = 'file' | 'dir' | 'symlink';

export interface FileStat {
  type: FileType;
  size: number;
  /** Modification time, ms since the epoch. */
  mtimeMs: number;
  /** Permission bits (e.g. 0o644). */
  mode: number;
}

export type FsErrorCode =
  | 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EACCES' | 'EROFS'
  | 'EINVAL' | 'EIO' | 'ELOOP' | 'EXDEV' | 'ENOSPC' | 'ENAMETOOLONG' | 'EPERM' | 'EBUSY';

/** strerror() texts, as GNU tools print them. */
export const FS_ERROR_TEXT: Readonly<Record<FsErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  EIO: 'Input/output error',
  ELOOP: 'Too many levels of symbolic links',
  EXDEV: 'Invalid cross-device link',
  ENOSPC: 'No space left on device',
  ENAMETOOLONG: 'File name too long',
  EPERM: 'Operation not permitted',
  EBUSY: 'Device or resource busy',
};

export class FsError extends Error {
  constructor(public readonly code: FsErrorCode, public readonly path: string, message?: string) {
    super(message ?? `${code}: ${FS_ERROR_TEXT[code]}, ${path}`);
    this.name = 'FsError';
  }
  /** The strerror text ("No such file or directory"). */
  get text(): string { return FS_ERROR_TEXT[this.code]; }
}

export interface DirEntry { name: string; type: FileType }

/** Reading contract: a Uint8Array a driver returns must not be mutated by the caller (drivers may
 *  hand out views of their storage); data passed to writeFile/appendFile is copied by the driver
 *  when it keeps it. Symlinks: a driver used alone resolves absolute targets against its own root;
 *  under the mount table (Vfs) paths reach it already resolved. */
export interface FileSystem {
  stat(path: string): Promise<FileStat>;
  /** Like stat but does not follow a final symlink. Optional: defaults to stat. */
  lstat?(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
  /** Read length bytes from offset (fewer at end of file). Optional: lets pipelines stream
   *  big files in chunks; without it the whole file is read once. */
  readRange?(path: string, offset: number, length: number): Promise<Uint8Array>;
  /** Create or replace a file (parent directory must exist). */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Append to a file, creating it if missing. Optional: defaults to read + write. */
  appendFile?(path: string, data: Uint8Array): Promise<void>;
  readdir(path: string): Promise<DirEntry[]>;
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<void>;
  /** Remove a file, or a directory (empty unless recursive). */
  rm(path: string, opts?: { recursive?: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Set times (touch). Optional. */
  utimes?(path: string, mtimeMs: number): Promise<void>;
  /** Set permission bits (chmod). Optional. */
  chmod?(path: string, mode: number): Promise<void>;
  symlink?(target: string, path: string): Promise<void>;
  readlink?(path: string): Promise<string>;
  /** False when the driver holds no symlink right now: the mount table then skips resolving
   *  paths component by component. Optional: absent means "may have symlinks" when symlink
   *  and readlink exist. */
  hasSymlinks?(): boolean;
}

export type MountMode = 'read' | 'write' | 'exec';
