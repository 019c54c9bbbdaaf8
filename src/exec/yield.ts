// Letting the event loop turn. A microtask never lets timers or AbortSignal listeners run; a
// macrotask does. Node: setImmediate (~1 µs). Browsers: MessageChannel. workerd: setTimeout(0),
// because there a stream of MessageChannel messages keeps timers from ever firing.

type G = {
  setImmediate?: (cb: () => void) => unknown;
  MessageChannel?: typeof MessageChannel;
  navigator?: { userAgent?: string };
};

let post: ((cb: () => void) => void) | undefined;

function pick(): (cb: () => void) => void {
  const g = globalThis as G;
  if (typeof g.setImmediate === 'function') { const si = g.setImmediate; return (cb) => { si(cb); }; }
  const workerd = g.navigator?.userAgent === 'Cloudflare-Workers';
  if (typeof g.MessageChannel === 'function' && !workerd) {
    const ch = new g.MessageChannel();
    const queue: Array<() => void> = [];
    ch.port1.onmessage = () => { queue.shift()?.(); };
    return (cb) => { queue.push(cb); ch.port2.postMessage(0); };
  }
  return (cb) => { setTimeout(cb, 0); };
}

/** Resolve on a later macrotask. */
export function macrotask(): Promise<void> {
  post ??= pick();
  return new Promise((resolve) => post!(resolve));
}
