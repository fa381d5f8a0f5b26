import { isStopWord, normalizeCasual, relatedTerms, terms } from '../ai/lexical.js';
import type { SearchHit } from '../knowledge/service.js';
import type { GroundedAnswer } from './answer-result.js';
import { PRICE_SAID } from './answer-unanswered.js';
import { isYesNoQuestion } from './answer-polarity.js';
import { askedTypes, PRICE_TYPE } from './answer-types.js';
import { innermostHeading } from '../knowledge/heading-path.js';
import { numberFit } from './answer-rows.js';
import { PARTY } from './answer-party.js';
import { openingName, renderRow, unitsOf, type Unit } from './answer-units.js';

// The price table as an answer. "whats the cheapest room", "most expensive package": the row of a price table with the lowest (or
// highest) price, read off the table, not a sentence that happens to say "price". A thing named
// ("room", "bouquet") keeps the rows of the tables that name it; none named ("the cheapest thing
// you have") keeps the tables of prices (not a delivery fee's).

const LOWEST = /\b(?:cheapest|least expensive|lowest[- ]priced|most affordable|lowest (?:cost|rate|price))\b/;
const HIGHEST = /\b(?:most expensive|priciest|highest[- ]priced|(?:highest|top) (?:cost|rate|price))\b/;
/** "$1,150", "£ 89.50": the amount of a cell (its first). */
const MONEY = /[$€£]\s?(\d[\d,]*(?:\.\d+)?)/;
/** Words of the asking itself, no thing: "what is the cheapest THING you HAVE". */
const ASKING = new Set(terms('cheapest least expensive lowest priced price prices much charge charges fee fees pricing most affordable priciest highest cost costs rate top thing things option options item items one ones have got offer sell carry do get buy'));
/** A table of what is sold: its heading or column says prices ("Prices", "Price", "Rates", "Menu"). */
const PRICE_TABLE = new Set(terms('price prices pricing rates menu cost'));

/** A column of how many a row holds. */
const CAPACITY = /\b(?:sleeps|guests|people|capacity|max(?:imum)?|persons|occupancy|seats)\b/i;

/** The row holds fewer than the party asked for ("Sleeps: 2" for "for 4 people"). */
function tooSmall(q: string, u: Unit): boolean {
  const m = PARTY.exec(q);
  const party = m ? Number(m[1] ?? m[2] ?? m[3]) : 0;
  const cell = party ? u.cells?.find((c) => CAPACITY.test(c.header)) : undefined;
  const holds = cell ? Number(/\d+/.exec(cell.value)?.[0] ?? NaN) : NaN;
  return holds < party;
}

