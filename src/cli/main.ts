// Command line: `shellspace -c SCRIPT [NAME [ARGS…]]`, `shellspace FILE`, a script on stdin, or
// `shellspace --demo` (the tour, then an interactive prompt when stdin is a terminal).
// Output is written as bash would; the process exits with the script's status.
import { readFile } from 'node:fs/promises';
import { Workspace, AbortError } from '../index.js';
import { demoMounts, tour } from './demo.js';
import { repl } from './repl.js';

const usage = `usage: shellspace -c SCRIPT [NAME [ARG…]]
       shellspace FILE [ARG…]
       shellspace --demo        (a tour, then a prompt when stdin is a terminal)
       shellspace < script.sh`;

export async function main(args: string[]): Promise<void> {
  if (args[0] === '--help' || args[0] === '-h') { process.stdout.write(usage + '\n'); return exit(0); }
  if (args[0] === '--demo') return demo();
  let script: string;
  let argv0 = 'bash';
  let positional: string[] = [];
  if (args[0] === '-c') {
    if (args.length < 2) { process.stderr.write('bash: -c: option requires an argument\n'); return exit(2); }
    script = args[1]!;
    if (args.length > 2) { argv0 = args[2]!; positional = args.slice(3); }
  } else if (args.length > 0) {
    try { script = await readFile(args[0]!, 'utf8'); } catch {
      process.stderr.write(`bash: ${args[0]}: No such file or directory\n`);
      return exit(127);
    }
    argv0 = args[0]!;
    positional = args.slice(1);
  } else if (!process.stdin.isTTY) {
    script = await readStdin();
  } else {
    return demo();
  }
  const ws = new Workspace();
  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort());
  try {
    // Output goes out as it is written, so stdout and stderr interleave as they would in bash.
    const r = await ws.execute(script, {
      signal: ac.signal, args: [argv0, ...positional],
      onStdout: (c) => process.stdout.write(c), onStderr: (c) => process.stderr.write(c),
    });
    exit(r.exitCode);
  } catch (e) {
    if (e instanceof AbortError) return exit(130);
    throw e;
  }
}

async function demo(): Promise<void> {
  const ws = new Workspace(demoMounts(), { cwd: '/data' });
  process.stdout.write('shellspace demo: a bash-compatible shell running inside this Node process,\n' +
    'over in-memory mounts /data (writable) and /docs (read-only). Nothing here touches your disk.\n\n');
  for (const [caption, cmd] of tour) {
    process.stdout.write(`# ${caption}\n$ ${cmd.replace(/\n/g, '\n> ')}\n`);
    await ws.execute(cmd, { onStdout: (c) => process.stdout.write(c), onStderr: (c) => process.stdout.write(c) });
    process.stdout.write('\n');
  }
  if (!process.stdin.isTTY) return exit(0);
  process.stdout.write('Your turn: type bash commands (exit or Ctrl-D to leave, Ctrl-C cancels a running command).\n');
  await repl(ws);
  exit(0);
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Exit once output is flushed (a process that parsed anything otherwise lingers ~0.5 s while
 *  V8 keeps optimising the grammar). */
function exit(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
