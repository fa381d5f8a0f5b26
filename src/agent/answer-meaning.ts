import { MATCH } from './answer-match.js';
import type { QueryTerm, Scored } from './answer-rows.js';

// "what does the horn mean": a question for what a sign or a signal means. A page that tells
// several of them, one to a sentence ("one long horn: leave the course", "Three short horns mean
// play may resume"), answers it with each, not with whichever it happened to rank first.

/** A question for what a thing means ("what does the horn mean", "what do the flags mean"). */
const MEANING_ASKED = /\bwhat (?:does|do|did) (?:the |a |an |that |this |those |these |your )?[\w'-]+(?: [\w'-]+){0,3} mean\b/;
/** At most this many meanings are told together. */
const MOST = 3;

/**
 * The sentences of the best one's section that say what the thing asked means as well as it does
 * (their cover as high, the thing said in their own words), in the page's order; else just the best.
 */
export function meaningsTold(plain: string, qs: readonly QueryTerm[], best: Scored, order: readonly Scored[]): Scored[] {
  if (!MEANING_ASKED.test(plain) || best.unit.kind !== 'sentence') return [best];
  const thing = qs.flatMap((q, i) => (!q.light && q.type === null && !q.context ? [i] : []));
  if (!thing.length) return [best];
  const saysThing = (s: Scored) => thing.every((i) => s.matches[i]! >= MATCH.morph);
  if (!saysThing(best)) return [best];
  const same = order.filter((s) => s !== best && s.unit.kind === 'sentence' && s.unit.chunkId === best.unit.chunkId && s.cover >= best.cover && saysThing(s));
  return [best, ...same].slice(0, MOST).sort((a, b) => a.unit.seq - b.unit.seq);
}
