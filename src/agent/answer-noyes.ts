import { isStopWord, terms } from '../ai/lexical.js';
import { broughtAlong } from './answer-service.js';
import { POLICY_TERMS } from './answer-unanswered.js';
import { AS_VERB, askedThing, boughtFromUs, freeOfSomethingElse, instructsVisitor, namedOnlyAsModifier, selfDoneUnsaid, verbOfSomethingElse } from './answer-claims.js';

// A sentence that cannot be the yes to a yes/no service question: it names the thing asked only as
// part of another thing (a compound, a list's other item, a name, a room that is a place), or says of
// it what it does not say of the thing asked (answer-claims' verb, instruction and "free of" rules).

/**
 * "do you have TENT RENTALS" -> "tent and RV sites, rustic cabins, canoe and kayak rentals": the
 * thing's words are said, each in another item of a list and none with the others: another thing.
 */
export function thingSplitAcrossItems(question: string, text: string): boolean {
  const asked = [...new Set(terms(askedThing(question)?.thing ?? ''))];
  if (asked.length < 2) return false;
  // (A list's items are short, three or more of them: not a sentence's clauses, "We treat bed bugs with heat: the rooms ...".)
  // (The items after a label are kinds of what it names: "Custom ear molds: swim plugs, ..." has custom ear plugs.)
  // (So are those after a head said with whom or what it is for: "Massage for individuals, couples, and groups; Swedish, hot stone".)
  const colon = text.indexOf(':');
  const head = colon > 0 ? null : /^\W*([\w'-]+) (?:for|with|in)\b/i.exec(text)?.[1];
  const label = colon > 0 ? terms(text.slice(0, colon)) : head ? terms(head) : [];
  const items = text.split(/[,;:]|\s[-\u2013\u2014]\s/).filter((item) => item.trim().split(/\s+/).length <= 5).map((item) => new Set([...terms(item), ...((colon > 0 && text.indexOf(item) > colon) || head ? label : [])]));
  const holding = (t: string) => items.filter((item) => item.has(t));
  return items.length > 2 && asked.every((t) => holding(t).length > 0) && !items.some((item) => asked.every((t) => item.has(t)));
}

/** A sentence that cannot be the yes to a yes/no service question (see the rules above). */
export function noYesFrom(question: string, text: string, heading = ''): boolean {
  return thingSplitAcrossItems(question, text) || namedOnlyAsModifier(question, text, heading) || verbOfSomethingElse(question, text) || boughtFromUs(question, text) || instructsVisitor(question, text) || selfDoneUnsaid(question, text, heading) || freeOfSomethingElse(question, text) || anotherCompound(question, text) || roomAsPlace(question, text) || plainNounOfAnother(question, text) || hyphenFirstOnly(question, text) || countedInBundle(question, text);
}

/**
 * "do you have PARKING" -> "Indoor trampoline PARK with 40 trampolines ...": the thing asked, a noun
 * made from a verb ("parking", "seating"), is said by the text only as a plain noun that closes the
 * name of another thing ("trampoline park", "booster seat"), never in its own form nor as a verb
 * ("we park", "to seat"): another thing, no yes.
 */
function plainNounOfAnother(question: string, text: string): boolean {
  const head = askedThing(question)?.thing.toLowerCase().split(/\s+/).pop();
  const term = head && /^[a-z]{3,}ing$/.test(head) ? terms(head)[0] : undefined;
  if (!term) return false;
  const found = [...text.toLowerCase().matchAll(/[a-z][a-z'-]*/g)];
  const ws = found.map((m) => m[0]);
  // (A word before a comma or a bracket ends its name too: "(callus care, paraffin WAX, massage)".)
  const endsName = (i: number) => i + 1 === ws.length || isStopWord(ws[i + 1]!) || /^\s*[,;:.)!?]/.test(text.slice(found[i]!.index + ws[i]!.length));
  // (The plain noun only, "park" of "parking": "Lakeside Locksmiths FITS locks" says the verb.)
  const bare = head!.slice(0, -3);
  const plain = new Set([bare, `${bare}e`, /([b-df-hj-np-tv-z])\1$/.test(bare) ? bare.slice(0, -1) : bare]);
  const uses = ws.flatMap((w, i) => (terms(w)[0] === term ? [i] : []));
  // (The name of the thing asked, said in the plain form, is no other thing: "the backflow TESTING" -> "the yearly backflow TEST".)
  const asked = new Set(terms(question));
  const closesName = (i: number) => i > 0 && plain.has(ws[i]!) && !isStopWord(ws[i - 1]!) && !AS_VERB.test(ws[i - 1]!) && !terms(ws[i - 1]!).some((t) => asked.has(t)) && endsName(i);
  return uses.length > 0 && uses.every(closesName);
}

/** "is there ROOM FOR my horse", "any room left": room asked as space, not as a place. */
const SPACE_ASKED = /\b(?:is there|are there|any|have|got|still|enough|no) (?:any |enough )?room (?:for|left|in)\b/i;

/** "is there room for my horse" -> "A heated tack ROOM ... is available": a room that is a place is no space for it. */
function roomAsPlace(question: string, text: string): boolean {
  // (Not room for a number of people, nor a room that seats them: "our back room seats up to 40".)
  if (/\broom for (?:\d+|a (?:group|party))/i.test(question) || /\b(?:seats?|holds?|fits?|sleeps?|up to \d+)\b/i.test(text)) return false;
  return SPACE_ASKED.test(question) && /\brooms?\b/i.test(text) && !/\broom (?:for|left|in)\b/i.test(text);
}

/**
 * "do you have HIGH CHAIRS" -> "The dining room is WHEELCHAIR accessible": the thing asked about, with
 * a word of its own before it, is said by the text only as the end of one word made of another
 * ("wheel" + "chair"): another thing, no yes.
 */
export function anotherCompound(question: string, text: string): boolean {
  const ws = askedThing(question)?.thing.toLowerCase().split(/\s+/) ?? [];
  if (ws.length < 2) return false;
  const head = ws[ws.length - 1]!.replace(/s$/, '');
  const modifier = ws[ws.length - 2]!;
  if (head.length < 4 || isStopWord(modifier)) return false;
  const lower = text.toLowerCase();
  if (new RegExp(`\\b${head}`).test(lower)) return false;
  // (A name written with a capital is a kind of the thing: "Visa and MasterCard" for "credit cards".)
  const found = [...text.matchAll(new RegExp(`\\b([a-zA-Z]{3,})-?${head}s?\\b`, 'gi'))];
  if (found.some((m) => /^[A-Z]/.test(m[0]))) return false;
  const joined = found.map((m) => m[1]!.toLowerCase());
  return joined.length > 0 && joined.every((first) => first !== modifier);
}

/** Seconds of a hyphenated word that say something of its first, not another thing ("pet-FRIENDLY", "gluten-FREE", "kid-SAFE"). */
const OF_FIRST = /^(?:friendly|free|safe|proof|resistant|approved|based|only|ready|sized|size|style|type|made|grade|related|owned|run|certified|inclusive|welcome|allowed|like|heavy|rich|filled|stuffed|topped|covered|lined|loving|oriented|focused)$/;

/**
 * "can we bring FOOD" -> "No. Dogs are welcome ... but not in the orchard rows (farm FOOD-SAFETY rules)":
 * the thing asked is said only as the first part of a hyphenated noun that names another thing (its
 * safety, its rules): no answer of it (it said "No."). "pet-friendly" and "gluten-free" still say it.
 */
function hyphenFirstOnly(question: string, text: string): boolean {
  const head = askedThing(question)?.thing.toLowerCase().split(/\s+/).pop();
  const term = head ? terms(head)[0] : broughtAlong(question)?.at(-1);
  if (!term) return false;
  const asked = new Set(terms(question));
  const uses = [...text.toLowerCase().matchAll(/[a-z][a-z']*(?:-[a-z][a-z']*)*/g)].map((m) => m[0].split('-')).filter((parts) => parts.some((p) => terms(p)[0] === term));
  // (A doing asked is said by its noun with a particle: "do you do TUNING" -> "Basic TUNE-UP"; "checks" are no "check-in".)
  const doing = /ing$/.test(head ?? '') && ((second: string) => /^(?:up|down|in|out|off|on|over|back|through|away|around)$/.test(second));
  return uses.length > 0 && uses.every((parts) => parts.length === 2 && terms(parts[0]!)[0] === term && !OF_FIRST.test(parts[1]!) && !(doing && doing(parts[1]!)) && !terms(parts[1]!).some((t) => asked.has(t)));
}

/** The terms only their own word says: a discount is said by a lower price too ("Student membership: $60"), a refund or a warranty by no other offer. */
const OWN_WORD_POLICIES = POLICY_TERMS.filter((p) => p.said.test('refund') || p.said.test('warranty'));

/**
 * "can i get a refund if it rains" -> "If rain stops play, you get a rain check ...": a term the
 * business sets asked for (a refund or a warranty, OWN_WORD_POLICIES) that the answer
 * never says is no yes to it (a rain check is no refund); what the page says is told without one.
 */
export function policyUnsaid(plainQuestion: string, text: string): boolean {
  const policy = OWN_WORD_POLICIES.find((p) => p.asked.test(plainQuestion));
  return !!policy && !policy.said.test(text);
}

/** A term's own word ("refund", "warranti"): a sentence added for it must say the term, not only a word of its related phrase ("money BACK" -> "the BACK tees"). */
export function policyWord(plainQuestion: string, term: string): boolean {
  return OWN_WORD_POLICIES.some((p) => p.asked.test(plainQuestion) && p.said.test(term));
}

/** A count in brackets, of what a thing holds ("Small (35 BALLS)", "Family pack (4 tickets)"): the counted word. */
const BUNDLE_COUNT = /\(\s*\d+\s+([a-z][\w-]*)[^)]*\)/gi;

/**
 * "do you sell golf balls" -> "Small (35 balls) — Price: $6": the thing asked named only as how many another thing
 * holds (a range's bucket of balls to hit) is no yes to the thing itself being on offer.
 */
function countedInBundle(question: string, text: string): boolean {
  const head = terms(askedThing(question)?.thing ?? '').pop();
  if (!head || !text.includes('(')) return false;
  const counted = [...text.matchAll(BUNDLE_COUNT)].flatMap((m) => terms(m[1]!));
  return counted.includes(head) && !terms(text.replace(BUNDLE_COUNT, ' ')).includes(head);
}
