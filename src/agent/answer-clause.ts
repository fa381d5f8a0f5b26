import { terms } from '../ai/lexical.js';
import { morphMatch } from './answer-words.js';
import type { QueryTerm } from './answer-rows.js';

// A sentence of two clauses, each with a subject of its own ("We do not do drainage work outside the
// property, AND WE do not install oil or LPG boilers"), answers a question about one of them with
// that clause alone: "can you fit an oil boiler" -> "No. We do not install oil or LPG boilers.".

/**
 * Where a clause of the business's own begins: ", and we ...", ", but they ...". (Not after a semicolon,
 * nor a clause for the visitor: "Tips are appreciated but never expected; YOU can add one through the
 * receipt link" and "we can bill Good Sam directly ...; YOU pay only your deductible" end their answer.)
 */
const OWN_SUBJECT = /,\s+(?:and|but)\s+(?=(?:we|they|our)\b)/i;

/** Whether the clause says the question's term, a form of it or a word for it. */
function says(q: QueryTerm, said: Set<string>): boolean {
  return said.has(q.term) || morphMatch(q.term, said) || q.related.some((r) => said.has(r));
}

/**
 * The clause of `text` that answers: the one clause that says any of the question's words, when every
 * other says none of them (not even a light one) and holds no number (a price or a time belongs to the
 * answer whatever it shares). Otherwise `text` as it is.
 */
export function answeringClause(text: string, qs: readonly QueryTerm[]): string {
  const clauses = text.split(OWN_SUBJECT).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return text;
  const named = clauses.map((c) => ((said) => qs.filter((q) => says(q, said)))(new Set(terms(c))));
  const answering = named.flatMap((n, i) => (n.length ? [i] : []));
  if (answering.length !== 1) return text;
  const i = answering[0]!;
  if (!named[i]!.some((q) => !q.light) || clauses.some((c, k) => k !== i && /\d/.test(c))) return text;
  const clause = clauses[i]!.replace(/^./, (c) => c.toUpperCase());
  return /[.!?]["')\]]*$/.test(clause) ? clause : `${clause}.`;
}
