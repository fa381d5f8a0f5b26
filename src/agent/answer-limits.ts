import { stem } from '../ai/lexical.js';
import { NUMBER_WORDS } from './answer-numbers.js';
import { PEOPLE_NOUNS, partySizesSaid } from './answer-party.js';

// A count the visitor asks for against the most the page allows of that thing: "can i bring 3 dogs"
// -> "Dogs are welcome ... (2 per site)", "can we put 3 tents on one site" -> "up to 6 people and 2
// tents". More than the most allowed is a no, whatever welcome the sentence gives the thing.

/** One word describing the thing counted ("3 BIG dogs"), no joining word. */
const ADJ = '(?:(?!and\\b|or\\b|per\\b)[a-z]+\\s+)??';
const COUNT = `(?<![$€£]\\s?)(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
/** A count and the thing counted, one word of description between at most ("3 big dogs"). */
const ASKED = new RegExp(`\\b${COUNT}\\s+${ADJ}([a-z]{3,}s|people|ppl)\\b`, 'g');
/** The most allowed, with the thing counted ("up to 6 people and 2 tents", "maximum of 4 guests", "no more than 2 pets"). */
const MOST = new RegExp(`\\b(?:up to|max(?:imum)?(?: of)?|no more than|not more than|at most|limit(?:ed)? (?:of|to))\\s+${COUNT}\\s+${ADJ}(?!(?:and|or|per)\\b)([a-z]{3,})((?:(?:,|,?\\s+and|,?\\s+or)\\s+${COUNT}\\s+${ADJ}(?!(?:and|or|per)\\b)[a-z]{3,})*)`, 'gi');
/** One more count and thing of a MOST list ("and 2 tents"). */
const MORE = new RegExp(`${COUNT}\\s+${ADJ}(?!(?:and|or|per)\\b)([a-z]{3,})`, 'gi');
/** A count allowed of each place or booking ("2 per site", "2 dogs per room", "4 max"). */
const EACH = new RegExp(`\\b${COUNT}\\s+(?:([a-z]{3,})\\s+)?(?:per|a|each)\\s+(?:site|room|cabin|unit|booking|reservation|stay|visit|household|party|group|car|cart|boat|kayak|canoe|raft|bike|tent|court|bay|vehicle|table|lane|person|guest|family)\\b|\\b${COUNT}\\s+([a-z]{3,}\\s+)?max(?:imum)?\\b`, 'gi');

/** A price for more than the count said ("each extra pet $10", "additional rooms +$25"). */
export const EACH_EXTRA = /\b(?:each|every|per|an?|any) (?:extra|additional|added|further)\b|\b(?:extra|additional) \w+s?:? \+?[$€£]/i;

const count = (said: string): number => Number(said) || NUMBER_WORDS[said.toLowerCase()] || 0;
/** People counted without saying who they are ("3 PEOPLE", "a group of 5"): any people the text counts are they ("Two RIDERS per cart", "up to 4 PLAYERS"). */
const ANYONE = new Set(['people', 'persons', 'ppl', 'folks']);
const PEOPLE = new Set(PEOPLE_NOUNS.map((w) => stem(w)));
const isPeople = (w: string): boolean => ANYONE.has(w.toLowerCase()) || PEOPLE.has(stem(w.toLowerCase()));
const sameThing = (a: string, b: string): boolean => stem(a.toLowerCase()) === stem(b.toLowerCase()) || (ANYONE.has(b.toLowerCase()) && PEOPLE.has(stem(a.toLowerCase())));

/** Several of the things a party is split among, asked for ("boats", "two carts"). */
const SEVERAL = /\b(?:boats|kayaks|canoes|rafts|carts|lanes|tables|rooms|sites|cabins|bikes|courts|bays|tents|cars|vehicles|units|tee times|several|multiple)\b/i;

/** The most of each thing a text allows, by the thing's stem; an uncounted "2 per site" is of the thing the text names before it. */
function mostAllowed(text: string, asked: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(MOST)) {
    if (sameThing(m[2]!, asked)) found.push(count(m[1]!));
    for (const more of (m[3] ?? '').matchAll(MORE)) if (sameThing(more[2]!, asked)) found.push(count(more[1]!));
  }
  for (const m of text.matchAll(EACH)) {
    const n = m[1] ?? m[3]!;
    const thing = m[2] ?? m[4]?.trim();
    if (thing ? sameThing(thing, asked) : new RegExp(`\\b${stem(asked)}\\w*\\b`, 'i').test(text.slice(0, m.index))) found.push(count(n));
  }
  return found;
}

/** The question asks for more of a thing than the text allows ("3 dogs" against "2 per site"). */
export function overTheLimit(question: string, text: string): boolean {
  // (A price for each one more is no limit: "Additional guests: $10 per person per night".)
  if (EACH_EXTRA.test(text)) return false;
  // (Nor is the most one boat, cart or lane holds a limit on a party of people that takes several: "can 6 people rent BOATS together", reviewer; "3 TENTS" are still counted.)
  const several = SEVERAL.test(question);
  const told = partySizesSaid(question).map((n) => [n, 'people']);
  for (const [said, thing] of [...[...question.toLowerCase().matchAll(ASKED)].map((m) => [m[1]!, m[2]!]), ...told]) {
    if (several && isPeople(thing!)) continue;
    const n = count(said!);
    const most = mostAllowed(text, thing!);
    if (n > 0 && most.length > 0 && most.every((x) => n > x)) return true;
  }
  return false;
}
