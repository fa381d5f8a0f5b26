import { distance } from 'fastest-levenshtein';
import { isStopWord, normalizeCasual } from '../ai/lexical.js';
import type { Vocabulary } from '../knowledge/service.js';

// Typo tolerance: a word of the question that the business's knowledge never uses, and that is
// not an English word, is replaced by the closest word the knowledge does use (Levenshtein
// distance 1, or 2 for words of 6+ letters; the more frequent word wins a tie). A real English
// word is left alone ("roof" never becomes "root"), except one edit away from a long knowledge
// word that shares its start ("licenced" -> "licensed"). Other misspellings become the closest
// English word one edit away ("adress" -> "address").

function maxEdits(len: number): number {
  return len >= 6 ? 2 : len >= 4 ? 1 : 0;
}

export function correctTypos(question: string, vocab: Vocabulary | null, dictionary: ReadonlySet<string> | null): string {
  let text = normalizeCasual(question);
  if (!vocab || !vocab.words.size) return text;
  // Two words the knowledge writes as one ("united healthcare" -> "unitedhealthcare").
  text = text.replace(/\b([a-z]{3,}) ([a-z]{3,})\b/g, (pair, a: string, b: string) => (vocab.words.has(a + b) && !(vocab.words.has(a) && vocab.words.has(b)) ? a + b : pair));
  return text.replace(/[a-z]+(?:-[a-z]+)*/g, (w) => {
    if (w.length < 4 || isStopWord(w) || vocab.words.has(w)) return w;
    const english = dictionary?.has(w) ?? false;
    const limit = english ? (w.length >= 7 ? 1 : 0) : maxEdits(w.length);
    if (!limit) return w;
    let best: { word: string; d: number; n: number } | null = null;
    for (const [v, n] of vocab.words) {
      if (Math.abs(v.length - w.length) > limit || /\d/.test(v)) continue;
      if (english && v.slice(0, 3) !== w.slice(0, 3)) continue;
      const d = distance(w, v);
      if (d > limit) continue;
      if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: v, d, n };
    }
    if (best) return best.word;
    // Not a word the business uses: fix a plain misspelling of an English word ("adress"), so
    // its related words can still be found.
    if (english || !dictionary) return w;
    for (const cand of dictionary) {
      if (cand[0] === w[0] && Math.abs(cand.length - w.length) <= 1 && distance(w, cand) === 1) return cand;
    }
    return w;
  });
}
