// Caller audio batching (src/voice/realtime-link.ts) decodes each Twilio frame's base64 into the
// batch and encodes the batch once per append. Which codec: JavaScript straight between the
// message's bytes and the frames (below), or Node's native one (SIMD), which goes through a
// string each way? Same work every way, alternating order, in one process. Result on 2026-12-02
// (load ~8): native 0.64 us per frame, JavaScript 1.8: the link uses Buffer's public API.
//
//   npx tsx bench/voice-base64.ts [--frames 300000] [--rounds 5] [--batch 3]

// The JavaScript codec: straight from the message's bytes into the batch and from the batch into
// the outgoing frame, with no string in between.

const B64 = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 'latin1');
/** Sextet of each base64 byte; 255 where the byte is not base64 (padding included). */
const SEXTET = (() => {
  const t = new Uint8Array(256).fill(255);
  for (let i = 0; i < 64; i++) t[B64[i]!] = i;
  return t;
})();

/**
 * Decodes the base64 in `src[start..end)` (standard alphabet, padding optional) into `dst` at
 * `at`. Returns the bytes written, or -1 (nothing to rely on in `dst`) when it is not base64.
 * `dst` must hold `base64DecodedLength(src, start, end)` bytes from `at`.
 */
function decodeBase64Into(src: Buffer, start: number, end: number, dst: Uint8Array, at: number): number {
  if (end > start && src[end - 1] === 0x3d) end--;
  if (end > start && src[end - 1] === 0x3d) end--;
  const n = end - start;
  const rest = n & 3;
  if (rest === 1) return -1;
  const full = end - rest;
  let o = at;
  let i = start;
  for (; i < full; i += 4) {
    const a = SEXTET[src[i]!]!;
    const b = SEXTET[src[i + 1]!]!;
    const c = SEXTET[src[i + 2]!]!;
    const d = SEXTET[src[i + 3]!]!;
    if ((a | b | c | d) === 255) return -1;
    dst[o] = (a << 2) | (b >> 4);
    dst[o + 1] = ((b & 15) << 4) | (c >> 2);
    dst[o + 2] = ((c & 3) << 6) | d;
    o += 3;
  }
  if (rest !== 0) {
    const a = SEXTET[src[i]!]!;
    const b = SEXTET[src[i + 1]!]!;
    const c = rest === 3 ? SEXTET[src[i + 2]!]! : 0;
    if ((a | b | c) === 255) return -1;
    dst[o++] = (a << 2) | (b >> 4);
    if (rest === 3) dst[o++] = ((b & 15) << 4) | (c >> 2);
  }
  return o - at;
}

/** Base64 length (padded) of `n` bytes. */
const base64EncodedLength = (n: number): number => Math.ceil(n / 3) * 4;

