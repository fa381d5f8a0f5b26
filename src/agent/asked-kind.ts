import { normalizeCasual } from '../ai/lexical.js';
import { ANSWER_TYPES, askedTypes } from './answer-types.js';

// What KIND of fact a visitor's question asks for ("how much" a price, "how long" a duration,
// "what time" a clock time, "who" a person...), as a test of whether a text states one: the
// answerer's own reading of the question (answer-types.ts: askedTypes over the casual reading,
// each kind's `has`), offered to retrieval so a chunk that states a fact of the kind asked
// (a price figure for "how much would it set me back") ranks above a sibling section of the
// same service that does not (its duration, who does it). Null when the question asks for no
// such kind: then no chunk is preferred.

/** A test of whether a text states a fact of the kind the question asks for, or null when it asks for none. */
export function statesKindAsked(question: string): ((text: string) => boolean) | null {
  const kinds = askedTypes(normalizeCasual(question));
  if (!kinds.length) return null;
  return (text) => kinds.some((k) => ANSWER_TYPES[k]!.has.test(text));
}
