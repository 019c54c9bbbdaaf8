// md5sum, sha1sum, sha224sum, sha256sum, sha384sum, sha512sum [-c] [--tag] [-z] [FILE]...,
// cksum (POSIX CRC) and base64 [-d] [-i] [-w COLS]. SHA digests come from Web Crypto; MD5 and
// the CRC are computed here.
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, readAll, OutBuffer } from './lib/io.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** MD5 (RFC 1321). */
export function md5(data: Uint8Array): Uint8Array {
  const s = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
  const K = new Uint32Array(64);
  for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0;
  const len = data.length;
  const total = (((len + 8) >> 6) + 1) * 64;
  const buf = new Uint8Array(total);
  buf.set(data);
  buf[len] = 0x80;
  const dv = new DataView(buf.buffer);
  dv.setUint32(total - 8, (len * 8) >>> 0, true);
  dv.setUint32(total - 4, Math.floor(len / 0x20000000), true);
  let a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
  const M = new Uint32Array(16);
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) M[i] = dv.getUint32(off + i * 4, true);
    let A = a0, B = b0, C = c0, D = d0;
    for (let i = 0; i < 64; i++) {
      let F: number, g: number;
      if (i < 16) { F = (B & C) | (~B & D); g = i; }
      else if (i < 32) { F = (D & B) | (~D & C); g = (5 * i + 1) % 16; }
      else if (i < 48) { F = B ^ C ^ D; g = (3 * i + 5) % 16; }
      else { F = C ^ (B | ~D); g = (7 * i) % 16; }
      F = (F + A + (K[i] as number) + (M[g] as number)) >>> 0;
      A = D; D = C; C = B;
      const r = s[i] as number;
      B = (B + ((F << r) | (F >>> (32 - r)))) >>> 0;
    }
    a0 = (a0 + A) >>> 0; b0 = (b0 + B) >>> 0; c0 = (c0 + C) >>> 0; d0 = (d0 + D) >>> 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, a0, true); ov.setUint32(4, b0, true); ov.setUint32(8, c0, true); ov.setUint32(12, d0, true);
  return out;
}

async function digest(algo: string, data: Uint8Array): Promise<string> {
  if (algo === 'MD5') return hex(md5(data));
  const name = algo === 'SHA224' ? 'SHA-256' : algo.replace('SHA', 'SHA-');
  if (algo === 'SHA224') return hex(sha224(data));
  return hex(new Uint8Array(await crypto.subtle.digest(name, Uint8Array.from(data))));
}

/** SHA-224 (Web Crypto has no SHA-224). */
function sha224(data: Uint8Array): Uint8Array {
  const K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  const H = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
  const len = data.length;
  const total = (((len + 8) >> 6) + 1) * 64;
  const buf = new Uint8Array(total);
  buf.set(data); buf[len] = 0x80;
  const dv = new DataView(buf.buffer);
  dv.setUint32(total - 8, Math.floor(len / 0x20000000)); dv.setUint32(total - 4, (len * 8) >>> 0);
  const W = new Uint32Array(64);
  const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) W[i] = dv.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const w15 = W[i - 15] as number, w2 = W[i - 2] as number;
      W[i] = ((W[i - 16] as number) + (rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)) + (W[i - 7] as number) + (rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10))) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = H as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] as number) + (W[i] as number)) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    const v = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++) H[i] = ((H[i] as number) + (v[i] as number)) >>> 0;
  }
  const out = new Uint8Array(28);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 7; i++) ov.setUint32(i * 4, H[i] as number);
  return out;
}

function hashCommand(name: string, algo: string, hexLen: number): Command {
  return async (ctx) => {
    const parsed = parseArgs(ctx.argv.slice(1), {
      flags: 'bctwz',
      long: { binary: ['b', 'none'], check: ['c', 'none'], text: ['t', 'none'], warn: ['w', 'none'], zero: ['z', 'none'], tag: ['tag', 'none'], quiet: ['quiet', 'none'], status: ['status', 'none'], strict: ['strict', 'none'], 'ignore-missing': ['im', 'none'] },
    });
    if (!parsed.ok) return usageError(ctx, name, parsed.message);
    const has = (k: string): boolean => parsed.options.some((o) => o.key === k);
    const ops = parsed.operands.length ? parsed.operands : ['-'];
    const out = new OutBuffer(ctx.stdout);
    let status = 0;
    if (has('c')) return check(ctx, name, algo, hexLen, ops, out, has('quiet'), has('status'), has('im'));
    for (const op of ops) {
      try {
        const d = await digest(algo, await readAll(inputChunks(ctx, op)));
        await out.write(has('tag') ? `${algo} (${op}) = ${d}${has('z') ? '\0' : '\n'}` : `${d}  ${op}${has('z') ? '\0' : '\n'}`);
      } catch (e) {
        rethrowFatal(e);
        await out.flush();
        await ctx.stderr.write(`${name}: ${op}: ${errorText(e)}\n`);
        status = 1;
      }
    }
    await out.flush();
    return status;
  };
}

