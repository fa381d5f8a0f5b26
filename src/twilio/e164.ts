import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// Phone numbers for Twilio: E.164 or nothing. (The contacts module owns caller-facing phone
// rules; this is the strict form Twilio's API and our unique number column need.)

/** "+1 (415) 555-0100" -> "+14155550100"; null when it is not a valid number. */
export function toE164(value: string, defaultCountry?: string): string | null {
  const raw = value.trim();
  if (raw.length === 0 || raw.length > 32) return null;
  const parsed = parsePhoneNumberFromString(raw, isCountry(defaultCountry) ? defaultCountry : undefined);
  return parsed && parsed.isValid() ? parsed.number : null;
}

function isCountry(value: string | undefined): value is CountryCode {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
}
