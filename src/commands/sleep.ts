// sleep NUMBER[smhd]...: waits for the sum of its operands (fractions allowed). Ends promptly
// when ctx.signal aborts: the returned promise rejects with the signal's reason.
import type { Command } from './types.js';
import { usageError } from './lib/args.js';
import { quote } from './lib/errors.js';
import { abortError } from './lib/run.js';

const NAME = 'sleep';
const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Command = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a, i, all) => !(a === '--' && all.indexOf('--') === i));
  if (args.length === 0) return usageError(ctx, NAME, 'missing operand');
  let seconds = 0;
  for (const a of args) {
    const m = /^\+?((?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|inf(?:inity)?)([smhd]?)$/i.exec(a);
    if (!m) {
      if (/^-[^\d.]/.test(a)) return usageError(ctx, NAME, `invalid option -- '${a[1] ?? ''}'`);
      return usageError(ctx, NAME, `invalid time interval ${quote(a)}`);
    }
    const v = /^inf/i.test(m[1] as string) ? Infinity : Number(m[1]);
    seconds += v * (UNIT[m[2] as string] ?? 1);
  }
  await wait(seconds * 1000, ctx.signal);
  return 0;
};

/** Resolve after ms (setTimeout in steps below 2^31-1 ms), or reject with the abort reason. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason ?? abortError()); return; }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = Date.now() + ms;
    const onAbort = (): void => { clearTimeout(timer); reject(signal.reason ?? abortError()); };
    const step = (): void => {
      const left = end - Date.now();
      if (left <= 0 || Number.isNaN(left)) { signal.removeEventListener('abort', onAbort); resolve(); return; }
      timer = setTimeout(step, Math.min(left, 2 ** 31 - 1));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    step();
  });
}
