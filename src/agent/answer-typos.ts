import { distance } from 'fastest-levenshtein';
import { isStopWord, normalizeCasual, REWRITE_WORDS, stem } from '../ai/lexical.js';
import type { Vocabulary } from '../knowledge/service.js';
import { agentFormOnly } from './answer-words.js';

// Typo tolerance: a word of the question that the business's knowledge never uses, and that is
// not an English word, is replaced by the closest word the knowledge does use (Levenshtein
// distance 1, or 2 for words of 6+ letters; the more frequent word wins a tie). A real English
// word is left alone ("roof" never becomes "root"), except one edit away from a long knowledge
// word that shares its start ("licenced" -> "licensed"). Other misspellings become the closest
// English word one edit away ("adress" -> "address"). A rare compound whose two parts the knowledge
// uses is read as those two words ("bedbugs" -> "bed bugs").

/**
 * Everyday words newer than the dictionary (and the names of everyday apps and devices): words, not
 * misspellings ("is there wifi" was read "is there WIFE" and answered from "Couples take $50 off").
 * (Kept here, for answers: the triage's own word list is text-norm's, which its weights were trained on.)
 */
export const NEWER_WORDS: readonly string[] = 'wifi ebike ebikes emt covid gopro bluetooth airbnb uber lyft doordash grubhub instagram facebook tiktok youtube netflix venmo zelle paypal'.split(' ');

function maxEdits(len: number): number {
  return len >= 6 ? 2 : len >= 4 ? 1 : 0;
}

/** Ranks in spoken English at or above this are rare enough to be read as two words the knowledge uses. */
const RARE_RANK = 3000;
/** Ranks in spoken English under this are everyday words, said as meant: no typo of a longer knowledge word ("contract" for "contact"). */
const EVERYDAY_RANK = 3000;
/** Ranks in spoken English at or above this are rare enough to be a clipping ("chem", "info"), not a word of its own ("cart"). */
const CLIPPED_RANK = 8000;

// Parts that make a word of time with almost anything ("week day", "week end", "over night").
const TIME_PARTS = new Set(['day', 'days', 'end', 'ends', 'night', 'nights', 'time', 'times', 'week', 'weeks', 'year', 'years', 'over', 'under', 'some', 'every', 'any', 'out', 'off']);

/** "bedbugs" -> "bed bugs", "houseplants" -> "house plants": both parts are words the knowledge uses. */
function splitCompound(w: string, vocab: Vocabulary): string | null {
  for (let i = 3; i <= w.length - 3; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (!vocab.words.has(a) || TIME_PARTS.has(a) || TIME_PARTS.has(b)) continue;
    if (vocab.words.has(b)) return `${a} ${b}`;
    // The knowledge's word in the other number ("bedbug" for "bed bugs").
    const other = b.endsWith('s') ? b.slice(0, -1) : `${b}s`;
    if (other.length >= 3 && vocab.words.has(other)) return `${a} ${other}`;
  }
  return null;
}

// British and American spellings that no suffix rule makes (as stems, since terms are stems).
const IRREGULAR_SPELLINGS = new Map<string, string>();
for (const pair of `cheque check|tyre tire|kerb curb|grey gray|mum mom|storey story|aluminium aluminum|programme program|plough plow|draught draft|jewellery jewelry|manoeuvre maneuver|pyjamas pajamas|sceptic skeptic|moustache mustache|cosy cozy|mould mold|smoulder smolder|aeroplane airplane|doughnut donut|gaol jail|fulfil fulfill|enrol enroll|instalment installment|skilful skillful|wilful willful|ageing aging|judgement judgment|acknowledgement acknowledgment|cancelled canceled|travelled traveled|labelled labeled|fuelled fueled|metre meter|litre liter|centre center|neighbour neighbor|colour color|favour favor|behaviour behavior|odour odor|vapour vapor|armour armor|practise practice|licence license|defence defense|offence offense|analyse analyze|paralyse paralyze|catalogue catalog|dialogue dialog|anaesthetic anesthetic|haemorrhage hemorrhage|oesophagus esophagus|paediatric pediatric|orthopaedic orthopedic|foetus fetus|oestrogen estrogen|diarrhoea diarrhea|leukaemia leukemia|manoeuvring maneuvering`.split('|')) {
  const [a, b] = pair.split(' ').map(stem) as [string, string];
  if (a !== b) {
    IRREGULAR_SPELLINGS.set(a, b);
    IRREGULAR_SPELLINGS.set(b, a);
  }
}

