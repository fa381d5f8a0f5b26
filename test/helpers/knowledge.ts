import { chunkDocument } from '../../src/knowledge/chunker.js';
import { hitsVocabulary, type SearchHit, type Vocabulary } from '../../src/knowledge/service.js';

/**
 * A Markdown guide as the answerer reads it, without a database: its chunks as search hits (in
 * document order, best first) and its vocabulary (chunk frequency of each word, as ts_stat gives).
 * `counted: false` leaves the vocabulary empty (every word reads as one the knowledge never uses).
 */
export function knowledgeOf(title: string, content: string, opts: { counted?: boolean } = {}): { hits: SearchHit[]; vocabulary: Vocabulary } {
  const chunks = chunkDocument({ title, content, source: 'MARKDOWN' });
  const hits: SearchHit[] = chunks.map((c, i) => ({ chunkId: `c${i}`, itemId: 'i1', title, heading: c.heading, content: c.content, score: 1 / (i + 1) }));
  const vocabulary: Vocabulary = opts.counted !== false ? hitsVocabulary(hits) : { docs: chunks.length, words: new Map() };
  return { hits, vocabulary };
}
