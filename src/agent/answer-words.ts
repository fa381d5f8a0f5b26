import { isStopWord, normalizeCasual, normalizeText, stem, terms, words } from '../ai/lexical.js';
import { englishWords, spokenRank } from './text-norm.js';
import { isCalendarWord } from '../schedule/index.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// How a question's words meet the knowledge's beyond the same stem: one form of a word for
// another ("therapy" ~ "therapist", "hour" ~ "hourly"), and phrases shared word for word.

/** The chunk frequency of a word the knowledge uses in another form of the term, else 0. */
export function morphCount(term: string, df: Map<string, number>): number {
  if (term.length < 5 || /\d/.test(term)) return 0;
  let best = 0;
  for (const [w, n] of df) if (n > best && morphMatch(term, new Set([w]))) best = n;
  return best;
}

// Comparatives and superlatives (stemmed -er/-est),
// and adverbs/adjectives in -ly (stemmed -li): "hourly" ~ "hour", "monthly" ~ "month".
const COMPARATIVE = /^(?:e?r|e?st|li)$/;

const PARTICLE = /^(?:under|over|out|up|down|back|off|with|fore|after|through|with|mid|non|sub|inter|super|counter)$/;

/** Rank in spoken English (SUBTLEX-US) from which a word is too rare to start a compound ("CUR" + "rent" is no compound of "rent"). */
const COMPOUND_PART_RANK = 10_000;

function compoundHead(head: string): boolean {
  return head.length >= 3 && !PARTICLE.test(head) && !isStopWord(head) && englishWords().has(head) && (spokenRank(head) ?? Infinity) < COMPOUND_PART_RANK;
}

// Irregular past participles and their verbs: one word in two forms no stemmer joins ("a battery
// SWELLING" ~ "a SWOLLEN battery", "a TORN screen" ~ "screens that TEAR").
const IRREGULAR_PAIRS = (
  'swollen swell|torn tear|broken break|frozen freeze|stolen steal|fallen fall|blown blow|thrown throw|worn wear|shaken shake|' +
  'bitten bite|hidden hide|written write|eaten eat|burnt burn|built build|bent bend|spilt spill|lost lose|caught catch|' +
  'stuck stick|struck strike|shrunk shrink|sunk sink|split split|dug dig|hung hang|fed feed|bled bleed|spun spin|driven drive|' +
  'ridden ride|risen rise|chosen choose|forgotten forget|drawn draw|grown grow|shown show|sewn sew|sawn saw|mown mow|dealt deal|' +
  'laid lay|paid pay|sold sell|told tell|left leave|kept keep|slept sleep|swept sweep|wept weep|knelt kneel|felt feel|meant mean|' +
  'brought bring|bought buy|thought think|taught teach|sought seek|fought fight|led lead|met meet|fled flee|shot shoot|lit light|' +
  // Simple past tenses ("the deal FELL through" ~ "if the deal FALLS through").
  'fell fall|broke break|froze freeze|stole steal|blew blow|threw throw|wore wear|shook shake|tore tear|wrote write|ate eat|' +
  'drove drive|rode ride|chose choose|forgot forget|grew grow|began begin|begun begin|gave give|given give|took take|taken take|' +
  'spoke speak|spoken speak|woke wake|ran run|knew know|known know|swam swim|sank sink|shrank shrink|hid hide|bit bite'
)
  .split('|')
  .map((p) => p.split(' ').map(stem) as [string, string]);
const IRREGULAR = new Map<string, string[]>();
for (const [a, b] of IRREGULAR_PAIRS) {
  if (a === b) continue;
  IRREGULAR.set(a, [...(IRREGULAR.get(a) ?? []), b]);
  IRREGULAR.set(b, [...(IRREGULAR.get(b) ?? []), a]);
}

// Stems that start alike and name different things: "video PRODUCTION" (producing) is no "100 PRODUCTS loaded",
// "PERSONAL training" no "two PEOPLE" (lexical's OWN_STEMS keeps its stem apart).
// (Nor payers: MEDICAID is no MEDICARE nor a MEDICAL visit: "do u take medicaid" got a yes from "we bill Medicare".)
const UNRELATED_FORMS = new Set([['production', 'product'], ['personal', 'person'], ['medicaid', 'medical'], ['medicaid', 'medicare'], ['medicare', 'medical'], ['lightning', 'light'], ['shorts', 'short']].map(([a, b]) => `${stem(a!)} ${stem(b!)}`));

