import { findPhoneNumbersInText, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';
import { boundedMemo } from '../memo.js';

// The one phone module. Numbers are stored E.164 ("+14155552671"); a number written without a
// country code is read in the business's country; a number that is not a valid number of its
// country (too short, unassigned area code, "555-0142") is rejected, never padded into a guess.

export type { CountryCode };

export const DEFAULT_COUNTRY: CountryCode = 'US';

/** E.164 form of a valid number, or null. */
export function normalizePhone(raw: string | null | undefined, country: CountryCode = DEFAULT_COUNTRY): string | null {
  const text = raw?.trim().slice(0, 64) ?? '';
  if (!text || !/\d/.test(text)) return null;
  // "00" is the international prefix in most of the world; libphonenumber reads it per country.
  const p = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), country);
  return p && p.isValid() ? p.number : null;
}

/**
 * Why a typed number is not a valid number of the country (null when it is valid), so a visitor
 * hears what is actually wrong: "555 201 3344" has the right length but no such area code.
 */
export function phoneProblem(raw: string | null | undefined, country: CountryCode = DEFAULT_COUNTRY): 'NOT_A_NUMBER' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID' | null {
  const text = raw?.trim().slice(0, 64).replace(/^00(?=[1-9])/, '+') ?? '';
  if (normalizePhone(text, country)) return null;
  if (!/\d/.test(text)) return 'NOT_A_NUMBER';
  const length = validatePhoneNumberLength(text, country);
  if (length === 'TOO_SHORT' || length === 'TOO_LONG' || length === 'NOT_A_NUMBER') return length;
  return 'INVALID';
}

export function isValidPhone(raw: string | null | undefined, country: CountryCode = DEFAULT_COUNTRY): boolean {
  return normalizePhone(raw, country) !== null;
}

/**
 * A number written with its country code ("+44 (20) 7946-0958", "+1 555-555-0123") in E.164,
 * when its length is possible for that country; null otherwise. For numbers we are given
 * rather than told (the caller ID Twilio reports, an owner's setting, configuration), which may
 * be test or fictional numbers: only their shape is checked, never their allocation.
 */
export function normalizeInternational(raw: string | null | undefined): string | null {
  const text = raw?.trim().slice(0, 64) ?? '';
  if (!text.startsWith('+')) return null;
  const p = parsePhoneNumberFromString(text);
  return p && p.isPossible() ? p.number : null;
}

/**
 * A number an owner typed into a setting, in E.164: with its country code as
 * normalizeInternational reads it, or without one read in the business's country ("612 555 0199"
 * for a business in Minneapolis). Only the shape is checked, as for normalizeInternational.
 */
export function normalizeGivenNumber(raw: string | null | undefined, country: CountryCode): string | null {
  const text = raw?.trim().slice(0, 64) ?? '';
  if (text.startsWith('+')) return normalizeInternational(text);
  if (!/\d/.test(text)) return null;
  const p = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), country);
  return p && p.isPossible() ? p.number : null;
}

/**
 * The caller's number as the carrier reported it (Twilio's From): kept when it is already an
 * international number, else read in the business's country; null for "anonymous" and the like.
 */
export function callerNumber(raw: string | null | undefined, country: CountryCode = DEFAULT_COUNTRY): string | null {
  return normalizeInternational(raw) ?? normalizePhone(raw, country);
}

/**
 * The first valid phone number written in free text, E.164; null when there is none. With
 * `lookup`, a possible number is enough: it is only compared with numbers already on file
 * (which may be fictional test numbers), never stored.
 */
export function extractPhone(text: string, country: CountryCode = DEFAULT_COUNTRY, options: { lookup?: boolean } = {}): string | null {
  const input = spokenDigits(text.slice(0, 4000));
  // `leniency` is a documented option the type declarations leave out.
  const search = { defaultCountry: country, leniency: options.lookup ? 'POSSIBLE' : 'VALID' } as { defaultCountry: CountryCode };
  for (const found of findPhoneNumbersInText(input, search)) {
    if (found.number.isValid() || (options.lookup && found.number.isPossible())) return found.number.number;
  }
  return null;
}

