// AssemblyScript's abort() (failed assertion, out-of-bounds, allocation failure) ends in a trap.
// Report the message through host.log first so the host can say what broke; the host then
// treats the instance as dead (RUN_FAULT) and keeps the session as it was.
import { host_log } from './imports';

export function onAbort(message: string | null, fileName: string | null, line: u32, column: u32): void {
  const text = 'executor abort: ' + (message != null ? message : '?') + ' at ' +
    (fileName != null ? fileName : '?') + ':' + line.toString() + ':' + column.toString();
  const b = String.UTF8.encode(text);
  host_log(changetype<usize>(b), b.byteLength);
  unreachable();
}
