import { terms } from '../ai/lexical.js';
import { PRICE_SAID, SAYS_RULE } from './answer-unanswered.js';

// Whether the visitor must have or do a thing, asked without bringing it (bringing is answer-bring's): "does my kid need
// clubs for camp", "do i need golf shoes", "do i have to rent a cart". A page that says no rule of it answers otherwise:
// the thing lent or provided is a no, the thing one of several allowed or only offered for a price no yes (golf QA: each got "Yes.").

/** A thing asked whether needed ("does my kid NEED CLUBS", "do i need golf shoes", "do we have to have our own carts"). */
const THING_NEEDED = /^(?:do|does|will) (?:i|we|he|she|they|my \w+|our \w+) (?:need|have to have) (?:(?:a|an|my|our|his|her|their|any|some|the) )?(?:own )?((?:[a-z-]{3,} )?[a-z-]{3,})\b/;
/** The thing is there for the visitor, lent or provided (not merely sold or free to come: "available", "free"). */
const LENT = /\b(?:can be (?:borrowed|rented|loaned)|(?:are|is) (?:provided|supplied|lent|loaned)|we (?:lend|loan|provide|supply)|borrow|on loan)\b/i;
/** The thing said beside another it may be instead, "or" within two words of it ("golf shoes, OR sneakers"; not "reserve a lane online or by phone"). */
function alternativeTo(thing: readonly string[], text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/[^a-z'-]/g, ''));
  return words.some((w, i) => terms(w).some((t) => thing.includes(t)) && [-2, -1, 1, 2].some((d) => words[i + d] === 'or'));
}
/** A doing asked whether it must be done ("do i HAVE TO RENT a cart", "do we need to buy a bucket"); paying is asked of a price. */
const MUST_DO = /^(?:do|does|will) (?:i|we|he|she|they|my \w+|our \w+) (?:have to|need to|got to) (rent|buy|hire|get|purchase|take)\b/;

/**
 * The yes or no a unit that says no rule gives to whether a thing must be had or a doing done: "No." when the thing is lent or
 * provided ("Clubs can be borrowed"), "" (no verdict) when it is one of several allowed ("golf shoes, or sneakers") or when the
 * doing is only offered for a price ("Pull cart rental: $5"); null when no such thing is asked, or the unit says a rule.
 */
export function obligedAnswer(plain: string, text: string): 'No.' | '' | null {
  if (SAYS_RULE.test(text)) return null;
  const thing = THING_NEEDED.exec(plain)?.[1];
  if (thing) {
    const said = new Set(terms(text));
    if (!terms(thing).some((t) => said.has(t))) return null;
    return LENT.test(text) ? 'No.' : alternativeTo(terms(thing), text) ? '' : null;
  }
  return MUST_DO.test(plain) && PRICE_SAID.test(text) ? '' : null;
}
