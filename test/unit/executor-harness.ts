// Shared runner for the executor-*.test.ts tables: each script runs in a fresh Workspace over a
// MemoryFs with the files the expected output was recorded with (bash 5.2 -c, cwd = /w).
import { Workspace, MemoryFs } from '../../src/index.js';

export const files: Record<string, string> = {
  '/w/a.txt': 'alpha\nbeta\n',
  '/w/sub/c.txt': 'c\n',
};

/** [script, stdout, stderr, status] as recorded from bash. */
export type Case = [string, string, string, number];

const dec = new TextDecoder();

export async function runCase(script: string, stdin?: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const ws = new Workspace({ '/': new MemoryFs(files) });
  const r = await ws.execute(script, { cwd: '/w', env: { HOME: '/home/user' }, ...(stdin !== undefined ? { stdin } : {}) });
  return { stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr), status: r.exitCode };
}

/** `time` prints wall-clock figures: compare its block with the digits masked. */
export function maskTimes(s: string): string {
  return s.replace(/(real|user|sys)(\s+)\d+m\d+\.\d+s/g, '$1$2XmX.XXXs').replace(/(real|user|sys) \d+\.\d+/g, '$1 X.XX');
}
