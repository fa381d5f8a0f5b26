import { ROUND_THE_CLOCK } from './answer-days.js';
import { normalizeCasual, terms } from '../ai/lexical.js';
import type { ChatModel } from '../ai/types.js';
import { hitsVocabulary, withVocabulary, type KnowledgeService, type SearchHit } from '../knowledge/service.js';
import type { Logger } from '../logger.js';
import { can } from '../plans/index.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import type { BusinessContext } from './context.js';
import { daysNamed, describeDays } from '../schedule/index.js';
import { dayNamedByClock, hoursByClock, weekHoursAnswer } from './hours-answer.js';
import { asksSeveral, extractiveAnswer, semanticText, stemDf, type GroundedAnswer } from './answer-extract.js';
import { questionParts } from './answer-query.js';
import { eachPartAnswered } from './answer-asks.js';
import { unitsOf } from './answer-units.js';
import { cosine, type SentenceEncoder } from '../ai/sentence-encoder.js';
import type { Vocabulary } from '../knowledge/service.js';
import { modelAnswer } from './answer-model.js';
import { correctTypos, NEWER_WORDS } from './answer-typos.js';
import { withoutYesNoTag } from './answer-polarity.js';
import { areaAnswer, asksWhereWeWork, unnamedPlace, whereWeWork } from './answer-area.js';
import { profileHits } from './profile-knowledge.js';
import { asksEmergencyLine, EMERGENCY_LINE_QUERY, emergencyLineAnswer } from './emergency-reply.js';
import { figureAnswer } from './answer-figure.js';
import { namedTableAnswer, priceListAnswer, superlativePriceAnswer } from './answer-price-table.js';
import { deadlineQuery } from './answer-deadline.js';
import { measuresAsDigits } from './answer-numbers.js';
import { asksAboutPaying, paymentAnswer, paymentReply, unnamedPayment } from './answer-payment.js';
import { englishWords, spokenRank, spokenWords } from './text-norm.js';

// Answers to a visitor's question, on every channel: the owner's FAQ first, then the knowledge
// base (extractive on the local provider, a grounded model answer with OpenAI), then the
// business profile (hours, address, phone). `answer: null` means nothing covers the question:
// the agent then says DONT_KNOW, never a loosely related sentence. Knowledge text is quoted as
// data; nothing in it is ever executed as an instruction.

export { extractiveAnswer, type GroundedAnswer } from './answer-extract.js';
export { isYesNoQuestion } from './answer-polarity.js';

export const DONT_KNOW = "I don't know that, but I can have someone get back to you.";

export interface KnowledgeAnswerer {
  /**
   * `model: true` (the model path's search tool) has the chat model write the answer from the
   * retrieved chunks; otherwise (the local brain, also when it stands in for a failing model)
   * the answer is extractive and no model is called.
   */
  answer(ctx: BusinessContext, question: string, opts?: { model?: boolean; now?: Date }): Promise<{ answer: GroundedAnswer | null; hits: SearchHit[] }>;
}

const MAX_QUESTION = 500;
const VOCABULARY_TTL_MS = 60_000;
const VOCABULARY_CACHE_MAX = 1000;
// Chunks are sections, so the top 20 hold the answer and its neighbours; sentences are then ranked here.
const HITS = 20;
/** The search for what the knowledge says about where the business works. */
const AREA_QUERY = 'service area towns we serve cover travel fee trip charge miles radius';
/** The search for what the knowledge says about the ways of paying it takes. */
const PAYMENT_QUERY = 'payment pay accept take cards cash checks credit debit methods';
/** SUBTLEX-US ranks below this count as real words for typo correction. */
const COMMON_RANK = 20_000;

/**
 * Cosine of the question and each unit (sentence, table row) of the hits, in unitsOf order: one
 * batched encode per question (the encoder's memo makes a knowledge base's sentences free after
 * their first question).
 */
export async function semanticSimilarities(encoder: SentenceEncoder, question: string, hits: SearchHit[]): Promise<number[]> {
  const units = unitsOf(hits);
  if (!units.length) return [];
  const [q, ...vs] = await encoder.encode([normalizeCasual(question), ...units.map(semanticText)]);
  return vs.map((v) => cosine(q!, v));
}

