// Behaviour of the basic commands that the GNU table cannot show: streaming, broken pipes,
// abort, mounts, ls -l layout, touch times.
import { describe, expect, it } from 'vitest';
import { run, runIn, memVfs } from './cmd-harness.js';
import { MemoryFs } from '../../src/fs/memory.js';
import { Vfs } from '../../src/fs/vfs.js';

function bigFile(lines: number): string {
  let s = '';
  for (let i = 0; i < lines; i++) s += `line ${i} ${'x'.repeat(40)}\n`;
  return s;
}

describe('cat', () => {
  it('concatenates files and stdin (chunked) with an error for missing files', async () => {
    const r = await runIn({ 'a.txt': 'hello\n' }, ['cat', 'a.txt', '-', 'nope'], { stdin: 'in\nput\n', chunk: 3 });
    expect(r).toMatchObject({ stdout: 'hello\nin\nput\n', stderr: 'cat: nope: No such file or directory\n', status: 1 });
  });
  it('numbers lines across stdin chunk boundaries', async () => {
    const r = await runIn({}, ['cat', '-n'], { stdin: 'ab\ncd\nef', chunk: 2 });
    expect(r.stdout).toBe('     1\tab\n     2\tcd\n     3\tef');
  });
  it('streams a big file in chunks', async () => {
    const mem = new MemoryFs({ big: bigFile(50_000) });
    const r = await run(new Vfs({ '/': mem }), ['cat', 'big']);
    expect(r.stdoutBytes.length).toBe((await mem.stat('/big')).size);
  });
  it('stops at a broken pipe with status 141', async () => {
    const r = await runIn({ big: bigFile(100_000) }, ['cat', 'big'], { stdoutLimit: 10 });
    expect(r.status).toBe(141);
    expect(r.stdout).toBe('line 0 xxx');
  });
});

describe('head', () => {
  it('reads only the first chunk of a big file', async () => {
    const mem = new MemoryFs({ big: bigFile(200_000) });
    let bytesRead = 0;
    const orig = mem.readRange.bind(mem);
    mem.readRange = async (p, o, n) => { const b = await orig(p, o, n); bytesRead += b.length; return b; };
    mem.readFile = async () => { throw new Error('readFile must not be used'); };
    const r = await run(new Vfs({ '/': mem }), ['head', '-n', '1', 'big']);
    expect(r.stdout).toBe(`line 0 ${'x'.repeat(40)}\n`);
    expect(bytesRead).toBeLessThanOrEqual(64 * 1024);
  });
  it('-n -N keeps all but the last lines across small stdin chunks', async () => {
    const r = await runIn({}, ['head', '-n', '-2'], { stdin: '1\n2\n3\n4\n5', chunk: 1 });
    expect(r.stdout).toBe('1\n2\n3\n');
  });
});

describe('wc', () => {
  it('counts words and lines split across chunks', async () => {
    const r = await runIn({}, ['wc'], { stdin: 'one two\nthree four five\n', chunk: 2 });
    expect(r.stdout).toBe('      2       5      24\n');
  });
});

describe('yes', () => {
  it('ends on a broken pipe after large writes', async () => {
    const r = await runIn({}, ['yes', 'ab'], { stdoutLimit: 200_000 });
    expect(r.status).toBe(141);
    expect(r.stdout.startsWith('ab\nab\nab\n')).toBe(true);
    expect(r.stdoutBytes.length).toBe(200_000);
  });
  it('rejects with the signal reason when aborted', async () => {
    const ac = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => ac.abort(reason), 5);
    await expect(runIn({}, ['yes'], { signal: ac.signal })).rejects.toBe(reason);
  });
});

