// Parsing of GNU size/count arguments with multiplier suffixes (head, tail -n/-c):
// b=512, K=KiB=1024, KB=1000, M/MB/MiB … up to Y. Returns null when malformed.
const POWERS = 'KMGTPEZYRQ';

export function parseCount(text: string): bigint | null {
  const m = /^\s*\+?(\d+)([a-zA-Z]*)$/.exec(text);
  if (!m) return null;
  const n = BigInt(m[1] as string);
  const suffix = m[2] as string;
  if (suffix === '') return n;
  if (suffix === 'b') return n * 512n;
  const sm = /^([KMGTPEZYRQk])(B|iB)?$/.exec(suffix);
  if (!sm) return null;
  const letter = (sm[1] as string).toUpperCase();
  const base = sm[2] === 'B' ? 1000n : 1024n;
  if (sm[1] === 'k' && sm[2] !== 'B' && sm[2] !== undefined) return null;
  return n * base ** BigInt(POWERS.indexOf(letter) + 1);
}

/** Clamp to a safe JS number (anything larger behaves as "unlimited"). */
export function toNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
