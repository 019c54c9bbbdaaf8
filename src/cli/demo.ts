// The demo workspace of `npm start`: a little project to look around in, and a scripted tour.
import { MemoryFs } from '../fs/memory.js';
import type { MountSpec } from '../fs/vfs.js';

export function demoMounts(): Record<string, MountSpec> {
  const logs = [
    '2026-11-20 09:12:01 INFO  api     started on :8080',
    '2026-11-20 09:13:44 WARN  db      slow query (812 ms)',
    '2026-11-20 09:15:02 ERROR api     upstream timeout: /v1/orders',
    '2026-11-20 09:15:09 INFO  worker  job 118 done',
    '2026-11-20 09:20:31 ERROR db      connection reset',
    '2026-11-20 09:21:00 INFO  api     health ok',
  ].join('\n') + '\n';
  const data = new MemoryFs({
    'app.log': logs,
    'sales.csv': 'region,amount\nnorth,120\nsouth,75\neast,310\nwest,42\n',
    'src/main.ts': '// TODO: retry on timeout\nexport function main() {}\n',
    'src/util.ts': '// TODO: remove\n// TODO: add tests\nexport const x = 1;\n',
  });
  const docs = new MemoryFs({
    'README.md': '# Demo docs\nThis mount is read-only: writes to /docs fail.\n',
  });
  return { '/data': data, '/docs': [docs, 'read'] };
}

/** Commands of the scripted tour, each with a one-line caption. */
export const tour: ReadonlyArray<[string, string]> = [
  ['Mounted filesystems appear as directories', 'ls /'],
  ['Pipelines stream between commands', 'grep -c ERROR /data/app.log; grep ERROR /data/app.log | head -n 1'],
  ['Variables, loops and command substitution', 'for f in /data/src/*.ts; do echo "$f: $(grep -c TODO "$f") TODOs"; done'],
  ['cd persists in the session', 'cd /data && pwd && ls'],
  ['Here-documents and redirections', 'cat > notes.txt <<EOF\nchecked $(wc -l < app.log) log lines\nEOF\ncat notes.txt'],
  ['Read-only mounts refuse writes', 'echo hi > /docs/x.txt; echo "exit status: $?"'],
  ['Functions and arithmetic', 'sq() { echo $(( $1 * $1 )); }; sq 12'],
];
