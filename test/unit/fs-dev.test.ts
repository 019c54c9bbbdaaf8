// /dev in every workspace: scripts redirect to /dev/null and read /dev/zero by path.
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/index.js';

const td = new TextDecoder();

describe('/dev', () => {
  it('null swallows writes and reads as empty, zero is endless', async () => {
    const ws = new Workspace();
    const r = await ws.execute('echo gone > /dev/null; cat /dev/null; wc -c < /dev/null; head -c 4 /dev/zero | wc -c; ls /dev');
    expect(td.decode(r.stdout)).toBe('0\n4\nnull\nrandom\nurandom\nzero\n');
    expect(r.exitCode).toBe(0);
  });
  it('cannot be removed or extended', async () => {
    const r = await new Workspace().execute('rm /dev/null; echo $?; mkdir /dev/x; echo $?');
    expect(td.decode(r.stdout)).toBe('1\n1\n');
  });
});
