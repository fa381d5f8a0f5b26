import type { openStatus } from '../schedule/index.js';
import type { BusinessContext } from './context.js';
import { straightAway, whenInTouch } from './replies.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';

// After the request went, the visitor asks about it ("did u get my request?", "how long till
// someone calls") or calls it off ("can i cancel it", "never mind, i fixed it"). Knowledge has no
// answer to either (QA: the call-out price for "how long till someone calls"); the request does.

/** Asking whether the request arrived, or when someone will be in touch. */
const ASKS_STATUS =
  /\b(?:did (?:you|u|ya|they|the team|it) (?:get|receive|see|go through)|(?:was|has|is) (?:it|my (?:request|message|info|details)) (?:been )?(?:sent|received|gone through|through)|(?:how long|how soon|when) (?:till|until|before|will|would|do|does|'?ll)? ?(?:someone|somebody|they|the team|you|u|a (?:plumber|tech\w*|person|technician))\b(?: \w+){0,2} (?:call|calls|contact|get back|reach|ring|text|be in touch|come|comes|hear)|when (?:will|do|can|should) (?:i|we) (?:hear|get a call|expect))/i;
const ARRIVED = /^(?:\W*(?:hi|hey|ok|so|um)\W+)?(?:did|was|has|is)\b/i;

/** Calling the request off after it went. */
const CALLS_OFF =
  /\b(?:cancel(?:l?ing)? (?:it|that|this|the (?:request|visit|appointment|booking|job)|my (?:request|visit|appointment|booking))|never ?mind|nvm|no longer need|(?:don'?t|do not) need (?:it|anyone|someone|the visit|you|u) (?:anymore|any more)|(?:i|we)(?:'ve| have)? (?:fixed|sorted|solved) it|(?:it'?s|its|it is) (?:fixed|sorted|working(?: again)?) now|call (?:it|the visit) off)\b/i;

/** The reply when the message is about the request itself; null otherwise (or with no request). */
export async function aboutTheRequest(ctx: BusinessContext, tools: Pick<AgentTools, 'amendLead'>, state: ConversationState, text: string, open: ReturnType<typeof openStatus>): Promise<string | null> {
  if (!state.leadId) return null;
  const t = text.trim().replace(/\s+/g, ' ').slice(0, 300);
  if (CALLS_OFF.test(t)) {
    // The owner reads it on the lead (and in the update e-mail): nothing is called off behind their back.
    const ok = await tools.amendLead(ctx, state, { addToIssue: `The visitor asked to cancel: "${t.replace(/[.!\s]+$/, '')}"` });
    return ok ? `OK, I've let the ${ctx.business.name} team know you'd like to cancel this request.` : null;
  }
  if (!ASKS_STATUS.test(t)) return null;
  const opening = `${ARRIVED.test(t) ? 'Yes, your' : 'Your'} request is with the ${ctx.business.name} team`;
  if (!state.emergency) return `${opening}. ${whenInTouch(open)}`;
  // An emergency waits on no opening hours: the line is the way to someone now.
  return `${opening}, marked as an emergency.${straightAway(ctx, state.channel, state.emergency?.line)}`;
}
