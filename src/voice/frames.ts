// Byte-level helpers for the relay's hot path. Media frames are only forwarded, so they are
// never JSON-parsed nor re-serialised: the base64 payload is located with indexOf on the raw
// Buffer and the outgoing frame is the concatenation of fixed prefix + payload + suffix.
// Base64 never contains a double quote, so the closing quote ends the payload.

const QUOTE = 0x22;

export const needle = (s: string): Buffer => Buffer.from(s, 'latin1');

/** The bytes of the string value that follows `key` (a Buffer like `"payload":"`), or undefined. */
export function sliceStringValue(buf: Buffer, key: Buffer, from = 0): Buffer | undefined {
  const at = buf.indexOf(key, from);
  if (at < 0) return undefined;
  const start = at + key.length;
  const end = buf.indexOf(QUOTE, start);
  if (end < 0) return undefined;
  return buf.subarray(start, end);
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

/** Is `key` present within the first `within` bytes? (event types come first in both protocols) */
export function startsNear(buf: Buffer, key: Buffer, within: number): boolean {
  const at = buf.indexOf(key);
  return at >= 0 && at < within;
}

export const TWILIO = {
  eventMedia: needle('"event":"media"'),
  eventMark: needle('"event":"mark"'),
  payload: needle('"payload":"'),
  name: needle('"name":"'),
};

export const REALTIME = {
  typeAudioDelta: needle('"type":"response.output_audio.delta"'),
  delta: needle('"delta":"'),
  itemId: needle('"item_id":"'),
  responseId: needle('"response_id":"'),
  appendPrefix: needle('{"type":"input_audio_buffer.append","audio":"'),
  appendSuffix: needle('"}'),
};

/** The frame prefix for audio to Twilio on one stream (built once per call). */
export const twilioMediaPrefix = (streamSid: string): Buffer => needle(`{"event":"media","streamSid":${JSON.stringify(streamSid)},"media":{"payload":"`);
export const TWILIO_MEDIA_SUFFIX = needle('"}}');
