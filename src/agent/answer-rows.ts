import { expandedTerms, normalizeCasual, terms, words } from '../ai/lexical.js';
import { ANSWER_TYPES } from './answer-types.js';
import type { Unit } from './answer-units.js';

// Table rows in extractive answers: a row said as "label — header: value" with the columns the
// question asks about, and a row that is another kind of thing than the question names.

const EXPANDED = expandedTerms();

/** A word of the question, weighed (see queryTerms in answer-extract). */
export interface QueryTerm {
  term: string;
  weight: number;
  related: string[];
  answeredBy: string[];
  /** Index of the answer type this word asks for. */
  type: number | null;
  /** A shape or everyday word: it never makes a sentence relevant on its own. */
  light: boolean;
  /** Neither the word nor a related word is ever used by the knowledge. */
  unknown?: boolean;
  /** From a sentence around the question ("is there an elevator? | I can't do stairs"). */
  context?: boolean;
  /** An everyday English word (among the 1,500 most used): it rarely names the subject alone. */
  common?: boolean;
}

/** A sentence or table row scored against the question. */
export interface Scored {
  unit: Unit;
  cover: number;
  matches: number[];
}

export function renderRow(u: Unit, only: Set<number> | null): string {
  const cells = (u.cells ?? []).filter((_, i) => !only || only.has(i));
  const parts = cells.filter((c) => c.value.trim()).map((c) => (c.header ? `${c.header}: ${c.value}` : c.value));
  return `${u.label}${parts.length ? ` — ${parts.join('; ')}` : ''}.`;
}

/**
 * Rows said together that share a label ("Massage therapy" for 60 and for 30 minutes) keep the
 * columns that tell them apart, whatever columns the question asked for: "Massage therapy —
 * Price: $90. Massage therapy — Price: $55." says two prices for one thing.
 */
export function withDifferences(u: Unit, said: Unit[], only: Set<number> | null): Set<number> | null {
  if (!only || u.kind !== 'row') return only;
  const twins = said.filter((x) => x !== u && x.kind === 'row' && x.tableKey === u.tableKey && x.label === u.label);
  if (!twins.length) return only;
  const cells = u.cells ?? [];
  const differ = cells.flatMap((c, i) => (twins.some((x) => (x.cells?.[i]?.value ?? '') !== c.value) ? [i] : []));
  return new Set([...differ, ...only]);
}

/** The columns the question asks about, when it names some and not others ("deep clean"). */
export function askedColumns(qs: QueryTerm[], u: Unit, types: number[]): Set<number> | null {
  const cells = u.cells ?? [];
  if (cells.length < 2) return null;
  const scores = cells.map((c) => qs.reduce((s, q) => s + (c.headerTerms.has(q.term) ? q.weight : q.related.some((r) => c.headerTerms.has(r)) ? q.weight * 0.8 : 0), 0));
  const best = Math.max(...scores);
  // A cell that says what the question asks about ("is the fee WAIVED", "how many VISITS") is part
  // of the answer whatever its column is called.
  const labelTerms = new Set(terms(u.label ?? ''));
  const said = cells.flatMap((c, i) => {
    const ct = new Set(terms(c.value));
    return qs.some((q) => !q.light && q.type === null && !labelTerms.has(q.term) && (ct.has(q.term) || (q.term.length >= 5 && [...ct].some((w) => w.startsWith(q.term))))) ? [i] : [];
  });
  const withSaid = (set: Set<number> | null) => (set && said.length ? new Set([...set, ...said]) : set);
  // The kind of answer asked for picks a column too ("how long" -> the "6 hours" column), also
  // beside a column the question names ("the cost, and how long does it take?").
  const typed = cells.flatMap((c, i) => (types.some((t) => ANSWER_TYPES[t]!.has.test(c.value)) ? [i] : []));
  if (best > 0 && !scores.every((s) => s === best)) {
    const named = scores.flatMap((s, i) => (s === best ? [i] : []));
    const has = (i: number, t: number) => ANSWER_TYPES[t]!.has.test(cells[i]!.value);
    const more = types.filter((t) => !named.some((i) => has(i, t))).flatMap((t) => cells.flatMap((_, i) => (has(i, t) ? [i] : [])));
    return withSaid(new Set([...named, ...more]));
  }
  return typed.length && typed.length < cells.length ? withSaid(new Set(typed)) : null;
}

/** SUBTLEX-US ranks below this are everyday words. */
const EVERYDAY_RANK = 1500;
const VERB_BEFORE = new Set(['you', 'i', 'we', 'they', 'to', 'can', 'will', 'please', 'and', 'or']);
const PREPOSITION = new Set(['in', 'on', 'at', 'inside', 'under', 'behind', 'near', 'from', 'around', 'above', 'below', 'outside', 'for', 'with', 'of', 'to', 'off', 'out']);

/** A subject word the row does not say modifies a word of the row's label ("boiler" before "tune-up"). */
export function otherKind(question: string, qs: QueryTerm[], best: Scored, headingMatch: number, wordRank?: (word: string) => number | undefined): boolean {
  const label = new Set(terms(best.unit.label ?? ''));
  const ws = words(normalizeCasual(question), 100);
  const index = new Map(qs.map((q, i) => [q.term, i]));
  // Only a word at least as rare as every word the row says ("moving box", "home inspection": no).
  const said = Math.max(0, ...qs.flatMap((q, i) => (!q.light && q.type === null && best.matches[i]! >= headingMatch ? [q.weight] : [])));
  for (let k = 0; k + 1 < ws.length; k++) {
    // A verb ("do you CLEAN inside the oven") or a word before a preposition names no kind.
    if (VERB_BEFORE.has(ws[k - 1] ?? '') || PREPOSITION.has(ws[k + 1]!)) continue;
    // An everyday word ("home", "moving", "back") describes the visitor's case, not another kind.
    if ((wordRank?.(ws[k]!) ?? Infinity) < EVERYDAY_RANK) continue;
    const i = index.get(terms(ws[k]!)[0] ?? '');
    if (i === undefined || /\d/.test(qs[i]!.term)) continue;
    const q = qs[i]!;
    if (q.light || q.unknown || q.common || q.context || q.type !== null || EXPANDED.has(q.term) || best.matches[i]! >= headingMatch || q.weight < said) continue;
    const next = terms(ws[k + 1]!);
    if (next.length && next.every((n) => label.has(n))) return true;
  }
  return false;
}

