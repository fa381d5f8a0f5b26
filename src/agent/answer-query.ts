import { abbreviationTerms, ADDED_WORDS, answeredByTerms, BESIDE_WORDS, expandedTerms, isStopWord, normalizeCasual, normalizeText, relatedTerms, REWRITE_WORDS, stem, terms, words } from '../ai/lexical.js';
import type { Vocabulary } from '../knowledge/service.js';
import { spellingVariants } from './answer-typos.js';
import { broughtAlong, serviceVerb } from './answer-polarity.js';
import { bringAsked } from './answer-bring.js';
import { gradeAt } from './answer-ages.js';
import { morphCount, toldThenAsked } from './answer-words.js';
import { isCalendarWord } from '../schedule/index.js';
import type { QueryTerm } from './answer-rows.js';
import { frameVerbLight, ownPersonAsContext } from './answer-frame.js';
import { markAbsence } from './answer-absent.js';
import { ANSWER_TYPES, askedTypes, DAY_TERMS, DAYS_TYPE, PRICE_TYPE } from './answer-types.js';
import { pairAt } from './answer-compounds.js';
import { numbersSaid } from './answer-numbers.js';

/** The words a sentence that opens as a question starts with. */
const QUESTION_WORD = '(?:how|what|when|where|which|who|can|could|would|will|do|does|is|are|should)\\b';
const QUESTION_START = new RegExp(`^${QUESTION_WORD}`);
/** Sentences: after a question mark, or after a full stop before a sentence that opens as a question. */
const SENTENCE_BREAK = new RegExp(`(?<=[?])\\s+|(?<=[.!])\\s+(?=${QUESTION_WORD})`);
/** The call-out read before "look at" (lexical's normalizeCasual: "how much to come LOOK AT my washer"). */
const LOOK_VISIT = /\blookover (?:[a-z]+ ){0,4}look (?:at|over)\b/;
/** Someone of the visitor's own family, said after "my" or "our". */
const OWN_PERSON = /^(?:son|daughter|kid|child|children|boy|girl|wife|husband|mom|mum|mother|dad|father|grandson|granddaughter|niece|nephew|teen|teenager)s?$/;
const EXPANDED = expandedTerms();
const ABBREVIATIONS = abbreviationTerms();

// The question's words as the extractive answer weighs them (answer-extract.ts scores sentences
// with them): rare words of the knowledge weigh the most, everyday and shape words little, what
// the visitor tells around the question (a story, a place of their own, a distance) half or less.

// Words that shape a question rather than name its subject ("how much", "how long").
export const SHAPE = new Set(['much', 'long', 'often', 'far', 'many', 'kind', 'type', 'sort', 'way', 'thing', 'anything', 'something', 'everything', 'happen', 'mean', 'exactly', 'usually', 'possible', 'still', 'ever', 'extra', 'able', 'stuff',
  // How strongly or surely a thing is said ("im SUPER nervous", "PROBABLY 30 feet tall"), not what it is.
  'super', 'totally', 'extremely', 'terribly', 'kinda', 'sorta', 'probably', 'prob', 'maybe', 'perhaps'].map(stem));

// Everyday words of questions that a business's text rarely uses ("do you OFFER financing", "your
// cancellation POLICY"): when the knowledge never uses them they weigh little instead of the most.
const LIGHT_WORDS = `offer provide available avail option policy policies rule info information detail details process procedure deal situation
  come go give make use need help do doing get having kind sort type thing place guy service services business company
  ok fine good great cool right wrong bad best better problem question answer currently today now day time general normally
  work works tomorrow tonight yesterday week month difference differ different happen happens matter worry sure plan exactly
  package packages bundle handle tackle instead rather include includes included including allow permit somewhere anywhere someplace`
  .split(/\s+/)
  .filter(Boolean);
