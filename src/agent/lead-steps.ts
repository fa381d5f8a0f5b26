import type { LeadQuestion } from '../db/schema.js';
import type { BusinessContext } from './context.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import { plainAnswerKind, validateAnswer, type AnswerKind } from './validate.js';

// Steps of the lead questions that need more than one answer's validation: an answer that plainly
// belongs to another question, and the knowledge said before the questions start.

type Kind = AnswerKind | 'NAME' | 'ISSUE';

function kindOf(q: LeadQuestion): Kind | null {
  if (q.maps_to === 'EMAIL' || q.expected_format === 'EMAIL') return 'EMAIL';
  if (q.maps_to === 'PHONE' || q.expected_format === 'PHONE') return 'PHONE';
  if (q.maps_to === 'PREFERRED_TIME' || q.expected_format === 'DATE') return 'WHEN';
  if (q.maps_to === 'ADDRESS' || q.maps_to === 'NAME' || q.maps_to === 'ISSUE') return q.maps_to;
  return null;
}

const NOTED: Record<AnswerKind, string> = {
  EMAIL: 'your e-mail address',
  PHONE: 'your phone number',
  WHEN: 'that as the time that suits you',
  ADDRESS: 'the address',
};
const LOOKS_LIKE: Record<AnswerKind, string> = {
  EMAIL: 'an e-mail address',
  PHONE: 'a phone number',
  WHEN: 'a day or time',
  ADDRESS: 'an address',
};
const EXPECTED: Record<Kind, string> = {
  EMAIL: 'your e-mail address',
  PHONE: 'your phone number',
  WHEN: 'a time for the visit',
  ADDRESS: 'the address',
  NAME: 'your name',
  ISSUE: 'what the problem is',
};

/**
 * An answer that plainly belongs to another lead question (a day given to the address question,
 * an e-mail given to the phone question) is never stored as the pending one: it is stored for the
 * question it answers, which is then not asked, or, when there is none to take it, the pending
 * question is asked again with what was wrong. Returns the words to say before asking `q` again,
 * or null when the message is not plainly another kind of answer (normal validation decides).
 * Custom questions (no known kind) take any answer: their owner knows what they asked.
 */
export function answerForAnotherQuestion(ctx: BusinessContext, tools: AgentTools, state: ConversationState, q: LeadQuestion, text: string): string | null {
  const pending = kindOf(q);
  if (!pending) return null;
  const opts = tools.validation(ctx);
  const kind = plainAnswerKind(text, opts);
  if (!kind || kind === pending) return null;
  const target = ctx.questions.find((x) => x.id !== q.id && kindOf(x) === kind && !(x.id in state.answers));
  if (target) {
    const v = validateAnswer(target.expected_format, target.maps_to, text, { ...opts, question: target.question });
    // An invalid number or address for the other question: the pending question's own check says why.
    if (!v.ok) return null;
    state.answers[target.id] = v.value;
    state.skipped = state.skipped.filter((id) => id !== target.id);
    return `Thanks, I've noted ${NOTED[kind]}.`;
  }
  return `That looks like ${LOOKS_LIKE[kind]} rather than ${EXPECTED[pending]}.`;
}

/** A knowledge answer said before the lead questions: its first sentences, not a page. */
export function briefly(answer: string, max = 320): string {
  const text = answer.trim();
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).length > max) break;
    out += s;
  }
  return out.trim();
}
