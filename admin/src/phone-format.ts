import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Phone numbers shown to the owner (stored E.164), in a module of its own: only the pages that show
// numbers load libphonenumber-js's metadata, not the shell and the sign-in screens.
/** +15555550199 -> +1 555-555-0199 (North American numbers); +447911123456 -> +44 7911 123456. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '—';
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (m) return `+1 ${m[1]}-${m[2]}-${m[3]}`;
  // (Other countries grouped as they write them: "+44 7911 123456", not "+447911123456".)
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
