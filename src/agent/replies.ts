import { phoneForVisitors } from '../contacts/phone-display.js';
import { phoneKey } from '../contacts/phone.js';
import type { Lead } from '../db/schema.js';
import { contactPhone, type BusinessContext } from './context.js';
import { emergencyNumber } from './emergency-reply.js';
import { addressedAs } from './validate.js';
import { ASKS_IF_THERE, GREETING, PRAISE, PRICE_REMARK, PROBLEM } from './intents.js';
import type { openStatus } from '../schedule/index.js';

// What the agent tells the visitor once something was actually done: the emergency call card and
// the lead confirmation. Each says only what was queued (an alert, a copy), never more.

export interface EmergencyInfo {
  severity: number;
  /** The business's number for an immediate call, when it has one. */
  phone: string | null;
  /** The same number as the business's visitors read it: "(555) 555-0123" at home, "+44 20 7946 0958" from abroad. */
  phoneDisplay: string | null;
  callUrl: string | null;
  message: string;
}

export function emergencyInfo(ctx: BusinessContext, severity: number, message: string, phone: string | null = contactPhone(ctx)): EmergencyInfo {
  // (A business with no number has none to call or connect to: the banner said "call us now" with no number beside it.)
  const said = phone ? message : 'Emergency: marked urgent for the team.';
  return { severity, phone, phoneDisplay: phone ? phoneForVisitors(phone, ctx.business) : null, callUrl: phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : null, message: said };
}

/** "is anyone available to come out today", unknown to the knowledge: when a visit can be is the team's to say. */
export const VISIT_WHEN = 'The team will confirm when someone can come. Would you like me to take your details?';
/** How to book asked: the agent takes the booking itself. */
export const BOOKING_OFFER = 'I can take your details now and the team will set it up with you. Would you like that?';

/** Small talk answered in kind: a greeting, "is anyone there", praise, a remark on the prices. Null for anything else. */
export function smallTalk(ctx: BusinessContext, text: string): { reply: string; offered?: boolean } | null {
  const named = ctx.agent.agent_name.trim();
  const who = !named || /^assistant$/i.test(named) ? `the ${ctx.business.name} assistant` : `${named} from ${ctx.business.name}`;
  if (GREETING.test(text)) return { reply: `Hi! I'm ${who}. Ask me a question, or I can have someone get in touch.` };
  if (ASKS_IF_THERE.test(text)) return { reply: `Yes, I'm here! I'm ${who}. Ask me a question, or I can have someone get in touch.` };
  // ("great job yesterday, thanks mike" was offered to be passed to the team as a request.)
  if (PRAISE.test(text) && !/\bbut\b|\?/.test(text) && !PROBLEM.test(text)) return { reply: "Thank you, that's kind of you to say! Is there anything else I can help with?" };
  if (PRICE_REMARK.test(text)) return { reply: 'I understand. Every job is different: the team can look at yours and give you an exact price. Would you like me to take your details?', offered: true };
  return null;
}

/** Said when asked: the assistant is automated, never passes itself off as a person, and a person is one step away. */
export function notAPerson(ctx: BusinessContext): string {
  const named = ctx.agent.agent_name.trim();
  const who = !named || /^assistant$/i.test(named) ? `the ${ctx.business.name} virtual assistant` : `${named}, the ${ctx.business.name} virtual assistant`;
  return `I'm ${who}, not a person. I can answer questions from the team's own information, or have someone from the team get back to you.`;
}

/** `line`: the emergency line the emergency reply gave (state.emergency.line), the one an emergency's confirmation names too. */
export function confirmation(ctx: BusinessContext, lead: Lead, open: ReturnType<typeof openStatus>, queued: { ownerAlerted: boolean; phoneAlert: boolean; confirmation: boolean }, line?: string | null): string {
  const name = lead.name ? `, ${addressedAs(lead.name)}` : '';
  const copy = queued.confirmation ? ' A copy is on its way to your e-mail.' : '';
  if (lead.is_emergency) {
    const alert = queued.phoneAlert ? 'I have sent it to the team as an emergency and their on-call phone is being alerted now' : queued.ownerAlerted ? 'I have sent it to the team marked as an emergency' : 'I have saved it for the team marked as an emergency';
    // (A dentist's caller was told "if it gets worse, use the emergency line. If you need someone straight away,
    // call 614-555-0140": no emergency line named, and the office line, closed, where the page gives its after-hours line.)
    const when = open && !open.open ? ' We are closed right now.' : '';
    const danger = `If anyone is in danger, call ${emergencyNumber(ctx)}.`;
    return `Thanks${name}. ${alert}.${when}${straightAway(ctx, lead.channel, line)} ${danger}${copy}`;
  }
  const sent = queued.ownerAlerted ? `I have passed your request to the ${ctx.business.name} team` : `I have saved your request for the ${ctx.business.name} team`;
  return `Thanks${name}! ${sent}. ${whenInTouch(open)}${copy}`;
}

/**
 * " If you need someone straight away, call <the business's line>." (empty without a line, and on a
 * call to that same line: a caller is not told to call the number they are on). With an emergency
 * line of its own (`line`, from the knowledge), that line is named as such.
 */
export function straightAway(ctx: BusinessContext, channel?: string, line?: string | null): string {
  const contact = contactPhone(ctx);
  const phone = line ?? contact;
  // (Compared by phoneKey: the knowledge's line is read as written, "(614) 555-0188", the business's numbers are E.164.)
  if (!phone || (channel === 'CALL' && ctx.business.twilio_number && phoneKey(phone) === phoneKey(ctx.business.twilio_number))) return '';
  const own = line && (!contact || phoneKey(line) !== phoneKey(contact)) ? 'our emergency line, ' : '';
  return ` If you need someone straight away, call ${own}${phoneForVisitors(phone, ctx.business)}.`;
}

/** When the team will be in touch, by the business's hours now. */
export function whenInTouch(open: ReturnType<typeof openStatus>): string {
  if (!open) return 'Someone will be in touch.';
  if (open.open) return 'We are open now, so someone should be in touch soon.';
  return `We are closed right now; someone will get back to you${open.nextOpen ? ` when we open ${open.nextOpen}` : ' when we reopen'}.`;
}