/**
 * A phone number as the business wrote it in its own documents ("our 24/7 line: (555) 010-9999"):
 * the business's text is trusted to name its own number, so a possible number is enough.
 */
export function extractListedPhone(text: string, country: CountryCode = DEFAULT_COUNTRY): string | null {
  // `leniency` is a documented option the type declarations leave out.
  const input = text.slice(0, 4000);
  for (const found of findPhoneNumbersInText(input, { defaultCountry: country, leniency: 'POSSIBLE' } as { defaultCountry: CountryCode })) {
    if (!found.number.isPossible()) continue;
    // (An extension only when the text says one: "(218) 555-0142, 24 hours" is read by the library as
    // extension 24; "ext. 24", "x 24" and "#24" are extensions.)
    const number = found.number.ext && !/(?:ext|x|#)/i.test(input.slice(found.startsAt, found.endsAt)) ? parsePhoneNumberFromString(found.number.number) ?? found.number : found.number;
    return number.country === country || !number.country ? number.formatNational() : number.formatInternational();
  }
  return null;
}

const DIGIT_WORDS: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const DIGIT_RUN = /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b[\s,.-]*){7,}/gi;

/**
 * Digits said one by one, as a call's speech recognition may write them down ("five five five,
 * two one two, three four five six" -> "5552123456"). Only runs of seven or more digit words are
 * read as a number, so "two three bedroom house" stays as it is.
 */
export function spokenDigits(text: string): string {
  return text.replace(DIGIT_RUN, (run) => `${run.toLowerCase().match(/[a-z]+/g)!.map((w) => DIGIT_WORDS[w]).join('')} `);
}

/** Something that looks like an attempt at a phone number (digits), valid or not. */
export function looksLikePhone(text: string): boolean {
  return (text.match(/\d/g)?.length ?? 0) >= 5 && /^[\d\s().+\-/extEXT#]*$/.test(text.trim().replace(/^(?:it'?s|my number is|number is|call me (?:on|at))\s*/i, ''));
}

/** How a number is compared with stored numbers that may predate E.164: its last ten digits. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '').slice(-10);
}

const TZ_COUNTRY: Array<[RegExp, CountryCode]> = [
  [/^America\/(?:Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal)$/, 'CA'],
  [/^America\/(?:Mexico_City|Cancun|Monterrey|Tijuana|Merida|Chihuahua)$/, 'MX'],
  [/^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Indiana\/.+|Kentucky\/.+)|Pacific\/Honolulu|US\/.+)$/, 'US'],
  [/^Europe\/London$/, 'GB'],
  [/^Europe\/Dublin$/, 'IE'],
  [/^Europe\/Madrid$/, 'ES'],
  [/^Europe\/Paris$/, 'FR'],
  [/^Europe\/Berlin$/, 'DE'],
  [/^Australia\//, 'AU'],
  [/^Pacific\/Auckland$/, 'NZ'],
];

/**
 * The region a business's visitors write local numbers in: the country of the business's own
 * number when it has one, else its timezone's country, else the US.
 */
export function businessCountry(b: { phone_number?: string | null; twilio_number?: string | null; timezone?: string | null }): CountryCode {
  return countryByKey(`${b.phone_number ?? ''}|${b.twilio_number ?? ''}|${b.timezone ?? ''}`);
}

// Parsing the business's own number again on every call was ~8% of a chat message's CPU (a
// turn asks several times: extraction, validation, emergency line). The answer depends on the
// three strings only, so it is memoised by them (an edited number is a new key).
const countryByKey = boundedMemo(1000, (key) => {
  const [phone_number, twilio_number, timezone] = key.split('|');
  return countryOf({ phone_number, twilio_number, timezone });
});

function countryOf(b: { phone_number?: string | null; twilio_number?: string | null; timezone?: string | null }): CountryCode {
  for (const n of [b.phone_number, b.twilio_number]) {
    const p = n ? parsePhoneNumberFromString(n) : undefined;
    if (p?.country) return p.country;
  }
  const tz = b.timezone ?? '';
  for (const [re, c] of TZ_COUNTRY) if (re.test(tz)) return c;
  return DEFAULT_COUNTRY;
}