async function check(ctx: CommandContext, name: string, algo: string, hexLen: number, ops: string[], out: OutBuffer, quiet: boolean, silent: boolean, ignoreMissing: boolean): Promise<number> {
  let bad = 0, unreadable = 0, malformed = 0, status = 0, okAny = false;
  for (const op of ops) {
    let text: string;
    try { text = new TextDecoder().decode(await readAll(inputChunks(ctx, op))); } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${name}: ${op}: ${errorText(e)}\n`);
      status = 1;
      continue;
    }
    let lines = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const m = new RegExp(`^([0-9a-fA-F]{${hexLen}}) [ *](.+)$`).exec(line) ?? (() => { const t = new RegExp(`^${algo} \\((.+)\\) = ([0-9a-fA-F]{${hexLen}})$`).exec(line); return t ? [t[0], t[2], t[1]] : null; })();
      if (!m) { malformed++; continue; }
      lines++;
      const file = m[2] as string;
      let d: string;
      try { d = await digest(algo, await readAll(inputChunks(ctx, file))); } catch (e) {
        rethrowFatal(e);
        if (ignoreMissing) continue;
        unreadable++;
        await out.flush();
        await ctx.stderr.write(`${name}: ${file}: ${errorText(e)}\n`);
        if (!silent) await out.write(`${file}: FAILED open or read\n`);
        continue;
      }
      const ok = d === (m[1] as string).toLowerCase();
      if (ok) okAny = true; else bad++;
      if (!silent && !(ok && quiet)) await out.write(`${file}: ${ok ? 'OK' : 'FAILED'}\n`);
    }
    if (lines === 0) {
      await out.flush();
      await ctx.stderr.write(`${name}: ${op === '-' ? 'standard input' : op}: no properly formatted checksum lines found\n`);
      status = 1;
    }
  }
  await out.flush();
  if (!silent) {
    if (malformed && (okAny || bad || unreadable)) await ctx.stderr.write(`${name}: WARNING: ${malformed} line${malformed > 1 ? 's are' : ' is'} improperly formatted\n`);
    if (unreadable) await ctx.stderr.write(`${name}: WARNING: ${unreadable} listed file${unreadable > 1 ? 's' : ''} could not be read\n`);
    if (bad) await ctx.stderr.write(`${name}: WARNING: ${bad} computed checksum${bad > 1 ? 's' : ''} did NOT match\n`);
  }
  return bad || unreadable || status ? 1 : 0;
}

export const md5sum = hashCommand('md5sum', 'MD5', 32);
export const sha1sum = hashCommand('sha1sum', 'SHA1', 40);
export const sha224sum = hashCommand('sha224sum', 'SHA224', 56);
export const sha256sum = hashCommand('sha256sum', 'SHA256', 64);
export const sha384sum = hashCommand('sha384sum', 'SHA384', 96);
export const sha512sum = hashCommand('sha512sum', 'SHA512', 128);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

export function posixCrc(data: Uint8Array): number {
  let crc = 0;
  const step = (b: number): void => { crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ b) & 255] as number)) >>> 0; };
  for (const b of data) step(b);
  for (let n = data.length; n > 0; n = Math.floor(n / 256)) step(n & 255);
  return (~crc) >>> 0;
}

export const cksum: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: '', long: {} });
  if (!parsed.ok) return usageError(ctx, 'cksum', parsed.message);
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  const ops = parsed.operands.length ? parsed.operands : ['-'];
  for (const op of ops) {
    try {
      const data = await readAll(inputChunks(ctx, op));
      await out.write(`${posixCrc(data)} ${data.length}${op === '-' && parsed.operands.length === 0 ? '' : ' ' + op}\n`);
    } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`cksum: ${op}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  await out.flush();
  return status;
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export const base64: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: 'di', withArg: 'w', long: { decode: ['d', 'none'], 'ignore-garbage': ['i', 'none'], wrap: ['w', 'required'] } });
  if (!parsed.ok) return usageError(ctx, 'base64', parsed.message);
  let decode = false, garbage = false, wrap = 76;
  for (const o of parsed.options) {
    if (o.key === 'd') decode = true; else if (o.key === 'i') garbage = true;
    else {
      if (!/^\d+$/.test(o.value ?? '')) { await ctx.stderr.write(`base64: invalid wrap size: ${quote(o.value ?? '')}\n`); return 1; }
      wrap = Number(o.value);
    }
  }
  if (parsed.operands.length > 1) return usageError(ctx, 'base64', `extra operand ${quote(parsed.operands[1] as string)}`);
  const op = parsed.operands[0] ?? '-';
  let data: Uint8Array;
  try { data = await readAll(inputChunks(ctx, op)); } catch (e) {
    rethrowFatal(e);
    await ctx.stderr.write(`base64: ${op}: ${errorText(e)}\n`);
    return 1;
  }
  if (!decode) {
    let s = '';
    for (let i = 0; i < data.length; i += 3) {
      const a = data[i] as number, b = data[i + 1], c = data[i + 2];
      s += (B64[a >> 2] as string) + B64[((a & 3) << 4) | ((b ?? 0) >> 4)];
      s += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)];
      s += c === undefined ? '=' : B64[c & 63];
    }
    let outText = '';
    if (wrap > 0) { for (let i = 0; i < s.length; i += wrap) outText += s.slice(i, i + wrap) + '\n'; }
    else outText = s + (s ? '' : '');
    if (wrap === 0 && s === '') outText = '';
    await ctx.stdout.write(outText);
    return 0;
  }
  const bytes: number[] = [];
  let acc = 0, bits = 0, pad = false, bad = false;
  for (const b of data) {
    const ch = String.fromCharCode(b);
    if (ch === '\n') continue;
    if (ch === '=') { pad = true; continue; }
    const v = B64.indexOf(ch);
    if (v < 0 || pad) { if (garbage && v < 0) continue; bad = true; break; }
    acc = (acc << 6) | v; bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 255); }
  }
  if (!pad && bits !== 0) bad = true;
  await ctx.stdout.write(Uint8Array.from(bytes));
  if (bad) { await ctx.stderr.write('base64: invalid input\n'); return 1; }
  return 0;
};
