import { terms } from '../ai/lexical.js';
import { isTableBlock } from '../knowledge/chunker.js';
import { splitSentences } from '../knowledge/sentences.js';
import type { SearchHit } from '../knowledge/service.js';

// The pieces an extractive answer is made of: the sentences of the retrieved chunks, and the
// rows of their markdown tables (a row keeps its label and its column headers, so it can be
// said as "Sunday — Hours: Closed" instead of "| Sunday | Closed |").

export interface TableCell {
  header: string;
  value: string;
  headerTerms: Set<string>;
}

export interface Unit {
  kind: 'sentence' | 'row';
  /** The sentence, or the row's cells joined (used for matching). */
  text: string;
  terms: Set<string>;
  /** The section path and table header (rows): where the unit sits. */
  headingTerms: Set<string>;
  titleTerms: Set<string>;
  chunkId: string;
  title: string;
  heading: string;
  /** Retrieval rank of the chunk (0 = best). */
  rank: number;
  /** Position in the chunk, to find the sentence that follows. */
  seq: number;
  /** Rows of one table share it. */
  tableKey?: string;
  label?: string;
  cells?: TableCell[];
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

const SEPARATOR = /^\|?[\s:|-]+\|?$/;

export function unitsOf(hits: SearchHit[]): Unit[] {
  const out: Unit[] = [];
  hits.forEach((hit, rank) => {
    const titleTerms = new Set(terms(hit.title));
    const sectionTerms = terms(hit.heading);
    let seq = 0;
    hit.content.split(/\n\s*\n/).forEach((block, b) => {
      if (isTableBlock(block)) {
        const lines = block.split('\n').filter((l) => l.trim());
        const header = cellsOf(lines[0]!);
        const body = lines.slice(SEPARATOR.test(lines[1] ?? '') ? 2 : 1);
        const tableTerms = new Set([...sectionTerms, ...terms(header[0] ?? '')]);
        for (const line of body) {
          const cells = cellsOf(line);
          const label = cells[0] ?? '';
          const rest: TableCell[] = cells.slice(1).map((value, i) => ({ header: header[i + 1] ?? '', value, headerTerms: new Set(terms(header[i + 1] ?? '')) }));
          const text = [label, ...rest.map((c) => `${c.header} ${c.value}`)].join(' ');
          out.push({
            kind: 'row',
            text,
            // A row says "Label — Header: value", so its column headers are its own words too.
            terms: new Set(terms(text)),
            headingTerms: new Set([...tableTerms, ...rest.flatMap((c) => [...c.headerTerms])]),
            titleTerms,
            chunkId: hit.chunkId,
            title: hit.title,
            heading: hit.heading,
            rank,
            seq: seq++,
            tableKey: `${hit.chunkId}:${b}`,
            label,
            cells: rest,
          });
        }
        return;
      }
      for (const sentence of splitSentences(block)) {
        const text = sentence.replace(/^[-*•]\s+/, '');
        if (text.length < 3) continue;
        out.push({ kind: 'sentence', text, terms: new Set(terms(text)), headingTerms: new Set(sectionTerms), titleTerms, chunkId: hit.chunkId, title: hit.title, heading: hit.heading, rank, seq: seq++ });
      }
    });
  });
  return out;
}