export function createKnowledgeAnswerer(deps: {
  knowledge: KnowledgeService;
  chat: ChatModel | null;
  logger?: Pick<Logger, 'warn' | 'error'>;
  /** The sentence encoder: a question the words alone leave unanswered gets its reading too (local answers only). */
  encoder?: SentenceEncoder;
}): KnowledgeAnswerer {
  // The typo dictionary: English words (text-norm owns the lists) and the common words of spoken
  // English that are names (months, days, holidays: "july" is no typo for a word of the knowledge).
  // Built at the first question, once per answerer.
  let dictionary: ReadonlySet<string> | null = null;
  const english = () => {
    if (dictionary) return dictionary;
    const words = new Set(englishWords());
    for (const w of spokenWords(COMMON_RANK)) words.add(w);
    for (const w of NEWER_WORDS) words.add(w);
    return (dictionary = words);
  };

  // A business's vocabulary is read once a minute at most (ts_stat over its chunks): it only
  // steers typo correction and word weights; the answer itself always comes from fresh retrieval.
  const vocabularies = new Map<string, { at: number; v: (Vocabulary & { stems: Map<string, number> }) | null }>();
  async function vocabularyOf(businessId: string) {
    const now = Date.now();
    const hit = vocabularies.get(businessId);
    if (hit && now - hit.at < VOCABULARY_TTL_MS) return hit.v;
    const raw = await deps.knowledge.vocabulary(businessId);
    const v = raw ? { ...raw, stems: stemDf(raw) } : null;
    if (vocabularies.size >= VOCABULARY_CACHE_MAX) vocabularies.delete(vocabularies.keys().next().value!);
    vocabularies.set(businessId, { at: now, v });
    return v;
  }

  const answerer: KnowledgeAnswerer = {
    async answer(ctx, rawQuestion, opts = {}) {
      // "do i have to be home or nah": the tag asks for the yes or the no, it names nothing.
      let question = withoutYesNoTag(rawQuestion.slice(0, MAX_QUESTION));
      // (A question that asks two things is answered part by part below: one FAQ entry answers one of them.)
      const faq = asksSeveral(question) ? null : faqAnswer(question, ctx);
      if (faq) return { answer: faq, hits: [] };
      // "open today?", "r u open rn": the hours read by the clock, where the business is.
      const clock = opts.now ? hoursByClock(question, ctx, opts.now) : null;
      if (clock) {
        // (Closed then, with an emergency line that answers around the clock: said with it, so an emergency is not left to wait.)
        if (!clock.closed) return { answer: clock.answer, hits: [] };
        const lineHits = can(ctx.business.plan, 'knowledgeBase') ? await deps.knowledge.search(ctx.business.id, EMERGENCY_LINE_QUERY, HITS) : profileHits(ctx, EMERGENCY_LINE_QUERY);
        const line = emergencyLineAnswer(ctx, lineHits);
        return { answer: line && ROUND_THE_CLOCK.test(line) ? { ...clock.answer, text: `${clock.answer.text} ${line}` } : clock.answer, hits: [] };
      }
      // ("open today?" with no hours set: the knowledge answers for the day it is, where the business is.)
      question = (opts.now ? dayNamedByClock(question, ctx, opts.now) : null) ?? question;
      // "hours on sat": the business's own hours for that day, before a knowledge sentence listing the week.
      const day = profileAnswer(question, ctx, { daysOnly: true });
      if (day) return { answer: day, hits: [] };
      // "whats your address and phone number": each part on its own, from the profile when the owner filled
      // that field in (else the knowledge), not the one sentence of the knowledge that says "number".
      const parts = questionParts(question);
      if (parts.length > 1 && parts.some((p) => profileAnswer(p, ctx))) {
        const each = await Promise.all(parts.map(async (p) => profileAnswer(p, ctx) ?? (await answerer.answer(ctx, p, opts)).answer));
        const both = eachPartAnswered(parts, each);
        if (both) return { answer: both, hits: [] };
      }
      // What the owner typed in the console answers when the documents do not (or the plan has none).
      // (Its words weigh by the business's whole vocabulary when it has documents: the profile alone, one
      // paragraph, weighs every word alike, and "do you have PULL THROUGH sites" was a yes from "tent and RV sites".)
      const fromProfile = (known: Vocabulary | null = null) => {
        const hits = profileHits(ctx, question);
        const vocabulary = hits.length ? withVocabulary(hitsVocabulary(hits), known) : null;
        // ("do you come to evanston": a town the profile never names gets where the business works.)
        const place = unnamedPlace(question, vocabulary);
        const area = place ? areaAnswer(place, hits) : null;
        const profile = profileAnswer(question, ctx) ?? area;
        if (profile) return profile;
        // ("do u take credit cards" -> "We take cards and cash.", "can i pay with venmo" -> the ways it does take: as with documents.)
        const method = unnamedPayment(question, vocabulary);
        const paid = method ? paymentAnswer(method, hits) : null;
        if (paid) return paid;
        const answer = extractiveAnswer(question, hits, { vocabulary, wordRank: spokenRank, business: ctx.business.name });
        return asksAboutPaying(question) ? paymentReply(question, answer, hits) : answer;
      };
      // "what's your emergency number": the line itself, with when it answers (not a sentence that only says one exists).
      if (asksEmergencyLine(question)) {
        const lineHits = can(ctx.business.plan, 'knowledgeBase') ? await deps.knowledge.search(ctx.business.id, EMERGENCY_LINE_QUERY, HITS) : profileHits(ctx, question);
        const line = emergencyLineAnswer(ctx, lineHits);
        if (line) return { answer: { text: line, sources: lineHits.length ? lineHits.slice(0, 1).map((h) => ({ title: h.title, chunkId: h.chunkId })) : [{ title: 'Business profile' }] }, hits: lineHits };
      }
      if (!can(ctx.business.plan, 'knowledgeBase')) return { answer: fromProfile(), hits: [] };
      const vocabulary = await vocabularyOf(ctx.business.id);
      // "is longmont in your area": a place the knowledge never names gets what it says about where the business works.
      const place = opts.model && deps.chat ? null : unnamedPlace(question, vocabulary);
      if (place) {
        const areaHits = await deps.knowledge.search(ctx.business.id, AREA_QUERY, HITS);
        const area = areaAnswer(place, areaHits);
        if (area) return { answer: area, hits: areaHits };
      }
      // "what areas do you cover": what the knowledge says about where the business works, not a sentence that says "covered".
      if (!(opts.model && deps.chat) && asksWhereWeWork(question)) {
        const areaHits = await deps.knowledge.search(ctx.business.id, AREA_QUERY, HITS);
        const where = whereWeWork(question, areaHits);
        if (where) return { answer: where, hits: areaHits };
      }
      // "can i pay with venmo": a way of paying the knowledge never names gets the ways it does name.
      const method = opts.model && deps.chat ? null : unnamedPayment(question, vocabulary);
      if (method) {
        const payHits = await deps.knowledge.search(ctx.business.id, PAYMENT_QUERY, HITS);
        const paid = paymentAnswer(method, payHits);
        if (paid) return { answer: paid, hits: payHits };
      }
      // "can u have it ready tmrw": a deadline asks how long the work takes (and the faster option).
      const corrected = correctTypos(measuresAsDigits(deadlineQuery(question) ?? question), vocabulary, vocabulary ? english() : null, spokenRank);
      const hits = await deps.knowledge.search(ctx.business.id, corrected, HITS);
      let answer: GroundedAnswer | null = null;
      const extractive = async () => {
        // (A reading that throws on some visitor's words is our bug: logged, and the question is left
        // unanswered, as "I don't know" with the offer of a callback, instead of failing the turn.)
        try {
          return await extractiveOnce();
        } catch (err) {
          deps.logger?.error({ err, businessId: ctx.business.id }, 'the extractive answer failed; the question is left unanswered');
          return null;
        }
      };
      const extractiveOnce = async () => {
        const lexical = extractiveAnswer(corrected, hits, { vocabulary, wordRank: spokenRank, business: ctx.business.name, typed: question });
        // Only a question the words leave unanswered is encoded (most questions never are).
        if (lexical || !deps.encoder) return lexical;
        let similarity: number[] | null = null;
        try {
          similarity = await semanticSimilarities(deps.encoder, corrected, hits);
        } catch (err) {
          deps.logger?.warn({ err: (err as Error).message, businessId: ctx.business.id }, 'sentence encoder failed; the words alone answer');
        }
        return similarity ? extractiveAnswer(corrected, hits, { vocabulary, wordRank: spokenRank, similarity, business: ctx.business.name, typed: question }) : null;
      };
      // "whats the cheapest room": the row of the lowest price, read off the table.
      const superlative = opts.model && deps.chat ? null : superlativePriceAnswer(corrected, hits);
      if (superlative) return { answer: superlative, hits };
      if (opts.model && deps.chat && hits.length) {
        try {
          answer = await modelAnswer(deps.chat, { businessId: ctx.business.id, question, hits });
        } catch (err) {
          // Budget spent or the model failed: the extractive answer stands in.
          deps.logger?.warn({ err: (err as Error).message, businessId: ctx.business.id }, 'grounded model answer failed; extractive answer');
          answer = await extractive();
        }
      } else if (hits.length) {
        answer = await extractive();
        // "do you take credit cards": what the guide says about the ways it takes, not a rental's "ID and a credit card are required".
        if (asksAboutPaying(corrected)) answer = paymentReply(corrected, answer, await deps.knowledge.search(ctx.business.id, PAYMENT_QUERY, HITS));
        // "is the $89 just to show up": the figure names what it is the price of, whatever the words call it.
        answer = figureAnswer(corrected, answer, hits) ?? answer;
        // "how much are flowers" at a florist: the price list, not a free consultation's sentence.
        answer = priceListAnswer(corrected, answer, hits) ?? answer;
        // "how much is it to play": the table under "Walk-on play", not a private field's "3 hours of play".
        answer = namedTableAnswer(corrected, answer, hits) ?? answer;
      }
      return { answer: answer ?? fromProfile(vocabulary), hits };
    },
  };
  return answerer;
}