// Spellings the other side keeps for the noun alone: the verb is "check", "draft" and "curb" everywhere
// ("how much to CHECK the sewer line" says nothing of "No cheques").
const NOUN_ONLY = new Set(['cheque', 'tyre', 'kerb', 'storey', 'draught'].map(stem));

/**
 * British and American spellings of a word (a stem): -our/-or, -re/-er, -ise/-ize, -yse/-yze, -ogue/-og, -ence/-ense, and the irregular ones ("cheque", "tyre").
 * `verb`: the word is used as a verb ("to check"), which has no noun-only spelling.
 */
export function spellingVariants(w: string, opts: { verb?: boolean } = {}): string[] {
  const out: string[] = [];
  const irregular = IRREGULAR_SPELLINGS.get(w);
  if (irregular && !(opts.verb && NOUN_ONLY.has(irregular))) out.push(irregular);
  const swap = (re: RegExp, to: string) => {
    if (re.test(w)) out.push(w.replace(re, to));
  };
  swap(/our(?=s?$|ed$|ing$|er$|ite$|able$)/, 'or');
  swap(/(?<=[^aeiou])or(?=s?$|ed$|ing$|er$|ite$|able$)/, 'our');
  swap(/re(?=s?$|d$)/, 'er');
  swap(/er(?=s?$|ed$)/, 're');
  swap(/is(?=e[sd]?$|ing$|ation$)/, 'iz');
  swap(/iz(?=e[sd]?$|ing$|ation$)/, 'is');
  swap(/ys(?=e[sd]?$|ing$)/, 'yz');
  swap(/yz(?=e[sd]?$|ing$)/, 'ys');
  swap(/ogue$/, 'og');
  swap(/og$/, 'ogue');
  swap(/ence$/, 'ense');
  swap(/ense$/, 'ence');
  return out.filter((v) => v !== w);
}

// Words the casual rewrites add beside the visitor's own ("come out" -> "callout visit"): no typos
// ("callout" was "corrected" to "callous").
const ADDED = new Set([...REWRITE_WORDS, 'callout', 'after-hours']);

/**
 * "do u do CHEM", "any CALC tutors": a short form people clip from a longer word, read as the one
 * word of the knowledge that starts with it and is at least three letters longer (one stem: no
 * guess between "chemistry" and "chemical").
 */
function clippedWord(w: string, vocab: Vocabulary): string | null {
  if (w.length < 4 || w.includes('-')) return null;
  let best: { word: string; n: number } | null = null;
  const stems = new Set<string>();
  for (const [v, n] of vocab.words) {
    if (v.length < w.length + 3 || !v.startsWith(w) || /\d/.test(v)) continue;
    stems.add(stem(v));
    if (stems.size > 1) return null;
    if (!best || n > best.n) best = { word: v, n };
  }
  return best?.word ?? null;
}