/** "therapy" ~ "therapist", "work" ~ "workmanship": one stem is the start of the other. */
export function morphMatch(term: string, unitTerms: Set<string>): boolean {
  if (IRREGULAR.get(term)?.some((w) => unitTerms.has(w))) return true;
  if (term.length < 4 || /\d/.test(term)) return false;
  for (const u of unitTerms) {
    if (u.length < 4 || u === term || UNRELATED_FORMS.has(`${term} ${u}`) || UNRELATED_FORMS.has(`${u} ${term}`)) continue;
    if ((u.startsWith(term) && term.length >= 5) || (term.startsWith(u) && u.length >= 5)) return true;
    // Comparatives, superlatives and -ly forms: "safe" ~ "safer", "high" ~ "highest", "hour" ~ "hourly".
    // (one way for -er/-est: "safe" finds "safer", but "cleaner" never finds "clean").
    if (COMPARATIVE.test(u.slice(term.length)) && u.startsWith(term)) return true;
    // (Porter ends "play" as "plai" but keeps "player": the y it changed is put back.)
    if (/[aeou]i$/.test(term) && COMPARATIVE.test(u.slice(term.length)) && u.startsWith(`${term.slice(0, -1)}y`)) return true;
    if (term.slice(u.length) === 'li' && term.startsWith(u)) return true;
    let i = 0;
    while (i < u.length && i < term.length && u[i] === term[i]) i++;
    if (i >= 6) return true;
    // A compound that ends in the word asked about: "wood" ~ "firewood", "bell" ~ "doorbell" (its
    // first part a word of its own and no particle, so "stand" never finds "understand").
    if (u.length >= term.length + 3 && u.endsWith(term) && compoundHead(u.slice(0, -term.length))) return true;
  }
  return false;
}

/**
 * "CHARGERS" is not said by "charges", "a CLEANER" by "we clean", "HEATERS" by "no heat": the
 * question's word is the unit's word with "-er", a thing or a person that does it, which the
 * unit never names as itself (morphMatch finds it as a longer form of the same stem).
 */
export function agentFormOnly(term: string, unitTerms: ReadonlySet<string>): boolean {
  return /[a-z]{3}er$/.test(term) && !unitTerms.has(term) && unitTerms.has(term.slice(0, -2));
}

// Words that make a phrase only with a content word ("to be" alone says nothing).
const FUNCTION = new Set('a an the to of and or is are was be it i you we my your our in on at for do does did can will would this that'.split(' '));

/** A noun of the job done to a thing ("installation", "cleaning", "removal", "repair"; a price list's "EV charger INSTALL", "Panel UPGRADE"). */
export const JOB_NOUN = /(?:tion|sion|ing|ment|ance|ence|al|age)s?$|^(?:installs?|upgrades?|repairs?|service|services|work|jobs?|control|problems?|issues?|checks?|trims?|fees?|prices?|costs?|rates?|stays?|visits?|sessions?|appointments?|treatments?|class|classes|lessons?|packages?|plans?|shifts?|care)$/;

const ARTICLE = new Set(['a', 'an', 'the']);

/** Pairs of adjacent words of the question that make a phrase (not two function words): each as typed, and by stem ("~oil chang"). */
export function questionBigrams(question: string): Set<string> {
  const ws = words(normalizeCasual(question), 100);
  const out = new Set<string>();
  // (By stem only two words that both say something: "closed ON" is no phrase of "we close ON New Year's Day".)
  const add = (a: string, b: string) => (FUNCTION.has(a) || FUNCTION.has(b) ? out.add(`${a} ${b}`) : out.add(`${a} ${b}`).add(`~${stem(a)} ${stem(b)}`));
  // An article with a word ("the deposit") says no more than the word alone: no phrase.
  for (let i = 1; i < ws.length; i++) if ((!FUNCTION.has(ws[i - 1]!) || !FUNCTION.has(ws[i]!)) && !ARTICLE.has(ws[i - 1]!) && !ARTICLE.has(ws[i]!)) add(ws[i - 1]!, ws[i]!);
  // "are you licensed?" is answered by "we ARE LICENSED": the verb before the subject is undone.
  if (ws.length >= 3 && /^(?:are|is|do|does|can|will|have|has)$/.test(ws[0]!) && /^(?:you|u|they|we|it)$/.test(ws[1]!) && !FUNCTION.has(ws[2]!)) add(ws[0]!, ws[2]!);
  return out;
}

