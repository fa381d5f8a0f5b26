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
