// Turns a knowledge item into retrieval chunks: HTML is stripped to text, markdown headings
// are tracked so each chunk carries its own section path ("Services and pricing > Call-out fee"),
// and the paragraphs of one section are packed into ~300-token chunks with one paragraph of overlap.
import { joinHeadingPath } from './heading-path.js';
import { splitSentences } from './sentences.js';

export interface Chunk {
  ordinal: number;
  heading: string;
  content: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, inner: string) => `\n\n${'#'.repeat(Number(level))} ${inner.replace(/<[^>]+>/g, '')}\n\n`)
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/section|\/article)[^>]*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*\n+/g, '\n\n')
    .trim();
}

/** Rough token count (OpenAI's ~0.75 words per token). */
export function estimateTokens(text: string): number {
  return Math.ceil((text.match(/\S+/g)?.length ?? 0) / 0.75);
}

interface Block {
  headingPath: string[];
  text: string;
}

/** Words a plain heading may hold beside its names ("Booking & cancellation", "Hours and prices"). */
const HEADING_JOINERS = new Set(['&', 'and', 'or', 'of', 'the', 'our', 'your', 'for', 'a', '+', '/', '-']);
/** Words that make a short line a statement, not a heading. */
const STATEMENT_WORDS = new Set(['open', 'opens', 'closed', 'close', 'closes', 'no', 'not', 'only', 'free', 'always', 'never', 'daily', 'we', 'you', 'it', 'is', 'are', 'on', 'in', 'at', 'to', 'by', 'from', 'with', 'all', 'every', 'call', 'ask', 'book', 'please', 'yes', 'welcome', 'available', 'accepted', 'required', 'included', 'needed', 'allowed']);

