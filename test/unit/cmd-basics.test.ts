import { describe, expect, it } from 'vitest';
import { runIn, run, memVfs } from './cmd-harness.js';

describe('smoke', () => {
  it('cat', async () => {
    const r = await runIn({ 'a.txt': 'hello\n' }, ['cat', 'a.txt', '-', 'nope'], { stdin: 'in\n' });
    expect(r).toMatchObject({ stdout: 'hello\nin\n', stderr: 'cat: nope: No such file or directory\n', status: 1 });
  });
});