describe('seq', () => {
  it('an endless seq stops when aborted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 5);
    await expect(runIn({}, ['seq', 'inf'], { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
  it('an endless seq ends on a broken pipe', async () => {
    const r = await runIn({}, ['seq', '1', '1e100'], { stdoutLimit: 6 });
    expect(r).toMatchObject({ stdout: '1\n2\n3\n', status: 141 });
  });
});

describe('mkdir, rm, touch over mounts', () => {
  it('touch creates empty files, -c does not, -d sets the time', async () => {
    const fs = memVfs();
    expect((await run(fs, ['touch', 'a', '-d', '2020-01-02 03:04:05'])).status).toBe(0);
    expect((await fs.stat('/a')).size).toBe(0);
    expect((await fs.stat('/a')).mtimeMs).toBe(Date.UTC(2020, 0, 2, 3, 4, 5));
    await run(fs, ['touch', '-c', 'b']);
    expect(await fs.exists('/b')).toBe(false);
    await run(fs, ['touch', '-t', '202401011230.15', 'a']);
    expect((await fs.stat('/a')).mtimeMs).toBe(Date.UTC(2024, 0, 1, 12, 30, 15));
    const before = Date.now();
    await run(fs, ['touch', 'a']);
    expect((await fs.stat('/a')).mtimeMs).toBeGreaterThanOrEqual(before);
  });
  it('refuses writes on a read-only mount', async () => {
    const fs = new Vfs({ '/': new MemoryFs(), '/ro': [new MemoryFs({ f: 'x' }), 'read'] });
    expect(await run(fs, ['rm', '/ro/f'])).toMatchObject({ stderr: "rm: cannot remove '/ro/f': Read-only file system\n", status: 1 });
    expect(await run(fs, ['mkdir', '/ro/d'])).toMatchObject({ stderr: "mkdir: cannot create directory '/ro/d': Read-only file system\n", status: 1 });
    expect(await run(fs, ['touch', '/ro/n'])).toMatchObject({ stderr: "touch: cannot touch '/ro/n': Read-only file system\n", status: 1 });
    expect(await fs.exists('/ro/f')).toBe(true);
  });
  it('rm -r cannot remove a mount point but empties it', async () => {
    const fs = new Vfs({ '/': new MemoryFs(), '/mnt/m': new MemoryFs({ 'f': '1' }) });
    const r = await run(fs, ['rm', '-r', '/mnt/m']);
    expect(r).toMatchObject({ stderr: "rm: cannot remove '/mnt/m': Device or resource busy\n", status: 1 });
    expect(await fs.readdir('/mnt/m')).toEqual([]);
  });
  it('mkdir -p goes through mount points', async () => {
    const fs = new Vfs({ '/data': new MemoryFs() });
    expect((await run(fs, ['mkdir', '-p', '/data/a/b'])).status).toBe(0);
    expect((await fs.stat('/data/a/b')).type).toBe('dir');
  });
});

describe('ls -l', () => {
  it('prints GNU long format with total, widths, dates and symlink targets', async () => {
    const mem = new MemoryFs({ 'small': 'hi\n', 'big': 'x'.repeat(5000), 'dir/f': '' });
    await mem.symlink('small', '/ln');
    const now = Date.now();
    const recent = now - 3600_000;
    await mem.utimes('/small', recent);
    await mem.utimes('/big', Date.UTC(2020, 0, 5, 10, 0));
    await mem.utimes('/dir', recent);
    const r = await run(new Vfs({ '/': mem }), ['ls', '-l']);
    const d = new Date(recent);
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    const stamp = `${mon} ${String(d.getUTCDate()).padStart(2)} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const lines = r.stdout.split('\n');
    expect(lines[3]).toMatch(/^lrwxrwxrwx 1 user user {4}5 [A-Z][a-z]{2} [ \d]\d \d\d:\d\d ln -> small$/);
    lines[3] = 'LINK';
    expect(lines.join('\n')).toBe([
      'total 16',
      '-rw-r--r-- 1 user user 5000 Jan  5  2020 big',
      `drwxr-xr-x 2 user user 4096 ${stamp} dir`,
      'LINK',
      `-rw-r--r-- 1 user user    3 ${stamp} small`,
      '',
    ].join('\n'));
  });
  it('-lh, -t and -S order, -F marks', async () => {
    const mem = new MemoryFs({ a: 'x'.repeat(2000), b: 'x'.repeat(10), c: 'x'.repeat(20000) });
    await mem.utimes('/a', 3000); await mem.utimes('/b', 1000); await mem.utimes('/c', 2000);
    await mem.chmod('/b', 0o755);
    const fs = new Vfs({ '/': mem });
    expect((await run(fs, ['ls', '-t'])).stdout).toBe('a\nc\nb\n');
    expect((await run(fs, ['ls', '-Sr'])).stdout).toBe('b\na\nc\n');
    expect((await run(fs, ['ls', '-F'])).stdout).toBe('a\nb*\nc\n');
    const lh = (await run(fs, ['ls', '-lh'])).stdout.split('\n');
    expect(lh[0]).toBe('total 28K');
    expect(lh[1]).toMatch(/^-rw-r--r-- 1 user user 2\.0K Jan  1 {2}1970 a$/);
    expect(lh[3]).toMatch(/ 20K Jan  1 {2}1970 c$/);
  });
  it('lists mount points inside directories and reports missing operands with status 2', async () => {
    const fs = new Vfs({ '/data/logs': new MemoryFs(), '/work': new MemoryFs() });
    const r = await run(fs, ['ls', '/', '/nope']);
    expect(r).toMatchObject({ stdout: '/:\ndata\nwork\n', stderr: "ls: cannot access '/nope': No such file or directory\n", status: 2 });
  });
});

describe('tail', () => {
  it('reads only the end of a big file', async () => {
    const mem = new MemoryFs({ big: bigFile(200_000) });
    let bytesRead = 0;
    const orig = mem.readRange.bind(mem);
    mem.readRange = async (p, o, n) => { const b = await orig(p, o, n); bytesRead += b.length; return b; };
    const r = await run(new Vfs({ '/': mem }), ['tail', '-n', '2', 'big']);
    expect(r.stdout).toBe(`line 199998 ${'x'.repeat(40)}\nline 199999 ${'x'.repeat(40)}\n`);
    expect(bytesRead).toBeLessThanOrEqual(64 * 1024);
  });
  it('keeps the last lines of a long chunked stdin', async () => {
    const r = await runIn({}, ['tail', '-n', '3'], { stdin: bigFile(20_000), chunk: 1000 });
    expect(r.stdout.split('\n').slice(0, 3).map((l) => l.split(' ')[1])).toEqual(['19997', '19998', '19999']);
  });
});

describe('tee', () => {
  it('copies stdin to stdout and files, appending with -a', async () => {
    const fs = memVfs({ old: 'a\n' });
    const r = await run(fs, ['tee', 'new', 'old', '-a'], { stdin: 'b\n', chunk: 1 });
    expect(r).toMatchObject({ stdout: 'b\n', status: 0 });
    expect(new TextDecoder().decode(await fs.readFile('/new'))).toBe('b\n');
    expect(new TextDecoder().decode(await fs.readFile('/old'))).toBe('a\nb\n');
  });
  it('keeps writing files after stdout breaks, then reports the broken pipe', async () => {
    const fs = memVfs();
    const input = bigFile(5000);
    const r = await run(fs, ['tee', 'copy'], { stdin: input, chunk: 4096, stdoutLimit: 10 });
    expect(r.status).toBe(141);
    expect((await fs.stat('/copy')).size).toBe(input.length);
  });
  it('reports a file on a read-only mount and still copies to stdout', async () => {
    const fs = new Vfs({ '/': new MemoryFs(), '/ro': [new MemoryFs(), 'read'] });
    const r = await run(fs, ['tee', '/ro/x'], { stdin: 'hi\n' });
    expect(r).toMatchObject({ stdout: 'hi\n', stderr: 'tee: /ro/x: Read-only file system\n', status: 1 });
  });
});

describe('sleep', () => {
  it('sleeps for fractions and suffixes', async () => {
    const t0 = Date.now();
    expect((await runIn({}, ['sleep', '0.05', '0.0005m'])).status).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(70);
  });
  it('rejects promptly with the signal reason when aborted', async () => {
    const ac = new AbortController();
    const reason = new Error('timeout');
    setTimeout(() => ac.abort(reason), 20);
    const t0 = Date.now();
    await expect(runIn({}, ['sleep', '1d'], { signal: ac.signal })).rejects.toBe(reason);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
