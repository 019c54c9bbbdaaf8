// Instance reuse: reset() frees what a run kept so that the same executor instance can run the
// next script (init/stage/load_state/code_alloc/start again) with no stale state or strings.
import { describe, expect, it } from 'vitest';
import { nodeAssets } from '../../src/runtime/node.js';
import { BashParser, writeSegment } from '../../src/parse/index.js';
import { acquireExecutor, type LiveExecutor } from '../../src/abi/modules.js';
import type { ExecutorExports, HostImports } from '../../src/abi/exports.js';
import { CB_BASE, CB_EXIT_CODE, RUN_DONE, H_STDOUT, H_STDERR } from '../../src/abi/layout.js';

type Ex = ExecutorExports & { reset(): void };
const dec = new TextDecoder();

async function setup(): Promise<{ ex: Ex; live: LiveExecutor; parser: BashParser; out: Map<number, string> }> {
  const assets = await nodeAssets();
  const parser = await BashParser.create(assets.parser);
  const out = new Map<number, string>();
  let live: LiveExecutor | undefined;
  const host: HostImports = {
    now: () => performance.now(),
    write: (h, ptr, len) => {
      const bytes = new Uint8Array(live!.memory.buffer, ptr, len).slice();
      out.set(h, (out.get(h) ?? '') + dec.decode(bytes));
      return len;
    },
    read: () => 0,
    submit: () => -1,
    parse: () => -1,
    log: () => {},
    regex: () => -1,
  };
  live = await acquireExecutor(assets.executor, host, 4096);
  return { ex: live.exports as Ex, live, parser, out };
}

function runOnce(s: Awaited<ReturnType<typeof setup>>, script: string): { stdout: string; stderr: string; status: number } {
  s.out.clear();
  const ex = s.ex;
  const seg = s.parser.parseScript(script);
  const base = ex.code_alloc(seg.bytes.byteLength);
  const root = writeSegment(seg, new Uint8Array(s.live.memory.buffer), base);
  ex.start(root);
  let st = ex.run();
  for (let i = 0; i < 1000 && st !== RUN_DONE; i++) st = ex.run();
  expect(st).toBe(RUN_DONE);
  const status = new Int32Array(s.live.memory.buffer, CB_BASE, 16)[CB_EXIT_CODE >> 2]!;
  return { stdout: s.out.get(H_STDOUT) ?? '', stderr: s.out.get(H_STDERR) ?? '', status };
}

describe('executor reset() for instance reuse', () => {
  it('runs a second script on the same instance with a fresh shell and no stale strings', async () => {
    const s = await setup();
    const a = runOnce(s, 'x=first; f() { echo "in f $x"; }; f; echo done | { read l; echo "$l"; }; exit 3');
    expect(a).toEqual({ stdout: 'in f first\ndone\n', stderr: '', status: 3 });
    s.ex.reset();
    s.ex.init();
    // different strings at the same addresses: a stale string cache would print the old ones
    const b = runOnce(s, 'y=second; g() { echo "in g ${x-unset} $y"; }; g; echo "t=$(type -t f)"');
    expect(b.stdout).toBe("in g unset second\nt=\n");
    expect(b.status).toBe(0);
  });

  it('does not grow memory over many reuses', async () => {
    const s = await setup();
    const script = 'for i in 1 2 3; do s=$s$i; done; echo $s | { read v; echo $v; }; g() { echo g; }; g';
    for (let i = 0; i < 20; i++) { runOnce(s, script); s.ex.reset(); s.ex.init(); }
    const pages = s.live.memory.buffer.byteLength;
    for (let i = 0; i < 500; i++) {
      expect(runOnce(s, script)).toEqual({ stdout: '123\ng\n', stderr: '', status: 0 });
      s.ex.reset();
      s.ex.init();
    }
    expect(s.live.memory.buffer.byteLength).toBeLessThanOrEqual(pages * 2); // the incremental GC may lag one growth step behind;
  });
});
