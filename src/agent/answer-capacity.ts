import { normalizeCasual, terms } from '../ai/lexical.js';

// How many people a thing takes, asked ("how many PEOPLE fit in a cabin", "how many guests can the
// room hold"): a unit that gives a capacity by a number ("Rustic cabin (SLEEPS 4, ...)", "seats 40",
// "accommodates up to 12") counts those people, though it never says the word "people".

/** The counted people of a capacity question (the question read casually), or of a party told ("we might have 15 kids is that ok"). */
// (Told, not asked: "can i bring 3 kids" asks leave for them, no capacity.)
const PEOPLE_COUNTED = /(?:\bhow many|(?:^|[,.;!]\s*)(?:(?:so|well|um|and|hey|hi|ok|okay)\W+)?(?:we|i)(?: might| will| would| could| may| should|'ll)? (?:have|be bringing) (?:about |around |like |maybe |up to )?\d+) (people|persons|guests|adults|kids|children|campers|players|riders|passengers|skaters|friends)\b/;
/**
 * A capacity given by a number: "sleeps 4", "seats up to 40", "holds 12", "accommodates 6"; or the most
 * of those who come, named by what they do ("for up to 12 SKATERS", "up to 20 jumpers"; not "up to 4 colors", and "up to 8 guests" names its people itself).
 */
const CAPACITY = /\b(?:sleeps|seats|holds|fits|accommodates)\s+(?:up to\s+)?\d+\b|\b(?:up to|a maximum of|at most|max(?:imum)?)\s+\d+\s+(?:skaters|jumpers|riders|players|campers|climbers|bowlers|swimmers|golfers|paddlers|dancers|shooters|visitors|participants|attendees)\b/i;

/** The term of the people a capacity question counts, when `text` gives a capacity by a number; null otherwise. */
export function capacityCounted(question: string, text: string): string | null {
  const people = PEOPLE_COUNTED.exec(normalizeCasual(question))?.[1];
  return people && CAPACITY.test(text) ? (terms(people)[0] ?? null) : null;
}

/** People named as what a price is counted by: "$45 PER PERSON", "$20 a head". */
const PER_PEOPLE = /\b(?:per|a|an|each|every)\s+(?:person|people|head|guest|player|participant|adult|kid|child)\b/i;

/**
 * The term of the people a capacity question counts ("how many PEOPLE per lane"), when `text` names them only
 * as what a price is counted by ("Corporate team building: $45 PER PERSON, ... and a lane"): no count of them; null otherwise.
 */
export function peopleOnlyAsRate(question: string, text: string): string | null {
  const people = PEOPLE_COUNTED.exec(normalizeCasual(question))?.[1];
  const t = people ? terms(people)[0] : undefined;
  if (!t || !PER_PEOPLE.test(text)) return null;
  return terms(text.replace(new RegExp(PER_PEOPLE.source, 'gi'), ' ')).includes(t) ? null : t;
}
