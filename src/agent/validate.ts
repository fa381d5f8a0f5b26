import * as chrono from 'chrono-node/en';
import type { ExpectedFormat, MapsTo } from '../db/schema.js';
import { zoneOrUtc } from '../schedule/index.js';
import { readDates, roughTime, saidAs } from './read-dates.js';
import { DEFAULT_COUNTRY, extractEmail, extractPhone, saidEmail, spokenDigits, spokenEmail, normalizePhone, phoneKey, phoneProblem, withoutEmails, type CountryCode } from '../contacts/index.js';
import { looksLikeQuestion } from './triage.js';
import { SLOT_ASKED } from './read-intent.js';
import { ACK_REPLY, acknowledgement, answersYesNo, YES_NO_ANSWER } from './acknowledge.js';

// Validation of lead answers by what the question expects, and extraction of details a visitor
// gives before being asked ("I'm Ann, call me on 415 555 0123"). Phones and e-mails are the
// contacts module's rules; dates are read by chrono in the business's timezone.

export { extractEmail, extractPhone, normalizePhone, phoneKey };

/** `acknowledgement`: the message was "thanks", "ok", "hi"..., not an answer; `message` is the reply in kind. */
export type Validation = { ok: true; value: string } | { ok: false; message: string; acknowledgement?: true };

export interface ValidateOptions {
  /** Region for numbers written without a country code. */
  country?: CountryCode;
  /** IANA timezone the visitor's "tomorrow at 9" is read in. */
  timezone?: string;
  now?: Date;
  /** The question being answered: a yes/no question takes "yes" and "no" as answers. */
  question?: string;
}

const ACK_PREFIX = /^(?:(?:hi|hello|hey|sure|ok|okay|yes|yeah|yep|of course|sorry|actually|oops|i mean|correction:?)[,!.\s]+)+/i;
// ("its Sam Lee", "it’s Sam": typed without the apostrophe or with a curly one.)
const NAME_PREFIX = /^(?:hi|hello|hey)?[,!\s]*(?:my name is|my name['\u2019]s|name is|name['\u2019]s|the name is|i am|i['\u2019]m|im|this is|it['\u2019]?s|it is|call me|me llamo|soy)\s+/i;
const NOT_NAME_START = /^(?:do|does|did|can|could|is|are|will|would|should|what|whats|what's|when|where|why|how|who|which|have|has|the|a|an|my|our|there|it|i|we|you|yes|no|not|please|hello|hi|hey|ok|okay|sure|thanks|thank|help|water|gas|book|schedule|send|need|want|let|lets|let's|go|fix|yeah|yep|nah|nope|sorry|idk|just|wait|hold|um|uh|lol)\b/i;
const SPOKEN_FILLER = /(?<=^|\s)(?:um+|uh+|uhm+|erm+|er+|hmm+)(?:[,.]|(?=\s|$))/gi;
/** Words of a day or a time of day, and the words said around them ("next tuesday afternoon", "whenever works"). */
const DAY_OR_TIME = /^(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|mornings?|afternoons?|evenings?|noon|midnight|whenever|anytime|asap)$/;
const AROUND_TIMES = /^(?:next|this|on|in|at|the|around|about|early|late|any|or|and|after|before|works|work|is|fine|good|ok|week|day|time)$/;
/** A message of nothing but a day or a time: a person named "Ann Sunday" has a word of their own. */

function onlyDayOrTime(value: string): boolean {
  const w = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return w.some((x) => DAY_OR_TIME.test(x)) && w.every((x) => DAY_OR_TIME.test(x) || AROUND_TIMES.test(x));
}
// "ok book me", "put me down for tuesday": words a name never has.
const NOT_IN_NAME = /\b(?:me|us|you|u|them|him|please|pls|plz|asap|thanks|thx)\b/i;

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

/** A title said before a name ("Ms. Patel", "Dr Lee"). */
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev)\.?$/i;

/** How a visitor is thanked by name: the first name ("Jenny Olson" -> "Jenny"), or a title with the name after it ("Ms. Patel", not "Ms."). */
export function addressedAs(name: string): string {
  const [first = '', next] = name.trim().split(/\s+/);
  return TITLE.test(first) && next ? `${first} ${next.replace(/,$/, '')}` : first;
}

