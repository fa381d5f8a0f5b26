import { isStopWord, normalizeCasual, stem, terms, words } from '../ai/lexical.js';
import { isTableBlock, isTableLine } from '../knowledge/chunker.js';
import { splitSentences } from '../knowledge/sentences.js';
import { FIGURES_ONLY } from './answer-types.js';
import type { SearchHit } from '../knowledge/service.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// The pieces an extractive answer is made of: the sentences of the retrieved chunks, and the
// rows of their markdown tables (a row keeps its label and its column headers, so it can be
// said as "Sunday — Hours: Closed" instead of "| Sunday | Closed |": renderRow, at the end).

export interface TableCell {
  header: string;
  value: string;
  /** The header's words, abbreviations read ("30 min" says "minute"). */
  headerTerms: Set<string>;
  /** The column's place among three or more ("cheapest" is the first): said only in the visitor's own word. */
  placeTerms: string[];
}

/** A table column that gives each row's length ("| Race | Length | Price |": "10 minutes" is the row's own length). */
export const LENGTH_COLUMN = /^(?:length|duration|time|how long)$/i;
/** A cell that says the row has nothing in that column ("—", "-", "n/a"): not offered, never said. */
export const BLANK_CELL = /^(?:[—–-]+|n\/?a|)$/i;
/** Where a list item's name ends: its description, a bracket, a price ("Boot zipper replacement: $55"). */
export const ITEM_NAME_END = /\s*[:—–(]\s*|\s+[$€£]\s?\d/;
/** A list item's name, as a table row's label ("Boot zipper replacement" of "Boot zipper replacement: $55"); '' for a sentence that names nothing first. */
export function listItemName(u: { kind: string; text: string; listKey?: string }): string {
  return u.kind === 'sentence' && u.listKey ? openingName(u.text) : '';
}

/** The name a sentence opens with, before its colon, bracket or price ("Half-peck bag" of "Half-peck bag (holds about 6 pounds): $18"); '' for none. */
export function openingName(text: string): string {
  const end = ITEM_NAME_END.exec(text);
  return end && end.index > 0 && end.index <= 40 ? text.slice(0, end.index).trim() : '';
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
  /** Items of one list share it (a block of lines, one sentence each: "- Upright piano tuning $110"). */
  listKey?: string;
  label?: string;
  cells?: TableCell[];
  /** Two words side by side read as one ("boot bags": "bootbag"), as stems: see joinedPairs. */
  compounds: Set<string>;
  /** The words of the sentence a pronoun subject points back to ("We rent skis. THEY must be back by 6 pm."), or of the label of the list item it goes on ("- Corn maze: $10 ... Most families take 45 minutes"). */
  antecedent?: Set<string>;
  /** The guide's own question this sentence answers ("Do I need to be home?" for "No, just leave the gate unlocked."), or its section's. */
  asks?: string;
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.replace(EMPHASIS, '').trim());
}

/** A sentence that refers back to the one before it ("THEY are ...", "Please bring IT"), or leaves its subject to it ("TAUGHT every day at 11 am", "You may bring YOUR OWN if it is DOT rated"). */
export const BACK_REFERENCE = /^(?:it|its|they|them|their|these|those|he|she|his|her|such|both|either|neither|after that|afterwards|beyond that|past that|on top of that)\b|^(?:taught|held|offered|led|hosted|run|scheduled)\s+(?:every|each|daily|weekly|monthly|twice|once|on|at|in|from|all)\b|^please\b[^.]{0,30}\b(?:them|it|they)\b|^[^.]{0,30}\b(?:your|their) own(?=\s*(?:$|[.,;!?]|(?:if|as long as|so long as|provided|but|unless|too|as well|instead|when)\b))/i;

