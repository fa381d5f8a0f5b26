// Cheap intent cues for the local brain (the model, when configured, reads intent itself).

export const LEAD_INTENT =
  /\b(?:book|booking|schedule|appointment|quote|estimate|send (?:someone|somebody|a plumber|a technician)|(?:someone|somebody) (?:to )?come|come (?:out|over|round|around)|call me|ring me|call ?back|contact me|get in touch|have someone|need (?:a|an) (?:plumber|technician|electrician|visit)|hire|request a callback|book a visit)\b/i;

export const PROBLEM =
  /\b(?:broken|not working|isn'?t working|doesn'?t work|stopped working|won'?t|can'?t|repair|fix|install|replace|problem|issue|clog+ed|blocked|drip+ing|leak\w*|burst|flood\w*|overflow\w*|no hot water|no heat|backed up|making a noise|noisy)\b/i;

/** Asking on about a project already looked up ("when will it be done", "is it finished yet", "and the water heater one?"). */
export const PROJECT_FOLLOW_UP =
  /\b(?:when (?:will|is|are|do|does) (?:it|that|they|this|the \w+)(?: \w+)? (?:be )?(?:done|finished|ready|complete\w*|start\w*|end\w*)|(?:is|are) (?:it|that|they|this) (?:done|finished|ready|complete)|(?:done|finished|ready) yet|how long (?:will|until|till|is) (?:it|that|they)|how far along (?:is|are) (?:it|that|they|we|things|you)|how (?:close|near) (?:is it|are we|are you) to (?:done|finished|finishing|being done|completion)|what'?s left|what is left|what'?s next|what happens next|any update|the [a-z]+(?: [a-z]+)? one\b|which one|eta|how(?:'s|s| is| are) (?:it|that|things|the [a-z]+(?: [a-z]+)?) (?:going|coming along|looking|progressing))\b/i;

/**
 * Asking how one's own project stands ("any update on my project", "how's my remodel going",
 * "status of my order", "project status", "whats happening with my bathroom reno"). A project word alone is not enough: "do you take on
 * small projects" and "an update on pricing" are questions for the knowledge base.
 */
export const PROJECT_STATUS =
  /\b(?:(?:status|progress|update|updates|news)\b(?: \w+){0,2} (?:on |of |with |for )?(?:my|our)\b|(?:status|progress) (?:of|on) the\b|(?:project|job|order)s? (?:status|progress|update)|(?:my|our) (?:\w+ ){0,2}(?:projects?|jobs?|orders?|remodel|renovation|reno|build|install(?:ation)?|work)\b(?:[\s,.;]+[\w']+){0,4}?[\s,.;]+(?:status|progress|going|coming along|done|finished|ready|complete\w*|started)\b|how(?:'s| is| are|s) (?:my|our) \w+|how far along (?:is|are) (?:my|our)\b|when (?:will|is|are|does|do) (?:my|our) \w+|where (?:are|is) (?:we|you|things) (?:at )?(?:with|on) (?:my|our)\b|(?:check|look up|see) (?:on )?(?:my|our) (?:\w+ )?(?:projects?|jobs?|orders?|status)|what(?:'s|s| is) (?:happening|going on|the latest|the hold ?up|the holdup) (?:with|on) (?:my|our)\b)/i;

// The same ask as visitors type it more loosely ("wheres my website at", "is my car ready yet",
// "any news on the website?", "did u finish the fence", "status?"). A possessive thing ("my website")
// with a word for how it stands; "the website" only in the shapes that can only be a status ask,
// since "is the job guaranteed" and "an update on pricing" are questions for the knowledge base.
const OWN = String.raw`(?:my|our)\b(?:\s+[\w'-]+){1,3}?`;
const NOT_A_JOB = String.raw`(?:prices?|pricing|costs?|rates?|fees?|weather|hours|parking|traffic|office|shop|store|location|address)`;
const THE = String.raw`the\b(?!(?:\s+[\w'-]+){0,2}\s+${NOT_A_JOB}\b)(?:\s+[\w'-]+){1,3}?`;
// (Before a word for how it stands, the thing is its last word: "how's the office 365 thing going"
// asks about a job, "how's the traffic looking" does not.)
const THE_HEADED = String.raw`the\b(?:\s+[\w'-]+){0,2}?\s+(?!${NOT_A_JOB}\b)[\w'-]+`;
const STANDING = String.raw`(?:ready|done|finished|complete[d]?|live|launched|shipped|delivered|fixed|repaired|on track|coming along|progressing|getting on)`;
const LOOSE_STATUS = [
  new RegExp(String.raw`\bwhere(?:'s|s| is| are)?\s+${OWN}(?:\s+(?:is|are))?\s+at\b`, 'i'),
  new RegExp(String.raw`\bwhere (?:are|r) (?:we|u|you|things) (?:at )?(?:with|on) (?:${OWN}|${THE})`, 'i'),
  // (Not "how do i get my bike fixed", "is it possible to get my car repaired": having it done is a request.)
  new RegExp(String.raw`\b(?:is|are|has|have|did|will|when|how)\b(?! (?:do|can|could|would|should|will|may) (?:i|we|you|u)\b)(?:\s+[\w'-]+){0,2}?\s+(?<!\b(?:get|getting|got|have|having)\s+)${OWN}\s+(?:(?:been|be|being|is|are|get|got|getting|gone)\s+)?${STANDING}\b(?! (?:for|to)\b(?! (?:pick ?up|collection|collect)))`, 'i'),
  new RegExp(String.raw`\b(?:is|are) ${THE_HEADED}\s+${STANDING}\b(?! (?:for|to)\b)`, 'i'),
  new RegExp(String.raw`\bhow(?:'s|s| is| are) ${THE_HEADED}\s+(?:going|coming|coming along|progressing|looking|getting on)\b`, 'i'),
  new RegExp(String.raw`\b(?:news|update|updates|progress) (?:on|with|about) ${THE}\b`, 'i'),
  new RegExp(String.raw`(?:^|\b(?:i|we|i'm|im|just|to|wanna)\s+)check(?:ing)? (?:in )?(?:on|about) (?:${OWN}|${THE})`, 'i'),
  new RegExp(String.raw`\bdid (?:you|u|ya|y'all|you guys|the team) (?:\w+ )?(?:finish|complete|start|ship|deliver|fix) (?:${OWN}|${THE})`, 'i'),
  new RegExp(String.raw`\bwhen (?:can|could|do|should) (?:i|we) (?:pick ?up|collect|come (?:and )?(?:get|grab)) ${OWN}`, 'i'),
  new RegExp(String.raw`\bhow far along (?:is|are) (?:${OWN}|${THE})`, 'i'),
  new RegExp(String.raw`\b(?:still )?on track\b.*\?|\bare (?:you|u|we) (?:guys )?(?:still )?on track\b`, 'i'),
  /^\W*(?:(?:project |job |order )?status|eta|any (?:update|news|progress)(?: yet)?)\W*(?:pl(?:ea)?se?|pls|thx|thanks)?\W*$/i,
];

/** Asking how one's own project, job or order stands (PROJECT_STATUS, or the looser shapes above). */
export function asksProjectStatus(text: string): boolean {
  return PROJECT_STATUS.test(text) || LOOSE_STATUS.some((re) => re.test(text));
}

/**
 * Praise or thanks for work done ("great job yesterday, thanks mike", "you guys were awesome", "mike was
 * so helpful"): feedback, not a request. (With a "but" or a problem it is a complaint: "great job but it's
 * leaking again".)
 */
export const PRAISE =
  /^(?:(?:hi|hey|hello|just wanted to say|just a note to say|wanted to say|i wanted to say|just)\W*\s*)*(?:(?:a |what a |really |very )?(?:great|good|amazing|awesome|fantastic|excellent|brilliant|wonderful|nice|super|outstanding) (?:job|work|service)|thank(?:s| you)(?: so much| very much)? (?:for|to) (?:the|your|you guys|everyone|all|coming)|(?:you|u) (?:guys |all )?(?:were|are|did) (?:great|awesome|amazing|fantastic|excellent|brilliant|wonderful|a great job|an amazing job)|[a-z]+ (?:was|were|did) (?:so |very |really )?(?:great|awesome|amazing|fantastic|excellent|brilliant|wonderful|helpful|a great job|an amazing job)|(?:loved|love) (?:the|your|my|how)|(?:5|five) stars|well done|highly recommend)\b/i;

const QUESTION_START = /^(?:what|what's|whats|how|when|where|which|who|why|do|does|did|can|could|is|are|will|would|should|have|has)\b/i;

export function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || QUESTION_START.test(t);
}

// A greeting, as visitors type it: "hi", "hey there!", "hello guys", "good morning team :)".
// ("yo whats good, u guys do water heaters?": "what's good" and "what's up" greet; "what's up with my bill" asks.)
const GREETING_WORDS = String.raw`(?:hi+|hello+|hey+|heya|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|what'?s good|what'?s up(?! with\b)|wass?up|sup)(?: there| guys| all| folks| team)?\b[\s,.!?:;)(-]*`;
/** One or more greetings at the start of a message ("hi", "hey there,", "hello!"). */
export const LEADING_GREETING = new RegExp(`^(?:${GREETING_WORDS})+`, 'i');
/** A message that is only a greeting. */
export const GREETING = new RegExp(`^(?:${GREETING_WORDS})+$`, 'i');
export const YES = /^(?:yes|yeah|yep|sure|ok|okay|please|yes please|go ahead|do it)\b/i;
/** Checking someone answers ("is anyone there", "hello?? u there", "is this thing working"). */
export const ASKS_IF_THERE = new RegExp(
  String.raw`^(?:${GREETING_WORDS})*(?:(?:is )?(?:any ?(?:one|body)|some ?(?:one|body)) (?:there|here|around|home|awake|available|on)|(?:are )?(?:you|u) (?:still )?(?:there|here|around|awake|on)|(?:is )?(?:this|it) (?:thing )?(?:working|on)|hello+ ?\?+)[\s?!.]*$`,
  'i',
);
/** A remark on the prices, not a question ("ur prices are crazy", "thats too expensive"). */
export const PRICE_REMARK =
  /^(?:(?:wow|whoa|geez|jeez|damn|man|ugh|hmm+|well|ok|okay|so)[,.!\s]+)*(?:(?:your|ur|the|those|these|that|thats|that's|this|it'?s|its|it)\s+)*(?:prices?|rates?|fees?|quotes?|costs?|that|this|it)?\s*(?:is|are|r|seems?|sounds?|looks?)?\s*(?:(?:so|too|really|very|pretty|kinda|kind of|way|a bit|bit|quite|super)\s+)*(?:crazy|insane|ridiculous|high|steep|expensive|pricey|outrageous|a rip ?off|rip ?off|too much|a lot)[\s.!]*$/i;

/** Asking whether the assistant is a person ("are you a real person?", "am i talking to a bot", "is this ai"). */
export const ASKS_IF_HUMAN =
  /^(?:(?:hi|hello|hey|so|ok|wait|sorry|um|quick question)[,.!]?\s+)*(?:are (?:you|u) (?:a |an )?(?:real|actual|live)?\s*(?:person|human|bot|robot|ai|computer|machine)|(?:am i|are we) (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:real |actual |live )?(?:person|human|bot|robot|ai|computer|machine)|is (?:this|that|it) (?:a |an )?(?:real |actual |live )?(?:person|human|bot|robot|ai|automated|computer|machine))\b/i;
