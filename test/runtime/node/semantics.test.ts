// The promises of execute(), exercised through the public API in Node: sessions, ephemeral
// clones, parallel calls, errors, limits and cancellation at every kind of node.
import { describe, expect, it } from 'vitest';
import { Workspace, MemoryFs, AbortError } from '../../../src/index.js';

const td = new TextDecoder();
const out = (r: { stdout: Uint8Array }) => td.decode(r.stdout);
const err = (r: { stderr: Uint8Array }) => td.decode(r.stderr);

describe('sessions', () => {
  it('cd and export persist in a session without overrides', async () => {
    const ws = new Workspace({ '/data': new MemoryFs({ 'a.txt': 'A\n' }) });
    await ws.execute('cd /data');
    expect(out(await ws.execute('ls'))).toBe('a.txt\n');
    await ws.execute('export GREETING=hi; f() { echo "fn $1"; }');
    expect(out(await ws.execute('echo $GREETING; f x'))).toBe('hi\nfn x\n');
    expect(ws.cwd).toBe('/data');
    expect(ws.env.GREETING).toBe('hi');
  });

  it('per-call cwd/env run in an ephemeral clone that leaks nothing', async () => {
    const ws = new Workspace({ '/data': new MemoryFs({ 'sub/x': '' }) });
    const before = ws.cwd;
    const r = await ws.execute('pwd; echo $MODE; cd sub; export LEAK=1; g() { :; }; pwd', { cwd: '/data', env: { MODE: 'clone' } });
    expect(out(r)).toBe('/data\nclone\n/data/sub\n');
    expect(ws.cwd).toBe(before);
    const after = await ws.execute('echo "[$MODE][$LEAK]"; type g >/dev/null 2>&1 || echo no-g; pwd');
    expect(out(after)).toBe(`[][]\nno-g\n${before}\n`);
  });

  it('200 parallel calls with different cwd/env see only their own', async () => {
    const fs = new MemoryFs();
    const ws = new Workspace({ '/w': fs });
    for (let i = 0; i < 10; i++) await ws.fs.mkdir(`/w/d${i}`);
    const calls = Array.from({ length: 200 }, (_, i) =>
      ws.execute('cd .; x=$ID; sleep 0.00$((ID % 3)); echo "$x $PWD $ID"', { cwd: `/w/d${i % 10}`, env: { ID: String(i) } }));
    const results = await Promise.all(calls);
    results.forEach((r, i) => expect(out(r)).toBe(`${i} /w/d${i % 10} ${i}\n`));
    expect(out(await ws.execute('echo "[$ID]"'))).toBe('[]\n');
  });

  it('separate session ids are separate terminals', async () => {
    const ws = new Workspace({ '/a': new MemoryFs(), '/b': new MemoryFs() });
    await ws.execute('cd /a; X=1', { sessionId: 's1' });
    await ws.execute('cd /b; X=2', { sessionId: 's2' });
    expect(out(await ws.execute('echo $PWD $X', { sessionId: 's1' }))).toBe('/a 1\n');
    expect(out(await ws.execute('echo $PWD $X', { sessionId: 's2' }))).toBe('/b 2\n');
    expect(ws.listSessions().map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(ws.closeSession('s1')).toBe(true);
    expect(ws.getSession('s1')).toBeUndefined();
  });

  it('calls on one session run one at a time in arrival order', async () => {
    const ws = new Workspace();
    const a = ws.execute('sleep 0.05; echo first >> log');
    const b = ws.execute('echo second >> log');
    await Promise.all([a, b]);
    expect(out(await ws.execute('cat log'))).toBe('first\nsecond\n');
  });

  it('records history', async () => {
    const ws = new Workspace();
    await ws.execute('true', { agentId: 'agent-7' });
    await ws.execute('exit 3', { sessionId: 'other' });
    const h = ws.history();
    expect(h).toHaveLength(2);
    expect(h[0]).toMatchObject({ command: 'true', agentId: 'agent-7', exitCode: 0, aborted: false, sessionId: 'default' });
    expect(h[1]).toMatchObject({ command: 'exit 3', exitCode: 3, sessionId: 'other' });
    expect(typeof h[0]!.durationMs).toBe('number');
  });
});

describe('errors and limits', () => {
  it('syntax error: exit 2, message names the place, nothing runs', async () => {
    const ws = new Workspace();
    const r = await ws.execute('echo ran > f; if then fi');
    expect(r.exitCode).toBe(2);
    expect(err(r)).toContain("syntax error near unexpected token `then'");
    expect(err(r)).toContain('line 1');
    expect((await ws.execute('test -e f; echo $?')).stdout).toEqual(new TextEncoder().encode('1\n'));
  });

  it('unknown command: 127 and NAME: command not found', async () => {
    const r = await new Workspace().execute('frobnicate --x');
    expect(r.exitCode).toBe(127);
    expect(err(r)).toMatch(/frobnicate: command not found\n$/);
  });

  it('timeoutMs gives 124 and a message, not a rejection', async () => {
    const r = await new Workspace().execute('echo start; while true; do :; done', { timeoutMs: 50 });
    expect(r.exitCode).toBe(124);
    expect(out(r)).toBe('start\n');
    expect(err(r)).toMatch(/timed out.*timeoutMs/);
  });

  it('output limit gives 126 naming the limit', async () => {
    const ws = new Workspace({}, { limits: { maxOutputBytes: 1000 } });
    const r = await ws.execute('yes');
    expect(r.exitCode).toBe(126);
    expect(err(r)).toMatch(/maxOutputBytes/);
    expect(r.stdout.length).toBeLessThanOrEqual(1000);
  });

  it('read-only mounts refuse writes and keep their files', async () => {
    const docs = new MemoryFs({ 'a.txt': 'keep\n' });
    const ws = new Workspace({ '/docs': [docs, 'read'] });
    const r = await ws.execute('echo x > /docs/a.txt; echo $?; echo y >> /docs/new; rm /docs/a.txt; mkdir /docs/d; touch /docs/t; cat /docs/a.txt');
    expect(out(r)).toBe('1\nkeep\n');
    expect(err(r)).toMatch(/Read-only file system/);
    expect(td.decode(await ws.fs.readFile('/docs/a.txt'))).toBe('keep\n');
  });

  it('rejects misuse of the API', async () => {
    const ws = new Workspace();
    await expect(ws.execute(42 as unknown as string)).rejects.toThrow(TypeError);
  });
});

describe('cancellation', () => {
  const cases: Array<[string, string]> = [
    ['a tight loop', 'while true; do :; done'],
    ['sleep', 'sleep 100'],
    ['a command substitution', 'x=$(while true; do :; done)'],
    ['a pipeline stage', 'yes | while read l; do :; done'],
    ['a subshell', '(while true; do :; done)'],
    ['a for loop', 'for i in $(seq 1 100000000); do :; done'],
  ];
  for (const [what, script] of cases) {
    it(`aborts ${what} promptly and the session stays usable`, async () => {
      const ws = new Workspace();
      await ws.execute('true');
      const ac = new AbortController();
      const p = ws.execute(script, { signal: ac.signal });
      await new Promise((r) => setTimeout(r, 30));
      const t0 = performance.now();
      ac.abort();
      const e = await p.then(() => null, (x: unknown) => x);
      const latency = performance.now() - t0;
      expect(e).toBeInstanceOf(AbortError);
      expect((e as Error).name).toBe('AbortError');
      // Generous bound: the machine is shared; the benchmark measures the real figure.
      expect(latency).toBeLessThan(500);
      expect(out(await ws.execute('echo still here'))).toBe('still here\n');
      expect(ws.history().at(-1)?.command).toBe('echo still here');
      expect(ws.history().at(-2)?.aborted).toBe(true);
    });
  }

  it('an already-aborted signal rejects at once', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(new Workspace().execute('echo hi', { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('streaming', () => {
  it('yes | head -n 3 ends', async () => {
    const r = await new Workspace().execute('yes | head -n 3');
    expect(out(r)).toBe('y\ny\ny\n');
  });

  it('cat big | head -n 1 reads a chunk, not the file', async () => {
    const fs = new MemoryFs();
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    big[5] = 0x0a;
    await fs.writeFile('/big', big);
    let read = 0;
    const orig = fs.readRange.bind(fs);
    fs.readRange = async (p: string, o: number, n: number) => { const c = await orig(p, o, n); read += c.length; return c; };
    const origAll = fs.readFile.bind(fs);
    fs.readFile = async (p: string) => { const c = await origAll(p); read += c.length; return c; };
    const r = await new Workspace({ '/d': fs }).execute('cat /d/big | head -n 1');
    expect(out(r)).toBe('aaaaa\n');
    expect(read).toBeLessThan(4 * 1024 * 1024);
  });
});
