import { terms } from '../ai/lexical.js';
import type { SearchHit } from '../knowledge/service.js';
import type { BusinessContext } from './context.js';
import { describeHours } from './hours.js';

// The local provider's answers: extractive, never invented. A sentence is returned only when
// it covers the question's content words well enough; otherwise the agent says it does not
// know. Knowledge text is quoted as data; nothing in it is ever executed as an instruction.

export interface GroundedAnswer {
  text: string;
  sources: Array<{ title: string; chunkId?: string }>;
}

interface Candidate {
  sentence: string;
  heading: string;
  title: string;
  chunkId?: string;
  rank: number;
}

function splitSentences(text: string): string[] {
  return (text.match(/[^.!?\n]+(?:[.!?]+(?=\s|$)|$)/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 2);
}

function candidatesFrom(hits: SearchHit[]): Candidate[] {
  const out: Candidate[] = [];
  hits.forEach((hit, rank) => {
    for (const para of hit.content.split(/\n+/)) {
      let heading = hit.heading;
      let body = para;
      // The chunker prefixes a paragraph of a new section with "Section: ".
      const m = /^([^:.!?]{2,60}):\s+(.+)$/s.exec(para);
      if (m) {
        heading = `${hit.heading} ${m[1]}`;
        body = m[2]!;
      }
      for (const s of splitSentences(body)) out.push({ sentence: s, heading, title: hit.title, chunkId: hit.chunkId, rank });
    }
  });
  return out;
}

/** Picks the best-covering sentence(s); null when nothing covers the question. */
export function extractiveAnswer(question: string, hits: SearchHit[]): GroundedAnswer | null {
  const q = [...new Set(terms(question))];
  if (!q.length) return null;
  let best: { c: Candidate; score: number; cover: number; idx: number } | null = null;
  const cands = candidatesFrom(hits);
  cands.forEach((c, idx) => {
    const st = new Set(terms(c.sentence));
    const ht = new Set(terms(`${c.title} ${c.heading}`));
    let inSentence = 0;
    let covered = 0;
    for (const t of q) {
      if (st.has(t)) inSentence++;
      if (st.has(t) || ht.has(t)) covered++;
    }
    const cover = covered / q.length;
    const score = inSentence * 2 + covered + cover * 2 - c.rank * 0.3;
    if (inSentence > 0 && (!best || score > best.score)) best = { c, score, cover, idx };
  });
  const b = best as { c: Candidate; score: number; cover: number; idx: number } | null;
  if (!b || (b.cover < 0.6 && b.score < 6)) return null;
  let text = b.c.sentence;
  // Add the next sentence of the same section when it continues the answer ("After that...").
  const next = cands[b.idx + 1];
  if (next && next.chunkId === b.c.chunkId && next.heading === b.c.heading && /^(?:after|then|this|that|it|they|most|also|plus|but)\b/i.test(next.sentence)) {
    text += ` ${next.sentence}`;
  }
  return { text, sources: [{ title: b.c.title, chunkId: b.c.chunkId }] };
}

/** Answers from the agent FAQ (all plans). */
export function faqAnswer(question: string, ctx: BusinessContext): GroundedAnswer | null {
  const q = new Set(terms(question));
  if (!q.size) return null;
  let best: { answer: string; question: string; score: number } | null = null;
  for (const entry of ctx.agent.faq.slice(0, 200)) {
    const et = new Set(terms(entry.question));
    if (!et.size) continue;
    let inter = 0;
    for (const t of q) if (et.has(t)) inter++;
    // Both ways: the FAQ question must cover most of the visitor's words and vice versa.
    const score = Math.min(inter / q.size, inter / et.size);
    if (inter > 0 && (!best || score > best.score)) best = { answer: entry.answer, question: entry.question, score };
  }
  return best && best.score >= 0.6 ? { text: best.answer, sources: [{ title: 'FAQ' }] } : null;
}

/** Answers from the business profile: hours, address, phone, what it does. */
export function profileAnswer(question: string, ctx: BusinessContext): GroundedAnswer | null {
  const q = new Set(terms(question));
  const b = ctx.business;
  const src = [{ title: 'Business profile' }];
  if (q.has('hour') || q.has('open') || q.has('weekend')) {
    const hours = describeHours(b.business_hours);
    if (hours) return { text: `Our hours are ${hours} (${b.timezone} time).`, sources: src };
  }
  if ((q.has('address') || q.has('locat') || q.has('where') || q.has('area') || q.has('based')) && b.address) {
    return { text: `We are at ${b.address}.`, sources: src };
  }
  if ((q.has('phone') || q.has('number') || q.has('contact')) && (b.phone_number || b.twilio_number)) {
    return { text: `You can reach us on ${b.phone_number ?? b.twilio_number}.`, sources: src };
  }
  if ((q.has('website') || q.has('site')) && b.website) return { text: `Our website is ${b.website}.`, sources: src };
  if ((q.has('offer') || q.has('service') || q.has('provide') || q.has('business')) && b.description) return { text: b.description, sources: src };
  return null;
}
