import { withoutYesNoTag } from './answer-polarity.js';

// The questions one message asks: a second question joined to the first, and two things of the
// business's own asked by one question word (answer.ts and answer-asks.ts answer each on its own).

// "how much is a reserved spot AND HOW MUCH is a garage space", "do you take apple pay, AND CAN
// YOU invoice me": a second question joined to the first.
const SECOND_QUESTION = /(?:,?\s+(?:and|also|plus|or)|\?)\s+(?=(?:how|what|whats|when|where|which|who|is|are|do|does|can|could|will|would)\b)/;

// "whats your address and phone number", "ur hours and email?": two things of the business's own asked
// by one question word, each a question of its own ("what is your address", "what is your phone number").
const CONTACT = `(?:(?:street |mailing |postal )?address|location|(?:(?:phone|cell|office|contact) )?(?:number|phone|phone number)|e-?mail(?: address)?|website|(?:opening |business |office )?hours)`;
const TWO_CONTACTS = new RegExp(`^((?:(?:hi|hey|ok|okay|so),?\\s+)?(?:what(?:'s|s| is| are)?|whats|can i (?:get|have)|could i (?:get|have)|give me|send me)?\\s*(?:your|ur|the)\\s+)(${CONTACT})\\s*(?:,|&|and|\\+)\\s*(?:(?:also|your|ur|the)\\s+)*(${CONTACT})[\\s?.!]*$`, 'i');

/** "whats your address and phone number": two things of the business's own, each its own question (no whole to answer at once). */
export function asksTwoContacts(question: string): boolean {
  return TWO_CONTACTS.test(withoutYesNoTag(question).trim());
}

/** The questions one message asks, in order ("whats a tune up cost", "how long does it take"). */
export function questionParts(question: string): string[] {
  const plain = withoutYesNoTag(question).trim();
  const two = TWO_CONTACTS.exec(plain);
  if (two) return [`${two[1]!}${two[2]!}`.trim(), `${two[1]!}${two[3]!}`.trim()];
  return plain.split(SECOND_QUESTION).map((p) => p.trim()).filter(Boolean);
}

/** "whats a tune up cost and how long does it take": asks two (or more) things. */
export function asksSeveral(question: string): boolean {
  return questionParts(question).length > 1;
}
