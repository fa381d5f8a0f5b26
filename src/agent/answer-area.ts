import { isStopWord, normalizeCasual } from '../ai/lexical.js';
import type { SearchHit, Vocabulary } from '../knowledge/service.js';
import type { GroundedAnswer } from './answer-extract.js';
import { renderRow } from './answer-units.js';
import { unitsOf, type Unit } from './answer-units.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// "is longmont in ur area", "do you serve Fairview?", "i live in plymouth, can you still come":
// whether the business works in a place. When the knowledge names the place, the ordinary answer
// quotes the sentence that names it. When it does not, no sentence says yes or no, but the visitor
// is best served by what the knowledge does say about where the business works (the towns, the
// radius, the travel fee), said as what it is: we are not sure about that place.

const PLACE = `([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2})`;
const YOU = `(?:you|you guys|you all|your (?:team|guys|crew|techs?|technicians?|cleaners|movers))`;
const OPEN = `^(?:and |so |hi |hey )?`;
// Each way of asking, and whether its verb also asks about a job ("do you SERVICE heat pumps",
// "do you COVER water damage"): then no word of the place may be one the knowledge uses.
const ASKS: Array<{ re: RegExp; ambiguous: boolean }> = [
  // "is longmont in your area", "is oak park within your service area"
  { re: new RegExp(`${OPEN}is ${PLACE} (?:in|within|inside|part of|covered by|included in) (?:your|the) (?:service |coverage |delivery |travel )?(?:area|range|zone|radius|patch)\\b`), ambiguous: false },
  // "do you guys come out to oak park", "will you travel to fairview"
  { re: new RegExp(`${OPEN}(?:do|does|can|could|will|would) ${YOU} (?:come (?:out )?to|go (?:out )?to|travel to|come as far as|go as far as) ${PLACE}(?: area| too| as well| at all)?[?.!]*$`), ambiguous: false },
  // "do you serve longmont", "do you cover oak park"
  { re: new RegExp(`${OPEN}(?:do|does|can|could|will|would) ${YOU} (?:serve|service|cover|work in|operate in|do jobs in) ${PLACE}(?: area| too| as well| at all)?[?.!]*$`), ambiguous: true },
  // "i live in plymouth, can you still come", "we're in oak park, do you cover us"
  { re: new RegExp(`^(?:hi |hey |so )?(?:i am|we are|i live|we live|i'm|we're|i am located|we are located|located) (?:in|out in|over in|up in|down in) ${PLACE}[,.]? (?:is that|are you|do you|can you|could you|will you|would you|is it)\\b`), ambiguous: false },
];
/** Plural words that end town names ("Idaho Falls", "Oak Hills", "the Hamptons"). */
const PLACE_PLURAL = /^(?:falls|springs|heights|hills|woods|rapids|lakes|meadows|pines|oaks|gardens|acres|forks|fields|mills|plains|shores|sands|harbors|harbours|flats|ridges|crossings|groves|palms|cliffs|bluffs|dunes|estates|commons|hamptons)$/;
/** Words that are no place ("do you come to my house", "is that in your area"). */
const NOT_A_PLACE = /^(?:my|our|the|a|an|this|that|it|there|here|me|us|you|your|town|city|home|house|place|area|office|work|people|houses|homes|apartments?|condos?|weekends?|nights?|sundays?|saturdays?)\b/;

/**
 * The place a question asks whether the business works in, lower case, when the knowledge never
 * names it (then no sentence can say yes or no to it); null otherwise. Without the vocabulary
 * every place counts as named.
 */