/** A sentence that continues the one before it ("Then call us."). */
// ("Please" only when it points back, "Please bring IT"; "Please give 24 hours' notice to cancel" is a rule of its own.)
// ("Less than that, it's $40.", "Past that, ...": measured against the one before.)
// ("Most ARE done in a day" points back; "Most REPAIRS are ready in 2-3 days" names its own subject:
// "do you take cash" got it after "We take cards and cash.")
// ("INCLUDES a 12x12 stall, ...": what the one before has, its subject left out.)
// ("EACH EXTRA skater is $15.", "Additional guests are $10": more than the one before counts.)
export const CONTINUES = /^(?:(?:each|every|any|an) (?:extra|additional)|then|after that|afterwards|this|that|these|it|they|includes|comes with|most(?= (?:of|are|is|were|take|last|need|run|cost|can|will|do|have|get)\b)|also|plus|but|otherwise|if not)\b|^(?:(?:any|much|a lot|a bit)\s+)?(?:less|more|fewer|later|earlier|longer|shorter|bigger|smaller|further|farther) than (?:that|this)\b|^(?:past|beyond|after|before|under|over|above|below|outside) (?:that|this|those)\b|^please\b[^.]{0,30}\b(?:them|it|they|this|that)\b/i;

/** Markdown emphasis an owner puts around a question or a price ("**Do you sell firewood?** No."). */
export const EMPHASIS = /\*\*|__/g;
/** Single-star italics around a note ("*Walk-ins welcome at the shop.*"), not a bullet's star ("* Walk-ins"). */
const ITALIC = /(^|[\s(])\*(?=[^\s*])|(?<=[^\s*])\*(?=$|[\s.,;:!?)])/gm;
/** "Q: Do you ...?" / "A: Yes ..." in a guide's questions and answers. */
const QA_PREFIX = /^(?:q(?:uestion)?|a(?:nswer)?)\s*[:.)]\s+/i;
/** A list item's marker ("1. ", "2) ", "- ", "* ", "• "). */
const ITEM = /^\s*(?:\d{1,2}[.)]|[-*•])\s+/;
/** A line that starts by naming a priced item with no list marker ("Interior detail - $139 / $159. Vacuum, ..."). */
const NAMED_LINE = /^\s*([A-Za-z][A-Za-z '&/+-]{2,40}?)\s+[-\u2013\u2014:]\s+(?=\$\d|from \$|\d)/;
const REPLY = 'yes|yep|yeah|no|nope|sure|absolutely|of course|definitely|certainly';
/** A reply that says nothing by itself ("Yes!", "Nope.", "Of course."). */
// (A hedged reply too, "Probably not.", "Not usually.": a guide's FAQ answers with one, and its reason follows.)
export const HEDGE = '(?:probably|usually|generally|normally|mostly|often|rarely|seldom|not (?:usually|always|really|normally|necessarily|often)|(?:probably|usually|generally|normally) not|in most cases|most of the time)';
const BARE_REPLY = new RegExp(`^(?:${REPLY}|not yet|sometimes|it depends|${HEDGE})[.!]*$`, 'i');
/** Such a reply at the start of an answer, before its sentence ("Yes! Your first lesson is $15."). */
export const LEADING_REPLY = new RegExp(`^(?:${REPLY})[.!]+\\s+(?=[A-Z0-9$])`, 'i');
/** A sentence that asks (the guide's own FAQ question, or "Need it fast?"), closing quotes allowed. */
const ASKS = /\?["')\]]*$/;

/**
 * A paragraph cut into its table and its prose: owners often write a note straight under a table
 * with no blank line, and the table's rows must still be rows ("| Pellet stove | $189 |" is no
 * sentence to say to a visitor).
 */
export function tableRuns(block: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let inTable: boolean | null = null;
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    const row = isTableLine(line);
    if (inTable !== null && row !== inTable) {
      out.push(cur.join('\n'));
      cur = [];
    }
    inTable = row;
    cur.push(line);
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}

const SEPARATOR = /^\|?[\s:|-]+\|?$/;

// A table of three or more tiers side by side (plans, packages, sizes), cheapest first as
// owners write them: the visitor names a column by its place ("the MIDDLE plan", "the TOP one",
// "the CHEAPEST option"), which its header then says too.
const POSITION_WORDS = { first: ['cheapest', 'lowest', 'entry', 'bottom'], middle: ['middle', 'mid'], last: ['top', 'highest', 'priciest'] } as const;
const POSITION_TERMS = Object.fromEntries(Object.entries(POSITION_WORDS).map(([k, ws]) => [k, ws.flatMap((w) => terms(w))])) as Record<keyof typeof POSITION_WORDS, string[]>;

/** The place words of value column `i` of `n` (none below three columns: two are no tiers). */
export function positionTerms(i: number, n: number): string[] {
  if (n < 3) return [];
  if (i === 0) return POSITION_TERMS.first;
  if (i === n - 1) return POSITION_TERMS.last;
  return n % 2 === 1 && i === (n - 1) / 2 ? POSITION_TERMS.middle : [];
}

/**
 * The units of the retrieved chunks, in order. One question's answerers each read the units of the
 * same hits (the semantic reading, each part of the question, the refusal, the payment and area
 * readers: ~6 reads of 2 lists per question), so they are cut once per list of hits; each caller
 * gets a list of its own (the units themselves are never changed after this).
 */
const unitsRead = new WeakMap<readonly SearchHit[], readonly Unit[]>();
export function unitsOf(hits: SearchHit[]): Unit[] {
  let units = unitsRead.get(hits);
  if (!units) unitsRead.set(hits, (units = unitsOnce(hits)));
  return units.slice();
}

function unitsOnce(hits: SearchHit[]): Unit[] {
  const out: Unit[] = [];
  hits.forEach((hit, rank) => {
    const titleTerms = new Set(terms(hit.title));
    const sectionTerms = terms(hit.heading);
    let seq = 0;
    // A section headed by a question ("**Do you take credit cards?**" on its own line) is its answer:
    // its sentences count the question's words as their own, as an FAQ line's answer does below.
    const section = innermostHeading(hit.heading);
    const headingAsks = ASKS.test(section) ? terms(section) : [];
    // A question the guide asks itself (an FAQ) is no answer; it names what the sentences after it
    // answer, up to the end of their paragraph: they count its words as their own ("Do you sell
    // firewood? No, but ..."). An unanswered question carries over a blank line ("**Do you sell
    // firewood?**" and its answer in the next paragraph).
    let asked: Set<string> | null = null;
    let askedText: string | undefined;
    let answered = true;
    // The words of the answer's first sentence, which the later ones add to and never contradict:
    // they carry FORWARD ("Do you install fireplaces? Yes, gas inserts only. Installs start at
    // $3,800.": the price is a gas insert's), never back ("Short on cash? Call the office first. We
    // can split a bill into two payments.": calling the office is no split payment).
    let lead: Set<string> | null = null;
    hit.content.split(/\n\s*\n/).flatMap(tableRuns).forEach((block, b) => {
      if (isTableBlock(block)) {
        const lines = block.split('\n').filter((l) => l.trim());
        const header = cellsOf(lines[0]!);
        const body = lines.slice(SEPARATOR.test(lines[1] ?? '') ? 2 : 1);
        const tableTerms = new Set([...sectionTerms, ...terms(header[0] ?? '')]);
        for (const line of body) {
          const cells = cellsOf(line);
          const label = cells[0] ?? '';
          const rest: TableCell[] = cells.slice(1).map((value, i) => {
            const head = header[i + 1] ?? '';
            return { header: head, value, headerTerms: new Set([...terms(head), ...terms(normalizeCasual(head))]), placeTerms: positionTerms(i, header.length - 1) };
          });
          const text = [label, ...rest.map((c) => `${c.header} ${c.value}`)].join(' ');
          out.push({
            kind: 'row',
            text,
            // A row says "Label — Header: value", so its column headers are its own words too.
            // (Tables abbreviate: "30 min", "2 hrs" are the visitor's "minutes", "hours".)
            terms: new Set([...terms(text), ...terms(normalizeCasual(text)), ...particleTerms(text)]),
            compounds: joinedPairs(text),
            headingTerms: new Set([...tableTerms, ...rest.flatMap((c) => [...c.headerTerms, ...c.placeTerms])]),
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
      if (answered) {
        asked = lead = null;
        askedText = undefined;
      }
      const plainBlock = block.replace(EMPHASIS, '').replace(ITALIC, '$1');
      // A list is a table written as lines: its items answer together as a table's rows do.
      const lines = plainBlock.split('\n').filter((l) => l.trim());
      // (A list item with its figures, "- Swedish massage: relaxing. 60 minutes $90.", is one item of the list.)
      const withFigures = (line: string) => ITEM.test(line) && line.length <= 240 && splitSentences(line).slice(1).some((p) => FIGURES_ONLY.test(p));
      const listKey = lines.length >= 2 && lines.every((l) => splitSentences(l).length === 1 || withFigures(l)) ? `${hit.chunkId}:${b}` : undefined;
      // A list item's first words name what its later sentences are about ("1. Gutter cleaning,
      // one-story house: $149. Two-story: $219.": the $219 is a gutter cleaning's too).
      // (`key`: the items of a one-line list of priced things share one, as a list's lines do.)
      const sentencesOf = (line: string): Array<{ sentence: string; item: string[]; key?: string; label?: boolean }> => {
        // A line that starts with a priced name and goes on in fragments ("Interior detail - $139 / $159.
        // Vacuum, shampoo seats and carpets. 2-3 hours.") is one item: said whole, as a table row is.
        if (!ITEM.test(line) && NAMED_LINE.test(line) && line.length <= 240) return [{ sentence: line.trim(), item: [] }];
        // So is a list item whose later sentence is only its figures ("- Deep tissue massage: firm pressure.
        // 60 minutes $100, 90 minutes $140."): the prices are the item's, never a sentence of their own.
        const parts = splitSentences(line);
        if (withFigures(line)) return [{ sentence: line.replace(ITEM, '').trim(), item: [] }];
        const lead = ITEM.test(line) ? line.replace(ITEM, '').split(/:|[.!?]\s/)[0]!.trim() : '';
        // (`label`: the item is named before a colon, "- Corn maze: $10 ... Most families take 45 minutes".)
        const label = /^[^.!?:]{1,60}:/.test(line.replace(ITEM, ''));
        // ("Basic tune-up $79, full overhaul $189, flat fix $15 plus the tube.": a sentence that only lists
        // priced things is a list written on one line; its items answer apart, as a list's lines do.)
        return parts.flatMap((sentence, k): Array<{ sentence: string; item: string[]; key?: string; label?: boolean }> => {
          const priced = lead ? null : pricedItems(sentence);
          if (priced) return priced.map((p) => ({ sentence: p, item: [], key: `${hit.chunkId}:${b}:${k}` }));
          return [{ sentence, item: lead && !sentence.includes(lead) ? terms(lead) : [], label }];
        });
      };
      // (`opens`: the first sentence of a list item.)
      const sentences = plainBlock.split('\n').flatMap((line) => sentencesOf(line).map((x, k) => ({ ...x, opens: k === 0 && ITEM.test(line) })));
      // ("Yes! Your first lesson is $15.": a bare yes or no is said with the sentence after it.)
      let said = '';
      // The words of the sentence before: a sentence whose subject is a pronoun ("We groom dogs and
      // cats. THEY must be vaccinated.") sits under them as under a heading ("do cats need shots").
      let before: string[] = [];
      for (const { sentence, item, key, opens, label } of sentences) {
        // ("- **Can I bring my dog?** Yes, pets are welcome ... - Please leave the studio as you found it": the
        // next item of a list is about its own thing, no answer to the question an earlier item answered.)
        if (opens && asked && answered) {
          asked = lead = null;
          askedText = undefined;
        }
        const text = said + sentence.replace(/^[-*•]\s+/, '').replace(QA_PREFIX, '');
        said = '';
        if (BARE_REPLY.test(text)) {
          said = `${text} `;
          continue;
        }
        if (text.length < 3) continue;
        if (ASKS.test(text)) {
          asked = new Set(terms(text));
          askedText = text;
          lead = null;
          answered = false;
          // (Its place is kept: an answer starting "It depends..." refers to the question, never to the sentence before it.)
          seq++;
          continue;
        }
        const own = [...terms(text), ...particleTerms(text)];
        const unitTerms = new Set([...own, ...(asked ?? []), ...(lead ?? []), ...headingAsks]);
        if (asked && !lead) lead = new Set(own);
        const antecedent = BACK_REFERENCE.test(text) ? before : [];
        const pointsTo = [...antecedent, ...(label ? item : [])];
        before = [...own, ...antecedent];
        out.push({ kind: 'sentence', text, terms: unitTerms, compounds: joinedPairs(text), headingTerms: new Set([...sectionTerms, ...(asked ?? []), ...item, ...antecedent]), titleTerms, chunkId: hit.chunkId, title: hit.title, heading: hit.heading, rank, seq: seq++, listKey: key ?? listKey, asks: askedText ?? (headingAsks.length ? section : undefined), ...(pointsTo.length ? { antecedent: new Set(pointsTo) } : {}) });
        answered = true;
      }
    });
  });
  withGuideAliases(out);
  return out;
}

/** One priced thing of a sentence that lists them: a name of a few words (no figure), its price, and a short note ("flat fix $15 plus the tube"). */
const PRICED_ITEM = /^[A-Za-z][A-Za-z'&/-]*(?: [A-Za-z'&/-]+){0,4} \$\d[\d,]*(?:\.\d+)?(?: [^$\d,;]{1,30})?$/;

/**
 * The priced things of a sentence that is only a list of them ("Basic tune-up $79, full overhaul
 * $189, flat fix $15 plus the tube."), each said as a sentence of its own; null for any other
 * sentence (one with a verb before its prices, "Prices start at $79 for ...", is no such list).
 */
export function pricedItems(sentence: string): string[] | null {
  const body = sentence.trim().replace(/[.!]$/, '');
  const items = body.split(/,\s+(?:and\s+)?|;\s+|\s+and\s+(?=[A-Za-z][^$]{0,40}\$\d)/).map((x) => x.trim());
  // (A name only: no word of a clause, "Hardwired ones ARE $95", "book both together FOR $219".)
  const named = (x: string) => PRICED_ITEM.test(x) && !words(x.slice(0, x.indexOf(' $'))).some(isStopWord);
  if (items.length < 2 || !items.every(named)) return null;
  return items.map((x) => `${x[0]!.toUpperCase()}${x.slice(1)}.`);
}

/** "Bordetella (kennel cough)": a name and, in brackets, the plain words for it (a few words, no number, no aside). */
const ALIAS = /\b([A-Za-z][\w-]{2,})\s+\(([a-z][a-z' -]{2,30})\)/g;
const ASIDE = /^(?:see|e\.?g|i\.?e|not|no|about|approx|incl|including|plus|per|each|only|or|and|also|if|when|optional|extra|free|included|usually|from|up|over)\b/;

/**
 * The guide's own synonyms: a word followed by the plain words for it in brackets ("Bordetella
 * (kennel cough)") names the same thing wherever either is said, so "how long before boarding does
 * the KENNEL COUGH shot need to be" finds "Bordetella must be given at least 7 days before".
 */
function withGuideAliases(units: Unit[]): void {
  const aliases: Array<{ word: string; plain: string[] }> = [];
  for (const u of units) {
    for (const m of u.text.matchAll(ALIAS)) {
      const plain = terms(m[2]!);
      const word = terms(m[1]!)[0];
      // (Two words at most, one thing: "(fist size or smaller)" is a measure, not a name.)
      if (!word || !plain.length || m[2]!.trim().split(/\s+/).length > 2 || /\b(?:or|and|size|than)\b/.test(m[2]!) || ASIDE.test(m[2]!) || plain.includes(word)) continue;
      if (!aliases.some((a) => a.word === word && a.plain.join(' ') === plain.join(' '))) aliases.push({ word, plain });
    }
  }
  if (!aliases.length) return;
  // (A name, said in few places: "We don't do auto glass (windshields)" makes no "glass" a windshield.)
  const named = aliases.filter((a) => units.filter((u) => u.terms.has(a.word)).length <= 3);
  for (const u of units) {
    for (const a of named) {
      if (u.terms.has(a.word)) for (const p of a.plain) u.terms.add(p);
      else if (a.plain.every((p) => u.terms.has(p))) u.terms.add(a.word);
    }
  }
}

/**
 * "We PICK UP and return bikes" says the visitor's "pickup" (the question joins a verb and its
 * particle when the knowledge writes them as one word somewhere, "pick-up"): the pair read as that word too.
 */
function particleTerms(text: string): string[] {
  // (Said of what someone does, "WE pick up", "you can drop off": "we will call you TO pick up" a sick child is no pickup service.)
  return [...text.toLowerCase().matchAll(/\b(?:we|they|you|i|can|will|also|do|does|[a-z]+ly) ([a-z]{3,}) (up|off|out|in|over|down|back)\b/g)].map((m) => stem(`${m[1]}${m[2]}`));
}

/**
 * "We sell BOOT BAGS" says the visitor's "bootbags", "a SNOW BLOWER" their "snowblower": two words
 * side by side are read as the compound written as one word too (only where the page puts them together:
 * "hand warmers and boot bags" is no "handbag").
 */
function joinedPairs(text: string): Set<string> {
  // (Not across a comma: "skis, snowboards" are two things.)
  return new Set(text.toLowerCase().split(/[,.;:!?()/|]/).flatMap((part) => {
    const ws = words(part.replace(/[-\u2013\u2014]/g, ' '), 400);
    return ws.slice(1).flatMap((w, i) => {
      const a = ws[i]!;
      return /^[a-z]{3,}$/.test(a) && /^[a-z]{3,}$/.test(w) && !isStopWord(a) && !isStopWord(w) ? [stem(`${a}${w}`)] : [];
    });
  }));
}

export function renderRow(u: Unit, only: Set<number> | null): string {
  const cells = (u.cells ?? []).filter((_, i) => !only || only.has(i));
  // A blank cell is said only when asked for ("30 min: not offered"), never as its dash.
  const parts = cells.filter((c) => only || !BLANK_CELL.test(c.value.trim())).map((c) => {
    const value = BLANK_CELL.test(c.value.trim()) ? 'not offered' : c.value;
    return c.header ? `${c.header}: ${value}` : value;
  });
  return `${u.label}${parts.length ? ` — ${parts.join('; ')}` : ''}.`;
}

/** An answer that is a table row as renderRow says it, with its column's header ("Crown — Price: from $1,150."; not prose with a dash, "After hours — call our line"). */
export function saysARow(answer: string): boolean {
  return /^[^.!?:\n]{1,80} — [^.!?:\n]{1,40}: \S/.test(answer);
}

/**
 * What a section's own heading names, as terms: its negative left out ("What you CANNOT store" names
 * storing, as "what can't i store" does, whose "can't" is no term; storage QA got "I don't know").
 */
export function headingSubject(heading: string): string[] {
  return terms(innermostHeading(heading)).filter((t) => t !== 'cannot');
}
