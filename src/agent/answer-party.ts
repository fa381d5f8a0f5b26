import { terms } from '../ai/lexical.js';
import { NUMBER_WORDS } from './answer-numbers.js';
// The size of the visitor's party ("a scout troop of 15", "there are 8 of us", "for 4 people") and the
// sizes of party a guide's text is for ("Groups of 10 or more", "for up to 12 kids", "parties of 6 to 10").

/** The words that count people ("15 KIDS", "8 OF US"). */
export const PEOPLE_NOUNS: readonly string[] = 'people persons ppl guests adults kids children students players members friends scouts girls boys teens employees coworkers co-workers colleagues folks guys campers participants attendees jumpers climbers riders'.split(' ');
const PEOPLE = String.raw`(?:${PEOPLE_NOUNS.join('|')}|of us)`;
/** "for 4 people", "sleeps 6", "4 of us": how many the visitor must fit. */
export const PARTY = /\b(?:sleeps?|fits?|holds?)\s+(\d+)\b|\b(?:for|there are|we are|we're)\s+(\d+)\s*(?:people|persons|guests|adults|of us|ppl)\b|\b(\d+) (?:of us|people|guests|adults)\b/;
/** "a scout TROOP OF 15", "our class of 22", "15 kids": a party named by what it is, or counted in people. */
const PARTY_NAMED = new RegExp(String.raw`\b(?:a|an|our|my|the|we'?re|we are)\s+((?:[a-z'-]+\s+){0,2}?)([a-z]+)\s+of\s+(\d+)\b(?!\s*(?:%|[ap]\.?m\b|[a-z]))|\b(\d+)\s+(${PEOPLE})\b`, 'i');
/** Words that measure or count things, no party ("a pack of 10", "a total of 5"). */
const NOT_A_PARTY = /^(?:pack|set|box|bag|bundle|total|max|maximum|minimum|min|age|ages|size|score|rating|scale|lot|couple|series|round|rounds|course|batch|dozen|number|count)$/i;

/** How many the visitor's party is, the word that names it ("TROOP of 15", "15 KIDS") and the words before that ("a SCOUT troop"); null when no party is told. */
function partyTold(question: string): { size: number; head: string; modifiers: string } | null {
  const q = question.toLowerCase();
  const named = PARTY_NAMED.exec(q);
  if (named && named[2] && NOT_A_PARTY.test(named[2])) return null;
  if (named) return named[2] ? { size: Number(named[3]), head: named[2], modifiers: named[1] ?? '' } : { size: Number(named[4]), head: named[5]!, modifiers: '' };
  const m = PARTY.exec(q);
  return m ? { size: Number(m[1] ?? m[2] ?? m[3]), head: '', modifiers: '' } : null;
}

/** How many the visitor says their party is ("a tee time for 4 of us", "15 kids"), or null. */
// (Not "my 3 kids AND ME": the count told is not the whole party.)
export const partySize = (text: string): number | null => (/\b\d+\s+[a-z]+\s+(?:and|plus|with) (?:me|myself|i|my (?:wife|husband|partner))\b/i.test(text) ? null : (partyTold(text)?.size ?? null));

/** A party told by its size ("we're A GROUP OF 5", "a party of 6", "there are 5 OF US"), as said (a number or its word): answer-limits' counts of people asked for. */
const PARTY_OF = new RegExp(String.raw`\b(?:group|party|team|foursome|threesome)\s+of\s+(?<![$€£]\s?)(\d+|${Object.keys(NUMBER_WORDS).join('|')})\b|\b(?<![$€£]\s?)(\d+|${Object.keys(NUMBER_WORDS).join('|')})\s+of\s+us\b`, 'gi');
export const partySizesSaid = (question: string): string[] => [...question.toLowerCase().matchAll(PARTY_OF)].map((m) => m[1] ?? m[2]!);

/** A lead question that asks how many are coming ("How many players in your group?", "Party size?", "Number of guests"). */
export const ASKS_PARTY_SIZE = new RegExp(String.raw`\bhow many\b.*\b(?:${PEOPLE}|golfers|of you|in your (?:group|party)|coming|attending|joining)\b|\b(?:party|group) size\b|\bnumber of (?:${PEOPLE}|golfers)\b|\bhead ?count\b`, 'i');

const GROUP = String.raw`(?:groups?|parties|party|teams?|classes|bookings?|troops?|packs?)`;
/** The sizes of party a text says it is for, each a least and a most count. */
const SIZES: Array<{ re: RegExp; range: (a: number, b: number) => [number, number] }> = [
  { re: new RegExp(String.raw`\b${GROUP}\s+of\s+(\d+)\s*(?:\+|or more|and (?:up|over|more)|or (?:larger|bigger)|plus)`, 'gi'), range: (a) => [a, Infinity] },
  { re: new RegExp(String.raw`\b${GROUP}\s+of\s+(\d+)\s*(?:to|-|\u2013)\s*(\d+)\b`, 'gi'), range: (a, b) => [a, b] },
  { re: new RegExp(String.raw`\b${GROUP}\s+of\s+(?:up to|at most|no more than)\s+(\d+)\b`, 'gi'), range: (a) => [1, a] },
  { re: new RegExp(String.raw`\b(?:up to|at most|no more than|a maximum of|max(?:imum)?)\s+(\d+)\s+${PEOPLE}`, 'gi'), range: (a) => [1, a] },
  { re: new RegExp(String.raw`\b(?:at least|a minimum of|min(?:imum)?)\s+(\d+)\s+${PEOPLE}`, 'gi'), range: (a) => [a, Infinity] },
  { re: new RegExp(String.raw`\b(\d+)\s*(?:\+\s*${PEOPLE}|(?:or more|and up|and over)\s+${PEOPLE}|${PEOPLE}\s+or more)`, 'gi'), range: (a) => [a, Infinity] },
  { re: new RegExp(String.raw`\b(\d+)\s*(?:to|-|\u2013)\s*(\d+)\s+${PEOPLE}`, 'gi'), range: (a, b) => [a, b] },
];

function partySizesOf(text: string): Array<[number, number]> {
  return SIZES.flatMap(({ re, range }) => [...text.matchAll(re)].map((m) => range(Number(m[1]), Number(m[2] ?? m[1]))));
}

/**
 * "we're a scout troop of 15, any discount" against "Groups of 10 or more get 20% off": a text that
 * says what size of party it is for holds the visitor's party (1) or does not (-1); 0 when the
 * question tells no party or the text says no size of one.
 */
export function partyFit(question: string, text: string): -1 | 0 | 1 {
  const told = partyTold(question);
  const sizes = told ? partySizesOf(text) : [];
  if (!sizes.length) return 0;
  // (Only a size the party must reach picks the unit: "for up to 12 people" holds any small party, and is
  // no better answer to "how much for 4 ppl" than the price per player; a party over it is still no fit.)
  const holding = sizes.filter(([low, high]) => told!.size >= low && told!.size <= high);
  return holding.some(([low]) => low > 1) ? 1 : holding.length ? 0 : -1;
}

/**
 * The party a question tells, as indexes of its query terms: the word that names it (-1 when none
 * is a term) and the words a size of party that holds it says ("a church youth group of 20": 20, and
 * "youth" as the knowledge never uses it); null when no party is told.
 */
export function partyWords(question: string, qs: ReadonlyArray<{ term: string; unknown?: boolean }>): { head: number; said: number[] } | null {
  const told = partyTold(question);
  if (!told) return null;
  const at = (ts: string[]) => qs.flatMap((q, i) => (ts.includes(q.term) ? [i] : []));
  const head = at(terms(told.head))[0] ?? -1;
  const named = at([...terms(told.modifiers), ...terms(told.head)]).filter((i) => qs[i]!.unknown);
  return { head, said: [...at(terms(String(told.size))), ...named] };
}
