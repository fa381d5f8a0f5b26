// The one e-mail check: a pragmatic shape test (local@domain.tld, no spaces or brackets), bounded
// to RFC 5321 lengths. Deliverability is proven by sending, not by a regex.

const SHAPE = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,24}$/;
const IN_TEXT = /[A-Z0-9._%+'-]{1,64}@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,24}/i;
const IN_TEXT_ALL = new RegExp(IN_TEXT.source, 'gi');

/** How addresses are compared and looked up: trimmed, lower case, no shape check (a login looks up whatever was typed). */
export function emailKey(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Lower-cased, trimmed address when it has an e-mail's shape; null otherwise. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  const v = emailKey(raw ?? '');
  if (!v || v.length > 254 || !SHAPE.test(v)) return null;
  return v;
}

export function isEmail(raw: string | null | undefined): boolean {
  return normalizeEmail(raw) !== null;
}

/** Free text with every e-mail address in it removed (to weigh what else was said). */
export function withoutEmails(text: string): string {
  return text.replace(IN_TEXT_ALL, '');
}

/** The first e-mail address written anywhere in free text ("it's ann@x.com thanks"). */
export function extractEmail(text: string): string | null {
  const m = IN_TEXT.exec(text.slice(0, 4000));
  return m ? normalizeEmail(m[0]) : null;
}

// An address said aloud, as a phone call's speech recognition writes it down: "pat dot kim at
// gmail dot com", "jen underscore lee at outlook dot co dot uk". The whole message is the address
// (with "it's" or "my email is" before it), so "i'm at home" is never one.
const SPOKEN = /^(?:(?:it'?s|it is|my e-?mail(?: address)? is|e-?mail(?: is)?|sure|yes|yeah|ok(?:ay)?)[,\s]+)*(.{1,80}?)\s+at\s+([a-z0-9][a-z0-9 -]{0,60}?)\s+dot\s+([a-z]{2,24}(?:\s+dot\s+[a-z]{2,24})?)[.!\s]*$/i;
const SPOKEN_PART: Array<[RegExp, string]> = [
  [/\s+dot\s+/gi, '.'],
  [/\s+(?:underscore|under score)\s+/gi, '_'],
  [/\s+(?:dash|hyphen)\s+/gi, '-'],
  [/\s+/g, ''],
];

/** The e-mail address a caller spelled out in words ("pat dot kim at gmail dot com" -> pat.kim@gmail.com); null otherwise. */
export function spokenEmail(text: string): string | null {
  const m = SPOKEN.exec(text.trim().slice(0, 300));
  if (!m) return null;
  const part = (s: string) => SPOKEN_PART.reduce((acc, [re, to]) => acc.replace(re, to), ` ${s.trim()} `);
  return normalizeEmail(`${part(m[1]!)}@${part(m[2]!)}.${part(m[3]!)}`);
}

/** The e-mail address in a message, written ("ann@x.com") or, on a call, said ("ann at x dot com"). */
export function saidEmail(text: string): string | null {
  return extractEmail(text) ?? spokenEmail(text);
}
