// Keyv's default (de)serialiser (@keyv/serialize) walks every value in JavaScript, and a chat
// session is written twice per message (Redis and the local copy kept for Redis outages) and
// read once: ~7% of a message's server CPU in the profile. These produce and read exactly the
// same text through the native JSON functions: a string starting with ':' gets one more ':'
// (object keys do not), a Buffer is ':base64:<data>', undefined at the top is null. So Redis
// holds what it held before and instances on either version read each other's sessions
// (test/sessions/serialize.test.ts compares them with Keyv's on many values).

function escape(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  if (typeof original === 'string') return original.startsWith(':') ? `:${original}` : original;
  if (Buffer.isBuffer(original)) return `:base64:${original.toString('base64')}`;
  return value;
}

/** Keyv's serialised text of `data`, built by JSON.stringify. */
export function serializeSession(data: unknown): string {
  if (data === undefined || data === null) return 'null';
  return JSON.stringify(data, escape) ?? 'null';
}

function unescape(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(':')) return value;
  return value.startsWith(':base64:') ? Buffer.from(value.slice(8), 'base64') : value.slice(1);
}

// Where a string starting with ':' can begin in text this serialiser (or Keyv's) wrote: right
// after the start, a key's colon, an array's bracket, a comma or an object's brace (no
// whitespace is ever written). Matching inside a string's content only costs the slow path.
const COLON_STRING = /(?:^|[:[,{])":/;

/** Reads Keyv's serialised text: JSON.parse alone when no string in it starts with ':'. */
export function deserializeSession<T>(text: string): T {
  return (COLON_STRING.test(text) ? JSON.parse(text, unescape) : JSON.parse(text)) as T;
}
