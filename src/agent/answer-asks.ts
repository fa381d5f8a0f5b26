import type { SearchHit } from '../knowledge/service.js';
import { asksTwoContacts, questionParts, queryTerms } from './answer-query.js';
import type { ExtractiveOptions, GroundedAnswer } from './answer-result.js';
import { NOT_A_STATEMENT, REFERS_BACK, TOLD_AFTER, toldThenAsked } from './answer-words.js';
import { normalizeCasual } from '../ai/lexical.js';

// A message that asks two or three things: each part answered on its own, the answers joined
// without saying a sentence twice.

type AnswerOne = (question: string, hits: SearchHit[], opts: ExtractiveOptions) => GroundedAnswer | null;

/**
 * `text` already says all of `other`: the same words, or the same table row with none of its cells
 * left out ("Initial assessment — Length: 45 min; Fee: $95." says "Initial assessment — Fee: $95.").
 */
function saysAll(text: string, other: string): boolean {
  if (text.includes(other)) return true;
  const row = /^(.+? — )(.+?)\.?$/.exec(other);
  return !!row && text.startsWith(row[1]!) && row[2]!.split('; ').every((cell) => text.includes(cell));
}

const YES_NO_SAID = /^(?:Yes|No)\. /;

/**
 * "how much is a boiler service and do you do solar panels": the parts the knowledge answers are
 * answered, and the part it does not is named as not known (not the whole message left at "I don't
 * know"). Only parts that name something of their own: a follow-up that names nothing ("... and whats
 * it cost") is read with the part before it, so the price of what is not known is never given.
 */
