import { isStopWord, normalizeCasual, terms } from '../ai/lexical.js';
import type { SearchHit } from '../knowledge/service.js';
import type { GroundedAnswer } from './answer-result.js';
import { numberFit } from './answer-rows.js';
import { renderRow, unitsOf, type Unit } from './answer-units.js';

// "whats the cheapest room", "most expensive package": the row of a price table with the lowest (or
// highest) price, read off the table, not a sentence that happens to say "price". A thing named
// ("room", "bouquet") keeps the rows of the tables that name it; none named ("the cheapest thing
// you have") keeps the tables of prices (not a delivery fee's).

const LOWEST = /\b(?:cheapest|least expensive|lowest[- ]priced|most affordable|lowest (?:cost|rate|price))\b/;
const HIGHEST = /\b(?:most expensive|priciest|highest[- ]priced|(?:highest|top) (?:cost|rate|price))\b/;
/** "$1,150", "$ 89.50": the amount of a cell (its first). */
const MONEY = /\$\s?(\d[\d,]*(?:\.\d+)?)/;
/** Words of the asking itself, no thing: "what is the cheapest THING you HAVE". */
const ASKING = new Set(terms('cheapest least expensive lowest priced price prices most affordable priciest highest cost costs rate top thing things option options item items one ones have got offer sell carry do get buy'));
/** A table of what is sold: its heading or column says prices ("Prices", "Price", "Rates", "Menu"). */
const PRICE_TABLE = new Set(terms('price prices pricing rates menu cost'));

/** "for 4 people", "sleeps 6", "4 of us": how many the visitor must fit. */
const PARTY = /\b(?:sleeps?|fits?|holds?)\s+(\d+)\b|\b(?:for|there are|we are|we're)\s+(\d+)\s*(?:people|persons|guests|adults|of us|ppl)\b|\b(\d+) (?:of us|people|guests|adults)\b/;
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
  const m = cell ? MONEY.exec(cell.value) : null;
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

export function superlativePriceAnswer(question: string, hits: SearchHit[]): GroundedAnswer | null {
  const q = normalizeCasual(question);
  const lowest = LOWEST.test(q);
  if (!lowest && !HIGHEST.test(q)) return null;
  const units = unitsOf(hits);
  // ("cheapest room for 4 people": a row that states another count, "Sleeps: 2", is not the visitor's.)
  const rows = units.flatMap((u) => {
    const price = u.kind === 'row' && u.label && numberFit(question, u, units) >= 0 && !tooSmall(q, u) ? amount(u) : null;
    return price === null ? [] : [{ u, price }];
  });
  if (!rows.length) return null;
  const thing = terms(q).filter((t) => !isStopWord(t) && !ASKING.has(t));
  const byLabel = (u: Unit) => thing.some((t) => terms(u.label ?? '').includes(t));
  // The tables whose heading or columns name the most of the thing ("cheapest PAIR of hearing AIDS" ->
  // the "Hearing aids" table priced "per pair", not a services table with a "Hearing aid batteries"
  // row); none named by a heading: the tables with a row whose label names it ("cheapest BOUQUET").
  const headed = (u: Unit) => (thing.length ? thing.filter((t) => u.headingTerms.has(t)).length : [...PRICE_TABLE].some((t) => u.headingTerms.has(t)) ? 1 : 0);
  const most = Math.max(...rows.map(({ u }) => headed(u)));
  const tables = new Set(rows.filter(({ u }) => (most > 0 ? headed(u) === most : thing.length > 0 && byLabel(u))).map(({ u }) => u.tableKey));
  const inTables = tables.size || thing.length ? rows.filter(({ u }) => tables.has(u.tableKey)) : rows;
  // (Narrowed to the rows whose label names it only when no heading does: "most expensive ROOM" is any row of the rooms.)
  const candidates = most === 0 ? inTables.filter(({ u }) => byLabel(u)) : inTables;
  if (!candidates.length) return null;
  const best = candidates.reduce((a, b) => (lowest ? b.price < a.price : b.price > a.price) ? b : a);
  return { text: renderRow(best.u, null), sources: [{ title: best.u.title, chunkId: best.u.chunkId }], confidence: 1 };
}
