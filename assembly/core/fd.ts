// File-descriptor table entries. An entry is immutable and may be shared between tables;
// the reference it represents is counted on the pipe (pipe ends) and never on host handles
// (a host handle is closed by the redirection scope that opened it).
import { FDK_PIPE_R, FDK_PIPE_W } from '../abi/layout';
import { pipeRefRead, pipeRefWrite, pipeCloseRead, pipeCloseWrite } from '../pipe/ring';

export class FdEnt {
  constructor(public kind: i32, public id: i32) {}
}

/** Take one more reference on what the entry points to. */
export function fdRef(e: FdEnt | null): void {
  if (e == null) return;
  if (e.kind == FDK_PIPE_R) pipeRefRead(e.id);
  else if (e.kind == FDK_PIPE_W) pipeRefWrite(e.id);
}

/** Drop the entry's reference. */
export function fdUnref(e: FdEnt | null): void {
  if (e == null) return;
  if (e.kind == FDK_PIPE_R) pipeCloseRead(e.id);
  else if (e.kind == FDK_PIPE_W) pipeCloseWrite(e.id);
}