/** `a` is `b` with two neighbouring letters swapped ("guage" and "gauge", "recieve" and "receive"). */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function correctTypos(question: string, vocab: Vocabulary | null, dictionary: ReadonlySet<string> | null, wordRank?: (word: string) => number | undefined): string {
  let text = normalizeCasual(question);
  if (!vocab || !vocab.words.size) return text;
  // "grade 10 math": the school a grade is in, when the knowledge prices by school ("$70/hour for high school").
  text = text.replace(/\b(?:grade (\d{1,2})|(\d{1,2}) grade(?:r|rs)?)\b/g, (g: string, a: string | undefined, b: string | undefined) => {
    const n = Number(a ?? b);
    const school = n >= 9 && n <= 12 ? 'high school' : n >= 6 && n <= 8 ? 'middle school' : n >= 1 && n <= 5 ? 'elementary' : null;
    return school && school.split(' ').every((w) => vocab.words.has(w)) ? `grade ${school}` : g;
  });
  // Two words the knowledge writes as one ("united healthcare" -> "unitedhealthcare").
  text = text.replace(/\b([a-z]{3,}) ([a-z]{3,})\b/g, (pair, a: string, b: string) => (vocab.words.has(a + b) && !(vocab.words.has(a) && vocab.words.has(b)) ? a + b : pair));
  // Two words the knowledge joins with a hyphen ("reach in cooler" -> "reach-in", as "walk-in" and "reach-in" coolers are told apart).
  text = text.replace(/\b([a-z]{3,}) (in|out|up|on|off|behind|through)\b/g, (pair, a: string, b: string) => (vocab.words.has(`${a}-${b}`) ? `${a}-${b}` : pair));
  return text.replace(/[a-z]+(?:-[a-z]+)*/g, (w) => {
    if (w.length < 4 || isStopWord(w) || vocab.words.has(w) || ADDED.has(w)) return w;
    const english = dictionary?.has(w) ?? false;
    // The other side of the Atlantic's spelling ("labor" for "labour", "center" for "centre").
    const variant = spellingVariants(w).find((v) => vocab.words.has(v));
    if (variant) return variant;
    // A clipped word ("chem" for "chemistry", "calc" for "calculus"): the one word of the knowledge it starts.
    // (A word of spoken English only when it is a rare one, as clippings are: "cart" stays a cart.)
    const clipped = !english || (wordRank?.(w) ?? Infinity) >= CLIPPED_RANK ? clippedWord(w, vocab) : null;
    if (clipped) return clipped;
    const limit = english ? (w.length >= 7 ? 1 : 0) : maxEdits(w.length);
    // A compound the knowledge writes as two words; an everyday English word ("weekend") stays whole.
    const compound = () => (w.length >= 6 && !w.includes('-') && (!english || (!!wordRank && (wordRank(w) ?? Infinity) >= RARE_RANK)) ? splitCompound(w, vocab) : null);
    if (!limit) return compound() ?? w;
    let best: { word: string; d: number; n: number } | null = null;
    for (const [v, n] of vocab.words) {
      if (Math.abs(v.length - w.length) > limit || /\d/.test(v)) continue;
      if (english && v.slice(0, 3) !== w.slice(0, 3)) continue;
      // (Two letters typed the wrong way round are one slip: "GUAGE" is "gauge".)
      const d = transposed(w, v) ? 1 : distance(w, v);
      if (d > limit) continue;
      // Two letters too many and another start is a name of its own, no typo: "COLEMAN spas" was read as "CLEAN spas".
      if (d === 2 && Math.abs(v.length - w.length) === 2 && v.slice(0, 2) !== w.slice(0, 2)) continue;
      if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: v, d, n };
    }
    // ("diapers" is no typo of "diaper": the plural the visitor wrote, which the matching by stems
    // already meets, says they ask for the things themselves, not a "diaper cream".)
    if (best && english && w.endsWith('s') && best.word.length < w.length && stem(best.word) === stem(w)) return w;
    // ("CHARGERS" is no typo of "charges": the -er thing, a word of its own, is what they ask about.)
    if (best && english && agentFormOnly(stem(w), new Set([stem(best.word)]))) return w;
    // (Nor is a word of everyday speech, but as another form of itself: "is there a CONTRACT" is no typo of the page's "Contact" heading; "apartment" is its "apartments".)
    // (But a letter left out still is: "what time do your moves STARING" is the page's "starting", "warrant" its "warranty", reviewer.)
    const letterLeftOut = !!best && best.word.length === w.length + 1 && [...best.word].some((_, i) => best.word.slice(0, i) + best.word.slice(i + 1) === w);
    if (best && english && (wordRank?.(w) ?? Infinity) < EVERYDAY_RANK && stem(best.word) !== stem(w) && !letterLeftOut) return w;
    if (best) return best.word;
    const split = compound();
    if (split) return split;
    // Not a word the business uses: fix a plain misspelling of an English word ("adress"), so
    // its related words can still be found.
    // (Not a short plural of no English word, an abbreviation's: "do you allow ATVS" was read "ates".)
    if (english || !dictionary || (w.length <= 5 && w.endsWith('s'))) return w;
    for (const cand of dictionary) {
      if (cand[0] === w[0] && Math.abs(cand.length - w.length) <= 1 && (distance(w, cand) === 1 || transposed(w, cand))) return cand;
    }
    return w;
  });
}
