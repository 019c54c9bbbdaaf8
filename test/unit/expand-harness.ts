// Shared runner for the expand-*.test.ts tables: one fresh Workspace per script over a MemoryFs
// holding the same files as the directory the expected bash output was recorded in (cwd /w).
import { Workspace, MemoryFs } from '../../src/index.js';

export const tree: Record<string, string> = {
  '/w/a.txt': 'a\n',
  '/w/b.txt': 'b\n',
  '/w/.hidden': 'h\n',
  '/w/sub/c.txt': 'c\n',
  '/w/sub/d.md': 'd\n',
  '/w/sub/deep/e.txt': 'e\n',
  '/w/x y.log': 'x\n',
};

const dec = new TextDecoder();

export async function runScript(script: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const ws = new Workspace({ '/': new MemoryFs(tree) });
  const r = await ws.execute(script, { cwd: '/w', env: { HOME: '/home/user' } });
  return { stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr), status: r.exitCode };
}