function amount(u: Unit): number | null {
  const cell = u.cells?.find((c) => MONEY.test(c.value));
  // (A priced sentence, "Silver: $35 a month": its first amount.)
  const m = u.kind === 'sentence' ? MONEY.exec(u.text) : cell ? MONEY.exec(cell.value) : null;
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

/**
 * The rows an answer chose, narrowed to the one a superlative asks for ("what do hearing aids cost,
 * like the CHEAPEST pair" when the words chose the packages table): only when every chosen unit is a
 * priced row of one table; else the rows as chosen.
 */
export function superlativeRow<T extends { unit: Unit }>(plain: string, chosen: T[]): T[] {
  const lowest = LOWEST.test(plain);
  if ((!lowest && !HIGHEST.test(plain)) || chosen.length < 2) return chosen;
  const table = chosen[0]!.unit.tableKey;
  const prices = chosen.map((c) => (c.unit.kind === 'row' && c.unit.tableKey === table ? amount(c.unit) : null));
  if (!table || prices.some((p) => p === null)) return chosen;
  const want = lowest ? Math.min(...(prices as number[])) : Math.max(...(prices as number[]));
  return [chosen[prices.indexOf(want)]!];
}

/** What names a row's table: its own heading (not the page's title over it) and its columns. */
function headedBy(u: Unit): Set<string> {
  const outer = new Set(terms(u.heading.slice(0, Math.max(0, u.heading.length - innermostHeading(u.heading).length))));
  const own = new Set(terms(innermostHeading(u.heading)));
  return new Set([...u.headingTerms].filter((t) => own.has(t) || !outer.has(t)));
}

export function superlativePriceAnswer(question: string, hits: SearchHit[]): GroundedAnswer | null {
  const q = normalizeCasual(question);
  const lowest = LOWEST.test(q);
  // ("does the cheapest room have a fireplace" asks a yes or a no of it, which the row alone does not say.)
  if ((!lowest && !HIGHEST.test(q)) || isYesNoQuestion(question)) return null;
  const units = unitsOf(hits);
  // ("cheapest room for 4 people": a row that states another count, "Sleeps: 2", is not the visitor's.)
  const rows = units.flatMap((u) => {
    // (Or a priced entry of a section's lines: "whats the cheapest membership" under "## Memberships", "Silver: $35 a month".)
    const price = pricedEntry(u) && numberFit(question, u, units) >= 0 && !tooSmall(q, u) ? amount(u) : null;
    return price === null ? [] : [{ u, price, head: headedBy(u), group: entryGroup(u) }];
  });
  if (!rows.length) return null;
  const thing = terms(q.replace(PARTY, ' ')).filter((t) => !isStopWord(t) && !ASKING.has(t));
  // The tables whose own heading or columns name the most of the thing ("cheapest PAIR of hearing AIDS"
  // -> the "Hearing aids" table priced "per pair", not a services table with a "Hearing aid batteries"
  // row); none named by a heading: the tables with a row that names it ("cheapest BOUQUET").
  const headed = (r: (typeof rows)[number]) => (thing.length ? thing.filter((t) => r.head.has(t)).length : [...PRICE_TABLE].some((t) => r.head.has(t)) ? 1 : 0);
  const most = Math.max(...rows.map(headed));
  const tables = new Set(rows.filter((r) => (most > 0 ? headed(r) === most : thing.some((t) => r.u.terms.has(t)))).map((r) => r.group));
  const inTables = tables.size || thing.length ? rows.filter((r) => tables.has(r.group)) : rows;
  // What no heading says must be said by the row itself, in its label or a cell ("cheapest plan, i just
  // want the CHEMICALS" -> "Chemical only"; "unit that fits a CAR" -> the row whose "Fits" cell says a
  // car); a word no row says ("cheapest room with a FIREPLACE") leaves the question to the sentences.
  const leftover = thing.filter((t) => !inTables.some((r) => r.head.has(t)));
  const candidates = inTables.filter((r) => leftover.every((t) => r.u.terms.has(t)));
  if (!candidates.length) return null;
  const best = candidates.reduce((a, b) => ((lowest ? b.price < a.price : b.price > a.price) ? b : a));
  return tableSaid([best.u]);
}

/** A sentence that says the thing (a stem) costs nothing more: "include BREAKFAST", "free PARKING", "breakfast is included" (not "WEDDING flowers start with a free consultation"). */
const included = (t: string) => new RegExp(`\\b(?:includ\\w*|free|complimentary)\\s+(?:[\\w-]+\\s+)?${t}\\w*|\\b${t}\\w*\\s+(?:is|are)\\s+(?:\\w+\\s+)?(?:included|free|complimentary)\\b`, 'i');
/** At most this many rows are said as the price list. */
const MAX_LIST = 8;
/** The business's own thing is one its page names in this many sentences at least ("flowers" for a florist). */
const OWN_THING = 3;

/**
 * "how much are flowers" at a florist, "what are your prices": a price asked of no one row, of the
 * business's own thing (named all over its page) when the words found no amount ("Wedding flowers
 * start with a free consultation"), or of nothing when they found another table's, is the page's price list: the rows of the table
 * under a heading of prices ("## Prices"), not the delivery fees.
 */
export function priceListAnswer(question: string, found: GroundedAnswer | null, hits: SearchHit[]): GroundedAnswer | null {
  const q = normalizeCasual(question);
  if (!askedTypes(q).includes(PRICE_TYPE) || isYesNoQuestion(question)) return null;
  const units = unitsOf(hits);
  const list = units.filter((u) => u.kind === 'row' && u.label && amount(u) !== null && terms(innermostHeading(u.heading)).some((t) => PRICE_TABLE.has(t)));
  const table = list[0]?.tableKey;
  const rows = list.filter((u) => u.tableKey === table);
  if (rows.length < 2 || rows.length > MAX_LIST) return null;
  const thing = thingAsked(q);
  // (An amount found stands, unless nothing was named and it is another table's: "what are your prices" is not the delivery fees.)
  // (A share is an amount too: "whats the deposit" -> "A 25% deposit holds your date".)
  if (found && (PRICE_SAID.test(found.text) || /\d\s?%/.test(found.text)) && (thing.length > 0 || rows.some((u) => found.text.startsWith(`${u.label} — `)))) return null;
  // ("how much is breakfast" at an inn whose "rates include breakfast for two": what the page says is included costs nothing more.)
  const free = thing.map(included);
  if (units.some((u) => u.kind === 'sentence' && free.some((re) => re.test(u.text)))) return null;
  // (A thing some row names is that row's, as usual; one the page hardly names is not the business's own: "how much are balloons".)
  if (thing.some((t) => rows.some((u) => u.terms.has(t)))) return null;
  if (!thing.every((t) => units.filter((u) => u.kind === 'sentence' && u.terms.has(t)).length >= OWN_THING)) return null;
  return tableSaid(rows);
}

/** The words of the thing a price is asked of: no asking words, no words of prices ("how much is it to PLAY"). */
function thingAsked(plainQuestion: string): string[] {
  // (The party told is no thing: "how much for 2 people on one lane" asks of a lane.)
  return terms(plainQuestion.replace(PARTY, ' ')).filter((t) => !isStopWord(t) && !ASKING.has(t) && !PRICE_TABLE.has(t));
}

/** A table's rows (or a list's priced items, said as written) one after the other, as the answer. */
function tableSaid(rows: Unit[]): GroundedAnswer {
  return { text: rows.map((u) => (u.kind === 'row' ? renderRow(u, null) : u.text)).join(' '), sources: [{ title: rows[0]!.title, chunkId: rows[0]!.chunkId }], confidence: 1 };
}

/**
 * A priced entry of a table or a list: a row with a label and an amount, or a sentence that opens with
 * a name set off by a colon, dash or bracket and says one ("Handgun rental: $15 per gun"; a page's list
 * of such lines, each with a sentence more, is no list of single sentences: no listKey).
 */
function pricedEntry(u: Unit): boolean {
  if (u.kind === 'row') return !!u.label && amount(u) !== null;
  const name = openingName(u.text);
  return !!name && /^\s*[:—–(]/.test(u.text.slice(name.length)) && MONEY.test(u.text);
}
/** The table, or the list or section, an entry is of. */
const entryGroup = (u: Unit) => (u.kind === 'row' ? u.tableKey : (u.listKey ?? `${u.chunkId} ${u.heading}`));

/**
 * "how much is it to play" at a paintball park: the priced table under the heading that names what is
 * asked ("## Walk-on play") is its price, not a sentence of another section that says the word in
 * passing ("Private field ...: $40 per player, ... 3 hours of play with your own referee"). Only when
 * that sentence's own section names none of it, and the table's rows are no more than a list.
 * (A list of priced items is such a table too: "how much to rent a gun" under "## Gun rentals".)
 */
export function namedTableAnswer(question: string, found: GroundedAnswer | null, hits: SearchHit[]): GroundedAnswer | null {
  const q = normalizeCasual(question);
  if (!found || !askedTypes(q).includes(PRICE_TYPE) || isYesNoQuestion(question)) return null;
  const thing = thingAsked(q);
  if (!thing.length) return null;
  const units = unitsOf(hits);
  // (A heading says the thing in its own word or a related one: "rent a gun" under "Gun rentals".)
  const names = (words: Set<string>, t: string) => words.has(t) || relatedTerms(t).some((r) => words.has(r));
  // (The page's own title may say the rest: "how much to play paintball" under "# ... Paintball Park" > "## Walk-on play".)
  const own = (u: Unit) => new Set(terms(innermostHeading(u.heading)));
  const headed = (u: Unit) => ((all, h) => thing.every((t) => names(all, t)) && thing.some((t) => names(h, t)))(new Set(terms(u.heading)), own(u));
  const rows = units.filter((u) => pricedEntry(u) && headed(u));
  const table = rows[0] && entryGroup(rows[0]);
  const listed = rows.filter((u) => entryGroup(u) === table);
  if (listed.length < 2 || listed.length > MAX_LIST) return null;
  const said = (u: Unit) => (u.kind === 'row' ? found.text.includes(`${u.label} — `) : found.text.includes(u.text));
  // ("how much is a lane" under "## Lane rental": the rows found are those whose labels say "lane", and
  // the table's first, "1 hour, 1 shooter: $22", is left out; the thing the heading names is the whole table.)
  if (listed.some(said)) return listed.every(said) || units.some((u) => pricedEntry(u) && entryGroup(u) !== table && said(u)) ? null : tableSaid(listed);
  // (The answer found is a sentence, or another table's row, whose section is of another thing; one in a section that names the thing stands.)
  const source = units.find((u) => (u.kind === 'sentence' ? found.text.includes(u.text) : !!u.label && said(u)));
  if (!source || thing.some((t) => names(own(source), t))) return null;
  return tableSaid(listed);
}
