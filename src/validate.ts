import { badInput } from './errors.js';

// Input checks shared by the domains and the API edges. Messages say what to send instead.
// (Phone numbers and e-mail addresses: contacts/input.ts.)

/** Trims and bounds a text field; empty becomes null when `nullable`. */
export function cleanText(raw: string, field: string, max: number, opts: { required?: boolean } = {}): string {
  const value = raw.trim();
  if (opts.required && value.length === 0) throw badInput(`${field} must not be empty`, { field });
  if (value.length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return value;
}

export function cleanOptionalText(raw: string | null | undefined, field: string, max: number): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  const v = cleanText(raw, field, max);
  return v.length === 0 ? null : v;
}

/**
 * A web address as an owner types it: "juniperlaneinn.com" or "www.example.com/about" is the https
 * address of that host (QA: an inn's owner typed her site without "https://" and was refused).
 * Only http(s) addresses are kept; without a scheme, only a named host ("juniperlaneinn.example", not "n.a.").
 */
export function cleanUrl(raw: string, field: string): string {
  const typed = raw.trim();
  if (typed.length > 2048) throw badInput(`${field} is too long`, { field });
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  // (Labels of letters, digits and hyphens and a top level of letters: "n.a." or "1.2" is no site.)
  const looksLikeHost = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}\.?(?::\d{1,5})?(?:[/?#]\S*)?$/u.test(typed);
  let u: URL;
  try {
    u = new URL(hasScheme || !looksLikeHost ? typed : `https://${typed}`);
  } catch {
    throw badInput(`${field} must be a web address like https://www.example.com`, { field });
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw badInput(`${field} must be an http(s) URL`, { field });
  if (!u.hostname || u.username || u.password) throw badInput(`${field} must be a web address like https://www.example.com`, { field });
  // (Checked again as stored: an accented path grows when percent-encoded.)
  if (u.toString().length > 2048) throw badInput(`${field} is too long`, { field });
  return u.toString();
}

/** An allowed widget origin: scheme + host (+ port), nothing else. */
export function cleanOrigin(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw badInput(`"${raw.slice(0, 100)}" is not an origin like https://www.example.com`, { field: 'allowedOrigins' });
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.pathname.length > 1 || u.search || u.hash || u.username) {
    throw badInput(`"${raw.slice(0, 100)}" is not an origin like https://www.example.com`, { field: 'allowedOrigins' });
  }
  return u.origin;
}

export function cleanColor(raw: string, field: string): string {
  const v = raw.trim();
  if (!/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v)) throw badInput(`${field} must be a hex colour like #1a73e8`, { field });
  return v.toLowerCase();
}
