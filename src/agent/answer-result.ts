import type { Vocabulary } from '../knowledge/service.js';

// What the extractive answerer returns, and what it is told (answer-extract).

export interface GroundedAnswer {
  text: string;
  sources: Array<{ title: string; chunkId?: string }>;
  /** Share of the question's weight the answer covers (0-1). */
  confidence?: number;
}

export interface ExtractiveOptions {
  vocabulary?: (Vocabulary & { stems?: Map<string, number> }) | null;
  threshold?: number;
  wordRank?: (word: string) => number | undefined;
  /** Cosine of the question and each unit of `unitsOf(hits)`, in order (see semanticSimilarities). */
  similarity?: readonly number[] | null;
  /** The business's name ("Keystone Home Inspections"): like a document's title, it says what the business does. */
  business?: string;
  /** The question as the visitor typed it, before the casual rewrites and typo correction: what they fold away ("my 7 year old" -> "my child"). */
  typed?: string;
}
