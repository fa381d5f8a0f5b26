import { phoneForVisitors } from '../contacts/phone-display.js';
import { businessCountry, extractEmail, extractPhone, withoutEmails } from '../contacts/index.js';
import { contactPhone, type BusinessContext } from './context.js';
import type { ConversationState } from './state.js';
import type { LeadQuestion } from '../db/schema.js';
import { spokenRank } from './text-norm.js';
import { extractAddress, extractName, plainWhen } from './validate.js';
import { isCalendarWord } from '../schedule/index.js';
import { readIntent } from './read-intent.js';

// What a visitor's message says around the lead questions: details left with a request, being done,
// the request called off, a person asked for; and a question read without the contact details or
// the visit time it carries.

/** Words of the emergency choice or of the emergency itself: such a message is not a name. */
export const NOT_A_BARE_NAME = /\b(?:call|callback|back|ring|connect|phone|dial|questions?|quick|now|asap|hurry|please|help|urgent|emergency|yes|no|ok|okay|sure|thanks?|water|gas|fire|smoke|flood\w*|leak\w*|burst|smell|sparks?|someone|anyone)\b/i;

/**
 * "it's Maria", "name's Tom Baker": a name given without "my name is". Narrower than validate's
 * NAME_PREFIX on purpose: outside a name question, "this is Urgent" or "I am Worried" is no name.
 */
