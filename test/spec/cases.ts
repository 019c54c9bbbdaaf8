// Differential cases: scripts whose output must match GNU bash byte for byte.
// Format of test/spec/cases/*.sh: cases separated by lines "#### NAME"; the text up to the next
// separator is the script. Expectations (stdout, stderr, status) are recorded from /bin/bash by
// `node scripts/record-bash.mjs` into test/spec/expected/<file>.json, so the suite also runs where
// bash is absent; where bash is present, spec-bash.test.ts checks the recordings are current.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SpecCase { file: string; name: string; script: string }
export interface Expected { stdout: string; stderr: string; status: number }

const dir = new URL('./cases/', import.meta.url).pathname;
const expDir = new URL('./expected/', import.meta.url).pathname;

export function loadCases(): SpecCase[] {
  const out: SpecCase[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.sh')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const parts = text.split(/^#### /m).slice(1);
    for (const p of parts) {
      const nl = p.indexOf('\n');
      out.push({ file: f, name: p.slice(0, nl).trim(), script: p.slice(nl + 1).replace(/\n+$/, '\n') });
    }
  }
  return out;
}

export function loadExpected(file: string): Record<string, Expected> {
  try {
    return JSON.parse(readFileSync(join(expDir, file.replace(/\.sh$/, '.json')), 'utf8')) as Record<string, Expected>;
  } catch {
    return {};
  }
}

/** Whether stderr is compared for a case: only when the case name ends with "[stderr]". */
export function checksStderr(c: SpecCase): boolean { return /\[stderr\]\s*$/.test(c.name); }