const INTERROGATIVE_HEADING = /^(?:What(?:'s|’s)?|How|Who|Where|When|Why)\s+[A-Za-z'’ -]+$/;

/**
 * A heading an owner typed without markdown, on a line of its own above its text: "PACKAGES",
 * "Booking & cancellation", "Opening Hours". Short, no figure, no closing punctuation, and written
 * as a heading: capitals, an ampersand, Title Case, or one to three name words with text under them
 * ("Payment" over its paragraph). (A short statement such as "Closed on Sundays" has a function word
 * and stays text.)
 */
export function isPlainHeading(line: string, textFollows: boolean): boolean {
  // ("PRICE LIST (parts and labour included)": a heading in capitals with a note in brackets.)
  const l = line.trim().replace(/^([A-Z][A-Z &/'-]{3,})\s*\([^()]{1,60}\)$/, '$1');
  // ("WHAT WE FIX", "HOW IT WORKS": capitals that ask are a heading, though they hold "we" or "it".)
  if (textFollows && /^(?:WHAT|HOW|WHERE|WHO|WHY|WHEN)\b/.test(l) && l === l.toUpperCase() && l.length <= 40 && !/[\d$%@?.:]/.test(l)) return true;
  if (!l || l.length > 40 || /^[-*•|>#]/.test(l) || /[:;]|[.!?,)\]"']$/.test(l) || /[\d$%@]/.test(l)) return false;
  const words = l.split(/\s+/);
  // A web page's own headings, a question word and no question mark, over their text: "What's
  // included", "How long it takes", "Where we work", "Who we are", "How to book".
  if (textFollows && words.length <= 5 && INTERROGATIVE_HEADING.test(l)) return true;
  // ("Closed Sundays", "No pets", "Open daily", "Call us" are statements, however they are written.)
  if (words.length > 5 || !/^[A-Z]/.test(l) || words.some((w) => STATEMENT_WORDS.has(w.toLowerCase()))) return false;
  if (l === l.toUpperCase() && /[A-Z]{3}/.test(l)) return true;
  const names = words.filter((w) => !HEADING_JOINERS.has(w.toLowerCase()));
  if (!names.length || !textFollows) return false;
  if (words.length >= 2 && words.includes('&')) return true;
  if (names.length >= 2 && names.every((w) => /^[A-Z]/.test(w))) return true;
  // (One to three plain words over their text: "Payment", "Travel", "Gift cards"; or up to five that
  // join two things: "Appointments and wait times", which a visitor was given as an answer.)
  const joined = words.length <= 5 && words.slice(1, -1).some((w) => w === 'and' || w === '&');
  return (words.length <= 3 || joined) && words.every((w) => w === '&' || /^[A-Za-z][a-z-]*$/.test(w));
}

/** A whole line in bold ("**Do you offer a trial lesson?**", "__Recitals__:"): a heading in an owner's FAQ. */
const BOLD_LINE = /^(\*\*|__)([^*_\n]{2,100}?)\1\s*:?\s*$/;
/** A question on a line of its own ("Q: Do you work weekends?", "Can I pay with a card?"). */
const QUESTION_LINE = /^(?:Q\s*[:.)-]\s*)?([A-Z][^\n]{4,100}\?)\s*$/;
/** The answer's own label under a "Q:" line ("A: Twice a year."), which is not part of what it says. */
const ANSWER_LABEL = /^A\s*[:.)-]\s+/;

/**
 * The heading a paragraph's first line gives when it is one: a plain heading, a whole line in bold,
 * or a question standing on its own line above its answer (an FAQ pasted from a website). A question
 * heads its answer, so "Do you offer a trial lesson?" labels "Yes! Your first lesson is $15."
 */
export function lineHeading(line: string, textFollows: boolean): string | null {
  const l = line.trim();
  const bold = BOLD_LINE.exec(l);
  if (bold) return bold[2]!.trim().replace(/:$/, '') || null;
  const question = QUESTION_LINE.exec(l);
  if (question && textFollows && !/[|#*]/.test(l)) return question[1]!;
  return isPlainHeading(l, textFollows) ? l : null;
}

/** Dot leaders between a name and its price ("Gel Manicure ........ $40", "Dip powder … $48"). */
const LEADER = /\s*(?:\.{4,}|_{3,}|(?:\.{3}|…+)(?=\s*[$€£\d]))\s*/;
/** Columns lined up with tabs or runs of spaces ("Saturday          9:00 - 6:00"). */
const COLUMN_GAP = /\t+|\s{3,}/;

/** The parts of a lined-up line joined as said: "Name: value, value" (no second colon after a label's own). */
function joinColumns(parts: string[]): string {
  return parts.reduce((out, part, i) => (i === 0 ? part : `${out}${i > 1 ? ',' : /[:\-–—]$/.test(out) ? '' : ':'} ${part}`), '');
}

/**
 * A price list or an hours block as owners line it up (dot leaders, tab or space columns) reads as
 * "Gel Manicure: $40" and "Saturday: 9:00 - 6:00": the leader is no sentence end, and the gap is
 * no run of blanks to say aloud. Table rows, a list's indentation and plain text stay as they are.
 */
export function unalignLine(line: string): string {
  const lead = /^\s*/.exec(line)![0];
  let body = line.slice(lead.length).trimEnd();
  if (!body || body.startsWith('|')) return line;
  const split = (re: RegExp) => body.split(re).filter(Boolean);
  if (LEADER.test(body) && split(LEADER).length > 1) body = joinColumns(split(LEADER));
  if (COLUMN_GAP.test(body)) body = joinColumns(split(COLUMN_GAP));
  return lead + body;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const path: string[] = [];
  // A plain heading has no end, so it heads only its own paragraph, or the next one when it stands
  // alone ("Booking & cancellation" over one paragraph; "Payment: card, cash." after it is not under it).
  let plain: { heading: string; line: string } | null = null;
  const paras = text.split(/\n\s*\n/);
  for (const [p, para] of paras.entries()) {
    const lines = para.split('\n').map(unalignLine);
    const nextPara = paras.slice(p + 1).find((x) => x.trim());
    let buf: string[] = [];
    const flush = () => {
      const t = buf.join('\n').trim();
      if (t) out.push({ headingPath: plain ? [...path.filter(Boolean), plain.heading] : [...path], text: t });
      buf = [];
    };
    for (const [i, line] of lines.entries()) {
      const h = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line.trim());
      const lh = !h && i === 0 ? lineHeading(line, lines.length > 1 || !!nextPara) : null;
      if (lh) {
        plain = { heading: lh, line: line.trim() };
        continue;
      }
      if (h) {
        flush();
        plain = null;
        const level = h[1]!.length;
        path.length = Math.min(path.length, level - 1);
        while (path.length < level - 1) path.push('');
        path.push(h[2]!.trim());
        continue;
      }
      buf.push(plain && !buf.length ? line.replace(ANSWER_LABEL, '') : line);
    }
    flush();
    // (The heading's own line alone keeps it for the next paragraph.)
    if (plain && !(lines.length === 1 && plain.line === lines[0]!.trim())) plain = null;
  }
  return out;
}

/** A markdown table block: every line starts with a pipe. */
export function isTableBlock(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length >= 2 && lines.every(isTableLine);
}

/** A line of a table: markdown's ("| Screen | $129 |"), or one typed with bars between three or more cells and none at its ends ("Screen | $129 | $199"). */
export function isTableLine(line: string): boolean {
  const l = line.trim();
  return l.startsWith('|') || (l.split('|').length >= 3 && l.split('|').every((c) => c.trim().length > 0));
}

function splitLong(text: string, maxTokens: number): string[] {
  if (estimateTokens(text) <= maxTokens) return [text];
  if (isTableBlock(text)) {
    // A long table is cut between rows, and every part repeats the header so each row keeps
    // its column names.
    const lines = text.split('\n').filter((l) => l.trim());
    const sep = /^\|?[\s:|-]+\|?$/.test(lines[1] ?? '') ? 2 : 1;
    const head = lines.slice(0, sep);
    const out: string[] = [];
    let cur: string[] = [];
    for (const row of lines.slice(sep)) {
      if (cur.length && estimateTokens([...head, ...cur, row].join('\n')) > maxTokens) {
        out.push([...head, ...cur].join('\n'));
        cur = [];
      }
      cur.push(row);
    }
    if (cur.length) out.push([...head, ...cur].join('\n'));
    return out;
  }
  // Lines first (a list's items, one per line, stay whole and keep their line breaks, so an
  // item is never cut between two chunks), then the sentences of a line too long for one chunk.
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length > 1) {
    const out: string[] = [];
    let cur: string[] = [];
    for (const line of lines) {
      if (cur.length && estimateTokens([...cur, line].join('\n')) > maxTokens) {
        out.push(cur.join('\n'));
        cur = [];
      }
      if (estimateTokens(line) <= maxTokens) cur.push(line);
      else {
        if (cur.length) out.push(cur.join('\n'));
        cur = [];
        out.push(...splitLong(line, maxTokens));
      }
    }
    if (cur.length) out.push(cur.join('\n'));
    return out;
  }
  const sentences = splitSentences(text).map((s) => `${s} `);
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (cur && estimateTokens(cur + s) > maxTokens) {
      out.push(cur.trim());
      cur = '';
    }
    if (estimateTokens(s) > maxTokens) {
      const w = s.split(/\s+/);
      const per = Math.floor(maxTokens * 0.75);
      for (let i = 0; i < w.length; i += per) out.push(w.slice(i, i + per).join(' '));
      continue;
    }
    cur += s;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function chunkDocument(
  input: { title: string; content: string; source: 'TEXT' | 'MARKDOWN' | 'HTML' | 'GDRIVE' },
  opts: { targetTokens?: number; maxTokens?: number } = {},
): Chunk[] {
  const target = opts.targetTokens ?? 300;
  const max = opts.maxTokens ?? 400;
  const text = input.source === 'HTML' || /^\s*<(!doctype|html|body|div|p|h\d)\b/i.test(input.content) ? htmlToText(input.content) : input.content;
  const chunks: Chunk[] = [];
  let cur: string[] = [];
  let curHeading = '';
  let curTokens = 0;
  const emit = () => {
    if (cur.length) chunks.push({ ordinal: chunks.length, heading: curHeading, content: cur.join('\n\n') });
    cur = [];
    curTokens = 0;
  };
  for (const b of blocks(text)) {
    // Every chunk belongs to exactly one section and is labelled with that section's own path:
    // a new section always starts a new chunk, so no chunk carries an earlier section's heading.
    const heading = joinHeadingPath(b.headingPath);
    if (heading !== curHeading) {
      emit();
      curHeading = heading;
    }
    for (const piece of splitLong(b.text, max)) {
      const t = estimateTokens(piece);
      if (cur.length && curTokens + t > target) {
        const last = cur[cur.length - 1]!;
        emit();
        // Overlap inside a section: carry the previous paragraph when it is short, so an
        // answer split across a boundary is still whole in one chunk.
        if (!isTableBlock(last) && estimateTokens(last) < target / 3 && estimateTokens(last) + t <= max) {
          cur.push(last);
          curTokens = estimateTokens(last);
        }
      }
      cur.push(piece);
      curTokens += t;
    }
  }
  emit();
  if (!chunks.length && text.trim()) chunks.push({ ordinal: 0, heading: '', content: text.trim().slice(0, 4000) });
  return chunks;
}
