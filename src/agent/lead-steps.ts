import type { LeadQuestion } from '../db/schema.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import { businessCountry, extractEmail, extractPhone } from '../contacts/index.js';
import { contactPhone, type BusinessContext } from './context.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import { readIntent, saysWhatIsNeeded } from './read-intent.js';
import { CALLBACK_ONLY } from './priority.js';
import { visitorWords } from './format.js';
import { describesProblem, looksLikeQuestion } from './triage.js';
import { acknowledgement } from './acknowledge.js';
import { NOT_A_BARE_NAME, saysDone } from './lead-messages.js';
import { hourOnThatDay, isSkip, plainAnswerKind, saysCallbackNumber, validateAnswer } from './validate.js';
import { CORRECTING, EXPECTED, kindOf, labelled, LOOKS_LIKE, NOTED } from './lead-kinds.js';
import { addToProblem, movesTime } from './lead-details.js';

// Steps of the lead questions that need more than one answer's validation: an answer that plainly
// belongs to another question, and the knowledge said before the questions start.


/**
 * An answer that plainly belongs to another lead question (a day given to the address question,
 * an e-mail given to the phone question, "actually my name is Bo Li") is never stored as the
 * pending one: it is stored for the question it answers (a correction replaces the earlier
 * answer), which is then not asked, or, when there is none to take it, the pending question is
 * asked again with what was wrong. Returns the words to say before asking `q` again, or null when
 * the message is not plainly another kind of answer (normal validation decides). Custom
 * questions (no known kind) take any answer: their owner knows what they asked.
 */
export function answerForAnotherQuestion(ctx: BusinessContext, tools: AgentTools, state: ConversationState, q: LeadQuestion, text: string): string | null {
  const pending = kindOf(q);
  const opts = tools.validation(ctx);
  const said = labelled(text);
  const kind = said ? said[0] : (plainAnswerKind(text, opts) ?? (saysCallbackNumber(text) ? 'PHONE' : null));
  if (!kind || kind === pending || (!pending && !said)) return null;
  // "Ann Lee 415 555 0123" to the name question answers it; the number is taken with it.
  if (pending === 'NAME' && validateAnswer(q.expected_format, q.maps_to, text, opts).ok) return null;
  const target = ctx.questions.find((x) => x.id !== q.id && kindOf(x) === kind);
  if (target) {
    const before = state.answers[target.id];
    // (On a call the phone answer is the caller ID until the caller says a number: the one they say is the one to call back.)
    const callerId = kind === 'PHONE' && !!before && !!state.fromNumber && before.replace(/\D/g, '') === state.fromNumber.replace(/\D/g, '');
    const correcting = !!said || CORRECTING.test(text) || callerId;
    const v = validateAnswer(target.expected_format, target.maps_to, said ? said[1] : text, { ...opts, question: target.question });
    // An invalid number or address for the other question: the pending question's own check says why.
    if (!v.ok) return null;
    // A time or an address typed again, unasked ("saturday morning" after "this weekend"), is the visitor
    // making it more precise: the newer one stands.
    if (before === undefined || correcting || kind === 'WHEN' || kind === 'ADDRESS') {
      // ("saturday morning", then "around 9": the hour on that day, noted with it.)
      const narrowed = kind === 'WHEN' && before !== undefined && !said ? hourOnThatDay(before, text, opts) : null;
      state.answers[target.id] = narrowed ?? v.value;
      state.skipped = state.skipped.filter((id) => id !== target.id);
      return before === undefined || before === v.value || callerId || narrowed ? `Thanks, I've noted ${NOTED[kind]}.` : `Thanks, I've updated ${NOTED[kind]}.`;
    }
  }
  if (!pending || kind === 'NAME' || kind === 'ISSUE') return null;
  // An address or a time none of the questions asks for is still the visitor's to give: it goes
  // with the request (nothing said is lost), and the pending question is asked again.
  if (!target && (kind === 'ADDRESS' || kind === 'WHEN')) {
    const v = validateAnswer(kind === 'WHEN' ? 'DATE' : 'TEXT', kind === 'WHEN' ? 'PREFERRED_TIME' : 'ADDRESS', said ? said[1] : text, opts);
    if (v.ok) {
      state.given = { ...state.given, [kind === 'WHEN' ? 'when' : 'address']: v.value };
      return `Thanks, I've noted ${NOTED[kind]}.`;
    }
  }
  return `That looks like ${LOOKS_LIKE[kind]} rather than ${EXPECTED[pending]}.`;
}


/**
 * Asking for the service again while the details are taken ("can i book a cut for saturday", "can
 * you call me back" at the name question): that is the request being taken, no question to look up
 * (the knowledge has no answer to it, and "I don't know that one" to a booking is absurd). What it
 * adds goes with the request: the day is when it suits, the words join the problem.
 */
