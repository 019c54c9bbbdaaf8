// Errors execute() can reject with, and errno mapping between FsError codes and the ABI.
import type { FsErrorCode } from '../fs/types.js';
import {
  ERR_NOENT, ERR_IO, ERR_BADF, ERR_ACCES, ERR_EXIST, ERR_NOTDIR, ERR_ISDIR, ERR_INVAL, ERR_NOSPC, ERR_ROFS,
  ERR_NAMETOOLONG, ERR_NOTEMPTY, ERR_LOOP, ERR_PIPE,
} from '../abi/layout.js';

/** execute() rejects with this (name 'AbortError') when its signal fires. */
export class AbortError extends Error {
  constructor(message = 'The operation was aborted', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AbortError';
  }
}

const codeToErr: Record<string, number> = {
  ENOENT: ERR_NOENT, EIO: ERR_IO, EBADF: ERR_BADF, EACCES: ERR_ACCES, EPERM: ERR_ACCES, EEXIST: ERR_EXIST,
  ENOTDIR: ERR_NOTDIR, EISDIR: ERR_ISDIR, EINVAL: ERR_INVAL, ENOSPC: ERR_NOSPC, EROFS: ERR_ROFS,
  ENAMETOOLONG: ERR_NAMETOOLONG, ENOTEMPTY: ERR_NOTEMPTY, ELOOP: ERR_LOOP, EXDEV: ERR_IO, EPIPE: ERR_PIPE,
};

/** ABI error number (positive) for anything a filesystem call threw. */
export function errnoOf(e: unknown): number {
  const code = (e as { code?: FsErrorCode } | null)?.code;
  return (code && codeToErr[code]) || ERR_IO;
}
