import type { Lead } from '../db/schema.js';
import { can } from '../plans/index.js';
import { businessCountry, extractPhone, saidEmail } from '../contacts/index.js';
import { contactPhone } from './context.js';
import { openStatus } from '../schedule/index.js';
import { ASKS_IF_HUMAN, asksProjectStatus } from './intents.js';
import type { ConversationState } from './state.js';
import { observe, type TurnEnv } from './observe.js';
import { afterAcknowledgement, acknowledgement, answersYesNo, signsOff } from './acknowledge.js';
import { isSkip, plainWhen } from './validate.js';
import { daysSpelled, booksOnlyWhen, namesOnlyWhen, nextTopic, pointsBack, subjectOf, withEarlierSubject } from './follow-up.js';
import { afterCapture, answerForAnotherQuestion, asksInstead, asksPriceOf, briefly, closed, declineReply, howToBook, nameAtChoice, prefersPhone, quotesPrice, repeatsRequest } from './lead-steps.js';
import { addsAfterCapture, addToProblem, addsToTheJob, changesTime } from './lead-details.js';
import { ask, asksForPerson, givesDetails, personPrefix, tellsWhere, questionPrompt, saysDone, toldAtChoice, withdraw, withdrawsRequest, withoutContactClauses, withoutVisitTime } from './lead-messages.js';
import { describesProblem, triage, type Triage } from './triage.js';
import { CALLBACK_ONLY } from './priority.js';
import { choicePrefix, emergencyReply, essentialsFor, WHAT_TO_DO, whatToDo, worseNowLine } from './emergency-turn.js';
import { aboutTheRequest } from './after-request.js';
import { DONT_KNOW_REPLY } from './policy.js';
import { closedDayNote } from './hours-answer.js';

