import type { LeadQuestion } from '../db/schema.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import type { BusinessContext } from './context.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import { withIssue } from './format.js';
import { acknowledgement } from './acknowledge.js';
import { kindOf, labelled } from './lead-kinds.js';
import { extractAddress, isSkip, STREET_WORD, parseWhen, plainAnswerKind, plainWhen, validateAnswer, type ValidateOptions } from './validate.js';

// Details the visitor gives along the way that answer no pending question (a detail of the job at the
// e-mail question, a time moved or an address added after the request went): they join the request
// the owner reads. Nothing the visitor says is lost.

/** A number with the thing it counts after it ("20 kids", "120 guests", "3 tiers"). */
const COUNTED = /\b\d[\d,.]*\s*\p{L}{3,}/u;

/**
 * At the address question, the visit told instead of a place ("yes march 12-14, me and my husband and
 * our small dog" to an inn's "What is the address, if we need to come to you?"): a day in a sentence
 * that names no street. (QA: the owner's e-mail read "Address: march 12-14, me and my husband ...".)
 * A town with a day ("Springfield next tuesday") is still where. So is how many are coming, told with
 * nothing but when ("around 12 kids, afternoon works best"); with a place it is where ("Hixson, 10 kids").
 */
export function toldNotWhere(text: string, opts: ValidateOptions): boolean {
  if (extractAddress(text) || plainWhen(text, opts)) return false;
  // (Every count of people: "july 3-6, 2 adults and 2 kids"; with more said, a day and no place still decide:
  // "July 3 to July 6, full hookup site for 2 adults 2 kids" at a campground.)
  const uncounted = text.replace(new RegExp(PEOPLE_COUNTED.source, 'gi'), ' ');
  // ("saturday january ninth, about 14 kids": a day said in words, as a call's transcript writes it, is when too.)
  if (uncounted !== text && (!/\p{L}{2,}/u.test(uncounted.replace(DATE_WORDS, ' ').replace(ONLY_WHEN, ' ')) || plainWhen(uncounted, opts))) return true;
  // ("12 kids ages 11-13, some have never played" at a paintball park: the people and their ages, nothing of a place.)
  // (Only when the people open the reply: a place named before them is where, "Hixson, 10 kids for a birthday",
  // "riverside park 15 kids party", "the community center, 40 people".)
  const opening = text.slice(0, PEOPLE_COUNTED.exec(text)?.index ?? 0).replace(ONLY_WHEN, ' ');
  if (uncounted !== text && !/\p{L}/u.test(opening) && (AGES_SAID.test(uncounted) || PEOPLE_DETAIL.test(uncounted)) && !placeSaid(uncounted.replace(AGES_SAID_ALL, ' '))) return true;
  if (!parseWhen(text, opts) || (text.match(/\p{L}{2,}/gu) ?? []).length < 6) return false;
  return !placeSaid(uncounted);
}
/**
 * Something of a place beside a day or a count of people: a house number ("on tuesday we are at 1420 west maple"), a
 * word that says where ("we live in Asheville", "PO Box 44", "our farm off route 9", "Church Lane").
 */
function placeSaid(text: string): boolean {
  const undated = text.replace(DATE_WORDS, ' ');
  return /\d{2,}/.test(undated) || STREET_WORD.test(undated) || PLACE_WORDS.test(undated);
}
/** What the people counted are like: new to it, what it is for ("some have never played", "all beginners", "for my son's birthday"). */
const PEOPLE_DETAIL = /\b(?:never|first time|beginners?|experienced?|newbies?|played|skated|climbed|ridden|birthday|bday|party|most of them|all of them|some of them|none of them)\b/i;
/** Ages told of the people counted ("ages 11-13", "aged 8 to 10", "10-12 year olds"): no house number. */
const AGES_SAID = /\b(?:ages?|aged)\s+\d{1,2}(?:\s*(?:-|to|through|and)\s*\d{1,2})?\b|\b\d{1,2}\s*(?:-|to)\s*\d{1,2}\s*(?:years?|yrs?|y\/?o)\b/i;
const AGES_SAID_ALL = new RegExp(AGES_SAID.source, 'gi');
/** How many people are coming ("12 kids", "about 20 guests", "6 of us", "25 fourth graders": orchard QA, a class told at the address question became its address). */
const PEOPLE_COUNTED = /\b\d{1,3}\s*(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|little|young|older|teenage|adult|high school|middle school)\s+)?(?:kids|children|people|guests|adults|persons|students|teens|girls|boys|friends|of us|graders|campers|chaperones|seniors|scouts|players|members|dancers|riders)\b/i;
/** Words that say when or how it suits, and filler, beside a count of people ("around 12 kids, afternoon works best"). */
const ONLY_WHEN = /\b(?:to|through|thru|around|about|roughly|maybe|approx(?:imately)?|like|just|only|and|or|a|an|the|in|on|this|next|morning|afternoon|evening|night|mornings|afternoons|evenings|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|works?|best|better|would|be|is|good|great|fine|ok|okay|please|thanks|total|plus|us|we|our|me|my)\b/gi;
/** A day as said ("march 12-14", "the 3rd", "friday"): removed before looking for a house number. */
const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|to|through|thru|until)\s*\d{1,2}(?:st|nd|rd|th)?)?\b|\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/gi;
/** Words that say where besides a street's (validate STREET_WORD): a box, a farm, living somewhere. */
const PLACE_WORDS = /\b(?:at|off|near|live|living|located|address|p\.?\s?o\.?|box|farm|building|town|city|village|county)\b/i;

