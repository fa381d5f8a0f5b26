import { normalizeCasual, terms } from '../ai/lexical.js';
import { isYesNoQuestion } from './answer-polarity.js';
import type { Unit } from './answer-units.js';
import { innermostHeading } from '../knowledge/heading-path.js';

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
const NEGATION = /\b(?:don'?t|do not|doesn'?t|does not|not|no|never|can'?t|cannot|won'?t|isn'?t|aren'?t)\b/i;
/** A safety section holds instructions, no offer. */
const SAFETY = /\b(?:safety|emergenc|hazard|danger|fire)\w*/i;

/** The section's lines as the answer (the shape of answer-extract's GroundedAnswer), or null. */
export function sectionAnswer(question: string, units: readonly Unit[]): { text: string; sources: Array<{ title: string; chunkId: string }>; confidence: number } | null {
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
  if (section.length > MAX_UNITS || section.some((u) => u.kind !== 'sentence')) return null;
  // A list says what it lists by its title ("Leaf removal: Small yard: $80 per visit. ..."); a question title is no label.
  const label = section.some((u) => u.listKey) && !title(first).trim().endsWith('?') ? `${title(first).trim()}: ` : '';
  const text = label + section.map((u) => (/[.!?:]["')\]]*$/.test(u.text) ? u.text : `${u.text}.`)).join(' ');
  if (text.length > MAX_CHARS) return null;
  const yesNo = subject !== own && subject !== which && !/^(?:tell me|what about|how about|info|information)\b/.test(plain.replace(/^(?:(?:and|so|ok|okay|hi|hey|also)\s+)*/, ''));
  // (A section that says what is not done, "We don't rent bikes, but ...", is quoted with no yes.)
  const says = yesNo && !/^(?:yes|no)\b/i.test(text) && !NEGATION.test(section[0]!.text);
  return { text: says ? `Yes. ${text}` : text, sources: [{ title: first.title, chunkId: first.chunkId }], confidence: 1 };
}
