// The interactive prompt: one line → one execute() in the default session. Ctrl-C cancels the
// running command (its AbortSignal), Ctrl-D or `exit` leaves.
import { createInterface } from 'node:readline';
import { type Workspace, AbortError } from '../index.js';

export async function repl(ws: Workspace): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let running: AbortController | null = null;
  rl.on('SIGINT', () => {
    if (running) running.abort(); else { process.stdout.write('^C\n'); rl.prompt(); }
  });
  const prompt = (): void => { rl.setPrompt(`user@shellspace:${ws.cwd}$ `); rl.prompt(); };
  prompt();
  for await (const line of rl) {
    if (/^\s*exit(\s|$)/.test(line)) break;
    if (line.trim() !== '') {
      running = new AbortController();
      try {
        await ws.execute(line, {
          signal: running.signal, onStdout: (c) => process.stdout.write(c), onStderr: (c) => process.stderr.write(c),
        });
      } catch (e) {
        if (!(e instanceof AbortError)) throw e;
        process.stdout.write('^C\n');
      }
      running = null;
    }
    prompt();
  }
  rl.close();
}
