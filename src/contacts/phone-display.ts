import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import { businessCountry } from './phone.js';

// Phone numbers as people read them. Stored and sent numbers stay E.164 (+15555550123); what a
// person sees is "+1 555 555 0123" (international, since the reader may be abroad) unless the
// reader's country is known, and a tel: link with the exact number.

export interface DisplayPhone {
  display: string;
  /** tel: URI, or null when the text is not a possible phone number. */
  href: string | null;
}

/** `home`: the reader's country, where a number of that country reads as at home ("(978) 555-0123" for a US owner; session 42's orchard owner got "+1 978 555 0123"). */
export function displayPhone(raw: string | null | undefined, home?: CountryCode): DisplayPhone | null {
  if (!raw) return null;
  const parsed = parsePhoneNumberFromString(raw);
  if (!parsed || !parsed.isPossible()) return { display: raw.replace(/\s+/g, ' ').trim(), href: null };
  return { display: home ? asReadIn(parsed, home) : parsed.formatInternational(), href: parsed.getURI() };
}

/** A number written into a sentence for a reader in `country`: "(555) 555-0123" at home, "+44 20 7946 0958" from abroad. */
export function phoneInText(phone: string, country: CountryCode): string {
  const parsed = parsePhoneNumberFromString(phone);
  return parsed && parsed.isPossible() ? asReadIn(parsed, country) : phone;
}

function asReadIn(parsed: PhoneNumber, country: CountryCode): string {
  return parsed.countryCallingCode === getCountryCallingCode(country) ? parsed.formatNational() : parsed.formatInternational();
}

/** A number written into a sentence for the business's own visitors (they read it from the business's country). */
export function phoneForVisitors(phone: string, business: Parameters<typeof businessCountry>[0]): string {
  return phoneInText(phone, businessCountry(business));
}

/** "+15555550123" -> "+ 1 5 5 5 ..." so text-to-speech reads the digits, not one big number. */
export function spellPhone(phone: string): string {
  return phone.replace(/[^\d+]/g, '').split('').join(' ');
}
