// Contacts: the one owner of phone numbers, e-mail addresses and "which client is this".
export { normalizePhone, normalizeInternational, normalizeGivenNumber, callerNumber, isValidPhone, phoneProblem, extractPhone, extractListedPhone, looksLikePhone, spokenDigits, phoneKey, businessCountry, DEFAULT_COUNTRY, type CountryCode } from './phone.js';
export { emailKey, normalizeEmail, isEmail, extractEmail, saidEmail, spokenEmail, withoutEmails } from './email.js';
export { cleanEmail, cleanPhone } from './input.js';
export { matchClient, sameContact, type ContactIdentity } from './match-client.js';