const CONFIRM_TIME = 'The team will confirm a time with you, so let me take your details.';
/** An answer about when the business is open (a day's or the weekend's hours). */
const OF_DAYS = /\b(?:open|closed|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/i;
import { asksForQuote, asksOnlyWhenOrWhere, quoteAsPriceQuestion, readIntent, saysWhatIsNeeded, toldMishap } from './read-intent.js';
import { saysARow } from './answer-units.js';
import { BOOKING_OFFER, confirmation, emergencyInfo, notAPerson, smallTalk, VISIT_WHEN, type EmergencyInfo } from './replies.js';
import { plainGreeting, remember, visitorWords, withIssue } from './format.js';

export { readIntent, type Intent } from './read-intent.js';
export { observe, type TurnEnv } from './observe.js';
export { emergencyInfo, type EmergencyInfo } from './replies.js';

// The deterministic brain: works with no model at all, and is the rule layer under the model
// (emergency choice, lead questions, identity checks). Given the same state and text it gives
// the same reply. The conversation policy: a question is answered first; the lead flow starts
// only when the visitor asks for service, a visit, a booking or a callback, or accepts an offer;
// a question asked in the middle of the lead flow is answered and the pending question asked
// again, never stored as the answer.

export type { InputHint } from './lead-messages.js';
import type { InputHint } from './lead-messages.js';

export interface TurnResult {
  reply: string;
  state: ConversationState;
  lead?: { id: string; priority: Lead['priority']; isEmergency: boolean };
  emergency?: EmergencyInfo;
  quickReplies?: string[];
  inputHint?: InputHint;
  /** Whether the business is open now (null when it has no hours set). */
  openNow: boolean | null;
  sources?: Array<{ title: string }>;
}

/** Accepting an offer; a bare "ok" only acknowledges an answer. */
const ACCEPT = /^(?:(?:ok(?:ay)?|alright|great|cool|perfect|awesome|right)[,!.]?\s+)?(?:yes|yeah|yep|yup|sure|please|go ahead|(?:let'?s )?do (?:it|that)|let'?s go(?: ahead)?|go for it|book (?:it|me in|that)|i'?ll take it|that would be (?:great|good)|sounds good|si|claro|por favor)\b/i;
/** The chat's own buttons, typed or pressed: a choice, not words about the job. */
const BUTTON = /^(?:have someone contact me|book a visit|request a callback)$/i;
/**
 * A bare topic typed as a question ("scuba or snorkeling classes", "water aerobics for seniors", "any
 * referral bonus"): no one speaking in it (no I, we, my, it ...), or an "any ..." that asks whether
 * there is one. Uncovered, it gets the honest "I don't know" with the offer, not the offer alone.
 */
const BARE_TOPIC = /^(?:any|anything|got any)\b|^(?!.*\b(?:i|i'm|im|i've|ive|we|we're|my|our|me|us|it|it's|its|this|that|he|she|they|you|your|u|ur)\b)(?:\S+\s+){0,6}\S+$/i;

export async function localTurn(env: TurnEnv, state: ConversationState, said: string, observed?: { newEmergency: boolean; triage?: Triage }): Promise<TurnResult> {
  const text = plainGreeting(said);
  const { ctx, tools } = env;
  const open = openStatus(ctx.business.business_hours, ctx.business.timezone, env.now);
  const base = { state, openNow: open ? open.open : null } as const;
  const seen = observed ?? (await observe(env, state, text));
  const { newEmergency } = seen;
  const t = seen.triage ?? triage(text, { keywords: ctx.agent.emergency_keywords });
  /** A problem that wants the team soon (HIGH), or a hazard contained for now. */
  const urgent = t.kind === 'high' || t.kind === 'contained';

  const askNextOrCapture = async (prefix: string): Promise<TurnResult> => {
    const q = tools.nextQuestion(ctx, state);
    if (q) {
      state.phase = 'LEAD';
      state.pendingQuestionId = q.id;
      return { ...base, reply: `${prefix}${prefix ? ' ' : ''}${questionPrompt(q, state)}`.trim(), ...ask(q) };
    }
    const lead = await tools.captureLead(ctx, state);
    const queued = await tools.queuedFor(ctx, lead.id);
    const confirmed = confirmation(ctx, lead, open, queued, state.emergency?.line); // (it thanks the visitor itself: no "Thanks. Thanks, Jenny.")
    return { ...base, reply: `${prefix && !(/^thanks\b/i.test(prefix) && /^thanks\b/i.test(confirmed)) ? `${prefix} ` : ''}${confirmed}`, lead: { id: lead.id, priority: lead.priority, isEmergency: lead.is_emergency } };
  };

  // "how much for that?": read with what the visitor's earlier message was about.
  // Answers to the lead questions (a name, an address) are no subject.
  const earlier = state.topic;
  if (state.phase !== 'LEAD' && state.phase !== 'IDENTIFY') state.topic = nextTopic(text, earlier);
  // (What the agent said last: a follow-up to a thing it said it does may be asked of the business's
  // terms in general.)
  const lastReply = [...state.history].reverse().find((h) => h.role === 'assistant')?.content ?? '';
  const lastAsked = [...state.history].reverse().find((h) => h.role === 'user')?.content ?? '';
  const answerQuestion = async (question: string) => {
    const own = withoutVisitTime(withoutContactClauses(question));
    const read = withEarlierSubject(own, earlier);
    let a = await tools.searchKnowledge(ctx, read);
    // "hi my son is in 10th grade and struggling w chemistry, do u help with that" -> "Yes. ...
    // chemistry ...", then "how much": the prices say nothing of chemistry, but they are what it
    // costs. Read alone when read with the earlier subject it found nothing, the visitor's last
    // message named that subject and the agent's answer to it was a yes: the business does it.
    // (Not after "I don't know", a no or no answer at all: "my toilet keeps running" -> "is that something u fix" is
    // about the toilet, not any repair. Not a question that points back: "do you fix e-bikes" -> "how much is IT".)
    // (Nor when a day alone was asked and the answer read with the subject says no day: "what about sun" after the foam pit is the day's hours.)
    if ((!a.answer || (namesOnlyWhen(own) && !OF_DAYS.test(a.answer.text))) && read !== own && ((/^yes\b/i.test(lastReply) && subjectOf(lastAsked) !== null && !pointsBack(own)) || namesOnlyWhen(own))) a = await tools.searchKnowledge(ctx, namesOnlyWhen(own) ? daysSpelled(own) : own);
    return a.answer ? { text: a.answer.text, sources: a.answer.sources, known: true } : { text: DONT_KNOW_REPLY, sources: undefined, known: false };
  };

  /**
   * A question asked with an emergency or right after it ("how fast can you get here?") is still
   * answered from knowledge; null when it is no question, a request in a question's clothes
   * ("can someone come now?"), not covered, or already said by `said` (the safety instruction
   * answers "what do I do?").
   */
  const emergencyQuestion = async (said: string): Promise<{ text: string; sources?: Array<{ title: string }> } | null> => {
    const intent = readIntent(text);
    if (!intent.question || intent.requestOnly || CALLBACK_ONLY.test(text.trim())) return null;
    // "water is pouring out, how fast can you get here?": the question is its own clause; the hazard is not asked about.
    // "what do I do?" is what the safety instruction answers: it is no question of its own (QA: the gas advice twice, then a burst pipe's).
    const clauses = text.split(/(?<=[.!?])\s+|,\s*|\s+-\s+/).filter((c) => c.trim() && readIntent(c).question);
    const own = clauses.map((c) => c.split(WHAT_TO_DO).join(' ').trim()).filter((c) => c && readIntent(c).question);
    if (WHAT_TO_DO.test(text) && !own.length) return whatToDo(env, state, said);
    const a = await answerQuestion(own.length ? own.join(' ') : text);
    if (!a.known) return null;
    const all = a.text.split(/(?<=[.!?])\s+/);
    const fresh = all.filter((s) => !/^(?:yes|no)\.$/i.test(s) && !said.includes(s));
    return fresh.length ? { text: fresh.length === all.length ? a.text : fresh.join(' '), sources: a.sources } : null;
  };

  // 1. A new serious emergency comes first, whatever else was going on.
  if (newEmergency && state.phase !== 'DONE') {
    tools.applyExtraction(ctx, state, text);
    const severity = state.emergency!.severity;
    if (severity >= 8) {
      state.phase = 'EMERGENCY_CHOICE';
      state.pendingQuestionId = null;
      const hazard = t.hazard && t.hazard !== 'STATED' && t.emergency ? t.hazard : (state.emergency?.hazard ?? 'STATED');
      const r = await emergencyReply(env, hazard, text, state);
      state.emergency!.line = r.phone;
      const asked = await emergencyQuestion(r.reply);
      return {
        ...base,
        reply: asked ? r.withAnswer(asked.text) : r.reply,
        sources: asked?.sources,
        emergency: emergencyInfo(ctx, severity, 'Emergency: we can connect you now.', r.phone),
        quickReplies: r.phone ? ['Call now', 'Request a callback', 'Quick questions'] : ['Request a callback', 'Quick questions'],
      };
    }
    return askNextOrCapture('That sounds urgent, so let me take your details for the team right away.');
  }

  switch (state.phase) {
    case 'EMERGENCY_CHOICE': {
      state.essentialOnly = true;
      tools.applyExtraction(ctx, state, text);
      nameAtChoice(ctx, tools, state, text);
      // (Storage QA: "im at unit 118 near the back gate" during a break-in, campground QA: "site 42, hes wearing a red jacket" never reached the owner.)
      if (toldAtChoice(text)) addToProblem(ctx, state, visitorWords(text));
      const phone = state.emergency?.line ?? contactPhone(ctx);
      const essentials = essentialsFor(ctx, state);
      const prefix = choicePrefix(ctx, state, text, t, phone);
      if (readIntent(text).question && !/^quick questions?\b/i.test(text.trim())) {
        // A question instead of a choice is answered, and the essentials follow: the emergency is not put on hold for it.
        const asked = await emergencyQuestion('');
        const answer = asked?.text ?? "I don't know that one, but the team can tell you when they reach you.";
        const r = await askNextOrCapture(`${worseNowLine(ctx, state, t)}${closed(answer)} Meanwhile, ${essentials}`);
        return { ...r, sources: asked?.sources, emergency: emergencyInfo(ctx, state.emergency?.severity ?? 8, 'Emergency: call us now.', phone) };
      }
      const r = await askNextOrCapture(prefix);
      return { ...r, emergency: emergencyInfo(ctx, state.emergency?.severity ?? 8, 'Emergency: call us now.', phone) };
    }
    case 'IDENTIFY': {
      const country = businessCountry(ctx.business);
      const email = saidEmail(text);
      const phone = extractPhone(text, country, { lookup: true });
      if (email || phone) {
        state.phase = state.pendingQuestionId ? 'LEAD' : 'CHAT';
        const r = await tools.checkProjectStatus(ctx, state, { email, phone });
        return { ...base, reply: r.text, quickReplies: r.found ? undefined : ['Have someone contact me'] };
      }
      state.phase = 'CHAT';
      if (isSkip(text)) return { ...base, reply: 'No problem. What else can I help you with?' };
      break;
    }
    case 'LEAD': {
      const q = ctx.questions.find((x) => x.id === state.pendingQuestionId);
      if (!q) return askNextOrCapture('');
      // "nevermind", "forget it", "cancel": nothing goes to the team (an emergency's questions go on).
      if (!state.emergency && withdrawsRequest(text)) return { ...base, reply: withdraw(ctx, state) };
      // "yes thats all, thanks" at an optional question: the optional rest is skipped, the request goes.
      if (!q.required && saysDone(text)) {
        for (const x of ctx.questions) if (!x.required && !(x.id in state.answers) && !state.skipped.includes(x.id)) state.skipped.push(x.id);
        return askNextOrCapture('No problem.');
      }
      if (prefersPhone(q, text)) {
        state.skipped.push(q.id);
        return askNextOrCapture('No problem.');
      }
      if (isSkip(text) && !answersYesNo(q.question, text)) {
        const letGo = declineReply(tools, ctx, state, q);
        if (letGo === null) return { ...base, reply: `I need this one so the team can help you. ${q.question}`, ...ask(q) };
        state.skipped.push(q.id);
        return askNextOrCapture(letGo);
      }
      // "can i talk to a real person" while asked for a name: the line (or a callback), and the question again.
      if (asksForPerson(text)) return { ...base, reply: `${personPrefix(ctx, state, open)} ${questionPrompt(q, state)}`, ...ask(q) };
      // A question in the middle of the flow gets an answer, then the pending question again.
      // (Asking for the service or a callback again is the request being taken: it is said so.)
      const instead = asksInstead(ctx, tools, q, text);
      const request = instead ? repeatsRequest(ctx, tools, state, q, text) : null;
      if (request) return { ...base, reply: `${request} ${questionPrompt(q, state)}`, ...ask(q) };
      if (instead) {
        if (/\bwhy (?:do|would|should) (?:you|u|i|they) (?:need|want|have to give|ask)|\bwhat (?:is it|do you need it) for\b|\bwhy (?:is|are) (?:that|this|it) needed\b/i.test(text)) {
          const why = q.required ? 'The team needs it to get back to you about this.' : "It's only so the team can follow up that way, and it's optional.";
          return { ...base, reply: `${why} ${questionPrompt(q, state)}`, ...ask(q) };
        }
        const a = await answerQuestion(text);
        // ("what do i do??" while an emergency's details are taken: the business's own instructions for it.)
        const advice = !a.known && WHAT_TO_DO.test(text) ? await whatToDo(env, state, '') : null;
        const answer = advice?.text ?? (a.known ? a.text : "I don't know that one, but the team can tell you when they get in touch.");
        return { ...base, reply: `${closed(answer)} ${questionPrompt(q, state)}`, ...ask(q), sources: a.sources };
      }
      // (lead flow) An answer meant for another question ("next tuesday" to the address question) is not stored as this one.
      const elsewhere = answerForAnotherQuestion(ctx, tools, state, q, text) ?? addsToTheJob(ctx, tools, state, q, text);
      if (elsewhere) return { ...base, reply: `${elsewhere} ${questionPrompt(q, state)}`, ...ask(q) };
      const r = await tools.saveLeadAnswer(ctx, state, q.id, text);
      if (!r.ok) return { ...base, reply: `${r.message}${/\?$/.test(r.message ?? '') ? '' : ` ${questionPrompt(q, state)}`}`, ...ask(q) };
      tools.applyExtraction(ctx, state, text, q.id);
      if (r.lead) {
        const queued = await tools.queuedFor(ctx, r.lead.id);
        return { ...base, reply: confirmation(ctx, r.lead, open, queued, state.emergency?.line), lead: { id: r.lead.id, priority: r.lead.priority, isEmergency: r.lead.is_emergency } };
      }
      return askNextOrCapture('Thanks.');
    }
    case 'DONE': {
      if (newEmergency) {
        const r = await emergencyReply(env, state.emergency?.hazard ?? 'STATED', text, state);
        return { ...base, reply: r.reply, emergency: emergencyInfo(ctx, state.emergency?.severity ?? 8, 'Emergency: call us now.', r.phone) };
      }
      break;
    }
    default:
      break;
  }

  // 2. Free conversation.
  // ("cool. whats the wifi password lol", "thanks! can someone call me back": what follows the acknowledgement is read.)
  const intent = readIntent(afterAcknowledgement(text) ?? text);
  const question = intent.question;
  // A client who proved who they are asks on about their projects ("when will it be done", "and the water heater one?").
  const asked = state.proof ? await tools.asksAboutProjects(ctx, state, text) : null;
  if ((asked || asksProjectStatus(text)) && !describesProblem(text) && !/\b(?:quote|estimate|pric(?:e|es|ing)|costs?|how much)\b/i.test(text)) {
    const country = businessCountry(ctx.business);
    const email = saidEmail(text);
    const phone = extractPhone(text, country, { lookup: true });
    if (state.clientId || asked || state.proof?.provenClientId || email || phone) {
      const r = await tools.checkProjectStatus(ctx, state, { email, phone, about: text, known: asked });
      return { ...base, reply: r.text };
    }
    if (!can(ctx.business.plan, 'projectSync')) {
      const r = await tools.checkProjectStatus(ctx, state, {});
      return { ...base, reply: r.text };
    }
    Object.assign(state, { phase: 'IDENTIFY', projectAbout: text });
    return { ...base, reply: 'Sure. What is the e-mail address or phone number we have on file for you?', inputHint: 'text' };
  }
  if (state.phase === 'DONE') {
    // (lead flow) "sorry my number is ..." after the request went: the saved lead is corrected; thanks get a welcome.
    const after = (await aboutTheRequest(ctx, tools, state, text, open)) ?? (await afterCapture(ctx, tools, state, text));
    if (after) return { ...base, reply: after };
    if (question && !changesTime(ctx, tools, text)) {
      const a = await answerQuestion(text);
      return { ...base, reply: a.known ? a.text : "I don't know that one; the team has your request and can answer it when they get in touch.", sources: a.sources };
    }
    const added = await addsAfterCapture(ctx, tools, state, text);
    return { ...base, reply: added ?? 'Your request is with the team and they will be in touch. Is there anything else I can help with?' };
  }
  const trimmed = text.trim();
  const offeredBefore = !!state.offered;
  // (lead flow) After an offer, a visitor who answers with a name, a number or an e-mail ("its Maria") has taken it up.
  const details = offeredBefore && !question && givesDetails(ctx, trimmed);
  if (details && tellsWhere(trimmed)) addToProblem(ctx, state, visitorWords(trimmed));
  const accepted = details || (offeredBefore && (ACCEPT.test(trimmed) || BUTTON.test(trimmed)));
  if (ASKS_IF_HUMAN.test(trimmed)) {
    state.offered = true;
    return { ...base, reply: notAPerson(ctx), quickReplies: ['Have someone contact me', 'Ask another question'] };
  }
  // "can i talk to a real person": the line if there is one, and a callback.
  const person = asksForPerson(trimmed);
  // ("can you aerate my lawn next thursday? my name is Priya and my cell is 905-555-0110": a number or an e-mail left with a request is a request to be contacted.)
  const leavesContact = trimmed.split(/\s+/).length >= 6 && !!(extractPhone(trimmed, businessCountry(ctx.business)) || saidEmail(trimmed));
  const wantsLead = accepted || (!state.offered && BUTTON.test(trimmed)) || intent.wantsService || person || leavesContact;
  // "ok thanks bye", "thx so much", "cya": politeness alone is answered in kind (acknowledgement() owns the words), as is a goodbye with a plan of their own ("ok ill just come by, thanks bye").
  const [ack, leaving] = [acknowledgement(trimmed), !accepted && signsOff(trimmed)];
  if (((ack === 'thanks' || ack === 'bye' || /^that'?s (?:all|it)\b[\s\w,.!]{0,20}$/i.test(trimmed)) && !wantsLead) || leaving) {
    return { ...base, reply: `${ack === 'bye' ? 'Bye for now!' : leaving && ack !== 'thanks' ? 'Sounds good! Bye for now.' : "You're welcome!"} ${state.channel === 'CALL' ? 'Is there anything else I can help with?' : 'If anything else comes up, just ask here.'}` };
  }
  if ((/^(?:no|nope|nah|no thanks|no thank you|not now|ok|okay|great|cool|got it|alright|fine|perfect|nice|good|i'?m good|all good)[.! ]*$/i.test(trimmed) || (offeredBefore && isSkip(trimmed))) && !wantsLead) {
    state.offered = false;
    return { ...base, reply: 'Anything else I can help with?', quickReplies: ['Book a visit', 'Ask another question'] };
  }
  if (/^ask (?:another|a) question$/i.test(trimmed)) return { ...base, reply: 'Sure, what would you like to know?' };
  const talk = wantsLead ? null : smallTalk(ctx, trimmed);
  if (talk?.offered) state.offered = true;
  if (talk) return { ...base, reply: talk.reply, quickReplies: talk.offered ? ['Have someone contact me', 'Ask another question'] : ['Book a visit', 'Opening hours'] };
  // The problem the owner reads (and the e-mail's subject) leads with the problem; what was asked before follows it.
  // ("tomorrow after 5" is urgent enough to read as HIGH, but it is when, not what: no problem of its own.)
  if ((describesProblem(text) || urgent || toldMishap(text)) && !plainWhen(trimmed, { timezone: ctx.business.timezone })) state.issueText ??= withIssue(visitorWords(text), state.lastQuestion);

  // A question is answered first; a request in the same message then starts the details.
  // "can someone call me back?" is a request in a question's clothes: no knowledge lookup.
  const requestOnly = CALLBACK_ONLY.test(trimmed) || intent.requestOnly || person;
  if (question && !accepted && !(wantsLead && requestOnly)) {
    const a = await answerQuestion(text);
    if (wantsLead) {
      // ("can u come next tuesday" after "i have a wood stove too": the request joins the problem.)
      if (!CALLBACK_ONLY.test(trimmed)) state.issueText = withIssue(state.issueText, visitorWords(text));
      tools.applyExtraction(ctx, state, text);
      // ("can i drop my bike off monday" to a shop closed on Mondays: said, not left for the visitor to find out.)
      const closedDay = closedDayNote(trimmed, ctx, tools.validation(ctx).now);
      // (What else the answer says stays: "do you fix e-bikes, can i bring mine monday"; what it says of days is the note's to say: "any openings sunday" is no "Yes.")
      if (closedDay) return { ...(await askNextOrCapture(`${closedDay} ${a.known && !OF_DAYS.test(a.text) ? `${closed(a.text)} ` : ''}${CONFIRM_TIME}`)), sources: a.known ? a.sources : undefined };
      const unknown = asksOnlyWhenOrWhere(trimmed) ? 'The team will confirm that with you, so let me take your details.' : "I don't know that, but the team can, so let me take your details.";
      // ("is there a spot saturday for a massage" -> "No. ... no massage on Saturdays": not "for that", but still.)
      const offer = /^No\b/.test(a.text) ? 'I can still take your details so the team can find you another option.' : 'I can take your details for that.';
      const r = await askNextOrCapture(a.known ? `${closed(a.text)} ${offer}` : unknown);
      return { ...r, sources: a.sources };
    }
    state.offered = true;
    remember(state, visitorWords(text));
    // ("how do i book", "how do i get my bike fixed": the agent takes bookings itself, so it says so, not "I don't know".)
    const booking = intent.booking ? await howToBook(text, async (q) => (q === text ? a : answerQuestion(q)), BOOKING_OFFER) : null;
    return { ...base, reply: booking?.text ?? (!a.known && asksOnlyWhenOrWhere(trimmed) ? VISIT_WHEN : a.text), sources: booking ? booking.answer?.sources : a.sources, quickReplies: ['Have someone contact me', 'Ask another question'] };
  }
  if (wantsLead) {
    // "Can someone call me back about this?" after a question: the question is what it is about.
    // ... unless the request says what it is for ("can i book a couples massage"): it leads, the question follows.
    const firstRequest = !state.issueText && !accepted;
    if (!state.issueText && !accepted && !CALLBACK_ONLY.test(trimmed) && !BUTTON.test(trimmed) && saysWhatIsNeeded(trimmed)) state.issueText = visitorWords(text);
    if (state.lastQuestion && (requestOnly || accepted)) state.issueText = state.issueText ? withIssue(state.issueText, state.lastQuestion) : state.lastQuestion;
    // "great I want to book ONE for monday morning" after "how much for an oil change": the question it points back to comes first, so the owner reads what "one" is (QA: the lead said only "book one").
    else if (state.lastQuestion && firstRequest && (pointsBack(trimmed) || booksOnlyWhen(trimmed))) state.issueText = withIssue(state.lastQuestion, state.issueText);
    state.offered = false;
    if (intent.offSite) state.offSite = true;
    // "I'd like a quote for a new water heater" says what is needed: it answers the problem question.
    // ... and so does a request that adds to what was said ("can u come next tuesday").
    if (!accepted && !CALLBACK_ONLY.test(trimmed) && !BUTTON.test(trimmed) && (saysWhatIsNeeded(trimmed) || state.issueText)) state.issueText = withIssue(state.issueText, visitorWords(text));
    tools.applyExtraction(ctx, state, text);
    if (details) nameAtChoice(ctx, tools, state, trimmed);
    // (A soon request too: "can someone come tomorrow morning" on a Saturday is told of the closed Sunday, and still seen quickly.)
    const closedDay = details || person || intent.billing || t.kind === 'contained' ? null : closedDayNote(trimmed, ctx, tools.validation(ctx).now);
    const quickly = 'I will make sure the team sees this quickly.';
    const prefix = details ? 'Thanks.' : person ? personPrefix(ctx, state, open) : intent.billing ? 'Let me pass this to the team so they can look into your bill with you.' : closedDay ? `${closedDay} ${urgent ? quickly : CONFIRM_TIME}` : intent.availability ? CONFIRM_TIME : urgent ? quickly : 'I can help with that.';
    // (lead flow) "a quote for a new water heater": what the knowledge says about the job comes first, briefly.
    if (!accepted && (!requestOnly || asksForQuote(trimmed)) && asksPriceOf(trimmed)) {
      // ("can i get a quote for 80 ppl bbq": looked up as what it costs.)
      const a = await answerQuestion(quoteAsPriceQuestion(text) ?? text);
      if (a.known && quotesPrice(a.text)) return { ...(await askNextOrCapture(`${closed(briefly(a.text))} ${prefix === 'I can help with that.' ? 'I can take your details for that.' : prefix}`)), sources: a.sources };
    }
    return askNextOrCapture(prefix);
  }
  if (describesProblem(text) || urgent || toldMishap(text)) {
    state.offered = true;
    tools.applyExtraction(ctx, state, text);
    const soon = urgent ? ' and make sure they see it quickly' : '';
    // ("i got locked out of my apartment": what the knowledge says of that problem, the lockout fee after hours, comes first;
    // not a price list's row for a mishap told: "my crown fell off" is not asking what a new crown costs, as "my screen is cracked" may be.)
    const said = await answerQuestion(text);
    const rowUnasked = saysARow(said.text) && !describesProblem(text) && !urgent;
    return {
      ...base,
      reply: `Sorry to hear that. ${said.known && !/^(?:yes|no)\b/i.test(said.text) && !rowUnasked ? `${closed(said.text)} ` : ''}If you like, I can take a few details and pass this to the ${ctx.business.name} team${soon}, so someone can get in touch.`,
      sources: said.known ? said.sources : undefined,
      quickReplies: ['Have someone contact me', 'Ask another question'],
    };
  }
  const a = await answerQuestion(text);
  state.offered = true;
  remember(state, visitorWords(text));
  if ((!a.known || a.text === lastReply) && !question) {
    // A statement the knowledge does not cover ("carpet cleaning for the stairs"), or whose answer is the one just given (the price, again, to "we have an old fuse box and want to upgrade"): offer the team,
    // and once offered, ask plainly rather than say the same sentence again.
    // ("scuba or snorkeling classes" asks whether there are: the knowledge not covering it is said, QA of the eval's q22-sw-33.)
    const reply = offeredBefore
      ? `Would you like me to pass this to the ${ctx.business.name} team? Say yes and I will take a few details, or ask me something else.`
      : `${BARE_TOPIC.test(trimmed) ? "I don't know that one, but I" : 'I'} can take a few details and pass this to the ${ctx.business.name} team, so someone can get in touch.`;
    return { ...base, reply, quickReplies: ['Have someone contact me', 'Ask another question'] };
  }
  return { ...base, reply: a.text, sources: a.sources, quickReplies: ['Have someone contact me', 'Ask another question'] };
}