export function repeatsRequest(ctx: BusinessContext, tools: AgentTools, state: ConversationState, q: LeadQuestion, text: string): string | null {
  const t = text.trim();
  const callback = CALLBACK_ONLY.test(t);
  const intent = readIntent(t);
  if (kindOf(q) === 'ISSUE' || (!callback && !(intent.requestOnly && intent.wantsService))) return null;
  if (!callback) addToProblem(ctx, state, visitorWords(t));
  tools.applyExtraction(ctx, state, t, q.id);
  return callback ? 'Sure, the team will call you back.' : "Sure, I'll pass that on to the team.";
}

/**
 * What a declined question gets: null when it is asked again, else the words before the next one.
 * A required question is asked once more with the reason, then let go (QA: a caller who said "skip"
 * to the address heard "I need this one ..." until the call's turn limit). A phone or e-mail is
 * never let go when it is the only way left to reach them (no caller ID, no other contact given or
 * still to ask): a request the team cannot answer would be lost.
 */
export function declineReply(tools: AgentTools, ctx: BusinessContext, state: ConversationState, q: LeadQuestion): string | null {
  const isContact = (x: LeadQuestion) => kindOf(x) === 'PHONE' || kindOf(x) === 'EMAIL';
  const contact = isContact(q);
  if (contact && !state.fromNumber) {
    const others = tools.activeQuestions(ctx, state).filter((x) => x.id !== q.id && isContact(x));
    const known = ctx.questions.some((x) => x.id !== q.id && isContact(x) && x.id in state.answers);
    if (!known && !others.some((x) => !(x.id in state.answers) && !state.skipped.includes(x.id))) return null;
  }
  if (!q.required) return 'No problem.';
  if (!state.declined?.includes(q.id)) {
    state.declined = [...(state.declined ?? []), q.id];
    return null;
  }
  return contact ? 'No problem.' : 'No problem, the team can ask you when they get in touch.';
}

