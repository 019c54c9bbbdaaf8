// Byte-exact output of escapes that produce raw bytes (\xHH, \0nnn): bash writes the bytes
// themselves, not the UTF-8 encoding of U+0080..U+00FF.
import { describe, expect, it } from 'vitest';
import { Workspace, MemoryFs } from '../../src/index.js';

async function bytes(script: string): Promise<number[]> {
  const ws = new Workspace({ '/': new MemoryFs({}) });
  const r = await ws.execute(script);
  return Array.from(r.stdout);
}

describe('raw bytes from escapes', () => {
  it('printf \\x and octal escapes write single bytes', async () => {
    // bash: printf '\xe2\x9c\x93 \xff|\101\n' | od -An -tu1
    expect(await bytes("printf '\\xe2\\x9c\\x93 \\xff|\\101\\n'")).toEqual([226, 156, 147, 32, 255, 124, 65, 10]);
  });
  it('echo -e joins escaped bytes into UTF-8 characters', async () => {
    expect(await bytes("echo -e '\\xc3\\xa9 \\0351'")).toEqual([195, 169, 32, 233, 10]);
  });
  it('printf -v stores escaped bytes as text', async () => {
    expect(await bytes('printf -v x "\\xc3\\xa9"; echo "$x ${#x}"')).toEqual([195, 169, 32, 49, 10]);
  });
  it('printf %b with \\u writes UTF-8', async () => {
    expect(await bytes("printf '%b' '\\u00e9'")).toEqual([195, 169]);
  });
});