/**
 * How many of the question's phrases a text says: as typed anywhere, or in another form of its words
 * where a text names what it is about, its first words ("an OIL CHANGE" -> "OIL CHANGES: $49.95", which
 * lost to a tire line's "free with any oil change"; not "a $50 deposit ... for termite TREATMENTS" to
 * "termite treatment price").
 */
export function sharedBigrams(phrases: Set<string>, text: string): number {
  if (!phrases.size) return 0;
  const ws = words(normalizeText(text), 400);
  const seen = new Set<string>();
  for (let i = 1; i < ws.length; i++) {
    const typed = `${ws[i - 1]} ${ws[i]}`;
    const stemmed = `~${stem(ws[i - 1]!)} ${stem(ws[i]!)}`;
    if (phrases.has(typed)) seen.add(stemmed);
    else if (i <= 2 && phrases.has(stemmed)) seen.add(stemmed);
  }
  return seen.size;
}

/** The question's own words of four letters or more, lower case, that are no stop words. */
export function surfaceWords(question: string): Set<string> {
  return new Set((question.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !isStopWord(w)));
}

/** How many of `wanted` (by stem) the text has only as a capitalised word inside a sentence: a name ("Oak Park"), not the word. */
export function onlyInNames(text: string, wanted: ReadonlySet<string>): number {
  if (!wanted.size) return 0;
  const stems = new Map([...wanted].map((w) => [stem(w), w]));
  const asName = new Set<string>();
  const asWord = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]{3,}/g)) {
    const st = stem(m[0].toLowerCase());
    if (!stems.has(st)) continue;
    const start = m.index === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (m[0][0] !== m[0][0]!.toLowerCase() && !start) asName.add(st);
    else asWord.add(st);
  }
  return [...asName].filter((st) => !asWord.has(st)).length;
}

/**
 * "is PRIYA certified" -> "Owner and lead inspector: Dan Okafor (RHI, InterNACHI certified).": the
 * question is about someone or somewhere the guide names (the subject right after its auxiliary, a
 * word the guide writes only capitalised) that the answer does not say; a yes would be said of
 * another. (A name elsewhere in the question is the visitor's own reference: "35 miles from ASHFORD".)
 */
export function nameUnsaid(question: string, units: ReadonlyArray<{ text: string; heading: string; title: string }>, answer: string): boolean {
  const plain = normalizeCasual(question).toLowerCase();
  const subject = /^(?:(?:so|and|hi|hey|ok|okay)\s+)*(?:is|does|did|can|could|will|would|has|was) ([a-z]{3,})\b/.exec(plain)?.[1];
  // "do u charge for travel TO OAKVILLE" -> "Georgetown and Halton Hills add a $40 travel fee.": a
  // place the question asks about (after "to", "in", "for" ...) is as much who or where the yes is
  // about as the subject. (Not the place a distance is measured from: "35 miles FROM Ashford".)
  const places = [...plain.matchAll(ASKED_PLACE)].map((m) => m[1]!);
  return [subject, ...places].some((w) => !!w && unsaidName(w, units, answer));
}

/** A word right after a preposition of where (or whom) the question asks about. */
const ASKED_PLACE = /\b(?:to|in|into|for|at|around|round)\s+([a-z]{3,})\b/g;

