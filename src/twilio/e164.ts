import { normalizePhone, type CountryCode } from '../contacts/phone.js';

// Phone numbers for Twilio: E.164 or nothing. The contacts module owns the phone rules; Twilio's
// API and our unique number column need the strict form: a number with its country code, or
// one read in the given country.

/** "+1 (415) 555-0100" -> "+14155550100"; null when it is not a valid number. */
export function toE164(value: string, defaultCountry?: string): string | null {
  const raw = value.trim();
  if (raw.length === 0 || raw.length > 32) return null;
  const country = isCountry(defaultCountry) ? defaultCountry : null;
  if (!country && !raw.startsWith('+')) return null;
  return normalizePhone(raw, country ?? undefined);
}

function isCountry(value: string | undefined): value is CountryCode {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
}
