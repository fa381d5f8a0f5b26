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

/** The bytes of the string value that follows `key` (a Buffer like `"payload":"`), or undefined. */
export function sliceStringValue(buf: Buffer, key: Buffer, from = 0): Buffer | undefined {
  const at = buf.indexOf(key, from);
  if (at < 0) return undefined;
  const start = at + key.length;
  const end = buf.indexOf(QUOTE, start);
  if (end < 0) return undefined;
  return buf.subarray(start, end);
}

/**
 * A value that ends the message: `..."key":"VALUE"}` (or `"}}`, `"},"streamSid":"..."}` given
 * as `tail`). Found from the end, so the long base64 is never scanned.
 */
export function sliceTrailingValue(buf: Buffer, key: Buffer, tail: Buffer, searchFrom: number): Buffer | undefined {
  const end = buf.length - tail.length;
  if (end <= searchFrom || buf[end] !== QUOTE) return undefined;
  for (let i = tail.length - 1; i >= 0; i--) if (buf[end + i] !== tail[i]) return undefined;
  const at = buf.indexOf(key, searchFrom);
  if (at < 0 || at + key.length > end) return undefined;
  return buf.subarray(at + key.length, end);
}

/** Decoded byte length of a base64 string held in `b64` (ASCII bytes). */
export function base64DecodedLength(b64: Buffer): number {
  const n = b64.length;
  if (n === 0) return 0;
  let pad = 0;
  if (b64[n - 1] === 0x3d) pad++;
  if (n > 1 && b64[n - 2] === 0x3d) pad++;
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
