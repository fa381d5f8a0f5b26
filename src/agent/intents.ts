// Cheap intent cues for the local brain (the model, when configured, reads intent itself).

export const LEAD_INTENT =
  /\b(?:book|booking|schedule|appointment|quote|estimate|send (?:someone|somebody|a plumber|a technician)|(?:someone|somebody) (?:to )?come|come (?:out|over|round|around)|call me|ring me|call ?back|contact me|get in touch|have someone|need (?:a|an) (?:plumber|technician|electrician|visit)|hire|request a callback|book a visit)\b/i;

export const PROBLEM =
  /\b(?:broken|not working|isn'?t working|doesn'?t work|stopped working|won'?t|can'?t|repair|fix|install|replace|problem|issue|clog+ed|blocked|drip+ing|leak\w*|burst|flood\w*|overflow\w*|no hot water|no heat|backed up|making a noise|noisy)\b/i;

export const PROJECT_STATUS = /\b(?:status|progress|project|update on|how(?:'s| is) my|when will my|job (?:going|done)|remodel|my order)\b/i;

const QUESTION_START = /^(?:what|what's|whats|how|when|where|which|who|why|do|does|did|can|could|is|are|will|would|should|have|has)\b/i;

export function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || QUESTION_START.test(t);
}

// A greeting, as visitors type it: "hi", "hey there!", "hello guys", "good morning team :)".
const GREETING_WORDS = String.raw`(?:hi+|hello+|hey+|heya|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day))(?: there| guys| all| folks| team)?\b[\s,.!?:;)(-]*`;
/** One or more greetings at the start of a message ("hi", "hey there,", "hello!"). */
export const LEADING_GREETING = new RegExp(`^(?:${GREETING_WORDS})+`, 'i');
/** A message that is only a greeting. */
export const GREETING = new RegExp(`^(?:${GREETING_WORDS})+$`, 'i');
export const YES = /^(?:yes|yeah|yep|sure|ok|okay|please|yes please|go ahead|do it)\b/i;

/** Asking whether the assistant is a person ("are you a real person?", "am i talking to a bot", "is this ai"). */
export const ASKS_IF_HUMAN =
  /^(?:(?:hi|hello|hey|so|ok|wait|sorry|um|quick question)[,.!]?\s+)*(?:are (?:you|u) (?:a |an )?(?:real|actual|live)?\s*(?:person|human|bot|robot|ai|computer|machine)|(?:am i|are we) (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:real |actual |live )?(?:person|human|bot|robot|ai|computer|machine)|is (?:this|that|it) (?:a |an )?(?:real |actual |live )?(?:person|human|bot|robot|ai|automated|computer|machine))\b/i;