/** Contact by phone preferred to e-mail ("you can just call me on this number", "this number is fine", "i don't do email"). */
const PHONE_INSTEAD = /\b(?:(?:call|text|ring|phone) me(?: back)?(?: (?:on|at) (?:this|that|my|the) (?:number|phone|cell|mobile))?|(?:this|that|my|the) (?:number|phone|cell|mobile)(?: number)? (?:(?:is|'s) (?:fine|ok|okay|good|best|easiest|great)|works|will do)|(?:a )?(?:phone|call|text)(?: call)? (?:is|'s) (?:fine|ok|okay|better|best|easier|good)|(?:don'?t|do not|never) (?:use|do|check|have|really use) (?:e-?mails?|emails?)|(?:rather|prefer(?: to)?) (?:you )?(?:call|text|phone)|by phone)\b/i;

/**
 * At the e-mail question, a visitor who says to use the phone instead ("yeah this number is fine" on
 * a call) has declined the e-mail: no "That does not look like an e-mail address", no words added to
 * the problem.
 */
export function prefersPhone(q: LeadQuestion, text: string): boolean {
  // ("sorry my number is 415 555 0111" corrects the number.)
  return kindOf(q) === 'EMAIL' && !q.required && !extractEmail(text) && !/\d{3}/.test(text) && PHONE_INSTEAD.test(text);
}


/**
 * At the emergency choice, a visitor who simply types their name ("Priya Nair") has chosen the
 * questions and answered the first one: the name is stored, never asked for again.
 */
export function nameAtChoice(ctx: BusinessContext, tools: AgentTools, state: ConversationState, text: string): void {
  const t = text.trim();
  if (!/^\p{L}[\p{L}'\u2019.-]*(?:\s+\p{L}[\p{L}'\u2019.-]*){0,3}$/u.test(t) || NOT_A_BARE_NAME.test(t)) return;
  const q = ctx.questions.find((x) => kindOf(x) === 'NAME' && !(x.id in state.answers));
  if (!q) return;
  const v = validateAnswer(q.expected_format, q.maps_to, t, tools.validation(ctx));
  if (v.ok) state.answers[q.id] = v.value;
}

const LEAD_FIELD = { NAME: 'name', PHONE: 'phone', EMAIL: 'email', ADDRESS: 'address' } as const;

/**
 * After the request was sent: a correction ("oh and my number is actually ...") amends the saved
 * lead, and thanks or goodbye are answered in kind. Null when the message is neither.
 */
export async function afterCapture(ctx: BusinessContext, tools: AgentTools, state: ConversationState, text: string): Promise<string | null> {
  const said = labelled(text);
  const plain = said ? null : plainAnswerKind(text, tools.validation(ctx));
  const kind = said?.[0] ?? (plain && CORRECTING.test(text) ? plain : null);
  if (kind && kind in LEAD_FIELD && state.leadId) {
    const field = LEAD_FIELD[kind as keyof typeof LEAD_FIELD];
    const q = ctx.questions.find((x) => kindOf(x) === kind);
    const format = q?.expected_format ?? (kind === 'PHONE' ? 'PHONE' : kind === 'EMAIL' ? 'EMAIL' : 'TEXT');
    const v = validateAnswer(format, q?.maps_to ?? (kind as 'NAME' | 'ADDRESS' | 'PHONE' | 'EMAIL'), said ? said[1] : text, tools.validation(ctx));
    if (!v.ok) return v.message;
    const before = q ? state.answers[q.id] : undefined;
    if (q) state.answers[q.id] = v.value;
    if (!(await tools.amendLead(ctx, state, { [field]: v.value }))) {
      if (q && before !== undefined) state.answers[q.id] = before;
      return null;
    }
    // The owner's alert already went with the earlier detail: in an emergency, the visitor should not wait on it.
    const line = state.emergency ? contactPhone(ctx) : null;
    const urgent = line && (kind === 'PHONE' || kind === 'ADDRESS') ? ` The team's first alert had the earlier one, so if it's urgent, please call ${phoneForVisitors(line, ctx.business)} too.` : '';
    return `Thanks, I've updated ${NOTED[kind]} on your request.${urgent}`;
  }
  const ack = acknowledgement(text);
  if (ack === 'thanks') return "You're welcome! The team has your request and will be in touch.";
  if (ack === 'bye') return 'Bye for now! The team has your request and will be in touch.';
  // "no thats all thanks" to "anything else?": nothing more to do.
  if (isSkip(text) || saysDone(text)) return `${/\bthank|\bthx\b/i.test(text) ? "You're welcome! " : ''}The team has your request and will be in touch.`;
  return null;
}

/** A sentence about how to book (a way, a place, a form): what "how do i book" asks. */
const SAYS_HOW_TO_BOOK = /\b(?:book|schedul|reserv|sign(?:ing)? up|regist|enrol|online\b|website\b|app\b|form\b|(?:call|phone|ring|text|e-?mail|message) (?:us|our|the office)\b|call \(?\d)|\S+@\S+\.\w+/i;

/**
 * "how do i book a wedding": what the knowledge says of booking, with the offer to take it (the agent takes bookings).
 * The plain "how do i book" is looked up first (the job's name pulls the description: "We cater weddings ..."), then
 * the question itself, whose answer must open on booking; else only the offer: never a sentence about something else.
 */
export async function howToBook<A extends { known: boolean; text: string }>(question: string, ask: (q: string) => Promise<A>, offer: string): Promise<{ text: string; answer?: A }> {
  const plain = await ask('how do i book');
  if (plain.known && SAYS_HOW_TO_BOOK.test(plain.text)) return { text: `${closed(plain.text)} ${offer}`, answer: plain };
  const own = await ask(question);
  if (own.known && SAYS_HOW_TO_BOOK.test(own.text.split(/(?<=[.!?])\s/)[0] ?? '')) return { text: `${closed(own.text)} ${offer}`, answer: own };
  return { text: offer };
}

/** An answer ending without a full stop (a list item: "Aeration and overseeding") gets one before a sentence is added. */
export function closed(text: string): string {
  const t = text.trimEnd();
  // ("... (chiropractic only, no massage on Saturdays)" ends a note, not a sentence: "(Call first.)" does.)
  return /[.!?]["'’)]?$/.test(t) ? t : `${t}.`;
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

/**
 * A request for a quote or a booking that names the job ("a quote for a new water heater", "book a
 * drain cleaning"): the part the knowledge can answer now is what it costs.
 */
export function asksPriceOf(text: string): boolean {
  return /\b(?:quotes?|quotation|estimates?|pric(?:e|es|ing)|costs?|book|booking|appointment|schedule|install(?:ed|ing|ation)?|replace(?:ment)?|new)\b/i.test(text) && saysWhatIsNeeded(text);
}

/** The knowledge's answer names a price: only then is it the part of a quote the visitor asked for. */
export function quotesPrice(answer: string): boolean {
  return /[$€£]\s?\d|\b\d[\d,.]*\s?(?:dollars|euros|pounds|usd|eur|gbp)\b/i.test(answer);
}

/** The visitor asked something (or went off-topic) instead of answering the pending question. */
export function asksInstead(ctx: BusinessContext, tools: AgentTools, q: LeadQuestion, text: string): boolean {
  // ("wait how much is it", "sorry, do you cover Elm Park": a word of hesitation comes first.)
  if (!looksLikeQuestion(text.replace(/^(?:(?:wait|hold on|hang on|sorry|oh|um+|uh+|hmm+|actually|before that|quick question|one sec|ok(?:ay)?|and|so|also|yeah|right)\b[,.!]*\s*)+/i, ''))) return false;
  if (extractEmail(text) || extractPhone(text, businessCountry(ctx.business))) return false;
  // ("actually can we make it friday" at the address question: the time that suits is moved, nothing asked.)
  if (movesTime(ctx, tools, text)) return false;
  // "Why is my boiler banging?" answers "what is the problem?"; "do you cover Shelbyville?" does not.
  // (... and "can i book a cut for saturday" answers it too: the request is what is needed.)
  if (q.maps_to === 'ISSUE') return !describesProblem(text) && !readIntent(text).requestOnly;
  if (q.expected_format === 'DATE' || q.maps_to === 'PREFERRED_TIME') return !validateAnswer(q.expected_format, q.maps_to, text, tools.validation(ctx)).ok;
  return true;
}
