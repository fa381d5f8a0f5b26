import { isStopWord } from '../ai/lexical.js';

// "how much is a NINETY minute deep tissue": a phone transcript (or a visitor) says a measure in
// words where the guide writes digits ("90 minutes $140"). A number said in words right before what
// it measures is written as digits for the knowledge lookup; any other "one" or "two" ("do you have
// one for kids") is left as said.

/** Numbers said as one word, below twenty (answer-rows counts the small ones too). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = Object.keys(NUMBER_WORDS).join('|');
const TEN = Object.keys(TENS).join('|');
/** What a number measures: a length of time, a size, an amount, a count of people or rooms. */
const MEASURE = '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|feet|foot|ft|inch(?:es)?|gallons?|dollars?|bucks|pounds?|lbs?|miles?|people|persons?|guests?|kids|children|bedrooms?|bathrooms?|rooms?|stor(?:y|ies)|sessions?|lessons?|classes|visits?)';
const SAID = new RegExp(`\\b(?:(${TEN})(?:[\\s-](${UNIT}))?|(${UNIT}))(?:\\s+hundred)?(?=[\\s-]+${MEASURE}\\b)`, 'gi');

/** Fractions said in words ("half a truck", "three quarters of a load") and how a guide writes them. */
const FRACTIONS: Readonly<Record<string, string>> = { half: '1/2', quarter: '1/4', third: '1/3', eighth: '1/8', 'three quarters': '3/4', 'three quarter': '3/4', 'two thirds': '2/3' };
// (Not a share of a time, a price or a way: "half an hour", "half price", "half off", "a quarter past".)
// ("a THIRD load" is the third one: a third or an eighth is a share only with "of".)
const FRACTION = /\b(?:(half|quarter|three[- ]quarters?|two[- ]thirds)(?: of)?|(third|eighth) of)(?: (?:a|an|the|my|our|your))? (?=(?!(?:hours?|hr|days?|weeks?|months?|years?|minutes?|mins?|price|off|way|past|to|of|and|or|the|a|an|[0-9])\b)[a-z]{3,})/gi;

/**
 * The question with each number said in words before what it measures written as digits ("a ninety
 * minute massage" -> "a 90 minute massage"), and a fraction of a thing said beside its digits too
 * ("half a truck" -> "half 1/2 truck", the "1/2 truck" row of a price table; a guide that says
 * "half" still finds its word).
 */
export function measuresAsDigits(question: string): string {
  return question
    .replace(SAID, (said: string) => String(Number(asDigits(said.replace(/\s+hundred$/i, ''))) * (/hundred$/i.test(said) ? 100 : 1)))
    .replace(FRACTION, (_said: string, share: string | undefined, ofShare: string | undefined) => `${share ?? ofShare} ${FRACTIONS[(share ?? ofShare)!.toLowerCase().replace('-', ' ')]} `)
    // (Storage QA on the phone: "how much is a TEN BY TEN unit" -> the "10x10" row; lexical reads "10 by 10" as "10x10".)
    .replace(SIZE_SAID, (_said: string, a: string, b: string) => `${asDigits(a)} by ${asDigits(b)}`)
    // (Storage QA on the phone: "can i get in there at like ELEVEN AT NIGHT": a time of day as its clock time, "11pm".)
    .replace(TIME_SAID, (_said: string, n: string, half: string) => {
      const hour = Number(asDigits(n));
      // ("twelve at night" is midnight and "two at night" the small hours: am; "eleven at night" is pm.)
      const pm = /^(?:in the (?:evening|afternoon)|p\.? ?m\.?)$/i.test(half) || (/^at night$/i.test(half) && hour >= 5 && hour <= 11);
      return `${hour}${pm ? 'pm' : 'am'}`;
    });
}
/** A clock hour said in words with its part of the day, after a word that says a time follows ("at eleven at night", "by seven in the morning", "after six p m"). */
const TIME_SAID = new RegExp(`(?<=\\b(?:at|by|around|after|before|until|till|like|about|from|to|past) )(${UNIT}|${TEN})(?: o'?clock)? (at night|in the (?:morning|evening|afternoon)|[ap]\\.? ?m\\.?)(?![a-z])`, 'gi');