/** Answers from the agent FAQ (all plans): the FAQ question must match the visitor's closely. */
export function faqAnswer(question: string, ctx: BusinessContext): GroundedAnswer | null {
  const q = new Set(terms(question));
  if (!q.size) return null;
  let best: { answer: string; score: number } | null = null;
  for (const entry of ctx.agent.faq.slice(0, 200)) {
    const et = new Set(terms(entry.question));
    if (!et.size) continue;
    let inter = 0;
    for (const t of q) if (et.has(t)) inter++;
    // Both ways: the FAQ question must cover most of the visitor's words and vice versa.
    const score = Math.min(inter / q.size, inter / et.size);
    if (inter > 0 && (!best || score > best.score)) best = { answer: entry.answer, score };
  }
  return best && best.score >= 0.6 ? { text: best.answer, sources: [{ title: 'FAQ' }] } : null;
}

// Profile questions: the whole question must be about the profile field, so "do you offer a
// senior discount" is never answered with the business description. (The emergency line is
// asksEmergencyLine's: it is asked before these.)
const PROFILE: Array<{ field: 'hours' | 'address' | 'phone' | 'website' | 'description'; re: RegExp }> = [
  { field: 'hours', re: /^(?:(?:what|which) (?:are|is) (?:your|the) (?:opening |business |office )?hours|(?:what )?(?:opening |business |office )?hours|when (?:are|is) (?:you|the office) open|(?:what time|when) do you (?:open|close))\b[^,;]{0,20}$/ },
  { field: 'address', re: /^(?:where (?:are you|is your (?:office|shop|clinic|business))(?: located| based)?|where is your address location|what is your address|(?:your )?address)\W*$/ },
  { field: 'phone', re: /^(?:what is (?:your|the) (?:office |main )?(?:phone )?number|(?:your )?phone(?: number)?|how (?:do|can) i (?:call|phone|reach) you)\W*$/ },
  { field: 'website', re: /^(?:what is your website|(?:your )?website)\W*$/ },
  { field: 'description', re: /^(?:what do you do|what (?:services )?do you offer|what is your business|who are you)\W*$/ },
];

