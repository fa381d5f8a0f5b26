import { isStopWord, normalizeCasual, relatedTerms, terms } from '../ai/lexical.js';
import type { QueryTerm } from './answer-rows.js';
import type { Unit } from './answer-units.js';
import { morphMatch } from './answer-words.js';
import { isCalendarWord } from '../schedule/index.js';
import { purposeObject } from './answer-query.js';

// "how much is a SMOKE detector" -> "A GLASS-BREAK detector adds $55.": the answer names the same
// thing (a detector) but as another kind of it, told apart by the word in front. The question's
// word in front is nowhere in the answer, its section or its document, and the answer puts a
// word of its own in that place: quoting it would be a fact about something the visitor never
// asked about. (Whatever the knowledge's vocabulary: "smoke" is an everyday word, and a guide
// that never says it still answers "smoke" questions with nothing.)

/** Rank in spoken English (SUBTLEX-US) under which a word is one of the plainest ("old", "new", "big", "extra"): it describes, it names no kind. */
const PLAIN_RANK = 600;
/** A state of the thing ("a LEAKING tap", "a USED car"), not a kind of it. */
const STATE = /^[a-z]{3,}(?:ing|ed)$/;
/** Words before a verb ("can you CLEAN gutters", "to PAINT a fence"): the word after them acts, it names no kind. */
const VERB_BEFORE = new Set(['you', 'u', 'i', 'we', 'they', 'to', 'can', 'will', 'please', 'and', 'or', 'do', 'does']);

const plainWord = (w: string, wordRank?: (word: string) => number | undefined) => (wordRank?.(w) ?? Infinity) < PLAIN_RANK;