function unsaidName(word: string, units: ReadonlyArray<{ text: string; heading: string; title: string }>, answer: string): boolean {
  if (isStopWord(word) || isCalendarWord(word)) return false;
  const st = stem(word);
  if (new Set(units.flatMap((u) => terms(`${u.heading} ${u.title}`))).has(st)) return false;
  if (new Set((answer.toLowerCase().match(/[a-z]{3,}/g) ?? []).map(stem)).has(st)) return false;
  // (Said of another name: "Dan Okafor (... certified)". "We accept cards." names no one, and the
  // sentence after it may: "is PETPLAN accepted" -> "... We are in network with Petplan.")
  if (!otherName(answer, word)) return false;
  const all = units.map((u) => u.text).join(' ');
  return onlyInNames(all, new Set([word])) > 0 || townLike(all, word);
}

/** A capitalised word inside the sentence (not its first) that is not the asked one: someone or somewhere else named. */
function otherName(text: string, asked: string): boolean {
  for (const m of text.matchAll(/[A-Za-z]{3,}/g)) {
    const start = m.index === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (!start && /^[A-Z][a-z]/.test(m[0]) && m[0].toLowerCase() !== asked && !isCalendarWord(m[0])) return true;
  }
  return false;
}

/** A word no dictionary has that the guide always capitalises ("Oakville, Burlington and Milton"): a place or a person. */
function townLike(text: string, word: string): boolean {
  if (englishWords().has(word)) return false;
  const seen = [...text.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))];
  return seen.length > 0 && seen.every((m) => /^[A-Z]/.test(m[0]));
}

// Where a question starts inside a run-on message: a question word, or an auxiliary before its subject.
// ("i have celiac, IS THE pasta gluten free": after a break, an auxiliary before "the" opens the question too;
// without one, "the sink is the problem" stays a statement.)
const QUESTION_ONSET =
  /(?:^|[,;:.!]\s*|\s)(?:(?:so|and|but|then|ok|okay)\s+)?(?=(?:how (?:much|long|many|often|soon|fast|far|do|does|did|can|could|would|will|is|are)|what|whats|when|where|which|who|why|(?:can|could|would|will) (?:you|u|i|we|they|your|y'all|yall|someone|somebody|he|she)|(?:do|does|did) (?:you|u|i|we|they|your|y'all|yall|it|that|this|he|she)|(?:is|are) (?:it|that|this|there|each|you|u|they|your|my)|should (?:i|we)|any (?:way|chance)|(?<=[,;:.!]\s*)(?:is|are|does|do) (?:the|these|those|any))\b)/g;