function partly(parts: string[], answers: Array<GroundedAnswer | null>, own: (p: string) => boolean): GroundedAnswer | null {
  const known = answers.flatMap((a, i) => (a && own(parts[i]!) ? [a] : []));
  const unknown = parts.filter((p, i) => !answers[i] && own(p));
  if (!known.length || !unknown.length || known.length + unknown.length !== parts.length) return null;
  const text: string[] = [];
  // (A list item has no full stop of its own: "Boiler service: £85 (combi), £95 (system or regular boiler).")
  for (const a of known) if (!text.some((x) => saysAll(x, a.text))) text.push(/[.!?:]["')\]]*$/.test(a.text) ? a.text : `${a.text}.`);
  const asked = unknown.map((p) => `"${p.replace(/[?!.,\s]+$/, '')}"`).join(' or ');
  text.push(`As for ${asked}: I don't know that, but I can have someone get back to you.`);
  const sources: GroundedAnswer['sources'] = [];
  for (const a of known) for (const src of a.sources) if (!sources.some((x) => x.chunkId === src.chunkId)) sources.push(src);
  return { text: text.join(' ').slice(0, 1200), sources, confidence: Math.min(...known.map((a) => a.confidence ?? 0)) };
}

/**
 * Two or three questions in one ("how much is it and do you do weekends"): each answered on its own by
 * `answerOne`, used only when every part has one (half an answer reads as the whole of it); the answer
 * to the whole, when there is one, leads.
 */
export function answerEachAsk(question: string, hits: SearchHit[], opts: ExtractiveOptions, answerOne: AnswerOne): GroundedAnswer | null {
  const answer = answerAsks(question, hits, opts, answerOne);
  if (answer) return answer;
  const asked = askingPart(question);
  return asked ? answerAsks(asked, hits, opts, answerOne) : null;
}

/** A message's sentences. (Not knowledge/sentences' splitSentences: a visitor's next sentence often opens in lower case, "friday. do you ...".) */
const visitorSentences = (text: string) => text.trim().split(/(?<=[.?!])\s+/).filter(Boolean);

/**
 * "my moms birthday is friday. do you sell orchids?", "do you sell orchids? its for my mom": the
 * sentences that ask, without the sentences that only tell the visitor's story; null when nothing is
 * left out, or when what is asked points back into the story ("my ignition switch is broken. can you
 * repair IT") or is no story ("do u do video? like a promo video": the second sentence says what is asked).
 */
export function askingPart(question: string): string | null {
  const sentences = visitorSentences(question);
  const asks = (s: string) => /\?\s*$/.test(s) || NOT_A_STATEMENT.test(normalizeCasual(s)) || toldThenAsked(s).length > 1;
  const asking = sentences.filter(asks);
  if (!asking.length || asking.length === sentences.length || asking.some((s) => REFERS_BACK.test(s.replace(/^[^?]*?\b(?:do|does|can|could|is|are|will|would)\s+(?:you|u|y'?all)\b/i, '')))) return null;
  return sentences.every((s) => asks(s) || TOLD_AFTER.test(normalizeCasual(s))) ? asking.join(' ') : null;
}

/** The clauses of a message that ask (askingPart's sentences, each without a story told before its question). */
export function askedClauses(text: string): string {
  return visitorSentences(askingPart(text) ?? text).flatMap((s) => toldThenAsked(s)).filter((p) => !p.told || p.subject).map((p) => p.text).join(' ');
}

function answerAsks(question: string, hits: SearchHit[], opts: ExtractiveOptions, answerOne: AnswerOne): GroundedAnswer | null {
  // ("whats your address and phone number": the two, not whichever one sentence says most of the words.)
  const pair = asksTwoContacts(question);
  const whole = pair ? null : answerOne(question, hits, opts);
  const parts = questionParts(question);
  if (parts.length < 2 || parts.length > 3) return whole;
  // A part that names nothing of its own ("can you put in a gas fireplace AND WHATS IT COST") asks
  // about the part before it: alone it would be a bare "what does it cost" (the whole price list).
  const own = (p: string) => queryTerms(p, opts.vocabulary ?? null, opts.wordRank).some((q) => !q.light && q.type === null);
  const answers = parts.map((p, i) => answerOne(i > 0 && !own(p) ? `${p} ${parts[i - 1]}` : p, hits, { ...opts, similarity: null }));
  // (Each of two contacts names its own thing, though "address" is a kind of answer, no subject.)
  if (answers.some((a) => !a)) return whole ?? partly(parts, answers, pair ? () => true : own);
  // (The whole's own yes or no answers neither part when the parts give theirs: "do you fix ebikes? can i bring mine monday" got "No. Yes. We fix ... No. We are closed on Monday.")
  if (whole) answers.unshift(answers.some((a) => YES_NO_SAID.test(a!.text)) ? { ...whole, text: whole.text.replace(YES_NO_SAID, '') } : whole);
  return joined(answers as GroundedAnswer[]);
}

/**
 * "whats your address and phone number": each part answered on its own (by the profile or the knowledge:
 * the caller's `answers`, in the order of `parts`), joined; a part with no answer is named as not known.
 * Null when no part has one.
 */
export function eachPartAnswered(parts: string[], answers: Array<GroundedAnswer | null>): GroundedAnswer | null {
  if (answers.every(Boolean)) return joined(answers as GroundedAnswer[]);
  return partly(parts, answers, () => true);
}

function joined(answers: GroundedAnswer[]): GroundedAnswer {
  const text: string[] = [];
  for (const a of answers) {
    // ("... you don't need a doctor's referral." already said: the part's "No." goes before it, not the sentence again.)
    const said = a.text.replace(YES_NO_SAID, '');
    const k = said !== a.text ? text.findIndex((x) => x.includes(said) && !x.includes(a.text)) : -1;
    const i = text.findIndex((x) => saysAll(a.text, x));
    if (k >= 0) text[k] = text[k]!.replace(said, a.text);
    else if (i >= 0) text[i] = a.text;
    else if (!text.some((x) => saysAll(x, a.text))) text.push(a.text);
  }
  const sources: GroundedAnswer['sources'] = [];
  for (const a of answers) for (const src of a.sources) if (!sources.some((x) => x.chunkId === src.chunkId)) sources.push(src);
  return { text: text.join(' ').slice(0, 1200), sources, confidence: Math.min(...answers.map((a) => a.confidence ?? 0)) };
}