/** Words and punctuation in order: two words are a pair only when nothing stands between them ("Mastercard, American Express" pairs no card with "American"). */
function tokens(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+(?:[-'][a-z0-9]+)*|[^\sa-z0-9]/g) ?? [];
}

const isWord = (t: string | undefined): t is string => !!t && /^[a-z0-9]/.test(t);

/** A modifier-and-head pair of the question whose head the unit says with a modifier of its own instead. */
export function anotherKind(question: string, qs: readonly QueryTerm[], unit: Unit, wordRank?: (word: string) => number | undefined): boolean {
  // (The visitor's own words: the casual reading appends expansions, "amex" -> "amex american express".)
  const qw = tokens(question.slice(0, 500));
  const byTerm = new Map(qs.map((q) => [q.term, q]));
  const asked = new Set(qw.flatMap((w) => terms(w)));
  const uw = tokens(unit.text);
  // The word in front of each of the unit's words (inside a hyphenated word, its first parts: "jump-starts").
  const before = (j: number): string | undefined => {
    const parts = uw[j]!.split('-');
    return parts.length > 1 ? parts.slice(0, -1).join('-') : isWord(uw[j - 1]) ? uw[j - 1] : undefined;
  };
  const said = (t: string) => unit.terms.has(t) || unit.headingTerms.has(t) || unit.titleTerms.has(t);
  // The pairs asked: a word right before the head ("a SMOKE detector"), or what the thing a priced
  // job is done to is on ("replace a zipper ON A BACKPACK"), which names its kind as well.
  const pairs: Array<{ m: string; head: string; after: boolean }> = [];
  const job = purposeObject(question);
  for (let k = 0; k + 1 < qw.length; k++) {
    if (isWord(qw[k]) && isWord(qw[k + 1]) && !VERB_BEFORE.has(qw[k - 1] ?? '')) pairs.push({ m: qw[k]!, head: qw[k + 1]!, after: false });
    // (Only the thing a priced job is done to: "financing ON a new ac", "yoga ON thursday" name no kind.)
    const of = qw[k] === job && qw[k + 1] === 'on' ? k + (/^(?:a|an|the|my|our|his|her|their)$/.test(qw[k + 2] ?? '') ? 3 : 2) : -1;
    if (of > 0 && isWord(qw[of]) && !isWord(qw[of + 1]) && !isCalendarWord(qw[of]!)) pairs.push({ m: qw[of]!, head: qw[k]!, after: true });
  }
  for (const { m, head: headWord, after } of pairs) {
    if (isStopWord(m) || STATE.test(m) || /\d/.test(m) || plainWord(m, wordRank)) continue;
    const mt = terms(normalizeCasual(m));
    const head = terms(headWord);
    if (mt.length !== 1 || head.length !== 1) continue;
    const q = byTerm.get(mt[0]!);
    // Only a word the knowledge never uses (nor a word related to it) names a kind it does not cover;
    // the head must name the subject (not "price", not a light word).
    // (The visitor's own thing after the head, "on MY backpack", is a kind all the same.)
    const h = byTerm.get(head[0]!);
    if (!q || !q.unknown || q.light || q.type !== null || (q.context && !after) || !h || h.light || h.type !== null) continue;
    if (!unit.terms.has(head[0]!)) continue;
    // The kind asked about is said (or its section or document is about it): no other kind.
    if (said(q.term) || morphMatch(q.term, unit.terms) || q.related.some(said)) continue;
    for (let j = 0; j < uw.length; j++) {
      if (!isWord(uw[j]) || terms(uw[j]!.split('-').pop()!).at(-1) !== head[0]) continue;
      // (Or the kinds it names in brackets after it: "Replace zipper (PANTS or skirt)".)
      for (const um of [before(j), uw[j + 1] === '(' ? uw[j + 2] : undefined]) {
        if (!isWord(um) || isStopWord(um) || STATE.test(um) || /\d/.test(um) || plainWord(um, wordRank)) continue;
        const umt = terms(um);
        if (!umt.length || umt.some((t) => asked.has(t))) continue;
        return true;
      }
    }
  }
  return false;
}

/** The adjacent word pairs of a text, as terms, a modifier before its head ("solo walk", "group walk"). */
function termPairs(text: string): Array<[string, string]> {
  // (A plural's apostrophe joins its word to the next: "Kids' manicure".)
  const ws = tokens(text).filter((t, j, all) => !(t === "'" && /s$/.test(all[j - 1] ?? '')));
  const pairs: Array<[string, string]> = [];
  for (let j = 0; j + 1 < ws.length; j++) {
    if (!isWord(ws[j]) || !isWord(ws[j + 1]) || isStopWord(ws[j]!) || /\d/.test(ws[j]!)) continue;
    // ("WALK-IN coolers": the modifier whole, "walkin"; the head its last part.)
    const m = terms(ws[j]!)[0];
    const h = terms(ws[j + 1]!.split('-').pop()!).at(-1);
    if (m && h) pairs.push([m, h]);
  }
  return pairs;
}

/** How many words of an item's opening name it ("**Solo walks** (just your dog, ...)", "Reach-in coolers and freezers, ..."). */
const OPENING = 8;

/** The pairs an item of a table or a list is named by: a row's label, a list item's opening. */
function itemPairs(u: Unit): Array<[string, string]> {
  return termPairs(itemName(u));
}

/** What names an item: a row's label, a list item's opening (to its first comma, bracket or colon: "Walk-in coolers and walk-in freezers (repair, ...)"). */
const itemName = (u: Unit) => (u.kind === 'row' ? (u.label ?? '') : u.text.split(/[,(:;.]/)[0]!.split(/\s+/).slice(0, OPENING).join(' '));

/**
 * "can my puppy go on SOLO walks" -> "Dogs must be at least 6 months old ... for GROUP walks": the
 * guide names both kinds as items of one table or list ("Group walks", "Solo walks"), and the unit
 * says the thing only as the other kind, never the kind asked about: its rule or price is the
 * other kind's. (anotherKind is the same for a kind the guide never names; two words that are no
 * items of one list, "SNOW plowing" and "SEASONAL plowing", are no two kinds.)
 */
export function namedOtherKind(question: string, unit: Unit, units: readonly Unit[], business = ''): boolean {
  const groups = new Map<string, Array<[string, string]>>();
  for (const u of units) {
    const key = u.tableKey ?? u.listKey;
    if (key) groups.set(key, [...(groups.get(key) ?? []), ...itemPairs(u)]);
  }
  // What the unit names in so many words (its label, its text): a pair said as such, not two words apart.
  const own = [...termPairs(unit.text), ...termPairs(unit.label ?? '')];
  const pairSaid = (a: string, b: string) => own.some(([x, y]) => x === a && y === b);
  // (A word of the asked kind in its section heading makes the unit about it too.)
  const says = (t: string) => unit.terms.has(t) || unit.headingTerms.has(t);
  for (const [m, h] of termPairs(question.slice(0, 500))) {
    if (STATE.test(m)) continue;
    for (const [key, ps] of groups) {
      if (!ps.some(([x, y]) => x === m && y === h)) continue;
      // (The unit is itself another item of that list, saying nothing of the kind asked: "a 90 minute
      // PRENATAL massage" -> "Hot stone add-on: $20 with any 60 or 90 minute massage".)
      if ((unit.tableKey ?? unit.listKey) === key && !says(m)) return true;
      // A sibling item that shares one word of the pair: the unit says its other word, not the one asked.
      // ("SOLO walks" beside "GROUP walks"; "walk-in FREEZERS" beside "walk-in COOLERS".)
      for (const [a, b] of ps) {
        if (a === m && b !== h && says(b) && !says(h) && (pairSaid(a, b) || unit.kind === 'row')) return true;
        if (b === h && a !== m && says(a) && !says(m) && (pairSaid(a, b) || unit.kind === 'row')) return true;
      }
      // (Or another item named whole, and nothing of the one asked: "a PUPPY VISIT for my 8 month old" -> "... for GROUP WALKS".)
      if (!says(m) && !says(h) && ps.some(([a, b]) => pairSaid(a, b))) return true;
    }
  }
  // (An item named by the head alone, "Springs we install", lists the visitor's thing whatever they call it: "NEW springs".)
  const bare = new Set(units.flatMap((u) => ((u.tableKey ?? u.listKey) ? terms(itemName(u)).slice(0, 1) : [])));
  // (Nor one the business's name says it does: "do you do radon INSPECTIONS" at Keystone Home INSPECTIONS -> "Radon test".)
  return unlistedKind(question, unit, [...groups.values()].flat(), (t) => says(t) || bare.has(t) || unit.titleTerms.has(t) || terms(business).includes(t));
}

/** An item of a table or a list that the question names whole ("how much is an express detail and an INTERIOR ONLY"): a thing asked, whatever else it asks. */
export function itemAsked(question: string, unit: Unit): boolean {
  const name = (unit.tableKey ?? unit.listKey) ? terms(itemName(unit).replace(/\(.*$/, '')) : [];
  const asked = new Set(terms(question));
  return name.length > 0 && name.every((t) => asked.has(t));
}

/**
 * "how much is a KIDS PEDICURE" -> "Kids' manicure (ages 5 to 11): $15" beside "Classic pedicure: $35";
 * "a DIP POWDER FILL" -> "Dip powder full set: $50" beside "Acrylic fill": the pair asked is no item of
 * the guide, the unit is an item that shares one word of it and puts a word of its own in the other's
 * place, and the word asked in that place names other items. The visitor asks for a kind the guide
 * does not list, of a thing it does list: the unit's price or rule is its own item's, not theirs.
 */
function unlistedKind(question: string, unit: Unit, items: ReadonlyArray<[string, string]>, listed: (t: string) => boolean): boolean {
  if (!(unit.tableKey ?? unit.listKey)) return false;
  const own = itemPairs(unit);
  for (const [m, h] of termPairs(question.slice(0, 500))) {
    if (STATE.test(m) || items.some(([x, y]) => x === m && y === h)) continue;
    if (!listed(h) && own.some(([a, b]) => a === m && b !== h) && items.some(([a, b]) => b === h && a !== m)) return true;
  }
  return false;
}

/**
 * A sentence added to an answer that names the answer's thing as another kind of it: "can you do
 * a FULL DETAIL on a truck" is answered by "Full detail: $199 ..."; "EXPRESS detail: ... trucks
 * add $20" shares the word "truck" but is about another package, no second part of the question.
 * The question pairs a modifier with a head ("full detail"), the answer says that pair, and the
 * added unit says the head after a word of its own that the question never uses, and not the pair.
 */
export function addsAnotherKind(question: string, answer: Unit, added: Unit): boolean {
  const qw = tokens(question.slice(0, 500));
  const asked = new Set(qw.flatMap((w) => terms(w)));
  const pairsOf = (text: string) => {
    const ws = tokens(text);
    const pairs: Array<[string, string]> = [];
    for (let j = 0; j + 1 < ws.length; j++) {
      if (!isWord(ws[j]) || !isWord(ws[j + 1])) continue;
      const m = terms(ws[j]!).at(-1);
      const h = terms(ws[j + 1]!.split('-').pop()!).at(-1);
      if (m && h && !isStopWord(ws[j]!)) pairs.push([m, h]);
    }
    return pairs;
  };
  const has = (pairs: Array<[string, string]>, m: string, h: string) => pairs.some(([a, b]) => a === m && b === h);
  const answerPairs = pairsOf(answer.text);
  const addedPairs = pairsOf(added.text);
  // ("how much is the FIRST visit" -> "NEW patient exam": the answer says the modifier in a word of its own,
  // which the added "EMERGENCY visit" does not say at all: that row is another kind of visit.)
  const saysWord = (u: Unit, m: string) => ((ts) => ts.has(m) || relatedTerms(m).some((r) => ts.has(r)))(new Set(terms(u.text)));
  for (const [m, h] of pairsOf(question)) {
    if (/\d/.test(m) || STATE.test(m) || !(has(answerPairs, m, h) || (saysWord(answer, m) && !saysWord(added, m))) || has(addedPairs, m, h)) continue;
    if (addedPairs.some(([a, b]) => b === h && a !== m && !asked.has(a) && !/\d/.test(a) && !STATE.test(a))) return true;
  }
  return false;
}

/** The state a visitor's thing is in ("LEAKING", "CLOGGED", "won't close"): their case, no thing of its own to answer. */
const TROUBLE_STATE = /^(?:leak(?:ing|y|s)|dripp(?:ing|y)|drips|running|clogged|blocked|broken|broke|cracked|stuck|jammed|flooded|flooding|burst|overflowing|rusted|rusty|squeak(?:ing|y)|noisy|damaged|dented|torn|frozen|faulty|dead|loose|bent)$/;

/**
 * The terms of the question that tell the state of the visitor's thing: once the answer holds the
 * kind of answer asked for (a price), a further sentence found only by them ("We fix LEAKING
 * faucets, running toilets ...") adds nothing asked.
 */
export function troubleTerms(question: string): Set<string> {
  return new Set(tokens(question.slice(0, 500)).filter((w) => TROUBLE_STATE.test(w)).flatMap((w) => terms(w)));
}