/** A clause that tells how things are: a subject, then a verb of being or of trouble ("fridge is acting weird", "it keeps tripping"), or a pronoun and its verb ("it tumbles but won't heat"). */
export const TOLD_AFTER = /^(?:(?:my|our|the|it|its|it's|i|i'm|im|we|he|she|they|this|that)\s+)?(?:\w+\s+){0,3}(?:is|are|was|were|keeps?|kept|has|have|had|won't|wont|doesn't|isn't|stopped|started)\b|^(?:it|it's|its|he|she|they|i|i'm|im|we)\s+(?!(?:do|does|did|can|could|would|will|should)\b)\w+/;
/** A situation told after the question with no comma: a pronoun and its negative; not one a joining word ties to it ("... IF she doesn't golf"), nor what a word of knowing or checking asks ("can you make SURE i don't feel anything", reviewer). */
const TOLD_AFTER_BARE = /\s(?<!\b(?:if|when|whenever|because|since|as|that|and|or|but|so|though|although|unless|while|cause|cuz|coz|until|till|what|who|whether|sure|know|guarantee|check|mean|normal|ok|okay|matter|true|think|hope|possible|fine|safe|bad)\s)(?:she|he|they|i|we)\s+(?:doesn'?t|don'?t|isn'?t|aren'?t|can'?t|won'?t|didn'?t|never)\b/;
const QUESTION_ONSET_START = /^(?:so |and |but )?(?:how|what|whats|when|where|which|who|why|can|could|would|will|do|does|did|is|are|should|any)\b/;
// A statement opens with no question word or auxiliary, and no condition ("if the bugs come back,
// do i pay": the condition is part of what is asked).
export const NOT_A_STATEMENT = /^(?:(?:hi|hello|hey|so|and|but|ok|okay|also|just|quick question)\s+)*(?:how|what|whats|when|where|which|who|why|can|could|would|will|do|does|did|is|are|should|shall|may|if|unless|any)\b/;

// ("that far", "this late" measure, they point back at nothing.)
export const REFERS_BACK = /\b(?:it|its|it's|them|they|those|these|one|ones|him|her|he|she)\b|\b(?:that|this)\b(?! (?:far|much|long|many|often|late|early|soon|big|heavy|old)\b)/;

/**
 * "pump is making a grinding noise, how much is a repair visit": the visitor's own situation told
 * before the question is context, the question is what is asked. Returns the clauses of a
 * sentence with the told part marked (a sentence that opens with its question is one clause).
 */
export function toldThenAsked(sentence: string): Array<{ text: string; told: boolean; subject?: boolean }> {
  const s = sentence.trim();
  if (NOT_A_STATEMENT.test(s)) {
    // "how much is a sunday visit, fridge is acting weird": the story may come after the question too.
    const comma = s.indexOf(', ');
    const after = comma > 0 ? s.slice(comma + 2) : '';
    if (after && TOLD_AFTER.test(after) && !NOT_A_STATEMENT.test(after) && !QUESTION_ONSET_START.test(after))
      return [
        { text: s.slice(0, comma), told: false },
        { text: after, told: true },
      ];
    // ("can my wife ride along SHE DOESNT GOLF": told with no comma, a pronoun and its negative.)
    const bare = TOLD_AFTER_BARE.exec(s);
    if (bare) return [{ text: s.slice(0, bare.index), told: false }, { text: s.slice(bare.index + 1), told: true }];
    return [{ text: s, told: false }];
  }
  for (const m of s.matchAll(QUESTION_ONSET)) {
    const at = m.index + m[0].length;
    const told = s.slice(0, m.index).trim();
    // Three words at least tell something ("price per month, and ..." is no situation).
    if (told.split(/\s+/).length < 3) continue;
    // "raccoon in my attic, can you get IT out": a question that points back names its subject in
    // the told part, which is then what is asked about (`subject`).
    if (REFERS_BACK.test(s.slice(at)))
      return [
        { text: told, told: true, subject: true },
        { text: s.slice(at), told: false },
      ];
    return [
      { text: told, told: true },
      { text: s.slice(at), told: false },
    ];
  }
  return [{ text: s, told: false }];
}

/** Words that describe the thing asked about, naming none ("a NEW detector", "the WHOLE house"). */
const DESCRIBING = new Set(terms('new old used brand whole entire first second next extra same other another existing current'));

/** A term that describes the thing asked about and names none ("NEW", "whole", "regular"). */
export function isDescribing(term: string): boolean {
  return DESCRIBING.has(term);
}

/** Words that may stand inside one phrase ("tune MY piano", "a deep clean OF my house"). */
const IN_PHRASE = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'some', 'of', 'for', 'to']);

/**
 * The question's terms that stand in one phrase with a term of `covered` ("a 3 bedroom HOUSE"
 * beside a covered "bedroom", "tune my PIANO" beside a covered "tune"): they say more of the same
 * subject, never a second part of the question that another sentence must answer ("price, AND do
 * you finance" breaks the phrase, so does a particle: "shows UP late").
 */
/** Nouns of a business's terms and what they apply to ("a warranty on X", "a deposit on Y"). */
const TERM_NOUNS = String.raw`warrant(?:y|ies)|guarantees?|discounts?|deposits?|rebates?|refunds?|fees?|surcharges?|charges?|tax|interest|markup|prices?|rates?|estimates?|quotes?`;
const TERMS_ON = new RegExp(String.raw`\b(${TERM_NOUNS}) on\b`, 'g');
/** Such a noun and the phrase it is on, of or for ("a warranty ON REPAIRS", "a deposit FOR EXTENSIONS"). */
const TERMS_SCOPE = new RegExp(String.raw`\b(?:${TERM_NOUNS}) (?:on|of|for) (?:(?:a|an|the|my|our|your|some|any|all)\s+)?([a-z][a-z' -]*)`, 'g');

/**
 * The visitor's own thing that a one-clause question asks something of ("can i drop off MY CAR at
 * night", "can i bring MY DOG to class"): the object of the ask, no part of its own; a sentence
 * about it that says nothing of the ask ("Pre-purchase inspections for used cars") answers nothing.
 * Empty when the question has more than one part ("..., and can MY CAR be washed?").
 */
export function ownedObjects(question: string): Set<string> {
  const plain = question.toLowerCase().trim().replace(/[?!.]+$/, '');
  if (/[,;?]|\b(?:and|also|plus|or|then)\b/.test(plain)) return new Set();
  const m = /\b(?:my|our)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+)(?=\s+(?:at|in|on|for|to|by|overnight|tonight|today|tomorrow|early|late|after|before|during|while|with)\b|$)/.exec(plain);
  return new Set(m ? terms(m[1]!) : []);
}

