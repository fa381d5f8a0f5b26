import { badInput } from '../errors.js';
import { toE164 } from '../twilio/e164.js';
import { MAX_ESCALATION_CONTACTS } from './escalation.js';

/**
 * The ladder as the owner typed it -> E.164, in order, no duplicates, at most 3; BAD_USER_INPUT
 * otherwise. A number without its country code is read in `country` (the business's).
 */
export function cleanEscalationContacts(values: readonly string[], country?: string): string[] {
  if (values.length > MAX_ESCALATION_CONTACTS) throw badInput(`At most ${MAX_ESCALATION_CONTACTS} escalation contacts`, { field: 'escalationContacts' });
  const out: string[] = [];
  for (const value of values) {
    const e164 = toE164(value, country);
    if (!e164) throw badInput(`"${value.slice(0, 32)}" is not a valid phone number: check the digits, or write it with its country code, e.g. +14155550100`, { field: 'escalationContacts' });
    if (!out.includes(e164)) out.push(e164);
  }
  return out;
}
