// Where /bin/bash exists, the recordings must be what bash prints today: the expectations of
// spec.test.ts are bash's, not ours.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('recorded expectations', () => {
  it.skipIf(!existsSync('/bin/bash'))('match /bin/bash on this machine', () => {
    const r = spawnSync(process.execPath, [new URL('../../scripts/record-bash.mjs', import.meta.url).pathname, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