export function unnamedPlace(question: string, vocabulary: Vocabulary | null): string | null {
  if (!vocabulary) return null;
  const q = normalizeCasual(question).replace(/\s+/g, ' ').trim();
  for (const { re, ambiguous } of ASKS) {
    const place = re.exec(q)?.[1]?.replace(/[.,]+$/, '').trim();
    if (!place || NOT_A_PLACE.test(place)) continue;
    const ws = place.split(' ').filter((w) => !isStopWord(w));
    if (!ws.length) continue;
    // ("harpers landing" is "Harper's Landing": the knowledge's words have no possessive s.)
    const known = ws.filter((w) => vocabulary.words.has(w) || vocabulary.words.has(w.replace(/'?s$/, ''))).length;
    if (known === ws.length || (ambiguous && known > 0)) return null;
    // ("do u service pharmacy vaccine FRIDGES": after a verb that also asks about a job, things in the plural are the job.)
    if (ambiguous && /[^s']s$/.test(ws[ws.length - 1]!) && !PLACE_PLURAL.test(ws[ws.length - 1]!)) continue;
    return place;
  }
  return null;
}

const AREA_HEADING = /\b(?:service area|areas?|where we (?:work|go|serve)|coverage|towns?|travel|locations? we serve|region)\b/i;
// ("Mobile car detailing ANYWHERE IN Oakville, Burlington and Milton", "WE GO TO Elgin and Dunmore": where, said in
// passing; not "we come to YOUR home", which says how, not where.)
// ("Proudly SERVING Elgin", not a portion: "priced per SERVING", "a 6-inch serves 8".)
const AREA_TEXT = /\b(?:we (?:serve|cover|clean|work in|travel)|we (?:come|go|drive) to (?!you\b|your\b|the (?:job|house|home|site)\b)|(?<!\b(?:per|a|an|each|every|one|by the|a single)\s)serving(?!\s+(?:sizes?|of)\b)|servicing|anywhere in|service area|served on|(?:travel|trip) (?:fee|charge)|per mile|within \d+ miles|miles (?:of|from|outside|beyond)|outside (?:that|this|our|these|those) (?:radius|area|towns?))\b/i;

/** Three places or more named in a list after "in" ("lawns and gardens in Oakville, Burlington and Milton"). */
const TOWN_LIST = /\bin [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)+,? (?:and|or|&) [A-Z][a-z]+/;

/** What the knowledge says about where the business works (the section on it, else sentences saying it), best chunk first. */
export function areaUnits(hits: SearchHit[]): Unit[] {
  const units = unitsOf(hits);
  const section = units.filter((u) => AREA_HEADING.test(innermostHeading(u.heading)) && (u.kind === 'row' || AREA_TEXT.test(u.text) || /[A-Z][a-z]+,/.test(u.text)));
  const sentences = units.filter((u) => u.kind === 'sentence' && (AREA_TEXT.test(u.text) || TOWN_LIST.test(u.text)));
  // (A sentence that names the towns says where; "Pet taxi to the vet or groomer within our area" does not:
  // it answered "what areas do you cover" whenever its chunk came first among hits of equal score.)
  const naming = sentences.filter((u) => TOWN_LIST.test(u.text));
  return bestChunkUnits(section.length ? section : naming.length ? naming : sentences, 4);
}

/**
 * "what areas do you cover", "which towns do you serve": what the knowledge says about where the business works,
 * or null when it says nothing (the lawn care guide's "Fully insured, WSIB covered" is no answer to it).
 */
export function whereWeWork(question: string, hits: SearchHit[]): GroundedAnswer | null {
  if (!asksWhereWeWork(question)) return null;
  return saidBy(areaUnits(hits));
}

/** Asking where the business works, not whether it works in one place (that is `unnamedPlace`'s). */
export function asksWhereWeWork(question: string): boolean {
  const q = normalizeCasual(question);
  // ("travel fee outside your area": a price asked, which the fee's sentence answers.)
  return AREA_ASKED.test(q) && !/\b(?:fee|fees|cost|costs|charge|charges|price|prices|pricing|how much|extra|surcharge)\b/.test(q);
}
// ("do you work with clients OUTSIDE TORONTO", "can u come beyond kingston": a place past the one the business is
// in asks how far it works, which a wider area stated answers, "remotely anywhere in Canada". Not "outside THE
// property" nor "outside office hours": no place.)
const AREA_ASKED = /\b(?:what|which) (?:areas?|towns?|cities|neighbou?rhoods?|suburbs|regions?|places do you (?:serve|cover|go))\b|\b(?:your|ur) (?:service |coverage )?area\b|\bservice area\b|\bwhere do you (?:serve|cover|service|operate|travel)\b|\b(?:do|does|can|could|will|would) (?:you|you guys|you all|y'?all)\b[^?.!]*\b(?:work|serve|travel|go|come|operate|take (?:clients|customers|jobs|projects)|do (?:jobs|work|projects))\b[^?.!]*\b(?:outside|beyond)(?: of)? (?!(?:the|my|your|our|a|an|this|that|these|those|it|them|hours?|office|business|normal|regular|working|opening)\b)[a-z]/;

/** The units of the best chunk among them (the first one's), at most `max`. */
export function bestChunkUnits(units: Unit[], max: number): Unit[] {
  const chunk = units[0]?.chunkId;
  return units.filter((u) => u.chunkId === chunk).slice(0, max);
}

/** "I'm not sure about Venmo. <lead><what the guide says instead>", or null when it says nothing. */
export function notSureAbout(thing: string, units: Unit[], lead = ''): GroundedAnswer | null {
  const name = thing.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return saidBy(units, `I'm not sure about ${name}. ${lead}`);
}

/** What the units say, in order (a row as "label — header: value"), after `lead`; null when there are none. */
function saidBy(units: Unit[], lead = ''): GroundedAnswer | null {
  if (!units.length) return null;
  const text = units.map((u) => (u.kind === 'row' ? renderRow(u, null) : u.text)).join(' ');
  return { text: `${lead}${text}`.slice(0, 1200), sources: [{ title: units[0]!.title, chunkId: units[0]!.chunkId }] };
}

/** "I'm not sure about Longmont. Here is where we work: ..." from the area units, or null when the knowledge says nothing about where. */
export function areaAnswer(place: string, hits: SearchHit[]): GroundedAnswer | null {
  return notSureAbout(place, areaUnits(hits), 'Here is where we work: ');
}
