import { badInput } from '../errors.js';
import { normalizeEmail } from './email.js';
import { normalizeInternational } from './phone.js';

// Phone numbers and e-mail addresses typed into the API (settings, clients, sign-up): the
// contacts rules, with a message that says what to send instead.

/** E.164 of a number written with its country code (contacts/normalizeInternational). */
export function cleanPhone(raw: string, field = 'Phone number'): string {
  const phone = normalizeInternational(raw);
  if (!phone) throw badInput(`${field} must be in international format with a country code, e.g. +15555550123`, { field });
  return phone;
}

export function cleanEmail(raw: string, field = 'E-mail address'): string {
  const email = normalizeEmail(raw);
  if (!email) throw badInput(`${field} is not a valid e-mail address`, { field });
  return email;
}
