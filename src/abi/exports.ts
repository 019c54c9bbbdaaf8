// The executor's exports as the host sees them (contract: assembly/index.ts).
export interface ExecutorExports {
  init(): void;
  stage(len: number): number;
  code_alloc(len: number): number;
  load_state(ptr: number, len: number): void;
  start(root: number): void;
  run(): number;
  dump_state(): number;
  dump_state_len(): number;
  reply_alloc(req: number, len: number): number;
  reply(req: number, status: number): void;
  pipe_read_ptr(p: number): number;
  pipe_read_len(p: number): number;
  pipe_consume(p: number, n: number): void;
  pipe_write_ptr(p: number): number;
  pipe_write_len(p: number): number;
  pipe_commit(p: number, n: number): void;
  pipe_close_read(p: number): void;
  pipe_close_write(p: number): void;
}

/** The synchronous imports the executor calls (module "host"). None may throw. */
export interface HostImports {
  now(): number;
  write(h: number, ptr: number, len: number): number;
  read(h: number, ptr: number, cap: number): number;
  submit(ptr: number, len: number): number;
  parse(kind: number, src: number, srcLen: number, out: number, cap: number): number;
  log(ptr: number, len: number): void;
  regex(pat: number, patLen: number, text: number, textLen: number, out: number, cap: number): number;
}
