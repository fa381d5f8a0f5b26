import { ADDED_WORDS, BESIDE_WORDS, isStopWord, normalizeCasual, terms, words } from '../ai/lexical.js';

// The service a yes/no question asks for ("do you VERB the THING", "can I VERB ..."): its verb, the
// thing it names (its head and the word before), and what a visitor asks leave to come with.

/** "tune UPS", "clean OUT": particles of a phrasal noun are not its head. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'in', 'on', 'away', 'back']);
const SERVICE_ASK = /^(?:do|does|can|could|will|would) (?:you guys|you all|y'?all|you|u|your \w+|the \w+)\s+(\w+)\s+(.+)$/;
// (A clause after a comma is the visitor's own: "do you do windshields, MINE HAS A CRACK".)
const OBJECT_END = /\s(?:on|in|for|at|with|from|if|when|and|or|to|near|during|before|after|by|as|like|please|too|also|here|there|today|now|instead|rather)\b.*$|\s*[,;:!?].*$/;

/**
 * The head word (stemmed) of the service a yes/no question asks about, when it is named by two
 * or more words ("do you do gas FITTING", "do you install tankless HEATERS"); null otherwise.
 */
export function serviceHead(question: string): string | null {
  return serviceObject(question)?.head ?? null;
}

/**
 * The clause that asks: the whole question, or its last clause after what the visitor tells
 * ("we're building a new house, CAN YOU INSTALL a septic tank").
 */
function askingClause(question: string): string {
  const q = normalizeCasual(question).replace(/^(?:so|and|also|hey|hi|hello|ok|okay|um)[,\s]+/, '').replace(/[?!.]+$/, '').trim();
  if (SERVICE_ASK.test(q) || MAY_I.test(q)) return q;
  const last = q.split(/[,;:.!?]+/).map((c) => c.trim()).filter(Boolean).pop() ?? q;
  return SERVICE_ASK.test(last) || MAY_I.test(last) ? last : q;
}

/** The service a yes/no question asks for: its verb and all that follows it ("can you MOVE / my piano upstairs"). */
export function serviceAsked(question: string): { verb: string; rest: string } | null {
  const m = SERVICE_ASK.exec(askingClause(question));
  return m ? { verb: m[1]!, rest: m[2]! } : null;
}

/** The words (stemmed) of the thing a "do you VERB ..." question names, up to the end of its object; null when it asks no such thing. */
function objectTerms(question: string): string[] | null {
  const m = SERVICE_ASK.exec(askingClause(question));
  if (!m) return null;
  return objectWords(m[2]!);
}

/** The words (stemmed) of a verb's object, from what follows the verb up to the object's end. */
function objectWords(rest: string): string[] {
  // "do you work ON the 4th": no object, the verb is the question.
  // ("do u have vegan OPTIONS": a word for any kind of thing names nothing; "vegan" is what is asked for.)
  return terms(` ${rest}`.replace(OBJECT_END, '')).filter((t) => !isStopWord(t) && !PARTICLES.has(t) && !ANY_KIND.has(t));
}

/** Words the casual reading adds after the visitor's own that they often type themselves ("payment plans" -> "payment plans FINANCING"). */
const ADDED = new Set([...BESIDE_WORDS].flatMap((w) => terms(w)));
/** Words the casual reading adds that the visitor never typed ("can i watch" -> "... watch spectator"); not the drink's kind, "bring beer ALCOHOL", a thing brought. */
const REWRITTEN = new Set([...ADDED_WORDS].filter((w) => w !== 'alcohol').flatMap((w) => terms(w)));

export function serviceObject(question: string): { head: string; modifier: string } | null {
  // ("do you do payment plans" is read "... payment plans financing": the thing is the plan, not the
  // word added after it, which the visitor never typed.)
  const typed = new Set(terms(question));
  const object = objectTerms(question)?.filter((t, i, all) => i < all.length - 1 || !ADDED.has(t) || typed.has(t));
  return object && object.length >= 2 ? { head: object[object.length - 1]!, modifier: object[object.length - 2]! } : null;
}

/** The last word (stemmed) of the thing a "do you VERB ..." question names, one word or more ("do you treat FLEAS", "do you fix gas FIREPLACES"). */
export function serviceThing(question: string): string | null {
  return objectTerms(question)?.pop() ?? null;
}

/** Words for any kind of thing ("options", "choices", "stuff"), as terms() reads them. */
const ANY_KIND = new Set(terms('options choices stuff things items kinds types sorts variety selection'));

/** Asking leave: "can I ...", and as a visitor also puts it, "is it ok to ...", "are we allowed to ...". */
const MAY_I = /^(?:(?:can|could|may) (?:i|we)|is it (?:ok|okay|alright|all right|fine|allowed) (?:to|if (?:i|we))|(?:are we|am i) (?:allowed|permitted) to)\s+(\w+)\s+(.+)$/;

/** The verb of a "do you VERB ...?" or "can I VERB ...?" question ("do you SELL traps", "can I BUY parts"): what it asks to be true. */
export function serviceVerb(question: string): string | null {
  const q = `${askingClause(question)} .`;
  return SERVICE_ASK.exec(q)?.[1] ?? MAY_I.exec(q)?.[1] ?? null;
}

/** The verb that ends a "what ... do you VERB?" question ("what tire brands do you CARRY"): the ask, no thing asked about. */
export function closingVerb(question: string): string | null {
  return /\b(?:do|does|can|will) (?:you guys|you all|y'?all|you|u)\s+([a-z]+)\s*[?.!]*\s*$/i.exec(askingClause(question))?.[1]?.toLowerCase() ?? null;
}

// Verbs of the visitor's own coming along ("can I BRING my kids", "can we WATCH"): no service the
// guide must name in that verb, whose answer is about who or what comes ("Kids are fine").
// (And what is set down in the place: "can we PUT 3 tents on a site", "can i PITCH a second tent".)
const COMING_ALONG = /^(?:bring|come|stay|watch|sit|wait|attend|join|accompany|tag|visit|observe|put|pitch)$/;

/** "can I BRING my kids": the visitor asks leave to come with someone or something, not for a service. */
export function comingAlong(question: string): boolean {
  const verb = MAY_I.exec(`${askingClause(question)} .`)?.[1];
  return !!verb && COMING_ALONG.test(verb);
}

/**
 * What the visitor asks leave to come with ("can I bring A FRIEND", "can we bring OUR DOG"): the words
 * (stemmed) of the object of a coming-along verb, up to the end of its object; null when it names none.
 */
export function broughtAlong(question: string): string[] | null {
  const m = MAY_I.exec(`${askingClause(question)} .`);
  if (!m || !COMING_ALONG.test(m[1]!)) return null;
  // (Not a word the casual reading added: "can i watch" is read "can i watch spectator", no one brought.)
  const object = objectWords(m[2]!).filter((t) => !REWRITTEN.has(t));
  return object.length ? object : null;
}
