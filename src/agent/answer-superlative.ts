import type { Scored } from './answer-rows.js';

// "what do hearing aids cost, like the CHEAPEST pair" over a table of packages: the row asked is the
// one whose price is lowest (or highest, "the most expensive one"), whatever the trade calls its rows.

const LOWEST = /\b(?:cheapest|least expensive|lowest[- ]priced|lowest price|most affordable)\b/;
const HIGHEST = /\b(?:priciest|most expensive|highest[- ]priced|highest price)\b/;

/** The first dollar figure of a row (its price), or null. */
function priceOf(text: string): number | null {
  const m = /\$\s?(\d[\d,]*(?:\.\d+)?)/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

/**
 * The chosen rows narrowed to the one a superlative asks for: only when every chosen unit is a row of
 * one table with a price, and the question asks for the lowest or the highest; else the rows as chosen.
 */
export function superlativeRow(plain: string, chosen: Scored[]): Scored[] {
  const low = LOWEST.test(plain);
  const high = !low && HIGHEST.test(plain);
  if ((!low && !high) || chosen.length < 2) return chosen;
  const table = chosen[0]!.unit.tableKey;
  if (!table || chosen.some((c) => c.unit.kind !== 'row' || c.unit.tableKey !== table)) return chosen;
  const prices = chosen.map((c) => priceOf(c.unit.text));
  if (prices.some((p) => p === null)) return chosen;
  const want = low ? Math.min(...(prices as number[])) : Math.max(...(prices as number[]));
  const at = prices.indexOf(want);
  return [chosen[at]!];
}
