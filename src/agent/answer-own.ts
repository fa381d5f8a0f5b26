import { relatedTerms, terms, words } from '../ai/lexical.js';
import { bringAsked } from './answer-bring.js';

// The visitor's own thing and the business's thing for rent are two things: "can i bring my own gun" is
// not answered by "You may not bring outside ammo for RENTAL GUNS", nor "can i shoot my ar15" by
// "RIFLE RENTAL (AR-15 and others): $25 per gun" (shooting range QA).

/** The visitor's own thing ("my own GUN", "our AR15"): group 1. */
const OWN_THING = /\b(?:my|our) (?:own )?([a-z][a-z0-9-]*)/;
/** A word of renting ("rental", "rented"). */
const RENT = String.raw`rent(?:al|als|ed|ing|s)?`;
/** Renting asked: then the thing for rent is the one asked about ("can i rent my own lane", "my rental gun"). */
const RENT_ASKED = new RegExp(String.raw`\b${RENT}\b`);
/** A word of renting, by itself. */
const RENT_WORD = new RegExp(`^${RENT}$`);

/**
 * The unit names the visitor's own thing (or a word for it: "guns" for "firearm") only as a thing for rent,
 * right beside a word of renting ("rental guns", "Rifle rental (AR-15 ...)", "rent a rifle"): it speaks of the
 * business's, not theirs.
 */
export function rentalNotOwn(plainQuestion: string, text: string): boolean {
  const own = OWN_THING.exec(plainQuestion)?.[1];
  // (Asked whether to bring it, "do i need to bring my own shoes", the thing for rent is had there: "No. Climbing shoes rent for $6".)
  if (!own || RENT_ASKED.test(plainQuestion) || bringAsked(plainQuestion)) return false;
  const t = terms(own)[0];
  if (!t) return false;
  const kin = new Set([t, ...relatedTerms(t)]);
  const ws = words(text);
  const at = ws.flatMap((w, i) => (terms(w).some((x) => kin.has(x)) ? [i] : []));
  const rented = (i: number) => [ws[i - 1], ws[i - 1] === 'a' ? ws[i - 2] : undefined, ws[i + 1]].some((w) => RENT_WORD.test(w ?? ''));
  return at.length > 0 && at.every(rented);
}

/** A rule said of the business's things for rent ("... FOR RENTAL GUNS", "with a rented board"). */
const FOR_RENTAL = /\b(?:for|with|in|on) (?:the |a |an |our )?rent(?:al|ed)\b/i;

/**
 * "can i bring my own ammo" -> "You may not bring outside ammo for rental guns.": the rule is said of the business's
 * guns for rent, a case the visitor who asks of their own never names, so it is no yes or no to them (the own guns
 * may well take it); asked of a rental ("... for a rental gun"), it is the no.
 */
export function rentalCaseOnly(plainQuestion: string, text: string): boolean {
  return OWN_THING.test(plainQuestion) && !RENT_ASKED.test(plainQuestion) && !bringAsked(plainQuestion) && FOR_RENTAL.test(text);
}

/** An instruction on how to come with one's own thing ("BRING firearms in unloaded and cased", "Use your own ..."). */
const HOW_TO_BRING = /^(?:bring|use|carry|keep|pack|store|label)\b/i;
/** Leave given to the visitor's own ("You MAY shoot your OWN handguns ..."). */
const OWN_LEAVE = /\b(?:you|guests|visitors|members|shooters|customers) (?:may|can|are welcome to)\b[^.]*\b(?:your|their) own\b/i;

/**
 * "can i bring my own gun" -> "Bring firearms in unloaded and cased.": the instruction follows the leave it is for,
 * "You may shoot your own handguns, rifles and shotguns ...", which comes first (the sentence before it, `prev`).
 */
export function leaveBeforeInstruction(plainQuestion: string, text: string, prev: string | undefined): boolean {
  return OWN_THING.test(plainQuestion) && HOW_TO_BRING.test(text) && !!prev && OWN_LEAVE.test(prev);
}