/**
 * A detail about the job given at a question that takes an e-mail or a phone number ("she's about
 * 40 lbs, a bit matted" at the e-mail question), or a problem told at the time question is not an answer the visitor got wrong: it is added
 * to the problem for the team, and the pending question asked again. Nothing the visitor says is
 * lost. Returns the words to say before asking `q` again, or null (normal validation decides).
 */
export function addsToTheJob(ctx: BusinessContext, tools: AgentTools, state: ConversationState, q: LeadQuestion, text: string): string | null {
  const pending = kindOf(q);
  const t = text.trim();
  // ("my kitchen faucet drips" at the time question, too: it is no time, and no time mistyped; nor is
  // "stiff neck for 2 weeks", how long the trouble has gone on.)
  // (At the name question only a count with its noun: "about 20 kids" is no name mistyped; "just Sam" is a name.)
  const counted = COUNTED.test(t);
  const opts = tools.validation(ctx);
  const stay = pending === 'ADDRESS' && toldNotWhere(t, opts);
  if (pending !== 'EMAIL' && pending !== 'PHONE' && pending !== 'WHEN' && !(pending === 'NAME' && counted) && !stay) return null;
  if (!stay && (validateAnswer(q.expected_format, q.maps_to, t, { ...opts, question: q.question }).ok || plainAnswerKind(t, opts) || labelled(t))) return null;
  // A description: a few words of letters, or a count said with its noun ("about 20 kids", "about 120
  // guests", "a 1500 sq ft house"); not a mistyped address, number or refusal.
  if (((t.match(/\p{L}{2,}/gu) ?? []).length < 3 && !counted) || /@|\d{3}(?!\d*\s*\p{L})/u.test(t) || acknowledgement(t)) return null;
  // An address or a number said in words ("jen at gmail dot com", "five five five oh one two") is an answer mistyped.
  if (/\b(?:at|dot)\b.*\b(?:com|net|org|dot)\b|mail\b|\.[a-z]{2,3}\b/i.test(t) || (t.match(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi) ?? []).length >= 2) return null;
  // Only once the problem is known: a detail is added to it, never taken as the problem itself.
  const issue = ctx.questions.find((x) => kindOf(x) === 'ISSUE');
  const known = issue ? state.answers[issue.id] : undefined;
  if (!issue || known === undefined) return null;
  // (The problem answered is grown; the problem told before the questions only when there was one.)
  const words = t.replace(/\s+/g, ' ').replace(/[.!]+$/, '').slice(0, 500);
  state.answers[issue.id] = withIssue(known, words);
  if (state.issueText) state.issueText = withIssue(state.issueText, words);
  return "Thanks, I've added that to the details for the team.";
}

/** Words that join the problem the owner reads, and its answer when the problem was already taken (withIssue keeps it within the lead's 1500). */
export function addToProblem(ctx: BusinessContext, state: ConversationState, words: string): void {
  state.issueText = withIssue(state.issueText, words);
  const issue = ctx.questions.find((x) => kindOf(x) === 'ISSUE');
  if (issue && state.answers[issue.id] !== undefined) state.answers[issue.id] = withIssue(state.answers[issue.id], words);
}

/** Asking to move the time ("can we make it the 29th", "could you come friday instead", "can you move it to saturday"). */
const CHANGES_TIME = /\b(?:instead|make it|move it|push it(?: back)?|change it|switch it|bring it forward|reschedul\w*|rather)\b/i;

/**
 * After the request went, a question that moves the time that suits ("actually can we make it the
 * 29th") is the time changed, not a question for the knowledge.
 */