/** A number said in words or digits ("ten", "twenty five", "12") as digits. */
function asDigits(said: string): string {
  const [first, second] = said.toLowerCase().split(/[\s-]+/);
  if (/^\d+$/.test(first!)) return first!;
  return String(TENS[first!] !== undefined ? TENS[first!]! + (second ? NUMBER_WORDS[second]! : 0) : NUMBER_WORDS[first!]!);
}
const SAID_NUMBER = `(?:(?:${TEN})(?:[\\s-](?:${UNIT}))?|${UNIT}|\\d{1,3})`;
/** A size said as its two sides ("ten by ten", "five by fifteen"): both in words, or one in words. */
const SIZE_SAID = new RegExp(`\\b(${SAID_NUMBER})\\s+by\\s+(${SAID_NUMBER})\\b`, 'gi');

const HALF = String.raw`(?:and a half|½|\.5)`;
/** The length of time a text says in minutes ("an hour", "1 hr", "hour and a half", "90 min", "half hour"), or null. */
export function minutesSaid(text: string): number | null {
  const t = ` ${text.toLowerCase()} `;
  const n = String.raw`(\d+(?:\.\d+)?|an?|one|two|three)`;
  const value = (w: string) => ({ a: 1, an: 1, one: 1, two: 2, three: 3 })[w] ?? Number(w);
  if (/\bhalf (?:an )?hour\b|\bhalf hou?r\b/.test(t)) return 30;
  const h = new RegExp(String.raw`\b${n}\s*(${HALF})?\s*-?\s*(?:hours?|hrs?|h)\b\s*(${HALF})?`).exec(t) ?? (/\bhour\b/.test(t) && !/\d/.test(t) ? ['', '1', /\bhour\b.*\bhalf\b/.test(t) ? 'half' : ''] : null);
  if (h) return Math.round((value(h[1]!) + (h[2] || h[3] ? 0.5 : 0)) * 60);
  const m = /\b(\d+)\s*-?\s*(?:minutes?|mins?|minut|m)\b/.exec(t);
  return m ? Number(m[1]) : null;
}

/**
 * The numbers a question says, as typed, as sizes ("size 12", "sz 9") and as counts of a thing named
 * after them ("15 kids", "3 tents"; not "15 dollars", nor a holiday the reading writes as its date).
 */
export function numbersSaid(typed: string): { sized: Set<string>; counted: Set<string> } {
  const sized = new Set([...typed.matchAll(/\b(?:size|sz)\s*(\d+)\b/gi)].map((m) => m[1]!));
  const counted = new Set([...typed.toLowerCase().matchAll(/\b(\d+)\s+([a-z]{3,})\b/g)].filter((m) => !isStopWord(m[2]!) && !/^(?:dollars?|bucks|usd)$/.test(m[2]!)).map((m) => m[1]!));
  return { sized, counted };
}

/**
 * The text says the number `n` only as money ("Each extra skater is $15"): no answer to a number
 * the question says as a size or a count of things ("do you have SIZE 15 skates", "15 KIDS"). (A bare
 * number may be a price the visitor read: "is the surcharge on top of the 285".)
 */
export function numberOnlyAsMoney(n: string, text: string): boolean {
  const plain = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const all = [...plain.matchAll(/(?<![\d.])(\d+)(?![\d])/g)].filter((m) => m[1] === n).length;
  return all > 0 && [...plain.matchAll(/\$\s?(\d+)(?!\d)|(?<![\d.])(\d+)\s*(?:dollars?|bucks?|usd)\b/gi)].filter((m) => (m[1] ?? m[2]) === n).length === all;
}