const NAME_INTRO = /^(?:[Ii]t'?s|[Ii]ts|[Nn]ame'?s|[Ii]m|[Ii]'?m)\s+(?=\p{Lu})/u;

/** The message gives a name, a phone number or an e-mail address (a reply to an offer to take details). */
export function givesDetails(ctx: BusinessContext, text: string): boolean {
  // (An address typed after the offer is someone giving details too: "42 Maple Cres Oakville".)
  // (So is a time said alone, "tomorrow after 5": when the team may call or come.)
  if (extractEmail(text) || extractPhone(text, businessCountry(ctx.business)) || extractName(text) || extractAddress(text) || plainWhen(text, { country: businessCountry(ctx.business), timezone: ctx.business.timezone })) return true;
  // An e-mail typed short of its domain ("maria@gmail") is still someone giving details.
  if (/^\S+@\S+$/.test(text)) return true;
  // Where they or the trouble are (storage QA, a caller reporting a break-in: "im at unit 118 near the
  // back gate" got the gate hours and the move-in special).
  if (tellsWhere(text)) return true;
  return (NAME_INTRO.test(text) && /^\S+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?[.!]?$/u.test(text)) || bareFullName(text);
}

/** Telling where ("im at unit 118", "we're in the parking lot", "its behind building c"), not asking. */
const WHERE_TOLD = /^(?:(?:ok|okay|yes|yeah|so|um|uh)[,.]?\s+)*(?:i'?m|im|i am|we'?re|we are|it'?s|its|it is|they'?re|theyre|he'?s|she'?s|the \w+ is)\s+(?:(?:right|just|still|parked|standing|sitting|outside|over)\s+)?(?:at|in|on|by|near|outside|inside|behind|next to|in front of)\s+([^?]{2,80})$/i;
/** A place said: a number, a named place, or a word for one (a reader's finding: "im on a budget", "im in a hurry" were read as where). */
const PLACE = /\d|\b[A-Z][a-z]+\b|\b(?:unit|units|building|bldg|gate|lot|parking|garage|door|doors|street|st|avenue|ave|road|rd|drive|dr|lane|highway|hwy|freeway|interstate|exit|mile|corner|front|back|side|office|lobby|entrance|basement|attic|kitchen|bathroom|bedroom|yard|driveway|house|home|apartment|apt|floor|hallway|car|truck|van|store|shop|mall|school|church|station|bridge|park|block|row|aisle|dock|warehouse)\b/;

/** Where they or the trouble are, told: the words belong with the problem the owner reads. */
export function tellsWhere(text: string): boolean {
  const where = WHERE_TOLD.exec(text.trim())?.[1];
  return !!where && PLACE.test(where);
}

/** Choosing at the emergency's choice, and nothing else ("call now", "ok request a callback please", "quick questions"). */
const CHOOSING = /^(?:(?:ok(?:ay)?|yes|yeah|yep|sure|please|pls|no|nope|um|uh)\b[\s,.!]*)*(?:call(?: me)?(?: back)?(?: now)?|request a callback|call ?back|quick questions?|ask (?:me|away)|go ahead|text me|connect me)?[\s,.!]*(?:please|pls|thanks?|thank you)?[\s.!]*$/i;
/** A callback asked for, or an option picked, in a few words ("please call me asap", "i want a callback", "the second one"). */
const CALLBACK = /^(?:\S+\s+){0,3}(?:call (?:me|us)|callback|call back|ring me|text me)\b(?:\s+\S+){0,3}$|^(?:the )?(?:first|second|third|last|1st|2nd|3rd) one\b/i;
/** A name given and nothing more ("my name is Jenny Olson", "its Jenny"). */
const NAME_ONLY = /^(?:(?:hi|hey)\W+)?(?:my name is|my name's|i am|i'?m|im|it'?s|its|this is|name'?s)\s+\p{L}+(?:\s+\p{L}+)?\W*$/iu;

/**
 * What the visitor tells at the emergency's choice besides choosing or giving their contact details
 * ("site 42, hes wearing a red jacket", where they are): it belongs with the problem the owner reads.
 */
export function toldAtChoice(text: string): boolean {
  if (tellsWhere(text)) return true;
  const rest = contactFree(withoutEmails(text)).replace(/\+?\d[\d\s().-]{6,}\d/g, ' ').trim();
  // (Nor a question, with or without its mark, as read-intent reads one: "what should i do" is asked, not told.)
  if (CHOOSING.test(rest) || NAME_ONLY.test(rest) || CALLBACK.test(rest) || readIntent(rest).question) return false;
  return (rest.match(/[\p{L}\d]+/gu) ?? []).length >= 3;
}

/** "yes thats all, thanks", "nothing else": the visitor is done with the questions that are optional. */
const DONE = /^(?:(?:yes|yeah|yep|ok|okay|no|nope|nah)[,.!]?\s+)?(?:that'?s (?:all|it|everything)|that is (?:all|it|everything)|nothing else|all done|i'?m done|that'?ll be all|that will be all)\b[\s\w,.!']{0,20}$/i;

export function saysDone(text: string): boolean {
  return DONE.test(text.trim());
}

/** Words too everyday to be a name typed alone ("Thank You", "Sounds Good", "Next Monday"). */
const EVERYDAY_RANK = 200;

/** "Sam Whitfield" typed alone after the offer: a first and last name, each capitalised, and no everyday phrase. */
function bareFullName(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'\u2019-]+){1,2}[.!]?$/u.test(t) || NOT_A_BARE_NAME.test(t)) return false;
  return t
    .replace(/[.!]$/, '')
    .split(/\s+/)
    .every((w) => !isCalendarWord(w) && (spokenRank(w.toLowerCase()) ?? Infinity) >= EVERYDAY_RANK);
}

/** A clause that only leaves the visitor's details ("my name is Priya", "my cell is 415 555 2671", "you can reach me at ..."). */
const CONTACT_CLAUSE = /(?:^|[,.;!?]\s*|\s(?:and|&)\s+)(?:(?:and|also|btw|oh)\s+)?(?:(?:my|the) (?:name|cell|cell phone|mobile|phone|phone number|number|e-?mail|email address)(?:'s| is)|(?:you can |u can |please )?(?:reach|call|text|email|e-mail) (?:me|us) (?:at|on))[^,.;!?]*/gi;
/** "I'm Priya", "this is Tom": a name said (capitalised: case matters here, so no i flag). */
const NAME_CLAUSE = /(?:^|[,.;!?]\s*|\s(?:and|&)\s+)(?:[Ii]'?m|[Ii] am|[Tt]his is|[Mm]y name'?s) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=\s*(?:[,.;!?]|and\b|$))/gu;

/** The message without the clauses that leave contact details: what is asked is read alone ("can you unblock my sink tomorrow? my name is Priya ..."). */
export function withoutContactClauses(text: string): string {
  const left = contactFree(text);
  return left.length >= 3 ? left : text;
}
/** The text without its contact clauses, nothing when that is all it is. */
const contactFree = (text: string): string => text.replace(CONTACT_CLAUSE, ' ').replace(NAME_CLAUSE, ' ').replace(/\s+/g, ' ').trim();

/** When a job asked for would be done, said at the end of its clause ("can you aerate my lawn NEXT THURSDAY?"). */
const VISIT_TIME = /\s+(?:(?:on|for|by)\s+)?(?:(?:this|next) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month)|tomorrow|today|tonight|asap)(?:\s+(?:morning|afternoon|evening|night|at \d{1,2}(?::\d\d)?\s*(?:am|pm)?))?(?=\s*(?:[?.!,;]|$))/gi;
const JOB_ASKED = /^(?:(?:hi|hey|hello|so|ok|okay)[,!]?\s+)*(?:can|could|will|would) (?:you|u|y'?all|someone|somebody)\b/i;

/** A job asked for, read without when it would be done: the day is the visit's, not what is asked about. */
export function withoutVisitTime(text: string): string {
  if (!JOB_ASKED.test(text.trim())) return text;
  const left = text.replace(VISIT_TIME, '');
  // ("can you work on sunday": with the day gone nothing is asked but the verb, so the day is what is asked.)
  return left.trim().replace(JOB_ASKED, '').split(/\s+/).filter((w) => /\w/.test(w)).length >= 2 ? left : text;
}

/** Calling the request off while its questions are asked: the whole message says so, nothing else. */
const WITHDRAW =
  /^(?:(?:oh|ah|actually|ok|okay|um+|hmm+|no|nah|sorry|wait|you know what)[,.!]?\s+)*(?:never ?mind|nvm|forget (?:it|that|about it)|cancel(?: (?:it|that|this|the request|my request))?|stop|don'?t bother|(?:i )?changed my mind|i'?ll call (?:you |back )?(?:later|myself|tomorrow)|maybe later|i don'?t need (?:it|this|that|anyone|someone) (?:anymore|any more|now)|no longer needed)(?:[,.!]?\s*(?:please|thanks|thank you|thx|for now|then|i'?m good|all good|sorry|it'?s fine))*[.! ]*$/i;

export function withdrawsRequest(text: string): boolean {
  return WITHDRAW.test(text.trim().slice(0, 120));
}

/** The request is called off: nothing is sent, the questions stop, the answers so far are kept in case they come back. */
export function withdraw(ctx: BusinessContext, state: ConversationState): string {
  state.phase = 'CHAT';
  state.pendingQuestionId = null;
  state.offered = false;
  return `No problem, I haven't sent anything to the ${ctx.business.name} team. Is there anything else I can help with?`;
}

/** Asking for a person rather than the assistant ("can i talk to a real person", "human please", "put me through to the owner"). */
const PERSON =
  /\b(?:(?:talk|speak|chat) (?:to|with) (?:a |an |the |some |your )?(?:real |actual |live |human )?(?:person|human|someone|somebody|owner|boss|manager|plumber|electrician|technician|tech|team|agent|representative|rep|staff|people)|(?:a |an )?(?:real|actual|live) (?:person|human|agent)|human being|(?:put|transfer|connect) me (?:through )?(?:to|with)|^(?:human|agent|representative|operator|person)(?: please)?[.!?]*$)/i;
/**
 * "can i speak to the director", "could i talk with the front desk", "may i speak to dr patel", "can
 * i speak to Maria": a role or a person of the business asked for by a visitor who wants to speak,
 * said as the request itself (not "can i talk to the teachers at drop off", a question of a policy)
 * (QA 34: a child care center's caller asking for the director got "I don't know that").
 */
const ROLE_ASKED =
  /\b(?:can|could|may) i (?:please )?(?:talk|speak|chat) (?:to|with) (?:(?:the|a|an|your|someone (?:in|at|from)(?: the)?) (?:[\w'-]+ )?(?:director|manager|owner|boss|receptionist|front desk|office|doctor|dentist|vet|nurse|supervisor|coordinator|administrator|admin|teacher|coach|instructor|trainer|therapist|lawyer|attorney|landlord|property manager|dispatcher|dispatch|scheduler|principal|sales|billing|person in charge|someone in charge|head|lead|partner|accountant|agent|broker|stylist|groomer|mechanic|driver|crew|foreman|contractor|installer|inspector)s?|(?:dr|doctor|mr|mrs|ms|miss)\.? [a-z]+)(?:\s+(?:please|now|today|about\b.*|regarding\b.*|(?:at|from|in) (?:the )?(?:office|front|desk|clinic|center|centre|shop|store)))?[\s.!?]*$/i;
/** (A name as written, capitalised: "can i speak to Maria", not "can i speak to you in spanish".) */
const NAME_ASKED = /\b(?:[Cc]an|[Cc]ould|[Mm]ay) [Ii] (?:please )?(?:talk|speak) (?:to|with) (?!You\b|Your\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: please)?[.!?]*$/;

export function asksForPerson(text: string): boolean {
  const t = text.slice(0, 300);
  return PERSON.test(t) || ROLE_ASKED.test(t) || NAME_ASKED.test(t);
}

/** The business's line when it has one (and whether it is answered now), then the callback the details are for. */
export function personPrefix(ctx: BusinessContext, state: ConversationState, open: { open: boolean } | null): string {
  const line = contactPhone(ctx);
  // (A caller is already on the business's line.)
  if (!line || state.channel === 'CALL') return 'Sure, I can have someone from the team get back to you.';
  const now = open?.open === false ? " (we're closed right now, so you may get voicemail)" : '';
  return `Sure. You can call the team on ${phoneForVisitors(line, ctx.business)}${now}, or I can have someone call you back.`;
}

/** The kind of answer a pending lead question wants, for the chat's input box. */
export type InputHint = 'email' | 'phone' | 'text' | 'number' | 'date';

const HINTS: Record<LeadQuestion['expected_format'], InputHint> = { EMAIL: 'email', PHONE: 'phone', TEXT: 'text', NUMBER: 'number', DATE: 'date' };

/** A pending question as asked; an optional one says how to pass it (on a call, in words a voice reads well). */
export function questionPrompt(q: LeadQuestion, state: Pick<ConversationState, 'channel'>): string {
  if (q.required) return q.question;
  return state.channel === 'CALL' ? `${q.question} If you'd rather not say, just say skip.` : `${q.question} (optional: say "skip" to skip)`;
}

/** Prompt fields for a pending question. Optional steps get a Skip button and a plain text box. */
export function ask(q: LeadQuestion): { inputHint: InputHint; quickReplies?: string[] } {
  return { inputHint: HINTS[q.expected_format], quickReplies: q.required ? undefined : ['Skip'] };
}