/**
 * The terms of what a term of the business's ("warranty", "discount", "deposit") is on or for: "is
 * there a warranty on REPAIRS", "a deposit for EXTENSIONS". Such words say which case, not what is asked.
 */
export function termsScope(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.toLowerCase().matchAll(TERMS_SCOPE)) {
    const phrase = m[1]!.split(/\s(?:and|or|with|in|at|if|when|to|from|by|please)\b|[?,.!]/)[0]!;
    for (const t of terms(phrase)) out.add(t);
  }
  return out;
}

export function inPhraseWith(question: string, covered: ReadonlySet<string>): Set<string> {
  // (The visitor's own words: the casual reading adds words, "shows up" -> "shows up arrive".)
  const ws = question
    .toLowerCase()
    // "a warranty ON repairs", "a discount ON drain cleaning": what such terms are on is one phrase with them.
    .replace(TERMS_ON, '$1 of ')
    .split(/[,;:?!.]|\b(?:and|or|plus|with|also|but|then|too|up|out|off|down|over|in|on|away|back)\b/)
    .flatMap((part) => ['|', ...words(part, 100)]);
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of ws) {
    if (w === '|') {
      if (run.length) (runs.push(run), (run = []));
      continue;
    }
    if (IN_PHRASE.has(w)) continue;
    const t = terms(w);
    if (t.length) run.push(...t);
    else if (run.length) (runs.push(run), (run = []));
  }
  if (run.length) runs.push(run);
  const out = new Set<string>();
  // Only a word after an answered one (the head of its phrase, "a 3 bedroom HOUSE"): a word before
  // it says which kind ("how much is STUMP removal" answered by "Crane removal" still lacks its
  // subject, which another sentence may give).
  // (A count right before an answered word is how many of it: "can i bring 3 DOGS" asks nothing of a "3-night minimum".)
  for (const r of runs) r.forEach((t, i) => (!covered.has(t) && (r.slice(0, i).some((c) => covered.has(c)) || (/^\d+$/.test(t) && covered.has(r[i + 1] ?? ''))) ? out.add(t) : undefined));
  return out;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TWINS = new Map<string, string>(NUMBER_WORDS.flatMap((w, n) => ((t) => (t ? [[t, String(n)], [String(n), t]] as Array<[string, string]> : []))(terms(`x ${w}`).slice(1)[0] ?? stem(w))));

/** A small number's other spelling as a term ("2" for "two", "two" for "2"): "a 2 story house" is said by "Two-story: $219". */
export function numberTwin(term: string): string | undefined {
  return TWINS.get(term);
}

/** Where words (`ws`) say the stem `term`, as their indexes. */
export function stemAt(ws: readonly string[], term: string): number[] {
  return ws.flatMap((w, i) => (stem(w) === term ? [i] : []));
}

/**
 * The words (`ws`) say the stem `term`, and every time within three words after one that `marks`
 * ("patients WITHOUT dental insurance", "parties DURING public skate"): the thing is said only as that.
 */
export function saidOnlyAfter(term: string, ws: readonly string[], marks: (w: string) => boolean): boolean {
  const at = stemAt(ws, term);
  return at.length > 0 && at.every((i) => ws.slice(Math.max(0, i - 3), i).some(marks));
}