export function changesTime(ctx: BusinessContext, tools: AgentTools, text: string): boolean {
  return plainAnswerKind(text, tools.validation(ctx)) === 'WHEN' || movesTime(ctx, tools, text);
}

/** Words of moving the time, and a time ("actually can we make it friday"): not a question, whatever is pending. */
export function movesTime(ctx: BusinessContext, tools: AgentTools, text: string): boolean {
  return CHANGES_TIME.test(text) && validateAnswer('DATE', 'PREFERRED_TIME', text, tools.validation(ctx)).ok;
}

const SAME_NUMBER = /^(?:(?:yes|yeah|ok|just|use|on|at|call me (?:on|at)|you can (?:call|reach) me (?:on|at))[\s,]+)*(?:this|that|the same|same|my) (?:number|phone|cell|one)(?: (?:is (?:fine|good|ok|okay|best)|works|i'?m calling (?:you )?(?:from|on)|im calling (?:you )?(?:from|on)))?[.! ]*$|\bthe (?:number|one|phone) i'?m calling (?:you )?(?:from|on)\b/i;

/**
 * After the request went, a detail the visitor adds ("1850 Pine St, Boulder", "tuesday morning if
 * possible", "it's a two storey house") joins the request the owner reads instead of getting a
 * stock reply: an address fills an empty address, anything else is added to the problem. Numbers
 * and e-mail addresses are afterCapture's (a correction needs its words). Questions never come here.
 */
export async function addsAfterCapture(ctx: BusinessContext, tools: AgentTools, state: ConversationState, text: string): Promise<string | null> {
  if (!state.leadId) return null;
  const t = text.trim().replace(/\s+/g, ' ').slice(0, 500);
  const kind = plainAnswerKind(t, tools.validation(ctx)) ?? (changesTime(ctx, tools, t) ? 'WHEN' : null);
  if (kind === 'PHONE' || kind === 'EMAIL') return null;
  // ("no thats all thanks", "nope i'm good": a closing, not a detail for the owner.)
  // ... but "prenatal, 20 weeks" or "basement door" is short and still a detail: a number or a long word says something.
  const said = t.match(/\p{L}{2,}/gu) ?? [];
  const chatter = said.length < 3 && !/\d/.test(t) && !said.some((w) => w.length >= 6);
  if (!kind && (chatter || acknowledgement(t) || isSkip(t))) return null;
  // ("this number", "the one im calling from": how to reach them, said after the request went, is the number the team has, not a detail of the problem.)
  if (!/\d/.test(t) && SAME_NUMBER.test(t)) {
    const pq = ctx.questions.find((x) => kindOf(x) === 'PHONE');
    const phone = (pq ? state.answers[pq.id] : undefined) ?? state.fromNumber;
    return phone ? `Got it: the team will call you on ${phoneForVisitors(phone, ctx.business)}.` : null;
  }
  if (kind === 'ADDRESS') {
    const q = ctx.questions.find((x) => kindOf(x) === 'ADDRESS');
    if (!q || state.answers[q.id] === undefined) {
      if (q) state.answers[q.id] = t;
      if (await tools.amendLead(ctx, state, { address: t })) return "Thanks, I've added the address to your request.";
      if (q) delete state.answers[q.id];
      return null;
    }
  }
  // "tomorrow after 3pm" after the request went: the time that suits the visitor is updated, not added to the problem.
  const whenQ = kind === 'WHEN' ? ctx.questions.find((x) => kindOf(x) === 'WHEN') : undefined;
  if (whenQ) {
    const v = validateAnswer(whenQ.expected_format, whenQ.maps_to, t, { ...tools.validation(ctx), question: whenQ.question });
    const before = state.answers[whenQ.id];
    if (v.ok) {
      state.answers[whenQ.id] = v.value;
      if (await tools.amendLead(ctx, state, {})) return before === undefined ? `Thanks, I've added ${v.value} as the time that suits you.` : `Thanks, I've changed the time that suits you to ${v.value}.`;
      if (before === undefined) delete state.answers[whenQ.id];
      else state.answers[whenQ.id] = before;
    }
  }
  const words = t.replace(/[.!\s]+$/, '');
  const issue = ctx.questions.find((x) => kindOf(x) === 'ISSUE');
  const known = issue ? state.answers[issue.id] : undefined;
  if (issue && known !== undefined) state.answers[issue.id] = withIssue(known, words);
  if (!(await tools.amendLead(ctx, state, { addToIssue: words }))) {
    if (issue && known !== undefined) state.answers[issue.id] = known;
    return null;
  }
  return kind === 'WHEN' ? "Thanks, I've added that time to your request for the team." : "Thanks, I've added that to your request for the team.";
}
