// The runtime-neutral API (no runtime adapter registered). Runtime entry points re-export this.
export { Workspace, DEFAULT_SESSION } from './workspace.js';
export type { WorkspaceOptions, ExecuteOptions, ExecResult } from './workspace.js';
export type { SessionInfo } from './session/session.js';
export type { HistoryEntry } from './session/history.js';
export { AbortError } from './exec/errors.js';
export type { Limits } from './exec/kernel.js';
export { MemoryFs } from './fs/memory.js';
export { Vfs } from './fs/vfs.js';
export type { MountSpec } from './fs/vfs.js';
export { FsError } from './fs/types.js';
export type { FileSystem, FileStat, FileType, DirEntry, MountMode, FsErrorCode } from './fs/types.js';
export type { Command, CommandContext, ByteSource, ByteSink } from './commands/types.js';
export { BrokenPipe } from './commands/types.js';
export { resolvePath, normalizePath } from './fs/path.js';
export type { RuntimeAssets, AssetLoader } from './runtime/assets.js';
