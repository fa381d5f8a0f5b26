import * as chrono from 'chrono-node';
import type { ExpectedFormat, MapsTo } from '../db/schema.js';
import { utcOffsetMinutes, zoneOrUtc } from '../schedule/index.js';
import { DEFAULT_COUNTRY, extractEmail, extractPhone, normalizePhone, phoneKey, type CountryCode } from '../contacts/index.js';
import { looksLikeQuestion } from './triage.js';

// Validation of lead answers by what the question expects, and extraction of details a visitor
// gives before being asked ("I'm Ann, call me on 415 555 0123"). Phones and e-mails are the
// contacts module's rules; dates are read by chrono in the business's timezone.

export { extractEmail, extractPhone, normalizePhone, phoneKey };

export type Validation = { ok: true; value: string } | { ok: false; message: string };

export interface ValidateOptions {
  /** Region for numbers written without a country code. */
  country?: CountryCode;
  /** IANA timezone the visitor's "tomorrow at 9" is read in. */
  timezone?: string;
  now?: Date;
}

const NAME_PREFIX = /^(?:hi|hello|hey)?[,!\s]*(?:my name is|my name's|name is|the name is|i am|i'm|im|this is|it's|it is|call me|me llamo|soy)\s+/i;
const NOT_NAME_START = /^(?:do|does|did|can|could|is|are|will|would|should|what|whats|what's|when|where|why|how|who|which|have|has|the|a|an|my|our|there|it|i|we|you|yes|no|not|please|hello|hi|hey|ok|okay|sure|thanks|help|water|gas)\b/i;

/** Particles that stay lower case inside a name ("Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'y']);

/**
 * A name as it is shown and saved: typed all in lower case ("john smith") or all in capitals
 * ("JOHN SMITH") it is capitalised word by word ("John Smith", "Mary-Jane O'Brien"); a name
 * typed with its own capitals ("McDonald", "de Vries") is kept as typed.
 */
export function capitalizeName(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  if (t !== t.toLowerCase() && t !== t.toUpperCase()) return t;
  return t
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && NAME_PARTICLES.has(w) ? w : w.replace(/(^|[-'\u2019])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())))
    .join(' ');
}

export function extractName(text: string): string | null {
  // "my name is john smith": after "my name is" a lower-case name is still a name (not after "I'm": "i'm worried").
  const m =
    /\b(?:[Mm]y name is|[Mm]y name's|I am|I'm|Im|[Tt]his is|[Mm]e llamo)\s+([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2})/.exec(text) ??
    /\b(?:my name is|my name's|me llamo)\s+([a-z][a-z'-]+(?:\s+(?!and\b|i\b|my\b|from\b|at\b|on\b|in\b|call\b|phone\b|number\b|email\b)[a-z][a-z'-]+){0,2})/i.exec(text);
  if (!m) return null;
  const name = capitalizeName(m[1]!);
  // "I'm Worried", "This is Urgent": a capitalised word is not always a name.
  if (/^(?:worried|urgent|sorry|looking|calling|having|not|so|very|a|the|interested|wondering|from|with|at|in|on|just|trying|here|new|desperate|emergency)\b/i.test(name)) return null;
  return name;
}

const ADDRESS = /\b(\d{1,6}\s+[A-Za-z0-9 .'-]{2,60}?\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd|way|terrace|place|pl|circle|highway|hwy|calle|avenida)\b\.?(?:,\s*[A-Za-z .'-]{2,40})?)/i;

export function extractAddress(text: string): string | null {
  const m = ADDRESS.exec(text);
  return m ? m[1]!.trim() : null;
}

const SKIP = /^(?:skip|skip it|skip this|pass|no|nope|nah|no thanks|no thank you|rather not|i'?d rather not|i would rather not|prefer not to say|i'?d prefer not to|not really|none|n\/?a|next|don'?t have one|i don'?t have one|no email|no e-mail|omitir|no gracias|prefiero no)\.?!?$/i;

export function isSkip(text: string): boolean {
  // Spoken answers come with fillers and politeness: "uh no thanks", "skip that please".
  let t = text
    .trim()
    .toLowerCase()
    .replace(/[.!?,]+/g, ' ')
    .replace(/\b(?:um+|uh+|er+|erm|well|oh|ah)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 3; i++) t = t.replace(/\s+(?:please|thanks|thank you|that|that one|this one|it|for now)$/, '');
  return SKIP.test(t);
}

/** Flexible times a person may reasonably give instead of a date ("anytime", "mornings"). */
const FLEXIBLE_TIME = /^(?:(?:any|anytime|any ?time|whenever|flexible|as soon as possible|asap|soonest|mornings?|afternoons?|evenings?|weekdays?|weekends?|any day|any weekday|no preference|doesn'?t matter|earliest|first available|lo antes posible|cuando sea)\b.*|.*\b(?:is|are) fine)$/i;

/** "tomorrow morning" -> "Wed 2 Dec, morning (tomorrow morning)"; null when no date or time is in it. */
export function parseWhen(text: string, options: ValidateOptions = {}): string | null {
  const now = options.now ?? new Date();
  const timeZone = options.timezone || 'UTC';
  const results = chrono.parse(text.slice(0, 200), { instant: now, timezone: utcOffsetMinutes(timeZone, now) }, { forwardDate: true });
  const r = results[0];
  if (!r) return null;
  const d = r.start.date();
  const tz = zoneOrUtc(timeZone);
  const day = new Intl.DateTimeFormat('en-US', { timeZone: tz, weekday: 'short', day: 'numeric', month: 'short' }).format(d);
  const hasTime = r.start.isCertain('hour');
  const time = hasTime ? new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', minute: '2-digit' }).format(d) : null;
  const part = /\b(morning|afternoon|evening|night)\b/i.exec(text)?.[1]?.toLowerCase();
  return `${day}${time ? ` ${time}` : part ? `, ${part}` : ''} (${text.trim().slice(0, 100)})`;
}

// Politeness on its own answers nothing: "thanks" is not an address, a name or a problem.
const PLEASANTRY = /^(?:(?:ok(?:ay)?|k|cool|great|perfect|awesome|nice|thanks?|thank you|thx|ty|cheers|hi|hello|hey|bye|good ?bye|lol|hmm+|um+|uh+)[\s,.!]*)+$/i;

export function validateAnswer(format: ExpectedFormat, mapsTo: MapsTo | null, raw: string, options: ValidateOptions = {}): Validation {
  const text = raw.trim().slice(0, 500);
  if (!text) return { ok: false, message: 'I did not catch that.' };
  const country = options.country ?? DEFAULT_COUNTRY;
  if ((mapsTo === 'NAME' || mapsTo === 'ADDRESS' || mapsTo === 'ISSUE') && PLEASANTRY.test(text)) {
    const what = mapsTo === 'NAME' ? 'your name' : mapsTo === 'ADDRESS' ? 'the address, with the street and number' : 'what the problem is';
    return { ok: false, message: `Sorry, I still need ${what}.` };
  }
  if (format === 'EMAIL' || mapsTo === 'EMAIL') {
    const e = extractEmail(text);
    return e ? { ok: true, value: e } : { ok: false, message: 'That does not look like an e-mail address. Could you type it like name@example.com?' };
  }
  if (format === 'PHONE' || mapsTo === 'PHONE') {
    const p = normalizePhone(text, country) ?? extractPhone(text, country);
    if (p) return { ok: true, value: p };
    const digits = text.replace(/\D/g, '').length;
    return {
      ok: false,
      message:
        digits >= 5
          ? "That number doesn't look complete. Could you give me the full number, with the area code?"
          : 'That does not look like a phone number. Could you give me the full number, with the area code?',
    };
  }
  if (format === 'NUMBER') {
    const m = /-?\d+(?:[.,]\d+)?/.exec(text);
    return m ? { ok: true, value: m[0].replace(',', '.') } : { ok: false, message: 'Please answer with a number, for example 2.' };
  }
  if (format === 'DATE' || mapsTo === 'PREFERRED_TIME') {
    const when = parseWhen(text, options);
    if (when) return { ok: true, value: when };
    if (FLEXIBLE_TIME.test(text)) return { ok: true, value: text };
    return { ok: false, message: 'When would suit you? For example "tomorrow morning", "Friday after 2pm" or "any weekday".' };
  }
  if (mapsTo === 'NAME') {
    const value = text.replace(NAME_PREFIX, '').replace(/[.!]+$/, '').trim();
    if (!/[a-z]/i.test(value) || value.length > 80 || value.split(/\s+/).length > 5) return { ok: false, message: 'Could you tell me your name?' };
    if (extractEmail(value) || /\d/.test(value)) return { ok: false, message: 'Could you tell me your name (not a number or e-mail)?' };
    if (looksLikeQuestion(value) || NOT_NAME_START.test(value)) return { ok: false, message: 'Could you tell me your name?' };
    return { ok: true, value: capitalizeName(value) };
  }
  if (mapsTo === 'ADDRESS') {
    if (looksLikeQuestion(text) && !/\d/.test(text)) return { ok: false, message: 'What is the address, with the street and number?' };
    if (text.length < 5 || !/[a-z]{2,}/i.test(text)) return { ok: false, message: 'What is the address, with the street and number?' };
    return { ok: true, value: text };
  }
  if (text.length < 2) return { ok: false, message: 'Could you give me a little more detail?' };
  return { ok: true, value: text };
}
