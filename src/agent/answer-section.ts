import { normalizeCasual, terms } from '../ai/lexical.js';
import { isYesNoQuestion } from './answer-polarity.js';
import type { Unit } from './answer-units.js';
import { innermostHeading } from '../knowledge/heading-path.js';
import { ANSWER_TYPES, askedTypes, PRICE_TYPE } from './answer-types.js';

// "do you have packages", "tell me about recitals", "any exams?": a question whose whole subject is
// what a section of the guide is titled ("**Packages**", "## Recitals") asks for that section: its
// few lines are the answer (the packages themselves), not one sentence elsewhere that mentions the
// word in passing ("After that sessions are booked in packages.").

/** The subject asked for: "do you have X", "is there X", "tell me about X", "what about X", "any X", "X?". */
const ASKS_FOR =
  /^(?:(?:and|so|ok|okay|hi|hey|also)\s+)*(?:(?:do|does|can) (?:you|you guys|you all|y'?all) (?:have|offer|do|run|hold|give|sell)|(?:is|are) there|tell me (?:more )?about|what about|how about|info on|information on|any)\s+(?:any\s+|some\s+)?(?:your\s+|the\s+)?([a-z][a-z' -]{2,40}?)[\s?.!]*$/;
/** "what services do you offer", "what kind of work do u do", "which treatments do you have": the things of a kind the business has, asked by their kind. */
const ASKS_WHICH =
  /^(?:(?:and|so|ok|okay|hi|hey|also)\s+)*(?:what|which)\s+(?:(?:kinds?|types?|sorts?) of\s+)?([a-z][a-z'-]{2,30}(?:\s+[a-z][a-z'-]{2,30})?)\s+(?:do|does|can)\s+(?:you|you guys|you all|y'?all|u|u guys)\s+(?:offer|do|provide|have|sell|carry|run|give|teach)(?:\s+here)?[\s?.!]*$/;
/** At most this many lines: a longer section is answered sentence by sentence as usual. */
const MAX_UNITS = 5;
const MAX_CHARS = 600;
/**
 * "what services do you offer" against a "## Services" list of seven: the things of a kind asked by
 * their kind are the whole list, which may be longer than a section asked for by name (no one line
 * of it answers, and the page's intro is no list of them).
 */
const MAX_WHICH_UNITS = 10;
const MAX_WHICH_CHARS = 900;
const NEGATION = /\b(?:don'?t|do not|doesn'?t|does not|not|no|never|can'?t|cannot|won'?t|isn'?t|aren'?t)\b/i;
/** A safety section holds instructions, no offer. */
const SAFETY = /\b(?:safety|emergenc|hazard|danger|fire)\w*/i;

/** The section's lines as the answer (the shape of answer-extract's GroundedAnswer), or null. */
export function sectionAnswer(question: string, units: readonly Unit[]): { text: string; sources: Array<{ title: string; chunkId: string }>; confidence: number } | null {
  return sectionNamed(question, units) ?? sectionPrices(normalizeCasual(question).replace(/\s+/g, ' ').trim(), units);
}

function sectionNamed(question: string, units: readonly Unit[]): ReturnType<typeof sectionAnswer> {
  const plain = normalizeCasual(question).replace(/\s+/g, ' ').trim();
  // "whats included" under "What's included": a question that is the section's own heading, word for
  // word, asks for that section (not a yes/no: "do you work weekends" keeps its own yes or no).
  const own = !isYesNoQuestion(question) && /^(?:what|whats|how|who|when|where|which)\b/.test(plain) ? plain.replace(/[\s?.!]+$/, '') : undefined;
  const which = ASKS_WHICH.exec(plain)?.[1];
  const subject = ASKS_FOR.exec(plain)?.[1] ?? which ?? own;
  if (!subject) return null;
  const asked = new Set(terms(subject));
  if (!asked.size) return null;
  const sameTerms = (heading: string) => {
    const ts = new Set(terms(heading));
    return ts.size === asked.size && [...ts].every((t) => asked.has(t));
  };
  const title = (u: Unit) => innermostHeading(u.heading);
  const first = units.find((u) => u.kind === 'sentence' && sameTerms(title(u)) && !SAFETY.test(title(u)));
  if (!first) return null;
  const section = units.filter((u) => u.chunkId === first.chunkId && u.heading === first.heading);
  const listed = subject === which && section.some((u) => u.listKey);
  if (section.length > (listed ? MAX_WHICH_UNITS : MAX_UNITS) || section.some((u) => u.kind !== 'sentence')) return null;
  // A list says what it lists by its title ("Leaf removal: Small yard: $80 per visit. ..."); a question title is no label.
  const label = section.some((u) => u.listKey) && !title(first).trim().endsWith('?') ? `${title(first).trim()}: ` : '';
  const text = label + section.map((u) => (/[.!?:]["')\]]*$/.test(u.text) ? u.text : `${u.text}.`)).join(' ');
  if (text.length > (listed ? MAX_WHICH_CHARS : MAX_CHARS)) return null;
  const yesNo = subject !== own && subject !== which && !/^(?:tell me|what about|how about|info|information)\b/.test(plain.replace(/^(?:(?:and|so|ok|okay|hi|hey|also)\s+)*/, ''));
  // (A section that says what is not done, "We don't rent bikes, but ...", is quoted with no yes.)
  const says = yesNo && !/^(?:yes|no)\b/i.test(text) && !NEGATION.test(section[0]!.text);
  return { text: says ? `Yes. ${text}` : text, sources: [{ title: first.title, chunkId: first.chunkId }], confidence: 1 };
}

/** Words that only ask for a price ("how MUCH is", "whats the COST of", "PRICE for"). */
const PRICE_WORDS = new Set(terms('much price prices pricing cost costs fee fees charge rate rates'));
/** At most this many priced items: a longer list is answered row by row as usual. */
const MAX_PRICED = 6;
/** The words that name a list item ("Partner training (two people ...)"). */
const ITEM_NAME = 4;
/** A price said: an amount of money (not "free Wi-Fi", "we fix it free", "nut-free"). */
const PRICED = /[$€£]\s?\d/;

/**
 * "how much is personal training" under "# Personal training" (a list: "Single session (60 min): $70",
 * "5-session pack: $325", ... "Partner training (two people, one trainer): $90"): the price of what a
 * section is titled is the section's priced items, not the one item that repeats a word of the title
 * for another kind ("PARTNER training") nor a line that only says the title ("Home personal training
 * only covers ...").
 */
function sectionPrices(plain: string, units: readonly Unit[]): ReturnType<typeof sectionAnswer> {
  if (!askedTypes(plain).includes(PRICE_TYPE) || isYesNoQuestion(plain)) return null;
  const asked = new Set(terms(plain).filter((t) => !PRICE_WORDS.has(t)));
  if (!asked.size) return null;
  const title = (u: Unit) => innermostHeading(u.heading);
  const first = units.find((u) => u.kind === 'sentence' && ((ts) => ts.size === asked.size && [...ts].every((t) => asked.has(t)))(new Set(terms(title(u)))));
  if (!first) return null;
  const head = terms(title(first)).at(-1)!;
  // (An item named by the title's last word after a word the title does not say is another kind: "PARTNER training".)
  const otherKind = (u: Unit) => ((ws) => ws.some((w, i) => i > 0 && terms(w).at(-1) === head && !terms(ws[i - 1]!).every((t) => asked.has(t))))(u.text.split(/[,(:;]/)[0]!.split(/\s+/).slice(0, ITEM_NAME));
  // (A section with a table is answered by its rows, as usual.)
  const section = units.filter((u) => u.chunkId === first.chunkId && u.heading === first.heading);
  if (section.some((u) => u.kind !== 'sentence')) return null;
  // (Items of a list, each its own thing: a paragraph's prices may be of other things the section also does.)
  const priced = section.filter((u) => !!u.listKey && PRICED.test(u.text) && ANSWER_TYPES[PRICE_TYPE]!.has.test(u.text) && !otherKind(u));
  // (One priced item is no price list: the rows of the whole page answer as usual. "hi how much is a
  // class" under "## Classes" with one "Kids Yoga ... $12 per class" is "Drop-in class: $22" of "## Prices", test/agent/qa27-yoga.)
  if (priced.length < 2 || priced.length > MAX_PRICED) return null;
  const text = `${title(first).trim()}: ${priced.map((u) => (/[.!?]["')\]]*$/.test(u.text) ? u.text : `${u.text}.`)).join(' ')}`;
  return text.length > MAX_CHARS ? null : { text, sources: [{ title: first.title, chunkId: first.chunkId }], confidence: 1 };
}