/** Writes the base64 (padded) of `src[start..end)` into `dst` at `at`; returns the bytes written. */
function encodeBase64Into(src: Uint8Array, start: number, end: number, dst: Uint8Array, at: number): number {
  let o = at;
  let i = start;
  for (const full = end - ((end - start) % 3); i < full; i += 3) {
    const v = (src[i]! << 16) | (src[i + 1]! << 8) | src[i + 2]!;
    dst[o] = B64[v >> 18]!;
    dst[o + 1] = B64[(v >> 12) & 63]!;
    dst[o + 2] = B64[(v >> 6) & 63]!;
    dst[o + 3] = B64[v & 63]!;
    o += 4;
  }
  if (i < end) {
    const two = i + 1 < end;
    const v = (src[i]! << 16) | (two ? src[i + 1]! << 8 : 0);
    dst[o] = B64[v >> 18]!;
    dst[o + 1] = B64[(v >> 12) & 63]!;
    dst[o + 2] = two ? B64[(v >> 6) & 63]! : 0x3d;
    dst[o + 3] = 0x3d;
    o += 4;
  }
  return o - at;
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FRAMES = opt('frames', 300_000);
const ROUNDS = opt('rounds', 5);
const BATCH = opt('batch', 3);

// A Twilio media message: the payload is located in it as offsets (what the bridge has).
const payload = Buffer.from(Array.from({ length: 160 }, (_, i) => (i * 37 + 11) & 0xff)).toString('base64');
const msg = Buffer.from(`{"event":"media","sequenceNumber":"1","media":{"track":"inbound","chunk":"1","timestamp":"20","payload":"${payload}"},"streamSid":"MZ0"}`);
const start = msg.indexOf('"payload":"') + 11;
const end = msg.indexOf('"', start);
const prefix = Buffer.from('{"type":"input_audio_buffer.append","audio":"');
const suffix = Buffer.from('"}');
const batch = Buffer.alloc(160 * BATCH);
// Node's string codecs behind Buffer#toString/write, without their argument checks (undocumented, untyped).
interface NativeCodec {
  latin1Slice(start: number, end: number): string;
  base64Slice(start: number, end: number): string;
  latin1Write(s: string, offset: number): number;
}
const native = (b: Buffer) => b as unknown as NativeCodec;
let sink = 0;

function viaJs(): void {
  let len = 0;
  for (let f = 0; f < FRAMES; f++) {
    len += decodeBase64Into(msg, start, end, batch, len);
    if (len >= batch.length) {
      const out = Buffer.allocUnsafe(prefix.length + base64EncodedLength(len) + suffix.length);
      out.set(prefix, 0);
      const n = encodeBase64Into(batch, 0, len, out, prefix.length);
      out.set(suffix, prefix.length + n);
      sink += out.length;
      len = 0;
    }
  }
}

function viaNative(): void {
  // Buffer's public API: toString/write through a string (what realtime-link.ts does).
  let len = 0;
  for (let f = 0; f < FRAMES; f++) {
    len += batch.write(msg.toString('latin1', start, end), len, 'base64');
    if (len >= batch.length) {
      const b64 = batch.toString('base64', 0, len);
      const out = Buffer.allocUnsafe(prefix.length + b64.length + suffix.length);
      out.set(prefix, 0);
      out.write(b64, prefix.length, 'latin1');
      out.set(suffix, prefix.length + b64.length);
      sink += out.length;
      len = 0;
    }
  }
}

function viaNativeInternal(): void {
  // The same through Buffer's undocumented codecs (no argument checks).
  let len = 0;
  for (let f = 0; f < FRAMES; f++) {
    len += batch.write(native(msg).latin1Slice(start, end), len, 'base64');
    if (len >= batch.length) {
      const b64 = native(batch).base64Slice(0, len);
      const out = Buffer.allocUnsafe(prefix.length + b64.length + suffix.length);
      out.set(prefix, 0);
      native(out).latin1Write(b64, prefix.length);
      out.set(suffix, prefix.length + b64.length);
      sink += out.length;
      len = 0;
    }
  }
}

function viaNativeString(): void {
  // The batch encoded to a string and the whole event sent as a string (ws then encodes it).
  let len = 0;
  for (let f = 0; f < FRAMES; f++) {
    len += batch.write(native(msg).latin1Slice(start, end), len, 'base64');
    if (len >= batch.length) {
      const s = `{"type":"input_audio_buffer.append","audio":"${native(batch).base64Slice(0, len)}"}`;
      sink += Buffer.from(s).length;
      len = 0;
    }
  }
}

// Correctness first: both give the bytes Node gives.
{
  const a = Buffer.alloc(160);
  if (decodeBase64Into(msg, start, end, a, 0) !== 160 || a.toString('base64') !== payload) throw new Error('JS decode differs');
  const e = Buffer.alloc(base64EncodedLength(160));
  encodeBase64Into(a, 0, 160, e, 0);
  if (e.toString('latin1') !== payload) throw new Error('JS encode differs');
}

const variants: Array<[string, () => void]> = [
  ['js', viaJs],
  ['native', viaNative],
  ['nativeInternal', viaNativeInternal],
  ['nativeString', viaNativeString],
];
const results: Record<string, number[]> = Object.fromEntries(variants.map(([name]) => [name, [] as number[]]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of r % 2 === 0 ? variants : [...variants].reverse()) {
    const t0 = performance.now();
    fn();
    results[name]!.push(Math.round(((performance.now() - t0) * 1e6) / FRAMES) / 1000);
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(JSON.stringify({ bench: 'voice-base64', frames: FRAMES, batch: BATCH, usPerFrame: results, median: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)])), sink }));