export function extractName(text: string): string | null {
  // "my name is john smith": after "my name is" a lower-case name is still a name (not after "I'm": "i'm worried").
  const m =
    // ("Hi im Tom Baker, 416-555-0101, ...": typed in lower case, "im" still introduces a capitalised name.)
    /\b(?:[Mm]y name is|[Mm]y name's|[Ii] am|[Ii]'m|[Ii]m|[Tt]his is|[Mm]e llamo)\s+([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2})/.exec(text) ??
    /\b(?:my name is|my name's|me llamo)\s+([a-z][a-z'-]+(?:\s+(?!and\b|i\b|my\b|from\b|at\b|on\b|in\b|call\b|phone\b|number\b|email\b)[a-z][a-z'-]+){0,2})/i.exec(text);
  if (!m) return null;
  const name = capitalizeName(m[1]!);
  // "I'm Worried", "This is Urgent": a capitalised word is not always a name.
  if (/^(?:worried|urgent|sorry|looking|calling|having|not|so|very|a|the|interested|wondering|from|with|at|in|on|just|trying|here|new|desperate|emergency)\b/i.test(name)) return null;
  return name;
}

/** "please call me back on", "you can reach me at": the words around a callback number. */
const REACH_ME = /\b(?:(?:please|pls|you can|u can|you could|just|it's best to|best to)\s+)*(?:call|ring|reach|text|phone|contact)\s+(?:me|us)(?:\s+back)?(?:\s+(?:on|at))?\b/i;
export const STREET_WORD = /\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd|way|terrace|place|pl|circle|highway|hwy|parkway|pkwy|crescent|close|square|sq|row|alley|trail|route|rte|apt|apartment|unit|suite|ste|floor|flat|po box|calle|avenida)\b\.?/i;

const ADDRESS = /\b(\d{1,6}\s+[A-Za-z0-9 .'-]{2,60}?\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd|way|terrace|place|pl|circle|highway|hwy|calle|avenida)\b\.?(?:,\s*[A-Za-z .'-]{2,40})?)/i;

export function extractAddress(text: string): string | null {
  const m = ADDRESS.exec(text);
  return m ? m[1]!.trim() : null;
}

const SKIP = /^(?:skip|skip it|skip this|pass|no|nope|nah|no thanks|no thank you|rather not|i'?d rather not|i would rather not|prefer not to say|i'?d prefer not to|not really|none|n\/?a|next|don'?t have one|i don'?t have one|no email|no e-mail|omitir|no gracias|prefiero no|i (?:don'?t|do not) (?:want|wanna|need) to (?:give|say|share|tell)(?: (?:you|u))?(?: (?:that|it|this|my \w+))?|(?:i'?m |i am )?not comfortable (?:giving|sharing|saying)(?: (?:that|it|this))?|i'?d (?:rather|prefer) not (?:give|say|share)(?: (?:that|it))?)\.?!?$/i;

export function isSkip(text: string): boolean {
  // Spoken answers come with fillers and politeness: "uh no thanks", "skip that please".
  let t = text
    .trim()
    .toLowerCase()
    .replace(/[.!?,]+/g, ' ')
    .replace(/\b(?:um+|uh+|er+|erm|well|oh|ah)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 3; i++) t = t.replace(/\s+(?:please|thanks|thank you|that|that one|this one|it|for now|that'?s (?:it|all|fine)|i'?m (?:good|fine|ok|okay)|all good|i'?m all set)$/, '');
  return SKIP.test(t);
}

/** Flexible times a person may reasonably give instead of a date ("anytime", "mornings"). */
const FLEXIBLE_TIME = /^(?:(?:any|anytime|any ?time|whenever|flexible|as soon as possible|asap|soonest|mornings?|afternoons?|evenings?|weekdays?|weekends?|any day|any weekday|no preference|doesn'?t matter|earliest|first available|lo antes posible|cuando sea)\b.*|(?!.*\b(?:number|phone|cell|mobile|e-?mail|address|name)\b).*\b(?:is|are) fine)$/i;

// ("weekday afternoons after school", "mondays after 3": a kind of day, every week, not the next one.)
const FLEXIBLE_START = /^(?:any|anytime|whenever|flexible|as soon as possible|asap|soonest|weekdays|weekends|weeknights|weekday (?=mornings|afternoons|evenings|nights)|(?:mon|tues|wednes|thurs|fri|satur|sun)days|mornings|afternoons|evenings|no preference|doesn'?t matter|earliest|first available|lo antes posible|cuando sea)\b/i;

/** How long something lasts ("for 2 weeks", "for a few days"), not when. */
const DURATION = /\bfor (?:\d+|an?|one|two|three|four|five|six|seven|a few|a couple(?: of)?|several|the (?:last|past)(?: \d+| few)?) (?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\b/i;
const DURATION_AT_END = new RegExp(`${DURATION.source}\\s*$`, 'i');
/** A time in a clause about how long the trouble has gone on ("hurt since monday", "started two days ago"). */
const TROUBLE_SINCE = /\b(?:since|ago|last|yesterday|has been|have been|started|began|happened|broke|hurt|hurts|hurting|noticed)\b/i;

/**
 * When a result is: an hour from 1 to 6 said without am or pm ("saturday at 2", "tomorrow at 3:30")
 * is in the afternoon (chrono read it as 2 AM; nobody books a visit for the night by saying "at 2").
 */
function dateOf(r: chrono.ParsedResult, options: ValidateOptions): Date {
  const d = r.start.date();
  const hour = r.start.get('hour') ?? 0;
  if (!r.start.isCertain('hour') || r.start.isCertain('meridiem') || hour < 1 || hour > 6) return d;
  const pm = new Date(d.getTime() + 12 * 3_600_000);
  // A day chrono moved on because the morning hour had passed ("at 5:30" said at 10 am): the afternoon's is still today.
  const now = (options.now ?? new Date()).getTime();
  const moved = !r.start.isCertain('day') && !r.start.isCertain('weekday') && pm.getTime() - 86_400_000 > now;
  return moved ? new Date(pm.getTime() - 86_400_000) : pm;
}

/**
 * An hour said after a day was noted ("saturday morning", then "around 9 if possible"): the hour on
 * that day, not on the next day it could be ("Tue, Dec 8 9:00 AM"). Null when the new words name a day.
 */
export function hourOnThatDay(before: string, text: string, options: ValidateOptions = {}): string | null {
  // (Only a single day noted without an hour, "Sat, Dec 12, morning (...)": not a week, nor an hour the new one replaces, reviewer.)
  const said = /^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}(?:, [a-z]+)? \(([^()]+)\)\s*$/.exec(before)?.[1];
  const results = readDates(roughTime(text, true), options);
  if (!said || !results.length || results.some((r) => r.start.isCertain('day') || r.start.isCertain('weekday') || /\b(?:today|tonight|tomorrow|tmrw|tmr|week|weekend)\b/i.test(r.text))) return null;
  return parseWhen(`${said} ${text}`, options);
}

/** "tomorrow morning" -> "Wed 2 Dec, morning (tomorrow morning)"; null when no date or time is in it. */
export function parseWhen(text: string, options: ValidateOptions = {}): string | null {
  const timeZone = options.timezone || 'UTC';
  const rough = roughTime(text);
  const results = readDates(rough, options);
  // ("unit 4b at 19 pine st": the house number, not 7 PM.)
  const address = ADDRESS.exec(rough);
  const inAddress = (x: { index: number; text: string }) => !!address && x.index < address.index + address[0].length && x.index + x.text.length > address.index;
  // ("stiff neck for 2 weeks", "my back has hurt since monday": how long or since when the trouble is, no visit time.)
  const r = results.find((x) => {
    if (inAddress(x)) return false;
    const before = rough.slice(0, x.index);
    const clause = `${before.split(/[.!?;,]|\b(?:but|and)\b/i).pop() ?? ''} ${x.text}`;
    const lasting = DURATION.test(/\bfor\s*$/i.test(before) ? `for ${x.text}` : x.text);
    // ("for 2 weeks NOW": how long, up to now.)
    const upToNow = /^now\b/i.test(x.text) && DURATION_AT_END.test(before.trim());
    return !lasting && !upToNow && !TROUBLE_SINCE.test(clause);
  });
  if (!r) return null;
  const d = dateOf(r, options);
  const tz = zoneOrUtc(timeZone);
  const dayOf = (x: Date) => new Intl.DateTimeFormat('en-US', { timeZone: tz, weekday: 'short', day: 'numeric', month: 'short' }).format(x);
  const said = `(${text.trim().slice(0, 100)})`;
  // "next week", "this month": no day was said, so none is made up (chrono puts one in: "next
  // week" said on a Friday read as the next Friday).
  const noDay = !r.start.isCertain('weekday') && !r.start.isCertain('hour') && !/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b/i.test(text);
  if (noDay) {
    if (/^(?:this|next|the following) week$/i.test(r.text.trim())) {
      const weekday = new Intl.DateTimeFormat('en-US', { timeZone: tz, weekday: 'short' }).format(d);
      const back = (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 7) % 7;
      return `Week of ${dayOf(new Date(d.getTime() - back * 86_400_000))} ${said}`;
    }
    // "next month", or a month named without a day ("sometime in january"): chrono reads the
    // 1st, a day nobody named (the owner's e-mail said "Fri, Jan 1").
    const monthOnly = /^(?:this|next|the following) month$/i.test(r.text.trim()) || (r.start.isCertain('month') && !r.start.isCertain('day'));
    if (monthOnly) return `${new Intl.DateTimeFormat('en-US', { timeZone: tz, month: 'long', year: 'numeric' }).format(d)} ${said}`;
  }
  const day = dayOf(d);
  const hasTime = r.start.isCertain('hour');
  const time = hasTime ? new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', minute: '2-digit' }).format(d) : null;
  const part = /\b(morning|afternoon|evening|night)\b/i.exec(text)?.[1]?.toLowerCase();
  return `${day}${time ? ` ${time}` : part ? `, ${part}` : ''} ${said}`;
}

/**
 * The lead field a question fills: its `maps_to`, else what its format says (an EMAIL or PHONE
 * answer is the contact's e-mail or phone). Null for a custom question.
 */
export function questionField(q: { maps_to: MapsTo | null; expected_format: ExpectedFormat }): Exclude<MapsTo, 'OTHER'> | null {
  if (q.maps_to && q.maps_to !== 'OTHER') return q.maps_to;
  if (q.expected_format === 'EMAIL') return 'EMAIL';
  if (q.expected_format === 'PHONE') return 'PHONE';
  return null;
}

/** The part of a message that is an attempt at a phone number ("call me on 555 201 3344 thanks"). */
function phoneSpan(text: string): string | null {
  const spans = text.match(/\+?\(?\d[\d\s().\-/]*\d/g) ?? [];
  return spans.sort((a, b) => b.replace(/\D/g, '').length - a.replace(/\D/g, '').length)[0] ?? null;
}

function phoneMessage(text: string, country: CountryCode): string {
  const span = phoneSpan(text);
  // "12" is not an attempt at a number that is too short: it is not a number at all.
  const problem = span && span.replace(/\D/g, '').length >= 5 ? phoneProblem(span, country) : 'NOT_A_NUMBER';
  if (problem === 'TOO_SHORT') return 'That number looks too short. Could you give me the full number, with the area code?';
  if (problem === 'TOO_LONG') return 'That number has too many digits. Could you check it? For a number in another country, start with + and the country code.';
  if (problem === 'INVALID') return "That doesn't look like a valid phone number. Could you check it and type it again, with the area code?";
  return 'That does not look like a phone number. Could you give me the full number, with the area code?';
}

/** Fillers around a date or time that add nothing to it ("next tuesday if possible", "around 3pm works"). */
const WHEN_FILLER = new Set(
  ('if possible please pls would be is are good great fine ok okay works work working suits suit suitable for me us best ideal ideally preferably prefer ' +
    'maybe perhaps around about at on in by the a any time sometime hopefully thanks thx that this i we can could do or and either earliest asap ' +
    'please works for me if you can sure yes yeah how ok anytime whenever any actually instead rather no sorry make it change to let\'s lets after before between until till from ' +
    // (A range's end said as a call's transcript writes it: "august eighth through the ELEVENTH".)
    'through thru first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty thirtieth thirty').split(' '),
);
const FLEXIBLE_ONLY = /^(?:any ?time|whenever|as soon as possible|asap|soonest|first available|earliest|(?:any )?(?:mornings?|afternoons?|evenings?|weekdays?|weekends?)|any day|any weekday)(?:\s+(?:is|are|would be|works?) (?:fine|good|great|ok|okay|best))?[.! ]*$/i;

/** The whole message is a day or time ("next tuesday if possible", "tomorrow 3pm", "asap"), nothing else. */
export function plainWhen(text: string, options: ValidateOptions = {}): boolean {
  // (Said roughly, "around 9 if possible" is a time as plainly as "9 am" is.)
  const t = roughTime(text.trim().slice(0, 200), true);
  if (FLEXIBLE_ONLY.test(t)) return true;
  if (STREET_WORD.test(t) || extractEmail(t)) return false;
  const results = readDates(t, options);
  if (!results.length) return false;
  let rest = t;
  for (const r of results) rest = rest.replace(r.text, ' ');
  const words = rest.toLowerCase().replace(/[^a-z' ]+/g, ' ').split(/\s+/).filter(Boolean);
  return words.every((w) => WHEN_FILLER.has(w) || /^(?:morning|afternoon|evening|night|ish|o'?clock|am|pm|next|this|week|weekend|early|late|mid)$/.test(w));
}

/**
 * "it runs all night": the only time in it is a part of the day inside a sentence about something
 * else (the problem), not when a visit would suit.
 */
function onlyPartOfDay(text: string, options: ValidateOptions): boolean {
  const results = readDates(text, options);
  if (!results.length || !results.every((r) => /^(?:(?:at|in the|during the|all|by)\s+)?(?:night|morning|afternoon|evening|noon|midnight)$/i.test(r.text.trim()))) return false;
  let rest = text;
  for (const r of results) rest = rest.replace(r.text, ' ');
  return rest.toLowerCase().replace(/[^a-z' ]+/g, ' ').split(/\s+/).filter((w) => w && !WHEN_FILLER.has(w)).length >= 2;
}

/** Words that ask for a visit or say when one would suit ("can someone come thursday morning", "free tomorrow after 3", "we need it done next week"). */
// ("can u DO an inspection monday": the job asked for on a day; "can u SEE ME today", "any OPENINGS tomorrow": a time asked for;
// "WE ARE MOVING on the 28th, need a quote": the day of the event the job is for.)
// (And a slot asked for, read-intent's SLOT_ASKED: "can i get a tee time saturday morning".)
const VISIT_CUE = new RegExp(`${String.raw`\b(?:(?:can|could) (?:you|u|y'?all) do|(?:i|we)(?:'d| would)? (?:want|need|like)|(?<=^|[,.;!]\s*|\bhi |\bhey )need (?:a|an|it|my|our|someone|somebody|the|this)|(?:i|we)'?m looking|come|coming|come out|(?:bring|take|drop) (?:it|him|her|them|(?:my|our|the) [\w-]+(?: [\w-]+)?) (?:in|by|over|round|off)|drop off|look (?:at|over)|visit|pop (?:round|by|over)|stop by|swing by|drop by|book|booking|appointment|appt|available|availability|slot|schedule|fit (?:me|us) in|(?:see|squeeze) (?:me|us|him|her|them|my \w+)|(?:get|come) in|openings?|spots?|anything (?:open|available|free)|(?:have|got) (?:anything|something)|table for|send (?:someone|somebody|a tech)|works? for|suits?|convenient|be (?:home|in|around|there)|(?:we|i)(?:'re|'m| are| am) (?:moving|relocating|getting married|hosting|throwing|closing|listing|having (?:a|an|our|my) (?:party|event|wedding|reception|birthday|shower|open house))|ven(?:ir|gan)|cita)\b`}|\\b${SLOT_ASKED}`, 'i');
/** The time in such a clause is when something happened, not when a visit would suit. */
const PAST_CUE = /\b(?:broke|broken|started|stopped|happened|began|was|were|had|did|has been|have been|since|ago|last|yesterday|earlier|noticed|fixed|came|went|replaced|installed)\b/i;

/**
 * When a visit would suit, said unprompted inside a request ("can someone come thurs morning to
 * look at my water heater" -> "thurs morning"), so the time question is not asked again. Only a
 * future day or an hour in a clause that asks for a visit; never when something happened ("it
 * broke on monday") or a part of the day describing the problem ("it drips at night").
 */
export function extractWhen(text: string, options: ValidateOptions = {}): string | null {
  // (Said roughly, "saturday around 2" is a day and an hour: chrono alone kept only "saturday".)
  const t = roughTime(text.slice(0, 300), true);
  if (!VISIT_CUE.test(t)) return null;
  const now = options.now ?? new Date();
  const results = readDates(t, options, 300);
  for (const r of results) {
    const named = r.start.isCertain('weekday') || r.start.isCertain('day') || r.start.isCertain('hour') || /\b(?:today|tonight|tomorrow|tmrw|tmr|(?:this|next) (?:week|weekend|month))\b/i.test(r.text);
    if (!named || r.start.date().getTime() < now.getTime() - 12 * 3600_000) continue;
    // The clause the time sits in: between sentence ends, "but" and "and".
    const before = t.slice(0, r.index).split(/[.!?;]|\b(?:but|and)\b/i).pop() ?? '';
    const after = t.slice(r.index + r.text.length).split(/[.!?;,]|\b(?:but|and)\b/i)[0] ?? '';
    const clause = `${before} ${r.text} ${after}`;
    if (PAST_CUE.test(clause) || !VISIT_CUE.test(clause)) continue;
    return saidAs(text, r.text);
  }
  return null;
}

/** An address as said, without its lead-in ("yeah, it's at ...", "the address is ..."). */
function addressSaid(text: string): string {
  return text.replace(ACK_PREFIX, '').replace(/^(?:the address is|address is|address:|it'?s at|its at|it is at|i live at|we live at|we'?re at|it'?s|its|it is)\s+/i, '').trim();
}

export type AnswerKind = 'EMAIL' | 'PHONE' | 'WHEN' | 'ADDRESS';

function wordsOf(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
}

/**
 * What a lead answer plainly is, whatever was asked: an e-mail, a phone number, a day or time, a
 * street address; null when it is not plainly one of them (a name, a problem, a custom answer).
 * Used so that an answer meant for another question is not stored as the pending one.
 */
export function plainAnswerKind(text: string, options: ValidateOptions = {}): AnswerKind | null {
  const t = spokenDigits(text.trim().slice(0, 300));
  // ("maria lopez at gmail dot com": an address said aloud is the whole message, and one all the same.)
  if ((extractEmail(t) && wordsOf(withoutEmails(t)) <= 4) || spokenEmail(t)) return 'EMAIL';
  // ("yeah its 44 oak street in springfield": the lead-in and the town are part of saying it.)
  if (extractAddress(t) && wordsOf(addressSaid(t).replace(ADDRESS, ' ').replace(/\b(?:in|at|near|by)\b/gi, ' ')) <= 3) return 'ADDRESS';
  const span = phoneSpan(t);
  // ("please call me back on 512 555 0123", "you can reach me at ...": how to reach them is part of saying it.)
  if (span && span.replace(/\D/g, '').length >= 7 && !STREET_WORD.test(t) && wordsOf(t.replace(span, ' ').replace(REACH_ME, ' ')) <= 4) return 'PHONE';
  if (plainWhen(t, options)) return 'WHEN';
  return null;
}

/** A callback number said with the words that ask to be called on it ("please call me back on 512 555 0123 after five"). */
export function saysCallbackNumber(text: string): boolean {
  const t = spokenDigits(text.trim().slice(0, 300));
  return (phoneSpan(t)?.replace(/\D/g, '').length ?? 0) >= 7 && REACH_ME.test(t);
}

/** Words about reaching someone (a number, a call, an e-mail): no part of a street address. */
const CONTACT_TALK = /\b(?:(?:phone|cell|mobile|tele?phone) ?(?:number|no)?|number|calling|call me|text me|e-?mail|voicemail)\b/i;
/** Plainly not where the work is: an address must name a street, a number or a place. */
const NOT_AN_ADDRESS = /^(?:idk|dunno|i don'?t know|not sure|no idea|n\/?a|none|same|same as (?:before|above)|here|home|at home|my (?:house|home|place|flat|apartment)|the (?:house|property)|why|what|huh|test|asdf+|x+)[.!? ]*$/i;

export function validateAnswer(format: ExpectedFormat, mapsTo: MapsTo | null, raw: string, options: ValidateOptions = {}): Validation {
  const said = raw.trim().slice(0, 500);
  if (!said) return { ok: false, message: 'I did not catch that.' };
  const country = options.country ?? DEFAULT_COUNTRY;
  const ack = acknowledgement(said);
  if (ack && !answersYesNo(options.question, said)) return { ok: false, message: ACK_REPLY[ack], acknowledgement: true };
  // A caller's "um" and "uh" are no part of the answer ("its uh Kevin Doyle" is a name).
  const text = said.replace(SPOKEN_FILLER, ' ').replace(/\s+/g, ' ').trim() || said;
  if (format === 'EMAIL' || mapsTo === 'EMAIL') {
    // ("pat dot kim at gmail dot com": said on a call.)
    const e = saidEmail(text);
    return e ? { ok: true, value: e } : { ok: false, message: 'That does not look like an e-mail address. Could you give it like name@example.com?' };
  }
  if (format === 'PHONE' || mapsTo === 'PHONE') {
    const p = normalizePhone(text, country) ?? extractPhone(text, country);
    if (p) return { ok: true, value: p };
    return { ok: false, message: phoneMessage(spokenDigits(text), country) };
  }
  if (format === 'NUMBER') {
    const m = /-?\d+(?:[.,]\d+)?/.exec(text);
    return m ? { ok: true, value: m[0].replace(',', '.') } : { ok: false, message: 'Please answer with a number, for example 2.' };
  }
  if (format === 'DATE' || mapsTo === 'PREFERRED_TIME') {
    // "any weekday morning is fine" is kept as said: read as a date it would name one weekday.
    if (FLEXIBLE_START.test(text)) return { ok: true, value: text };
    const when = parseWhen(text, options);
    if (when && !onlyPartOfDay(text, options)) return { ok: true, value: when };
    if (FLEXIBLE_TIME.test(text)) return { ok: true, value: text };
    return { ok: false, message: 'Sorry, I did not catch a day or time there (for example "tomorrow morning", "Friday after 2pm" or "any weekday").' };
  }
  if (mapsTo === 'NAME') {
    // "Ann Lee, 415 555 0123": the name, with the number taken for its own question by the caller.
    const span = phoneSpan(text);
    const contact = extractEmail(text) || (span && span.replace(/\D/g, '').length >= 7) ? withoutEmails(span ? text.replace(span, ' ') : text).replace(/\s*(?:(?:and|&)\s+)?(?:(?:my|the)\s+)?(?:(?:phone|cell|mobile)\s*)?(?:number|phone|cell|mobile|e-?mail)?(?:\s+is)?\s*[,;:\-]?\s*$/i, '') : text;
    const value = contact.replace(ACK_PREFIX, '').replace(NAME_PREFIX, '').replace(/[.!,;:\-\s]+$/, '').trim();
    if (!/[a-z]/i.test(value) || value.length > 80 || value.split(/\s+/).length > 5) return { ok: false, message: 'Could you tell me your name?' };
    if (extractEmail(value) || /\d/.test(value)) return { ok: false, message: 'Could you tell me your name (not a number or e-mail)?' };
    if (looksLikeQuestion(value) || NOT_NAME_START.test(value) || NOT_IN_NAME.test(value)) return { ok: false, message: 'Could you tell me your name?' };
    // "next tuesday afternoon" is a time given early, not a name (a month alone may be one: "June").
    if (onlyDayOrTime(value)) return { ok: false, message: 'That sounds like a day or time rather than your name. Could you tell me your name?' };
    return { ok: true, value: capitalizeName(value) };
  }
  if (mapsTo === 'ADDRESS') {
    // Lenient with real addresses ("12 Oak St", "Unit 4, Harbour View", "Springfield"), strict with
    // what plainly is not one: a day or time, a phone number, an e-mail, yes/no, "idk".
    const again = 'Could you give me the address, with the street and number?';
    const said = addressSaid(text);
    if (extractAddress(said)) return { ok: true, value: said };
    if (plainWhen(text, options)) return { ok: false, message: `That sounds like a day or time rather than the address. ${again}` };
    const kind = plainAnswerKind(text, options);
    if (kind === 'PHONE' || kind === 'EMAIL') return { ok: false, message: `That looks like ${kind === 'PHONE' ? 'a phone number' : 'an e-mail address'} rather than the address. ${again}` };
    // ("please call me back on 512 555 0123 about the panel": a callback number with more said, still no address.)
    if (saysCallbackNumber(text)) return { ok: false, message: `That sounds like how to reach you rather than the address. ${again}` };
    if (NOT_AN_ADDRESS.test(text) || YES_NO_ANSWER.test(text) || isSkip(text)) return { ok: false, message: again };
    // "the number I'm calling from", "just text me": how to reach the visitor, not where the job is.
    if (!/\d/.test(said) && CONTACT_TALK.test(said)) return { ok: false, message: `That sounds like how to reach you rather than the address. ${again}` };
    if (looksLikeQuestion(text) && !/\d/.test(text)) return { ok: false, message: again };
    if (said.length < 3 || !/[a-z]{2,}/i.test(said) || wordsOf(said) > 20) return { ok: false, message: again };
    return { ok: true, value: said };
  }
  if (text.length < 2) return { ok: false, message: 'Could you give me a little more detail?' };
  return { ok: true, value: text };
}
