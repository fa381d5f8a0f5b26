// "do i need to bring a towel", "should we bring our own paddles": whether the visitor must bring a
// thing, asked. The thing is the subject (the verb only frames it: answer-query weighs it so), and a
// sentence saying the business has it for them ("towels are free", "paddles come with every rental")
// is a no, one telling them to bring it ("Bring your own dog life jacket") a yes.

/** Asking whether one must bring a thing named after the verb (the question read casually). */
const BRING_ASKED = /\b(?:(?:do|does|will) (?:i|we|you|he|she|they|my \w+|our \w+) (?:need|have) to|(?:should|must) (?:i|we|he|she|they)) bring (?:(?:a|an|my|our|his|her|their|your|any|some|the) )?(?:own )?[a-z]{3,}/;

/** The thing is there for the visitor: free, provided, lent, rented, coming with what they book. */
const SUPPLIED = /\b(?:free|provided|supplied|included|includes?|comes? with|available|on hand|lend|loan|borrow|rent(?:al|als)?|we (?:have|supply|provide|bring))\b/i;
/** The visitor is told to bring it. */
const BRING_TOLD = /\b(?:bring|brings|must have|need your own|your own)\b/i;

/** "do i need to bring a towel": the visitor asks whether to bring a thing (`plain`: the question read casually). */
export function bringAsked(plain: string): boolean {
  return BRING_ASKED.test(plain);
}

/**
 * The yes or no a sentence gives to whether the thing must be brought: "Yes." when it tells the
 * visitor to bring it (and offers no other way), "No." when the business has it for them, "" when
 * it says neither (quoted without a yes or no); null when the question asks no such thing.
 */
export function bringAnswer(plain: string, text: string): 'Yes.' | 'No.' | '' | null {
  if (!bringAsked(plain)) return null;
  const told = BRING_TOLD.test(text);
  const supplied = SUPPLIED.test(text);
  if (told && !supplied) return 'Yes.';
  if (supplied && !told) return 'No.';
  return '';
}

/** Whether a sentence says yes or no to a thing asked to be brought ("do i need to bring my own shoes" -> "Climbing shoes rent for $6"). */
export function bringAnswered(plain: string, text: string): boolean {
  return !!bringAnswer(plain, text);
}

// (Whether a thing must be had or a doing done, asked without bringing it: answer-obliged.)
export { obligedAnswer } from './answer-obliged.js';
