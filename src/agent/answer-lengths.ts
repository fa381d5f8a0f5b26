import { normalizeCasual, terms } from '../ai/lexical.js';
import { statesLengths, type QueryTerm, type Scored } from './answer-rows.js';
import { minutesSaid } from './answer-numbers.js';
import { BLANK_CELL, ITEM_NAME_END, LENGTH_COLUMN, type Unit } from './answer-units.js';

// A length the guide does not offer ("how much is a 2 HOUR massage" against a price table with
// 30, 60 and 90 minute columns): the visitor is told that length is not on the list and the
// lengths the thing does come in. No price: none is the price of the length asked for, and a
// price said next to it reads as one; nor a sentence that only shares a word ("50% of the
// treatment price").

/** A list item's name and its length ("Dog walk, 30 minutes - $22"). */
const LIST_LENGTH = /^(.+?)[,:(\s-]+(\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?))\b/i;
/** Every length an item says. */
const LENGTHS = /(\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?))\b/gi;
/** A list item named by its length first ("60 minute jump: $19"): the length, and the thing's name after it. */
const LENGTH_FIRST = /^(\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?))\b[\s-]*(.+)$/i;
/** Rows or list items said together at most. */
const MAX_ROWS = 8;

/** "2 hour", "45 minute": the length the visitor asked for, as said back. */
function spoken(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} hour` : `${minutes} minute`;
}

/**
 * The lengths and prices of the thing asked about, when the question asks for a length none of
 * its rows (or list items) offers; null when the question names no length, a row holds it, or the
 * best reading of the question is no row that states lengths. `fits` is numberFit's reading of
 * each unit (-1: it states counts of that word and none holds the visitor's).
 */
export function lengthNotOffered(question: string, qs: QueryTerm[], scored: Scored[], fits: ReadonlyMap<Unit, number>, threshold: number): { text: string; units: Unit[] } | null {
  const minutes = minutesSaid(normalizeCasual(question));
  if (minutes === null) return null;
  // Read without the length's own words: "24 HOURS notice" says an hour, not the thing asked about.
  const lengthWord = qs.map((q) => /\d/.test(q.term) || minutesSaid(`1 ${q.term}`) !== null);
  const rest = qs.reduce((s, q, i) => s + (lengthWord[i] ? 0 : q.weight), 0);
  if (rest <= 0) return null;
  const cover = new Map(scored.map((s) => [s, s.matches.reduce((sum, m, i) => sum + (lengthWord[i] ? 0 : m * qs[i]!.weight), 0) / rest]));
  const top = [...scored].sort((a, b) => cover.get(b)! - cover.get(a)! || a.unit.rank - b.unit.rank || a.unit.seq - b.unit.seq)[0];
  if (!top || fits.get(top.unit) !== -1 || !statesLengths(top.unit)) return null;
  const group = top.unit.tableKey ?? top.unit.listKey;
  if (!group) return null;
  // The row must be the thing asked about: its label (or item) says a word of the question's subject.
  const said = (u: Unit) => new Set(terms(u.label ?? u.text));
  const subject = qs.filter((q, i) => !q.light && q.type === null && !lengthWord[i]);
  const names = (u: Unit) => subject.some((q) => said(u).has(q.term) || q.related.some((r) => said(u).has(r)));
  // (One of its rows holding the length answers it: "an hour walk" is "Dog walk, 60 minutes"; not another thing's row of
  // that length: "a 45 minute massage" is no "Initial assessment | 45 min".)
  if (scored.some((s) => (s.unit.tableKey ?? s.unit.listKey) === group && fits.get(s.unit) === 1 && names(s.unit))) return null;
  if (!names(top.unit) || cover.get(top)! < threshold) return null;
  // (A sentence outside the list that reads the question better still answers it.)
  const rows = scored
    .filter((s) => (s.unit.tableKey ?? s.unit.listKey) === group && fits.get(s.unit) === -1 && statesLengths(s.unit) && names(s.unit) && cover.get(s)! >= cover.get(top)! * 0.97)
    .sort((a, b) => a.unit.seq - b.unit.seq)
    .slice(0, MAX_ROWS)
    .map((s) => s.unit);
  if (!rows.length) return null;
  // Each thing by its name, with its lengths: a row's length columns it fills, a list item's own length.
  const lengths = new Map<string, string[]>();
  for (const u of rows) {
    // ("60 minute jump: $19", "90 minute jump: $25": the jump, in 60 or 90 minutes.)
    const first = u.kind === 'row' ? null : LENGTH_FIRST.exec(u.text);
    const item = u.kind === 'row' ? null : first ? [u.text, first[2]!, first[1]!] : LIST_LENGTH.exec(u.text);
    // (A list item's name is what comes before its description or price, and its lengths all it says:
    // "Swedish massage: relaxing ... 60 minutes $90, 90 minutes $125" is "Swedish massage: 60 minutes or
    // 90 minutes"; "Hot stone add-on: $20 with any 60 or 90 minute massage" no "Hot stone add-on: $20 ...": no price is said.)
    const name = u.kind === 'row' ? (u.label ?? '') : (item?.[1] ?? '').split(ITEM_NAME_END)[0]!.trim();
    // (A row's lengths are the length columns it fills, or its "Length" column's value: "| Adult race | 10 minutes | $25 |".)
    const own = u.kind === 'row' ? (u.cells ?? []).flatMap((c) => (LENGTH_COLUMN.test(c.header.trim()) && minutesSaid(c.value) !== null ? [c.value.trim()] : minutesSaid(c.header) !== null && !BLANK_CELL.test(c.value.trim()) ? [c.header.trim()] : [])) : first ? [first[1]!.trim()] : item ? [...new Set([...u.text.matchAll(LENGTHS)].map((m) => m[1]!.trim()))] : [];
    if (!name || !own.length) continue;
    lengths.set(name, [...(lengths.get(name) ?? []), ...own]);
  }
  if (!lengths.size) return null;
  const offered = [...lengths].map(([name, ls]) => `${name}: ${ls.length > 1 ? `${ls.slice(0, -1).join(', ')} or ${ls[ls.length - 1]}` : ls[0]}`);
  return { text: `We don't list a ${spoken(minutes)} option, so I'm not sure about that one. The lengths we list: ${offered.join('; ')}.`, units: rows };
}
