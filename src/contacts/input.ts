import { badInput } from '../errors.js';
import { normalizeEmail } from './email.js';
import { normalizeGivenNumber, normalizeInternational, type CountryCode } from './phone.js';

// Phone numbers and e-mail addresses typed into the API (settings, clients, sign-up): the
// contacts rules, with a message that says what to send instead.

/**
 * E.164 of a number typed into a setting: with its country code, or (given the business's
 * country) without one, as an owner writes a local number (contacts/normalizeGivenNumber).
 */
export function cleanPhone(raw: string, field = 'Phone number', country?: CountryCode): string {
  const phone = country ? normalizeGivenNumber(raw, country) : normalizeInternational(raw);
  if (phone) return phone;
  if (!country) throw badInput(`${field} must be in international format with a country code, e.g. +15555550123`, { field });
  throw badInput(`${field} is not a possible phone number in ${country}: check the digits, or write it with its country code, e.g. +15555550123`, { field });
}

export function cleanEmail(raw: string, field = 'E-mail address'): string {
  const email = normalizeEmail(raw);
  if (!email) throw badInput(`${field} is not a valid e-mail address`, { field });
  return email;
}
