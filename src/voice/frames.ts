// Byte-level helpers for the relay's hot path. Media frames are only forwarded, so they are
// never JSON-parsed nor re-serialised: the base64 payload is located on the raw Buffer and the
// outgoing frame is the concatenation of a fixed prefix + payload + suffix. Base64 never
// contains a double quote, so the closing quote ends the payload. Every fast path checks what
// it assumes and falls back to JSON.parse when the layout is not the expected one.

const QUOTE = 0x22;
const BRACE = 0x7d;

export const needle = (s: string): Buffer => Buffer.from(s, 'latin1');

/** Does `buf` start with `prefix`? (byte loop: cheaper than a native call for short prefixes) */
export function startsWith(buf: Buffer, prefix: Buffer): boolean {
  const n = prefix.length;
  if (buf.length < n) return false;
  for (let i = n - 1; i >= 0; i--) if (buf[i] !== prefix[i]) return false;
  return true;
}

// The helpers below return offsets, not subarrays: a Buffer view costs an allocation, and the
// hot path only needs where the value starts and ends to copy it into the outgoing frame.

// The searches are byte loops too: Buffer#indexOf crosses into C++ and sets up a string search
// on every call, which costs more than scanning the few hundred bytes of a message (the bench's
// hot-path profile had it as the bridge's largest single cost).

/** Offset of the first `key` (at least 2 bytes) in `buf` at or after `from`, or -1. */
export function indexOfKey(buf: Buffer, key: Buffer, from = 0): number {
  const n = key.length;
  const k0 = key[0]!;
  const k1 = key[1]!;
  const last = buf.length - n;
  outer: for (let i = from < 0 ? 0 : from; i <= last; i++) {
    if (buf[i] !== k0 || buf[i + 1] !== k1) continue;
    for (let j = 2; j < n; j++) if (buf[i + j] !== key[j]) continue outer;
    return i;
  }
  return -1;
}

/** Start offset of the string value that follows `key` (a Buffer like `"payload":"`), or -1. It ends at the next quote. */
export function valueStart(buf: Buffer, key: Buffer, from = 0): number {
  const at = indexOfKey(buf, key, from);
  return at < 0 ? -1 : at + key.length;
}

/** End offset (the closing quote) of a value starting at `start`, or -1. */
export function valueEnd(buf: Buffer, start: number): number {
  if (start < 0) return -1;
  for (let i = start, n = buf.length; i < n; i++) if (buf[i] === QUOTE) return i;
  return -1;
}

/**
 * Start offset of a value that ends the message: `..."key":"VALUE"}` (or `"}}`,
 * `"},"streamSid":"..."}` given as `tail`, which starts with the closing quote); the value ends
 * at `buf.length - tail.length`. Found from the end, so the long base64 is never scanned. -1 if
 * the layout is not that one.
 */
export function trailingValueStart(buf: Buffer, key: Buffer, tail: Buffer, searchFrom: number): number {
  const end = buf.length - tail.length;
  if (end <= searchFrom) return -1;
  for (let i = tail.length - 1; i >= 0; i--) if (buf[end + i] !== tail[i]) return -1;
  const at = indexOfKey(buf, key, searchFrom);
  if (at < 0 || at + key.length > end) return -1;
  return at + key.length;
}

/**
 * Start offset of a value of `len` bytes that ends the message (`tail` after it, as in
 * trailingValueStart) with `key` right before it, or -1: both are checked byte by byte, no
 * search. A call's frames keep one payload size (Twilio: 20 ms, 216 base64 characters), so the
 * size found last is tried first and the key is not looked for through the message's head.
 * Never before `from` (the value must follow the fields found before it).
 */
export function valueStartAt(buf: Buffer, key: Buffer, tail: Buffer, len: number, from = 0): number {
  const end = buf.length - tail.length;
  const at = end - len - key.length;
  if (len <= 0 || at < from || at < 0) return -1;
  for (let i = tail.length - 1; i >= 0; i--) if (buf[end + i] !== tail[i]) return -1;
  for (let i = key.length - 1; i >= 0; i--) if (buf[at + i] !== key[i]) return -1;
  return end - len;
}

/** The string value that follows `key` (latin1; ids and names are ASCII), or undefined. */
export function stringValue(buf: Buffer, key: Buffer, from = 0): string | undefined {
  const start = valueStart(buf, key, from);
  const end = valueEnd(buf, start);
  return end < 0 ? undefined : buf.toString('latin1', start, end);
}

/** Do the bytes `buf[start..end)` equal `ref`? (ids of 10-40 bytes: a byte loop beats a native call) */
export function sameBytes(buf: Buffer, start: number, end: number, ref: Buffer): boolean {
  const n = ref.length;
  if (end - start !== n) return false;
  for (let i = n - 1; i >= 0; i--) if (buf[start + i] !== ref[i]) return false;
  return true;
}

/** prefix + buf[start..end) + suffix in one allocation (TypedArray#set: cheaper than Buffer#copy, which checks and wraps more per call). */
export function frameOf(prefix: Buffer, buf: Buffer, start: number, end: number, suffix: Buffer): Buffer {
  const p = prefix.length;
  const n = end - start;
  const out = Buffer.allocUnsafe(p + n + suffix.length);
  out.set(prefix, 0);
  out.set(buf.subarray(start, end), p);
  out.set(suffix, p + n);
  return out;
}

/** Decoded byte length of the base64 held in `b64[start..end)` (ASCII bytes). */
export function base64DecodedLength(b64: Buffer, start = 0, end = b64.length): number {
  const n = end - start;
  if (n <= 0) return 0;
  let pad = 0;
  if (b64[end - 1] === 0x3d) pad++;
  if (n > 1 && b64[end - 2] === 0x3d) pad++;
  return ((n * 3) >> 2) - pad;
}

export const TWILIO = {
  /** Twilio writes `event` first: `{"event":"media",...`. */
  media: needle('{"event":"media"'),
  mark: needle('{"event":"mark"'),
  payload: needle('"payload":"'),
  name: needle('"name":"'),
};

export const REALTIME = {
  /** OpenAI writes `type` first. */
  audioDelta: needle('{"type":"response.output_audio.delta"'),
  delta: needle('"delta":"'),
  deltaTail: needle('"}'),
  itemId: needle('"item_id":"'),
  responseId: needle('"response_id":"'),
  appendPrefix: needle('{"type":"input_audio_buffer.append","audio":"'),
  appendSuffix: needle('"}'),
};

/** The frame prefix for audio to Twilio on one stream (built once per call). */
export const twilioMediaPrefix = (streamSid: string): Buffer => needle(`{"event":"media","streamSid":${JSON.stringify(streamSid)},"media":{"payload":"`);
/** What follows the payload in Twilio's own media frames: `"},"streamSid":"MZ..."}`. */
export const twilioMediaTail = (streamSid: string): Buffer => needle(`"},"streamSid":${JSON.stringify(streamSid)}}`);
export const TWILIO_MEDIA_SUFFIX = needle('"}}');
export { QUOTE, BRACE };