const LIGHT = new Set(LIGHT_WORDS.map(stem));
/** The light words and their own forms ("services", "worked", "planning", "availability"). */
const LIGHT_FORMS = new Set(
  LIGHT_WORDS.flatMap((w) => {
    const base = w.replace(/(?:e|y)$/, '');
    const forms = [w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${w}ing`, `${w}ly`, `${w}er`, `${w}ers`, `${base}ing`, `${base}ed`, `${base}er`, `${base}ers`, `${w}${w.at(-1)}ing`, `${w}${w.at(-1)}ed`, `${w}al`, `${w}ally`, `${w}ful`, `${w}fully`];
    if (w.endsWith('y')) forms.push(`${base}ies`, `${base}ied`);
    if (w.endsWith('able')) forms.push(`${w.slice(0, -4)}ability`);
    return forms;
  }),
);

/**
 * The visitor's `word` (whose term is `t`) is one of the everyday words of LIGHT, not another word
 * the stemmer folds onto one: "GENERATORS" is "gener" as "general" is, and is no everyday word
 * ("do you install generators" weighed as "do you install" got a yes from an oil tank installed).
 */
function lightWord(word: string, t: string): boolean {
  return LIGHT.has(t) && (!/^[a-z]+$/.test(word) || LIGHT_FORMS.has(word));
}

const SPEAK = /^(?:speak|speaks|spoken|talk|talks)$/;
const LANGUAGE = /^(?:english|spanish|french|german|italian|portuguese|polish|russian|ukrainian|greek|arabic|farsi|persian|hebrew|turkish|hindi|urdu|punjabi|gujarati|bengali|tamil|telugu|mandarin|cantonese|chinese|korean|japanese|vietnamese|tagalog|filipino|somali|amharic|swahili|dutch|romanian|hungarian|czech|asl|sign)$/;

/** Units after a number that measure the visitor's own case (not a thing priced by count, as "2 bedrooms"). */
const OWN_MEASURE = /^(?:miles?|mi|km|kilometers?|kilometres?|minutes?|mins?|pounds?|lbs?|kg|years?|yrs?|yr|yo|months?|weeks?|units?|feet|foot|ft|inches|percent)$/;

// A verb form telling what happens ("squeaking", "snapped"): the story, not the thing asked about.
const STORY_VERB = /^[a-z]{3,}(?:ing|ed)$/;
const FROM_PLACE = new Set(['from', 'outside', 'of', 'past', 'beyond']);
/** Buying something, and where it was bought ("bought it FROM amazon", "ordered one ON ebay", "got it AT costco"). */
const ACQUIRED = new Set(['bought', 'buy', 'ordered', 'order', 'purchased', 'got', 'picked']);
const BOUGHT_FROM = new Set(['from', 'at', 'on', 'off']);

/** A number, a size ("16x32") or a number with its unit ("40ft", "900lbs"). */
const MEASURE = /^\d+(?:\.\d+)?(?:(?:x\d+(?:\.\d+)?)+|ft|feet|in|inch|inches|lb|lbs|kg|mm|cm|m|sqft|gal|gallon|gallons|mi|k)?$/;


const ADJUNCT = new Set(['when', 'while', 'during', 'whilst']);
/** Words before a clock time the visitor wants a thing at ("AFTER 5 pm", "BEFORE 8"). */
const CLOCK_AFTER = /^(?:after|before|past|around|by)$/;
/** Words before a clock time said with its am or pm ("like 10pm", "about 7 am"): without one, "about 20" may be miles. */
const CLOCK_NEAR = /^(?:after|before|past|around|by|about|like|till|until)$/;
/** The word a question proper starts with after a condition put first ("if it rains, DO you come", "if i cancel HOW much"). */
const MAIN_ONSET = /^(?:do|does|did|is|are|will|would|can|could|should|how|what|whats|when|who|which|am|r|u)$/;
// Everyday nouns of LIGHT that are also a service when used as a verb ("detail my car", "plan our wedding").
const VERB_SENSE = new Set(['detail', 'plan', 'process', 'service']);
// Words before a place of the visitor's own ("in MY attic", "on THE roof"), or whom a thing is for ("for MY wife's car").
const OWN_PLACE = new Set(['my', 'our', 'the', 'his', 'her', 'their']);
const LOCATIVE = new Set(['for', 'in', 'on', 'at', 'inside', 'under', 'behind', 'near', 'from', 'around', 'above', 'below', 'outside']);

// "...a call-out TO FIX a leaking tap": verbs that open a purpose clause.
const PURPOSE_VERBS = new Set(
  'fix repair install replace clean unclog unblock look check inspect sort deal service remove move paint build change help treat see do get make have come take mend drain flush test book reserve hold secure'.split(' '),
);
const PURPOSE_TERMS = new Set([...PURPOSE_VERBS].map(stem));

/** A term of a job done, as a verb or its noun ("REPLACEMENT", "INSTALL", "repair"), no thing it is done to. */
export function isJobTerm(term: string): boolean {
  return PURPOSE_TERMS.has(term);
}


/**
 * "how much to FIX my brakes", "what does it cost to CLEAN a rug": the verb of the job priced, right
 * after the price asked (null otherwise: in "how much every time you come back to CHECK the traps"
 * the job is the subject).
 */
export function purposeVerb(question: string): string | null {
  const word = pricedJobWord(question);
  return word && PURPOSE_VERBS.has(word) ? word : null;
}

/** The word right after the price asked ("how much to WATERPROOF my chimney"), whatever verb it is; null without one. */
export function pricedJobWord(question: string): string | null {
  return /\b(?:how much|what(?: does| would| will| is)? it cost|what do you charge|what is the (?:cost|price)|price)(?: (?:is it|would it be|will it be|does it cost|for you))? to (\w+)/.exec(normalizeCasual(question))?.[1] ?? null;
}

/**
 * The last word of what the job of a price question is done to ("how much to fix a pool LIGHT",
 * "price to replace my kitchen FAUCET"), as the visitor wrote it; null without such a job.
 */
export function purposeObject(question: string): string | null {
  const plain = normalizeCasual(question);
  const verb = purposeVerb(question);
  if (!verb) return null;
  const rest = plain.slice(plain.indexOf(` to ${verb} `) + verb.length + 5);
  const object = rest.replace(/\s(?:on|in|for|at|with|from|if|when|and|or|to|near|during|before|after|by|like|please|this|next|today|tomorrow|asap)\b.*$|\s*[,;:!?.].*$/, '').trim();
  const last = object.split(/\s+/).filter((w) => /^[a-z][a-z'-]*$/.test(w) && !/^(?:a|an|the|my|our|your|some|it|them|one|up|out|off|down|over)$/.test(w)).pop();
  return last ?? null;
}

/** A length of time a thing is wanted for, after "for a" ("for a week", "for 2 days"). */
const SPAN_WORD = /^(?:days?|weeks?|months?|weekends?|nights?)$/;
/** Words before it that make the length a case's ("what IF my bike is NOT picked up for a month"), not one wanted. */
const SPAN_CONDITION = /^(?:if|when|whenever|not|after|since|until|unless)$/;
const TAKE = stem('take');
const EXTRA = stem('extra');
/** Words after "extra" that make it a price's shape ("an extra CHARGE"), not one more of a thing. */
const EXTRA_PRICE = /^(?:charges?|fees?|costs?|price|money|pay|payment|dollars?|bucks|cash|surcharges?)$/;
/** A word that points back at a thing ("how much to get IT out", "what does THAT cost"). */
const BACK_POINTER = /\b(?:it|its|it's|them|they|those|these|that|this|one|ones)\b/;
/** An auxiliary, its subject and the word it asks about ("do you TRAP", "are you FREE", "can u GET"). */
const ASKED_OF_US = /\b(?:are|is|do|does|can|could|will|would)\s+(?:you|u|it|we|they|y'?all)(?:\s+(?:guys|all))?\s+[a-z]+\b/g;
/** Words of the question that name a thing (no job's verb, no shape, everyday or asked-kind word): "insulin shots", not "can you fix" nor "do u trap". */
function namesThing(text: string): boolean {
  const plain = normalizeCasual(text);
  const typed = new Set(askedTypes(plain).flatMap((i) => ANSWER_TYPES[i]!.words.map(stem)));
  // (The word after "do you", "are you" is what is asked of the business, "do u TRAP those", "are you FREE that day": no thing.)
  const named = plain.replace(ASKED_OF_US, ' ');
  return words(named).some((w) => !PURPOSE_VERBS.has(w) && terms(w).some((t) => !SHAPE.has(t) && !LIGHT.has(t) && !typed.has(t)));
}
/** A word right after these is a verb: "how much TO check", "can YOU check", "PLEASE check". */
const VERB_BEFORE = /^(?:to|you|u|i|we|please|pls)$/;
const ASPECT = new Set(['start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'keep', 'keeps', 'kept', 'stop', 'stops', 'stopped', 'stopping']);

export { asksSeveral, asksTwoContacts, questionParts } from './answer-split.js';

/** Chunk frequencies by stem (what queryTerms weighs with); computed once per vocabulary read. */
export function stemDf(vocab: Vocabulary): Map<string, number> {
  const df = new Map<string, number>();
  for (const [w, n] of vocab.words) {
    for (const part of w.includes('-') ? [w.replace(/-/g, ''), ...w.split('-')] : [w]) {
      const c = part.replace(/'/g, '');
      if (!c || isStopWord(c)) continue;
      const s = stem(c);
      df.set(s, Math.max(df.get(s) ?? 0, n));
    }
  }
  return df;
}

/**
 * "do you PICK UP bikes" is the guide's "free PICKUP": a verb and its particle are said as the one
 * word the knowledge uses ("pickup", "drop-off", "setup", "lockout"), when it uses it.
 */
function joinParticles(sentence: string, df: ReadonlyMap<string, number> | null, written?: ReadonlyMap<string, number>): string {
  if (!df) return sentence;
  const said = (w: string) => (df.get(stem(w)) ?? 0) > 0;
  const particles = sentence.replace(/\b([a-z]{3,}) (up|off|out|in|over|down|back)\b/g, (pair: string, verb: string, particle: string) => (said(`${verb}${particle}`) ? `${verb}${particle}` : pair));
  // ("do u take UNITED HEALTHCARE", "CARE CREDIT": a name the knowledge writes as one word, "UnitedHealthcare", "CareCredit";
  // not one it writes with a hyphen, "tune-up", "full-time", whose parts it says as words.)
  return particles.replace(/\b([a-z]{3,}) (?=([a-z]{3,})\b)/g, (pair: string, a: string, b: string) => (`${a}${b}`.length >= 8 && !!written?.has(`${a}${b}`) ? a : pair));
}

/** The business's own people, however a guide calls them (lexical-related's group of "staff"). */
const STAFF: ReadonlySet<string> = new Set([stem('staff'), ...relatedTerms(stem('staff'))]);

/**
 * `typed`: the question as the visitor typed it (before the casual rewrites), which tells the words
 * a rewrite added from theirs (BESIDE_WORDS).
 */
export function queryTerms(question: string, vocab: (Vocabulary & { stems?: Map<string, number> }) | null, wordRank?: (word: string) => number | undefined, typed?: string): QueryTerm[] {
  const typedWords = typed === undefined ? null : new Set(words(normalizeText(typed)));
  const df = vocab ? (vocab.stems ?? stemDf(vocab)) : null;
  const n = vocab?.docs ?? 0;
  const plain = normalizeCasual(question);
  // ("do you have SIZE 12 skates", "15 KIDS": numbers said as sizes or counts, read as typed, before the casual rewrites fold "size" away.)
  const { sized, counted } = numbersSaid(typed ?? question);
  const typeOf = new Map<string, number>();
  for (const i of askedTypes(plain)) for (const w of ANSWER_TYPES[i]!.words) typeOf.set(stem(w), i);
  const hoursAsked = askedTypes(plain).find((i) => ANSWER_TYPES[i]!.words.includes('opening')) ?? -1;
  const daysAsked = askedTypes(plain).includes(DAYS_TYPE);
  const priceAsked = askedTypes(plain).includes(PRICE_TYPE);
  // "how long does that usually TAKE": the verb frames the question (a guide that "takes cards" says nothing of it).
  // (Nor does "can he TAKE lessons" ask more than whether he may have lessons.)
  const framingTake = /\bhow (?:long|much time)\b[^?.]*\b(?:take|takes|taking|took)\b/.test(plain) || /\b(?:take|takes|taking|took)\s+(?:(?:a|an|the|some|more|private|group|riding|weekly)\s+)*(?:lessons?|class(?:es)?|courses?|sessions?|tours?|rides?|workshops?)\b/.test(plain);
  // "can i BRING my dog": asking leave to come with something, the verb is the visitor's; what comes
  // along is the whole subject ("Dogs are welcome ...", not "Bring your own dog life jacket").
  // (Unless it is the visitor's own gear, "can i bring my OWN guitar": then bringing it is what is asked, "Guitar ... students bring their own".)
  const alongVerb = broughtAlong(question) && !/\b(?:my|our|his|her|their) own\b/.test(plain) ? serviceVerb(question) : null;
  // "do i need to BRING a towel", "should we bring our own mats": whether the thing is there for the
  // visitor is asked ("towels are free"); the verb only frames it.
  const supplyAsked = bringAsked(plain);
  // "is there an elevator? i can't do stairs": the question weighs fully, the context half.
  // ("my eyes burn and feel sandy all day at work. HOW MUCH is it to get checked for dry eye": a
  // statement before a question that opens as one, without its question mark, is context too.)
  const sentences = plain.split(SENTENCE_BREAK).filter((x) => x.trim());
  // (Where the visitor marks their questions, "financing available? how long is the 0 percent", the marks say which.)
  const marked = sentences.some((x) => x.trim().endsWith('?'));
  const isAsk = (x: string) => x.trim().endsWith('?') || (!marked && sentences.length > 1 && QUESTION_START.test(x.trim()));
  const asked = sentences.filter(isAsk);
  // "my kid snapped the key off in the lock, how much to get it out": what the visitor tells
  // before the question is context too.
  // (Only when the question names a subject of its own: in "im nervous about the dentist, can
  // you help" what is told is what is asked about.)
  const namesSubject = (x: string) => terms(x).some((t) => !SHAPE.has(t) && !LIGHT.has(t) && !typeOf.has(t));
  // A told part that is the subject ("rollers are squeaking, how much to replace THEM") keeps its
  // weight; only the words of its story the knowledge never uses ("squeaking") weigh little.
  const clauses = sentences.flatMap((x, i) => {
    // (A statement before a question, "threw a brick thru my shop window. what does a new pane run", is told.)
    if (asked.length > 0 && !isAsk(x) && /[.!]$/.test(x.trim()) && sentences.slice(i + 1).some(isAsk)) return [{ text: x, told: true, subject: false }];
    const parts = asked.length > 0 && !isAsk(x) ? [] : toldThenAsked(x);
    if (parts.length !== 2) return [{ text: x, told: false, subject: false }];
    const askedPart = parts.find((p) => !p.told)!;
    // ("my cat is diabetic, can you do INSULIN SHOTS and what does THAT cost": a word that points back
    // after a thing the question names itself points at that thing, not at the story told before it.)
    const pointsAtOwn = !!parts[0]!.subject && namesThing(askedPart.text.split(BACK_POINTER)[0] ?? '');
    return parts.map((p) => ({ ...p, subject: p.told && ((!!p.subject && !pointsAtOwn) || !namesSubject(askedPart.text)) }));
  });
  // ("my son is 15, can HE let you in?": the person told is whom the question asks about.)
  // "generac wont start, whats it cost to have someone LOOK AT IT": a visit to find the fault is asked
  // (lexical's call-out reading); what is looked at, told or named after "look at", is why they come.
  const lookVisit = priceAsked && LOOK_VISIT.test(plain);
  if (lookVisit) for (const c of clauses) c.subject = false;
  const personAsked = clauses.some((c) => !c.told && /\b(?:he|she|him|her|they|them)\b/.test(c.text));
  const seen = new Map<string, QueryTerm>();
  // (Once named, the subject stays named in the clauses that follow: "rollers are squeaking, how much TO REPLACE them".)
  let named = false;
  for (const { text: sentence, told: toldPart, subject } of clauses) {
    const told = toldPart && !subject;
    const context = told || (asked.length > 0 && asked.length < sentences.length && !isAsk(sentence));
    // "how much is a call-out | to fix a leaking tap": once the question has named its subject,
    // a purpose clause after "to" says why, not what, and weighs half.
    let purpose = false;
    let alternative = false;
    let condition = false;
    let looked = false;
    const ws = words(joinParticles(sentence, df, vocab?.words));
    const acquired = ws.findIndex((w) => ACQUIRED.has(w));
    // "IF OUR INTERNET GOES DOWN does the system still send alarms": a condition put first is when,
    // not what; the question proper starts at its verb or question word.
    let leading = false;
    for (const [wi, word] of ws.entries()) {
      if (wi === 0 && word === 'if') leading = true;
      else if (leading && wi >= 3 && MAIN_ONSET.test(word)) leading = false;
      if (word === 'to' && named && PURPOSE_VERBS.has(ws[wi + 1] ?? '')) purpose = true;
      if (lookVisit && ws[wi - 1] === 'look' && (word === 'at' || word === 'over')) looked = true;
      // "do I need to be home | when you clean": a time clause after the subject says when, not what.
      if (ADJUNCT.has(word) && named && wi > 0) purpose = true;
      if ((word === 'if' || ADJUNCT.has(word)) && named && wi > 0) condition = true;
      // "plastic bins | instead of cardboard": the alternative is context, not the subject.
      if ((word === 'instead' || word === 'rather') && (ws[wi + 1] === 'of' || ws[wi + 1] === 'than')) alternative = true;
      for (const t of terms(word)) {
        if (!SHAPE.has(t) && !LIGHT.has(t) && !typeOf.has(t)) named = true;
        if (seen.has(t)) continue;
        // Related words, and the word in the other side of the Atlantic's spelling ("labor", "labour").
        // ("to CHECK the line", "can you CHECK it": a verb, which no noun-only spelling says.)
        // ("do you work WITH PLUMBERS": people worked with or for are clients, whom "offices with 5 or more STAFF" does not name.)
        const client = /^(?:with|for)$/.test(ws[wi - 1] ?? '') && STAFF.has(t);
        const related = [...relatedTerms(t).filter((r) => !(client && STAFF.has(r))), ...spellingVariants(t, { verb: VERB_BEFORE.test(ws[wi - 1] ?? '') })];
        // A word the knowledge never uses weighs like its most common related word when it has one,
        // or like the word it uses in another form ("coverage" ~ "cover").
        const count = df ? df.get(t) || Math.max(0, ...related.map((r) => df.get(r) ?? 0)) || morphCount(t, df) : 0;
        // A word a rewrite added ("arrive" for "get here") that the knowledge never uses says nothing.
        // ("i have no insurance, do you have PAYMENT PLANS" is read "payment plans financing": a clinic that
        // never says "financing" still answers "Payment plans are available for patients without insurance".)
        // (Only beside the visitor's own word: "pay in INSTALLMENTS" is read "pay in monthly payments financing",
        // whose "financing" is all that is left of what they typed.)
        // (The text may be read casually twice, "payment plans financing financing": the visitor's word is before the run.)
        // (And only when the knowledge says the visitor's word itself: a towing guide that never says "plan"
        // has nothing on "can i do a payment plan" but the bill it is paid with.)
        const before = ws.slice(0, wi).filter((w) => w !== word).pop() ?? '';
        // (Nor when the word before it was written by a rewrite too: "do you do INSTALLMENTS" is read "do you do
        // payment plans financing", beside a "plans" the page says as the visitor's own "payment plans" would be.)
        const besideTyped = !!typedWords && !typedWords.has(word) && ((BESIDE_WORDS.has(word) && (df?.get(stem(before)) ?? 0) > 0) || ADDED_WORDS.has(word));
        if (df && count === 0 && (REWRITE_WORDS.has(word) || besideTyped) && !typeOf.has(t)) continue;
        // ("i got LOCKED out lockout of my apartment": a word a rewrite spelled as the knowledge's own word after it says no more; so does one it named by its kind, "drink a BEER alcohol".)
        if (df && count === 0 && ws.slice(wi + 1, wi + 4).some((w) => ((REWRITE_WORDS.has(w) && w.startsWith(t)) || (w === 'alcohol' && !typedWords?.has(w))) && w !== word && (df.get(stem(w)) ?? 0) > 0)) continue;
        // "raccoons IN MY ATTIC": a word the knowledge never uses, naming a place of the visitor's
        // own, says where the subject is, not what it is: it weighs like context.
        // ("bats IN THE ATTIC", "solar panels ON THE ROOF": the visitor's own place too.)
        // "35 miles from ASHFORD": the place a distance is measured from is where the visitor is, not what is asked.
        // ("20 miles out from PINECREST", "30 miles outside BROOKHAVEN".)
        // ("40 miles from PALO VERDE": the place's second word too.)
        const fromAt = FROM_PLACE.has(ws[wi - 1] ?? '') ? wi - 1 : wi >= 2 && FROM_PLACE.has(ws[wi - 2]!) && !isStopWord(ws[wi - 1]!) ? wi - 2 : -1;
        // ("30 miles out PAST pine bluff": the word that measures from the place is no subject either.)
        const fromWord = FROM_PLACE.has(word) && ws.slice(Math.max(0, wi - 3), wi).some((w) => OWN_MEASURE.test(w));
        const reference = fromAt >= 1 && ws.slice(Math.max(0, fromAt - 3), fromAt).some((w) => OWN_MEASURE.test(w));
        // ("for MY WIFE'S car": whom it is for, when it is someone of the visitor's own; "for the military" names a subject.)
        const own = (count === 0 && wi >= 2 && LOCATIVE.has(ws[wi - 2]!) && OWN_PLACE.has(ws[wi - 1] ?? '') && !(ws[wi - 2] === 'for' && ws[wi - 1] === 'the')) || alternative || reference;
        let idf = df ? Math.log(1 + (n + 1) / (count + 0.5)) : 1;
        // An everyday English word the knowledge never uses ("big", "hurt") says less about the
        // subject than a rare one ("softener"): rank in spoken English (SUBTLEX-US) scales it.
        // ("my WIFE'S car": the word's rank, not the possessive's, which no list has.)
        const rank = df && count === 0 ? wordRank?.(word.replace(/'s$/, '')) : undefined;
        if (rank !== undefined) idf *= rank < 600 ? 0.25 : rank < 1500 ? 0.6 : 1;
        // "open wednesday at 8": a bare hour in a question about hours is a clock time.
        const clock = hoursAsked >= 0 && /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 12 ? hoursAsked : null;
        // "do you work SATURDAYS": a day the knowledge never names is answered by the days it gives.
        const days = daysAsked && count === 0 && DAY_TERMS.has(t) ? DAYS_TYPE : null;
        const type = typeOf.get(t) ?? clock ?? days;
        // A stop word the knowledge's vocabulary leaves out ("tune UPS") is never its subject either.
        // "how much to DETAIL MY car": an everyday noun used as a verb on the visitor's thing names the service.
        // ("do you DETAIL cars": right after "you", a word the knowledge never uses is the verb asked too.)
        const verbSense = VERB_SENSE.has(word) && (/^(?:my|our|your|the|a|an)$/.test(ws[wi + 1] ?? '') || (!!df && count === 0 && VERB_BEFORE.test(ws[wi - 1] ?? '')));
        // A number or a measurement the knowledge never says ("pool is 16x32", "a 40ft hedge") is a detail, not the subject.
        // A number that measures the visitor's own case ("35 miles away", "a 16 yr old", "900 lbs",
        // "6 units") is a detail of it too, whether or not the knowledge happens to use that number.
        const measured = /^\d+(?:\.\d+)?$/.test(word) && OWN_MEASURE.test(ws[wi + 1] ?? '');
        // "a battery STARTS swelling", "it KEEPS beeping": the verb before an -ing says when, the -ing word what.
        const aspect = ASPECT.has(word) && /^[a-z]{3,}ing$/.test(ws[wi + 1] ?? '');
        // "do u SPEAK punjabi": the language is what is asked ("lessons are available in English, Punjabi ...").
        const speaking = count === 0 && SPEAK.test(word) && LANGUAGE.test(ws[wi + 1] ?? '');
        // "how much do u charge PER HOUR": what a price is counted by is how it is asked, no subject of its own.
        const perUnit = priceAsked && ws[wi - 1] === 'per';
        const along = word === alongVerb || (supplyAsked && word === 'bring');
        // "how much is AN EXTRA HOUR", "each extra lock": one more of a thing names it ("Extra hours are
        // $350"); "is there an extra charge", "how much extra" only shape the price asked.
        const extraThing = t === EXTRA && /^(?:a|an|each|every|per|one|any|the|your)$/.test(ws[wi - 1] ?? '') && /^[a-z]{3,}$/.test(ws[wi + 1] ?? '') && !isStopWord(ws[wi + 1]!) && !EXTRA_PRICE.test(ws[wi + 1]!);
        // "can i rent one FOR A WEEK", "for the whole day": how long the visitor wants the thing is asked (a
        // "Weekly rate" answers it; an hourly table does not), though "week" is an everyday word ("this week").
        const spanAsked = !toldPart && !context && SPAN_WORD.test(word) && /^(?:a|an|one|two|three|four|\d+|whole|full|entire|couple)$/.test(ws[wi - 1] ?? '') && ws.slice(Math.max(0, wi - 4), wi - 1).includes('for') && !ws.slice(0, wi).some((w) => SPAN_CONDITION.test(w));
        // "how fast can u GET HERE" is read "... get here arrive": the arrival a rewrite added is what "how fast" asks
        // already, no subject of its own ("we aim to reach you within 30 minutes" answers it).
        const typeSays = REWRITE_WORDS.has(word) && !typedWords?.has(word) && [...typeOf.keys()].some((k) => relatedTerms(k).includes(t));
        const light = typeSays || (!verbSense && !extraThing && !spanAsked && (SHAPE.has(t) || lightWord(word, t))) || isStopWord(t) || (framingTake && t === TAKE) || aspect || (count === 0 && MEASURE.test(t)) || measured || speaking || perUnit || along || fromWord;
        // A word naming the kind of answer ("price") weighs like a common word, whatever its rarity.
        // A word of the visitor's own story that the knowledge never uses ("GRINDING noise") tells the
        // situation, not the subject: it weighs like an everyday word.
        // ("i bought a chain ONLINE, can you put it on", "got the part FROM AMAZON": where the visitor bought it is their story too.)
        const boughtAt = acquired >= 0 && wi > acquired + 1 && (word === 'online' || (wi >= 1 && BOUGHT_FROM.has(ws[wi - 1]!)));
        // ("come look at my DRIPPY FAUCET": a word the knowledge never uses in what is looked at tells the case too.)
        // (And all that is told before a look asked for, "generac WONT START AFTER THE STORM, what does it cost to have someone look at it": why they would come.)
        const story = (((toldPart && (!subject || STORY_VERB.test(word) || boughtAt)) || looked) && count === 0 && !!df) || (lookVisit && toldPart);
        // "my son missed his lesson TUESDAY, can he do a makeup", "if i cancel in JANUARY": a day or a
        // month the knowledge never names says when the visitor's case happens, not what it is about.
        // (Not the days a thing is done on, asked: "do you do tastings ON WEEKENDS" is about weekends, and a
        // yes without them would be invented.)
        const onDays = /^(?:on|over|during|at|this|next|every|most|any)$/.test((/^(?:a|an|the)$/.test(ws[wi - 1] ?? '') ? ws[wi - 2] : ws[wi - 1]) ?? '') && /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|weeknights?|holidays?)$/.test(word);
        const when = !!df && count === 0 && type === null && isCalendarWord(word) && !onDays;
        // "MY SON is IN 10TH GRADE and struggling w chemistry, do u help with that": the visitor's own
        // person and their school grade, told, are whom the help is for (the guide's "grades 3 to 12"), not what is asked.
        const level = toldPart && (gradeAt(ws, wi) !== null || (OWN_PERSON.test(word) && /^(?:my|our)$/.test(ws[wi - 1] ?? '') && !personAsked));
        // "a service call AFTER 5PM": the clock time the visitor wants it at says when, in a question that asks no hours
        // (not a second part the office hours' "5:00 pm" answers).
        // ("is there someone ON SITE at night": a part of the day after the subject named says when too, in a
        // question that asks no kind of answer; "how long to get to you at night" asks the night's wait.)
        // ("can we arrive LATE LIKE 10PM": the clock the visitor gives, the rewrite's "night" for it and the "late" it
        // makes concrete say when too; what is asked is the arrival, "Late arrivals after 9 pm" or "Arriving after 8 pm is fine".)
        const clockTold = hoursAsked < 0 && type === null && (CLOCK_AFTER.test(ws[wi - 1] ?? '') ? /^\d{1,2}(?::\d{2})?$/.test(word) : (/^\d{1,2}(?::\d{2})?$/.test(word) && CLOCK_NEAR.test(ws[wi - 1] ?? '') && /^(?:am|pm)$/.test(ws[wi + 1] ?? '')) || (/^(?:am|pm)$/.test(word) && CLOCK_NEAR.test(ws[wi - 2] ?? '') && /^\d{1,2}$/.test(ws[wi - 1] ?? '')) || (/^(?:late|early)$/.test(word) && CLOCK_NEAR.test(ws[wi + 1] ?? '') && /^\d{1,2}(?::\d{2})?$/.test(ws[wi + 2] ?? '') && /^(?:am|pm)$/.test(ws[wi + 3] ?? '')) || (word === 'night' && /^(?:am|pm)$/.test(ws[wi - 1] ?? '') && CLOCK_NEAR.test(ws[wi - 3] ?? '') && /^\d{1,2}$/.test(ws[wi - 2] ?? '')) || (named && !typeOf.size && wi === ws.length - 1 && /^(?:night|nights|evening|evenings)$/.test(word) && /^(?:at|in|during)$/.test(ws[wi - 1] === 'the' ? (ws[wi - 2] ?? '') : (ws[wi - 1] ?? ''))));
        const pair = pairAt(ws, wi);
        const weight = along ? 0 : (type !== null ? Math.max(0.8, Math.min(idf, 1)) : light || story ? 0.3 : idf) * (purpose ? 0.35 : context || own || when || level || looked || clockTold ? 0.5 : 1);
        seen.set(t, { term: t, weight, related, answeredBy: answeredByTerms(t), type, light, unknown: !!df && count === 0, context: context || own || story || when || level || looked || clockTold, common: rank !== undefined && rank < 1500, condition: condition || leading || clockTold, ...(perUnit ? { perUnit } : {}), ...(spanAsked ? { span: true } : {}), ...(pair ? { pair } : {}), ...(sized.has(word) ? { sized: true } : {}), ...(counted.has(word) ? { counted: true } : {}) });
      }
    }
  }
  // "do you take AMEX" against "Cash, Visa, Amex": the abbreviation the knowledge itself uses is the
  // word; the words it spells out to ("american express"), which the knowledge never uses, weigh nothing.
  // (Only when it spells out none of them: "ac" beside "air conditioners" keeps "air".)
  const spelled = [...seen.values()].filter((q) => EXPANDED.has(q.term));
  if (df && [...seen.values()].some((q) => ABBREVIATIONS.has(q.term) && !q.unknown) && spelled.every((q) => q.unknown)) for (const q of spelled) seen.delete(q.term);
  // ("do you take AMEX" against "No American Express.": the other way round, the abbreviation the knowledge never uses says nothing more.)
  const abbreviated = [...seen.values()].filter((q) => ABBREVIATIONS.has(q.term));
  if (df && spelled.length > 0 && spelled.every((q) => !q.unknown) && abbreviated.every((q) => q.unknown)) for (const q of abbreviated) seen.delete(q.term);
  for (const i of askedTypes(plain)) {
    const marker = ANSWER_TYPES[i]!.marker;
    if (marker && !seen.has(marker)) seen.set(marker, { term: marker, weight: 0.8, related: [], answeredBy: [], type: i, light: false });
  }
  const qs = [...seen.values()];
  frameVerbLight(question, qs);
  ownPersonAsContext(typed ?? question, qs);
  markAbsence(question, qs);
  return qs;
}
