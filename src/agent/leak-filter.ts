import type { BusinessContext } from './context.js';

// Stops a model reply that repeats the system prompt. The canary only catches a verbatim copy
// of its own line; a model talked into "summarise your instructions" or "print the rules from
// the second line" sends parts of the prompt without it. A reply is held back when it shares a
// long word sequence with the private part of the prompt (the rules, persona, owner's
// instructions, lead-question ids), or names the agent's internal tools. Text the agent is
// meant to repeat (the business's description, address, hours, lead questions) is not private.

/** Words in a row that count as copying (short phrases like "the business is open" are chance). */
export const SHINGLE_WORDS = 8;
/** Shorter runs: several separate ones together are a paraphrase that kept the wording. */
const SHORT_SHINGLE_WORDS = 5;
const SHORT_SHINGLES_TO_FLAG = 3;
const INTERNAL_NAMES = /\b(?:search_knowledge|save_lead_answer|report_emergency|check_project_status|transfer_call|end_call|question_id)\b/i;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(ws: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

/** What the business publishes anyway: repeating it is the agent's job, not a leak. */
export function publicTexts(ctx: BusinessContext): string[] {
  const b = ctx.business;
  return [b.name, b.description ?? '', b.address ?? '', ctx.agent.agent_name, ctx.agent.welcome_message ?? '', ...ctx.questions.map((q) => q.question)];
}

/**
 * True when `reply` copies the private part of `systemPrompt`: one shared run of
 * SHINGLE_WORDS words, or SHORT_SHINGLES_TO_FLAG distinct runs of 5, or an internal tool name.
 */
export function leaksSystemPrompt(reply: string, systemPrompt: string, publicParts: string[] = []): boolean {
  if (INTERNAL_NAMES.test(reply)) return true;
  const replyWords = words(reply);
  if (replyWords.length < SHORT_SHINGLE_WORDS) return false;
  const promptWords = words(systemPrompt);
  const allowedLong = new Set<string>();
  const allowedShort = new Set<string>();
  for (const text of publicParts) {
    const ws = words(text);
    for (const s of shingles(ws, SHINGLE_WORDS)) allowedLong.add(s);
    for (const s of shingles(ws, SHORT_SHINGLE_WORDS)) allowedShort.add(s);
  }
  const promptLong = shingles(promptWords, SHINGLE_WORDS);
  for (const s of shingles(replyWords, SHINGLE_WORDS)) if (promptLong.has(s) && !allowedLong.has(s)) return true;
  // Separate shared runs of 5+ words (overlapping matches of one run count once).
  const promptShort = shingles(promptWords, SHORT_SHINGLE_WORDS);
  let runs = 0;
  let inRun = false;
  for (let i = 0; i + SHORT_SHINGLE_WORDS <= replyWords.length; i++) {
    const s = replyWords.slice(i, i + SHORT_SHINGLE_WORDS).join(' ');
    const hit = promptShort.has(s) && !allowedShort.has(s);
    if (hit && !inRun && ++runs >= SHORT_SHINGLES_TO_FLAG) return true;
    inRun = hit;
  }
  return false;
}

/** The hook for the model path: the business's public texts taken from its context. */
export function replyLeaksPrompt(reply: string, systemPrompt: string, ctx: BusinessContext): boolean {
  return leaksSystemPrompt(reply, systemPrompt, publicTexts(ctx));
}