/** Answers from the business profile: hours, address, phone, website, what it does (`daysOnly`: only the hours of days the question names). */
export function profileAnswer(question: string, ctx: BusinessContext, opts: { daysOnly?: boolean } = {}): GroundedAnswer | null {
  const q = normalizeCasual(question)
    .replace(/^(?:hi|hello|hey|so|ok|okay)[,!.\s]+/, '')
    .replace(/\b(?:please|pls|guys|you all)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?!.\s]+$/, '');
  const b = ctx.business;
  const src = [{ title: 'Business profile' }];
  const field = PROFILE.find((p) => p.re.test(q))?.field;
  if (field === 'hours') {
    // "hours on sat": that day's hours, not the whole week.
    const days = describeDays(b.business_hours, daysNamed(q));
    if (days) return { text: days, sources: src };
    if (opts.daysOnly) return null;
    const week = weekHoursAnswer(ctx);
    if (week) return { text: week, sources: src };
  }
  if (opts.daysOnly) return null;
  if (field === 'address' && b.address) return { text: `We are at ${b.address}.`, sources: src };
  if (field === 'phone' && (b.phone_number || b.twilio_number)) return { text: `You can reach us on ${phoneForVisitors((b.phone_number ?? b.twilio_number)!, b)}.`, sources: src };
  if (field === 'website' && b.website) return { text: `Our website is ${b.website}.`, sources: src };
  if (field === 'description' && b.description) return { text: b.description, sources: src };
  return null;
}
