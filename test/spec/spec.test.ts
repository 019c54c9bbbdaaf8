// Runs every differential case through Workspace.execute() and compares with the recording
// of GNU bash (stdout and exit status always; stderr for cases named "… [stderr]").
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/index.js';
import { loadCases, loadExpected, checksStderr } from './cases.js';

const td = new TextDecoder();
const byFile = new Map<string, ReturnType<typeof loadCases>>();
for (const c of loadCases()) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);

for (const [file, cases] of byFile) {
  const expected = loadExpected(file);
  describe(`bash parity: ${file}`, () => {
    // One workspace per file; each case gets its own session in its own empty directory, as
    // record-bash.mjs gives bash a fresh temp dir (also its HOME).
    const ws = new Workspace({}, { env: { LC_ALL: 'C.UTF-8', USER: 'user' } });
    cases.forEach((c, i) => {
      const exp = expected[c.name];
      it.skipIf(!exp)(c.name, async () => {
        const dir = `/tmp/case${i}`;
        await ws.fs.mkdir(dir, { recursive: true });
        ws.createSession(`case${i}`, { cwd: dir, env: { HOME: dir } });
        const r = await ws.execute(c.script, { sessionId: `case${i}`, timeoutMs: 10000 });
        const got: Record<string, unknown> = { stdout: td.decode(r.stdout), status: r.exitCode };
        const want: Record<string, unknown> = { stdout: exp!.stdout, status: exp!.status };
        if (checksStderr(c)) { got.stderr = td.decode(r.stderr); want.stderr = exp!.stderr; }
        expect(got).toEqual(want);
      });
    });
  });
}
