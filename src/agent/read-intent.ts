import { normalizeWords } from './text-norm.js';
import { MONTH } from './answer-days.js';
import { asksForService, describesProblem, looksLikeQuestion } from './triage.js';

// The conversation policy's reading of one free-conversation message: is it a question, a request
// for service, or both. The local brain acts on it; it holds no state.

/** Someone who works ("a plumber", "a technician", "a tech"), not a thing ("get a SKUNK out from under my deck" asks for the job). */
const PERSON = String.raw`(?:a|an|your|one of your) (?:\w+(?:er|or|ist|ian|man|men)|tech|techs|guy|guys|crew|team|pro)`;
/** Asking for someone to act: a visit, a booking, a callback (not asking about a service). */
const VISIT = new RegExp(String.raw`\b(?:(?:you|someone|somebody|anyone|one of your \w+|your \w+|a \w+|an \w+|they) (?:to )?(?:please )?(?:come|stop by|pop (?:round|over|by)|visit|send)|send (?:someone|somebody|a|an|over|out|round)|come (?:out|over|round|around|by|and|to (?:my|our|the))|book|booking|schedule|appointment|call (?:me|us)|ring (?:me|us)|call ?back|(?:set up|arrange|organi[sz]e|hop on|jump on|get on) (?:a |an )?(?:quick |short |brief |phone |video |zoom |intro |discovery )?(?:call|consult|consultation|meeting|zoom)|contact (?:me|us)|get back to (?:me|us)|get in touch|have (?:someone|somebody|${PERSON}) (?:come|call|look|contact|get)|get (?:someone|somebody|${PERSON}) (?:out|over|round|here|to come)|(?:someone|somebody) to (?:come|look|check|call|visit)|(?:someone|somebody|anyone|anybody) (?:who|that) (?:can|could) (?:come|call|visit|take a look|have a look)|(?:you|someone|somebody|anyone|they|${PERSON}) (?:to )?(?:come (?:and )?)?(?:take|have) a look\b|(?:can|could|will|would) (?:you|u|someone|somebody|anyone|${PERSON}) (?:please )?(?:come (?:and )?)?look (?:at|over) (?:my|our|the|his|her|their)|reserve|sign (?:me|us) up)\b`);
/** The job asked for on a day ("ok can u guys install it this week", "could you fix it tomorrow"): a booking, not a question about the service. */
const JOB_ON_A_DAY =
  /\b(?:can|could|will|would) (?:you|u|y'?all|you guys|u guys|someone|somebody) (?:\w+ ){1,2}(?:it|this|that|them|one|mine) (?:in |out |over )?(?:today|tonight|tomorrow|this week|next week|this weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
/** A job of the business asked for on a day ("can u do an inspection monday", "could you fit me in for a trim on saturday"): a booking, whose day is asked about first. */
const SERVICE_ON_A_DAY =
  /\b(?:can|could) (?:you|u|y'?all|you guys|u guys) (?:do|fit (?:me |us )?in|squeeze (?:me |us )?in|book(?: me| us)?(?: in)?|schedule(?: me| us)?(?: in)?|get(?: me| us)?(?: in)?) (?:for )?(?:an?|the|my|our) (?:[\w-]+ ){0,2}(?:on |this |next |for )?(?:today|tonight|tomorrow|this week|next week|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!s)/;
/**
 * Asking for a time with the business: to be seen or fitted in ("can u see me today", "could the vet see my dog
 * tomorrow", "can you fit me in"), to come in then ("can i get in today", "can i come in tomorrow morning"), or
 * whether there is room ("any openings tomorrow?", "do u have availability this week", "is there a spot saturday",
 * "earliest appointment", "how soon can i get an appointment", "table for 4 tonight at 7?"). A booking: the team confirms the time. (Whether one
 * may come in at all, "can i just drop in without an appointment", is a walk-in question; what someone sees, "can
 * you see my email", no visit.)
 */
/**
 * A slot asked for ("can i get a tee time", "could we get a lesson"): not a thing sold by the name of one ("a CLASS PACK",
 * "a LESSON PACKAGE", "a TIME EXTENSION": reviewer, session 46). Also validate's cue that a time in the message is when a visit would suit.
 */
export const SLOT_ASKED = String.raw`(?:can|could|may) (?:i|we) (?:get|grab|snag|have) (?:a|an) (?:[\w-]+ )?(?:time|slot|spot|session|lesson|court|lane|tour|class|appt|reservation|booking)\b(?! (?:pass|pack|package|card|gift|voucher|extension|discount|price|rate|fee|schedule|refund|certificate)s?\b)`;
const AVAILABILITY = new RegExp(
  [
    String.raw`\b(?:can|could|would|will) (?:you|u|y'?all|you guys|u guys|someone|somebody|anyone|the (?:doctor|doc|dentist|vet|nurse|team|office|clinic)|dr \w+|\w+) (?:(?:see|fit|squeeze) (?:me|us|him|her|them|(?:my|our) (?!e-?mails?|messages?|texts?|bookings?|appointments?|orders?|accounts?|files?|photos?|pics?|pictures?|quotes?|invoices?|reviews?|posts?|websites?|site|results?)\w+)(?: in)?|take (?:me|us) in)\b`,
    // ("can i bring it in tomorrow", "could we drop the car off monday": the thing brought in for the work, on a day.
    // "can i drop my dog off at 6:30 in the morning" asks whether they are open then: the hours answer it.)
    String.raw`\b(?:can|could|may) (?:i|we) (?:(?:bring|drop|take) (?:it|him|her|them|(?:my|our|the|his|her) [\w-]+(?: [\w-]+)?) (?:in|by|over|round|off)|(?:bring|drop) off (?:my|our|the|his|her) [\w-]+)\b(?=.*\b(?:today|tonight|tomorrow|tmrw|this (?:morning|afternoon|evening|week|weekend)|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!s))`,
    String.raw`\b(?:can|could|may) (?:i|we) (?:get|come|pop|stop|drop|swing) (?:in|by|over|round)\b(?! (?:person|cash|without|with no|anytime|any time))(?=.*\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next week|later|now|asap|soon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d)\b)`,
    String.raw`\b(?:any|have|got|is there|are there|there)(?: \w+){0,2}? (?:openings?|availability|vacanc(?:y|ies)|(?:free |open |available )?(?:slots?|spots?|appointments?|appts?)(?: (?:open|left|available|free))?(?= (?:today|tonight|tomorrow|this|next|on|for|left|open|available|free|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\s*$))`,
    String.raw`\b(?:have|got|is there) anything (?:open |available |free )?(?:today|tonight|tomorrow|this|next|later|sooner|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
    // ("is there an RMT available saturday", "is anyone free tomorrow": someone free then. "is anyone available TO
    // come out today" asks whether a visit can be had, which the team confirms before the details are offered.)
    String.raw`\b(?:is|are) (?:there )?(?:(?:an?|any|the)(?: [\w-]+)? available|(?:someone|somebody|anyone|anybody) (?:available|free))\b(?! to\b)(?=.*\b(?:today|tonight|tomorrow|this|next|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)`,
    // ("can i get a tee time saturday morning", "could we get a lesson tomorrow": a slot asked for on a day is a booking, as "can i get an appointment tomorrow" is.)
    String.raw`\b${SLOT_ASKED}(?=.*\b(?:today|tonight|tomorrow|tmrw|this (?:morning|afternoon|evening|week|weekend)|next (?:week|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d)\b(?!s))`,
    // ("table for 4 tonight at 7?", "can i get a table for two on friday": a table asked for is a booking.)
    String.raw`(?<!\b(?:biggest|largest|big enough|smallest) )\b(?:a )?table for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|[\w-]+ (?:people|persons|guests|adults))\b(?! (?:people|persons|guests|adults)? ?(?:max|maximum|at most|or more)\b)`,
    String.raw`\b(?:earliest|next available|first available|soonest) (?:appointment|appt|slot|opening|time|booking|visit|date|day|spot)\b|\bhow soon (?:can|could) (?:i|we|you|u|someone) (?:get (?:in|an? (?:appointment|appt|slot|spot|booking))|book|see|come in|be seen|fit)\b|\bwhen(?:'s| is) (?:your |the )?(?:next|earliest|first) (?:available|opening|appointment|appt|slot|spot)\b`,
  ].join('|'),
);
/** A day of the calendar named for itself ("june 12", "the 14th", "6/12", "that day", "our date"), or a day of the coming week. */
const A_DATE = new RegExp(
  String.raw`\b(?:(?:${MONTH})\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH})|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:that|this|the) (?:day|date)|(?:our|my|the) (?:wedding |event |party |big )?date|today|tonight|tomorrow|(?:this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s)|(?:in|for|during|this|next) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b`,
);
/** Whether the business is free then ("are you free that day", "is june 12 still available", "do you have the 14th open"). */
const FREE_THEN = /\b(?:are|r) (?:you|u|y'?all|you guys|u guys|ya) (?:still )?(?:free|available|booked(?: up)?|taken)\b|\b(?:is|are) (?:it|that|this|(?:that|this|the|our|my) (?:day|date|weekend)|\w+ \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?) (?:still )?(?:available|free|open|taken|booked)\b|\b(?:have|got) (?:\w+ \d{1,2}(?:st|nd|rd|th)?|that (?:day|date)|the \d{1,2}(?:st|nd|rd|th)) (?:open|free|available)\b/;
/** Whether the business has time at all, said last ("are you free?", "r u available for a quick call"). */
const FREE_NOW = /\b(?:are|r) (?:you|u|y'?all|you guys|u guys|ya) (?:still )?(?:free|available)(?: (?:to (?:chat|talk|meet|speak)|for a (?:quick |short )?(?:call|chat)))?\s*[?!.]*$/;
/** A time with the business asked for (AVAILABILITY), whether the business is free on a date named, or at all. */
function asksForATime(words: string): boolean {
  return AVAILABILITY.test(words) || (FREE_THEN.test(words) && A_DATE.test(words)) || FREE_NOW.test(words);
}
/** Coming without booking ("without an appointment", "walk ins"): a question about the policy, not a booking. */
const WALK_IN = /\b(?:without|with no|no need for|no) (?:an? )?(?:appointment|appt|booking|reservation)s?\b|\bwalk[- ]?ins?\b/;
/** A booking moved to a new time ("can i reschedule my massage to friday", "need to move my appt to next week"): the team's to confirm, nothing to look up. */
const RESCHEDULE = new RegExp(String.raw`\b(?:reschedule|re-schedule|move|change|switch|push|bump)\b (?:my|our|the|her|his|their) (?:[\w-]+ ){0,2}?(?:back |up )?(?:to|for|until|till) (?:a |another |next |this |the )?(?:today|tonight|tomorrow|later|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|morning|afternoon|evening|\d)`);
const NAMES_A_WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/;
/** Asking for a quote ("can i get a quote for a new deck", "could you quote me for a rewire"): a request for service. */
const QUOTE_REQUEST = /\b(?:(?:get|have|give (?:me|us)|send (?:me|us)|need|want) (?:a |an |me a |us a )?(?:free |written |rough |quick )?(?:quote|quotation|estimate)|quote (?:me|us))\b/;
/** A slot asked for on a day ("can i get an appointment on a sunday", "could we book a lesson for saturday"): whether that day has any is asked. */
const SLOT_ON_A_DAY = /\b(?:can|could|may) (?:i|we) (?:get|book|make|have|schedule) (?:a|an) (?:[\w-]+ ){0,2}(?:appointment|appt|booking|visit|slot|session|lesson|class|reservation) (?:on|for) (?:a |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/;
/** A question opened by a question word or an auxiliary ("do you", "is there"): asks about something. */
// ("till what time", "for how long", "and how much": a preposition or a joining word may come first.)
// ("i was wondering how much you charge to come out", "can you tell me if you work weekends": asked about, on a call too.)
const ASKS_ABOUT = /^(?:(?:hi|hello|hey|yeah|yes|so|ok|okay|just|quick question|please|and|but|also|oh|um|uh|till|until|by|at|from|for|in|i was wondering|i'?m wondering|im wondering|wondering|i wanted to (?:know|ask)|i'?d like to know|id like to know|(?:can|could) (?:you|u) tell me|tell me)\s+)*(?:what|what's|whats|how|when|where|which|who|whom|whose|why|do|does|did|is|are|am|was|were|have|has|should|shall)\b/;
/** "Can you / will you / could I ...": a request when it asks for a visit, a booking or a callback. */
const MODAL = /^(?:(?:hi|hello|hey|yeah|yes|so|ok|okay|please)\s+)*(?:can|could|would|will|may) (?:you|i|we|someone|somebody|one of your|your|a|an)\b/;
/**
 * A question inside a sentence ("I'm on Medicare, do I need a referral"), also after chatty context
 * about someone else ("my son is 16, can HE let the tech in", "my wife hates bleach, do YOUR cleaners
 * use it", "I'm on Medicaid, will THAT cover it", "is THAT something you install"). "does that" and
 * "did this" stay statements ("the boiler does that every morning").
 */
const INVERTED =
  /\s(?:do|does|did|can|could|should|will|would|is|are|am) (?:i|we|you|they|there|it)\b|\s(?:is|are) (?:that|this|it) (?:ok|okay|alright|fine|a problem|an issue|possible|allowed|extra|included|covered|something|a thing)\b|\s(?:do|does|can|could|should|will|would) (?:he|she|your|my|our|y'all|yall)\b|\s(?:can|could|should|will|would) (?:that|this|these|those)\b|\s(?:is|are) (?:he|she)\b|\b(?:any ?way|any chance|is there a way) (?:to|i|we|you|of)\b/;
/** Information a visitor asks about without a question word ("cancellation policy please", "emergency call-out price"). */
const INFO_TOPIC =
  /\b(?:polic(?:y|ies)|price|prices|pricing|cost|costs|rate|rates|fee|fees|surcharge|deposit|warranty|warranties|guarantee|guaranteed|discount|discounts|financing|payment options|minimum|difference|included|include|includes|incl|hours|how much|how long|how many|how soon|how fast)\b/;
/** A price, a duration or a comparison asked inside a message ("..., how much to fix it", "is rekeying cheaper than new locks"). */
// ("HOURLY RATE FOR someone to come out", "price for a call out": a message that opens on a price asks it;
// "..., whats that gonna cost me", "hardwired smoke detector install COST", "..., COST TO FIX": so does one that ends on it.)
const PRICE_ASKED = /\bhourly (?:rate|price|charge|cost)s?\b|\b(?:rate|price|cost|charge|fee)s? (?:per|an|a|by the) (?:hour|hr|visit|trip)\b|^(?:(?:and|so|ok|okay|hi|hey|um)\s+)*(?:(?:your|the|an?|ur)\s+)?(?:\w+\s+)?(?:price|prices|pricing|cost|costs|rate|rates|fee|fees|charge)\s+(?:for|of|to)\b|\bhow (?:much|long|soon|fast|many)\b|\bwhat (?:is|are|does|do|would|will) (?:the |your |it |that |this )?(?:price|prices|cost|costs|charge|fee|rate)\b|\b(?:cheaper|more expensive|less) than\b|\bis (?:it|that|this|each|there) (?:\w+ )?(?:cheaper|more|extra)\b|\bwhat(?:'s|s| is| will| would|'ll)? (?:that|it|this|all that|that all) (?:gonna |going to |gon )?(?:cost|run)\b|(?<!\b(?:a|an|the|at|any|no|fair|low|lower|good|great|reasonable|full|half|extra|additional|reduced|same) )\b(?:cost|costs|price|prices|pricing)(?: (?:to|for) (?:fix|repair|replace|install|do|get|have)(?: (?:it|this|that|them|one))?)?$/;
/** A clause opened by a question word after a told part ("we got a big maple, what would pruning it run me"). */
const CLAUSE_ASKS = /(?:^|[,;:.!?]\s*)(?:(?:so|and|but|ok|okay)\s+)?(?:what|how|when|where|which|who)(?:'s)?\s+(?:would|will|does|do|did|is|are|can|could|should|much|long|many|soon|often|kind|sort)\b/;
/** A question word and its inverted verb inside a message typed without commas ("i need a wedding cake WHEN SHOULD I book"). */
/**
 * A question in its own clause beside a request ("can i book a massage, DO YOU direct bill?"): it is
 * answered before the details start. (Not the request itself put as a question: "my sink is blocked,
 * can someone come out tomorrow".)
 */
const CLAUSE_QUESTION = /[,;.!]\s*(?:(?:and|also|but|oh|btw|oh and)\s+)?(?:do|does|is|are|how|what|whats|what's|which|will|would) (?:you|u|y'?all|your|ur|it|that|the|there|they)\b(?! (?:come|send|book|schedule|call|have (?:someone|anyone|availability|any)))/;
/** An auxiliary opening a clause after what the visitor tells ("my kid has a peanut allergy, IS THE pesto safe", "i have celiac, is the pasta gluten free"): asked. */
const CLAUSE_AUX = /[,;:.!]\s*(?:(?:so|and|but|ok|okay|also)\s+)?(?:is|are|was|were|does|do|did|can|could|will|would|should) (?:the|your|ur|this|that|these|those|any|it|there)\b/;
const INNER_ASKS = /\s(?:what|how|when|where|which)\s+(?:should|shall|can|could|do|does|will|would|must)\s+(?:i|we|you|u)\b/;
/**
 * Whether the business goes to a place, asked after where the visitor is ("we are in naperville
 * do you come out here", "im in the suburbs. do u guys travel that far?"): the area it covers is
 * asked about, not a visit asked for.
 */
const AREA_ASKED = /(?:^|\s)(?:do|does) (?:you|u|y'?all|ya|your (?:team|techs?|technicians?|crews?|guys))(?: guys)? (?:come|go|travel|cover|serve|service|work)(?: (?:out|up|down|over))? (?:here|there|to (?:us|here|there|[a-z]+)|in (?:my|our|this|that|the|[a-z]+)|near|around|that far|this far|out this way|this way|that way|this area|that area|outside)\b/;
/** When or where a visit is asked for ("monday", "today", "out here"). */
const WHEN_OR_WHERE = /\b(?:today|tonight|tomorrow|(?:this|next) (?:morning|afternoon|evening|week|weekend|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|same[- ]day|in the (?:morning|afternoon|evening)|at night|overnight|\d{1,2}(?::\d\d)? ?(?:am|pm)|out here|this far|that far)\b/;
const AUX_FIRST = /^(?:(?:hi|hello|hey|so|ok|okay|and|also|just)\s+)*(?:am|is|are|was|were|do|does|did|have|has|should|shall|may|might|must) (?:i|we|you|u|they|it|there|he|she|my|our|your|the|this|that|these|those)\b/;
/** Whether what was just said can be done ("..., is that possible", "can you do that", "would that work"). */
const FEASIBLE = /\b(?:is|would|will) (?:that|this|it) (?:be )?(?:possible|doable|feasible|an option|ok|okay|alright)\b|\b(?:can|could) (?:you|u|y'?all|you guys) (?:do|manage) (?:that|this|it)\b|\b(?:would|will) (?:that|this) work\b/;
/** First person asking for the work itself ("I need", "we'd like"). */
// ("need it done tomorrow, is that possible?": the subject is often dropped in a chat.)
const FIRST_PERSON_WISH = /\b(?:i|we|i'd|we'd|id) (?:need|want|would like|like|am looking|are looking)\b|\b(?:i'd|we'd) like\b|^(?:(?:hi|hey|hello|so|ok|okay|yeah)\s+)*(?:need|looking for|would like)\b(?! (?:to know|to ask|more info|info|information)\b)/;

/** The visitor's own bill or invoice, not a utility's ("my gas bill went up"). */
const OWN_BILL = String.raw`(?:my|our|the|this|that|last \w+'?s?) (?!(?:gas|electric|electricity|water|power|energy|utility|phone|heating|cable) )(?:\w+ )?(?:bill|invoice|statement|charges?|receipt)s?\b`;
/** Trouble with the visitor's own bill ("whats up with my bill", "a problem with my invoice"): the team sorts it out, no knowledge sentence does. */
const BILL_TROUBLE = new RegExp(
  String.raw`\b(?:what'?s|whats|what is) (?:up|going on|wrong|happening|the deal) with ${OWN_BILL}|\b(?:problem|issue|mistake|error|discrepancy|dispute|something wrong|question|query) (?:with|on|about|in) ${OWN_BILL}|\b(?:my|our) (?:\w+ )?(?:bill|invoice|statement) (?:is|looks|seems) (?:\w+ )?(?:wrong|off|incorrect|too high|weird|strange|higher)\b|\b(?:don'?t|do not|didn'?t|can'?t|cannot) (?:understand|make sense of) ${OWN_BILL}`,
);

/**
 * Someone or something of the visitor's own coming along ("can MY DOG come to the photoshoot",
 * "can our kids come in with us"): whether that is allowed is a policy asked about, no visit asked for.
 */
const THEIR_OWN_COMING = /\b(?:my|our) (?:\w+ ){0,2}?(?:come|tag|join|be there|stay)(?: (?:along|in|inside|with|to|into))?(?: (?:the|my|our|a|an|your) \w+)?/g;
/** How to book asked ("can i book by text", "can we schedule online", "do i book over the phone"): the way of booking, no booking yet. */
const BOOKING_CHANNEL = /\b(?:book|booking|schedule|reserve|sign up|make (?:a |an )?(?:booking|appointment|reservation))\w* (?:(?:an? |the )?(?:lesson|appointment|visit|session|class|spot|time) )?(?:by|via|through|over|on|using|with) (?:a |an |the |your )?(?:text|texting|sms|phone|telephone|email|e-mail|mail|website|site|app|whatsapp|instagram|facebook|messenger|dm)\b|\b(?:book|schedule|reserve)\w* (?:(?:an? |the )?(?:lesson|appointment|visit|session|class|spot|time) )?online\b/;

/**
 * How to book, sign up or get the job done, asked ("how do i book", "how can we register my son", "how do i get my bike
 * fixed"): a question, answered from the knowledge, and the agent offers to take the booking itself (it takes bookings).
 * (The way of booking, "can i book online", is BOOKING_CHANNEL's: a question only.)
 */
const HOW_TO_BOOK = /^(?:(?:hi|hello|hey|so|ok|okay|um|uh|just|and|quick question)\s+)*(?:how (?:do|can|could|would|should|will) (?:i|we)|where (?:do|can|could) (?:i|we)|what do (?:i|we) (?:need to|have to) do to) (?:go about )?(?:book(?:ing)?|sign(?:ing)? (?:[\w-]+ )?up|register(?:ing)?|enrol+(?:ing)?|schedul(?:e|ing)|make (?:an? )?(?:appointment|appt|booking|reservation)|get (?:an? )?(?:appointment|appt|booking)|get (?:my|our|the|his|her) [\w-]+(?: [\w-]+)? (?:fixed|repaired|serviced|looked at|cleaned|checked|tuned))\b/;
/** "can i sign up for lessons", "could we register our son": joining asked for, a request like "can i book". */
const SIGN_UP = /\b(?:can|could|may) (?:i|we) (?:sign (?:[\w-]+ )?up|register|enrol+)\b(?! (?:online|by|over|through|via)\b)/;

/** A distance asked about ("a job 40 miles away", "50 km out of town"): how far the business travels, no visit asked for yet. */
const DISTANCE = /\b\d+(?:\.\d+)? ?(?:miles?|mi|kms?|kilometers?|kilometres?) (?:away|out|from|outside|north|south|east|west|past)\b/;

/** A matter of the visitor's account, not of work on site ("call me back about a refund", "about my invoice"). */
const ACCOUNT_MATTER = new RegExp(String.raw`\b(?:about|regarding|re|with|for|on) (?:a |my |our |the )?(?:refund|billing|payment|invoice|receipt|statement|account|membership|subscription)s?\b|\b(?:my|our) (?!(?:gas|electric|electricity|water|power|energy|utility|phone|heating|cable) )(?:\w+ )?(?:bill|invoice|statement|receipt)s?\b`);

/** A visit asked about in some weather ("in the rain", "if it snows", "when it's icy"). */
const IN_WEATHER = /\b(?:in|during) (?:the |a |bad |heavy |wet )?(?:rain|snow|storm|storms|weather|cold|heat|wind|ice|sleet|downpour)\b|\b(?:if|when|while) (?:it|its|it's|it is) (?:still )?(?:rain|snow|storm|pour|sleet|icy|wet|freezing|windy)\w*\b/;

export interface Intent {
  /** Asks for information: answered first, from knowledge. */
  question: boolean;
  /** Asks for service, a visit, a booking or a callback: the details may start. */
  wantsService: boolean;
  /** A request in a question's clothes ("can someone come out?"): no knowledge lookup needed. */
  requestOnly: boolean;
  /** Trouble with the visitor's own bill: a request for the team (a lead), not a price question. */
  billing?: boolean;
  /** How to book or sign up asked ("how do i sign up"): answered, and the agent offers to take the booking. */
  booking?: boolean;
  /** The request is about the visitor's account with the business (a bill, a refund), no work on site: no visit time to ask. */
  offSite?: boolean;
  /** Asks for a time with the business ("can u see me today", "any openings tomorrow"): the team confirms it. */
  availability?: boolean;
}

/** A thing held, hired or booked for the visitor ("reserve a unit", "rent the truck", "schedule me", "get an appointment"), not a word of the topic ("the class schedule"). */
const RESERVES = /\b(?:reserve|rent|hire|hold|book|schedule)\s+(?:me|us|a|an|the|one|my|our|\d+)\b|\b(?:get|make|have|book) an? (?:appointment|reservation|booking)\b/i;

/** Asks for a thing to be held, hired or booked ("can i reserve a 10x10 for next saturday"): with requestOnly, a booking in a question's form. */
export function reservesSomething(text: string): boolean {
  return RESERVES.test(text);
}

/**
 * The conversation policy's reading of one message. A message that asks about something (a price,
 * a policy, whether the business does a job, even without a question mark) is a question; it is a
 * request for service only when it asks someone to come, book, or call back, or states a need.
 * Asking about a service ("can you clean blood?", "will you fix a well pump?") is not ordering it.
 */
export function readIntent(text: string): Intent {
  const words = normalizeWords(text);
  const lower = text.toLowerCase();
  if (BILL_TROUBLE.test(words)) return { question: true, wantsService: true, requestOnly: true, billing: true, offSite: true };
  // (What the visitor's own party does is no visit: "can my dog come to the photoshoot" is read without it.)
  const asked = words.replace(THEIR_OWN_COMING, ' ');
  const onADay = SERVICE_ON_A_DAY.test(asked);
  const moved = RESCHEDULE.test(asked);
  const available = asksForATime(asked) || moved;
  const visit = VISIT.test(asked) || QUOTE_REQUEST.test(asked) || JOB_ON_A_DAY.test(asked) || onADay || available;
  const modal = MODAL.test(words);
  const formed = looksLikeQuestion(text);
  const wish = FIRST_PERSON_WISH.test(words) && !/\b(?:do|does|should|will|would|can) (?:i|we) (?:need|want)\b/.test(words);
  // "pool turned green after the storm, how much to fix it", "i bought a smart lock, how much to
  // install it": a price, a time or a comparison asked after the trouble is told is still asked,
  // also beside a request ("pump is grinding, how much is a repair visit", "i need a plumber how
  // much is a call out"): it is answered first, then the details start.
  const priced = PRICE_ASKED.test(words);
  const topic = (INFO_TOPIC.test(words) && !visit && !wish && !describesProblem(text)) || priced;
  const inverted = INVERTED.test(words) && !visit && !wish;
  // "till what time ...", "for how long ...": a question word after a preposition.
  const framed = /^(?:till|until|by|at|from|for|since|in) (?:what|which|how|when|whom)\b/.test(words);
  // "am I allowed to paint the bedroom", "is my deposit refundable": an auxiliary before its subject opens a question.
  const opened = AUX_FIRST.test(words) && !visit && !wish;
  // "im in pine ridge, can u come out monday": a request after what the visitor tells of their case
  // (where they are, a condition) that names when or where asks whether that can be. (A bare "can
  // you send a technician tomorrow" only asks for the visit.)
  // ("my kitchen sink is blocked, can someone come out tomorrow" tells a problem first: a request, nothing to look up.)
  const toldFirst = /^(\S+\s+\S+.*)\s(?:can|could|will|would) (?:you|someone|somebody|anyone|they|your \w+|one of your \w+)\b/.exec(words)?.[1];
  const whenAsked = WHEN_OR_WHERE.test(words) && !modal && toldFirst !== undefined && !describesProblem(toldFirst);
  // "i need it by friday, is that possible": whether the need can be met is asked (answered first; the need still asks for service).
  const feasible = FEASIBLE.test(words);
  const area = AREA_ASKED.test(words) && !onADay && !available;
  const inner = INNER_ASKS.test(words) || area;
  const question = formed || topic || inverted || modal || framed || opened || whenAsked || feasible || inner || CLAUSE_ASKS.test(lower) || CLAUSE_AUX.test(lower);
  const offSite = ACCOUNT_MATTER.test(words) && !describesProblem(text) ? { offSite: true } : {};
  if (!question) return { question: false, wantsService: visit || asksForService(text), requestOnly: false, ...offSite, ...(available ? { availability: true } : {}) };
  // A question asks for service only when it asks for a visit, a booking or a callback, or a need is stated
  // outside the question ("I need a plumber, can you come today?").
  // A question opened by a question word or "do you / is there" asks about the service ("how do I book?",
  // "do you have someone who can come today?"): it is answered, then the details are offered.
  // ("if the gutters overflow after you clean them, DO YOU come back": a case asked about, not a visit asked for.)
  // ("can you come in the rain", "do you still come if it's snowing": whether they work in that weather, asked.)
  // ("can you come to a job 40 miles away": how far the business goes, asked.)
  // ("can i just come in without an appointment", "are walk ins ok": whether one needs to book is asked.)
  const channel = BOOKING_CHANNEL.test(words);
  const asksAbout = WALK_IN.test(words) || ASKS_ABOUT.test(words) || area || (DISTANCE.test(words) && !WHEN_OR_WHERE.test(words)) || /^(?:if|when|once|after|say)\b.+?\b(?:do|does|will|would|is|are) (?:you|u|y'?all|they|it|that)\b|^(?:if|when|once|after|say) (?:i|we)\b.+?\b(?:do|does|will|would|can) (?:i|we) (?:get|have|lose|owe|pay)\b/.test(words) || IN_WEATHER.test(words) || channel;
  // ("do u have availability this week", "is there a spot saturday": asking for a time is asking to book, however it opens.)
  // ("do you see kids? id like to book my daughter in": a request in its own sentence after the question.)
  const after = text.split('?').slice(1).join(' ').trim();
  const requestAfter = after.length > 0 && !looksLikeQuestion(after) && readIntent(after).wantsService;
  const howToBook = HOW_TO_BOOK.test(words) && !channel;
  const wantsService = available || requestAfter || (SIGN_UP.test(words) && !channel) || (!asksAbout && (visit || (wish && !modal)));
  // "can someone come out?", "I need a plumber, can you come today?": a request, nothing to look up.
  // ("can i get a regular appointment on a sunday": whether that day has slots is asked, and answered first.)
  // ("i need a wedding cake when should i book": what is asked inside is answered first.)
  // ("is there a spot saturday", "any appointments on sundays": what the knowledge says of that day comes first.)
  const dayNamed = available && !moved && NAMES_A_WEEKDAY.test(words);
  return {
    question: true,
    wantsService,
    requestOnly: wantsService && visit && !INFO_TOPIC.test(words) && !whenAsked && !inner && !SLOT_ON_A_DAY.test(words) && !onADay && !dayNamed && !CLAUSE_QUESTION.test(lower) && !requestAfter,
    ...offSite,
    ...(available ? { availability: true } : {}),
    ...(howToBook ? { booking: true } : {}),
  };
}

const GENERIC = new Set(
  ('i im i\'d id we we\'d you u your someone somebody can could would will please like want need to a an the me us my our for book booking ' +
    'schedule visit appointment come out over round call back callback ring get in touch have send quote estimate price hi hello hey yes ' +
    'yeah ok okay thanks just be able is it possible do some time sometime soon asap today tomorrow this week next').split(' '),
);

/**
 * Something of the visitor's own that went wrong, told ("my crown fell off", "i lost a filling
 * yesterday", "my tooth is chipped"): trouble, though none of the words of a breakdown
 * (triage's describesProblem) is in it. Told, not asked: a question about it stays a question.
 */
const MISHAP = new RegExp(
  // ("my crown fell off", "the filling popped out", "a bracket came loose": not "my hair came out great", "my sister came out last week", "my crown never fell off".)
  String.raw`\b(?:my|our|his|her|their|the|a|an|one of my|my \w+'?s) (?:(?!never\b|not\b|didn'?t\b|hasn'?t\b|haven'?t\b|won'?t\b)[\w'-]+ ){0,3}?(?:fell|has fallen|popped|snapped|broke|came|has come|keeps? coming) (?:off?|out|loose|apart)\b(?<!\b(?:came|has come|keeps? coming) out)(?! (?:great|perfect|fine|amazing|well|good|beautiful|nice(?:ly)?|lovely|better|ok(?:ay)?|right)\b)` +
  // ("i lost a filling", "he chipped his tooth": not "i lost a lot of weight", "i dropped the kids off".)
  String.raw`|\b(?:i|we|he|she|they|my \w+) (?:just )?(?:lost|chipped|cracked|broke|snapped|bent|tore|ripped) (?!(?:a lot of |some |\d+ |\w+ )?(?:weight|pounds|lbs|kilos|kg|inches|sizes?)\b)(?:a|an|my|our|his|her|their|the|one of)\b` +
  // ("my tooth hurts", "my crown is cracked": not "my crown isn't cracked".)
  String.raw`|\b(?:my|our|his|her) (?:[\w'-]+ ){0,2}?(?:hurts|aches|is killing me|is (?:chipped|bent|torn|ripped|cracked|broken|swollen|bleeding))\b`,
);

export function toldMishap(text: string): boolean {
  return MISHAP.test(normalizeWords(text)) && !looksLikeQuestion(text);
}

/** The message names the job itself ("a quote for a new water heater"), not only a wish to book. */
export function saysWhatIsNeeded(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.filter((w) => !GENERIC.has(w)).length >= 2;
}

/** The message asks for a quote (what the knowledge says the job costs is worth saying first). */
export function asksForQuote(text: string): boolean {
  return QUOTE_REQUEST.test(normalizeWords(text));
}

/**
 * A quote asked for, as the price question it is ("can i get a quote for 80 ppl bbq" -> "how much for 80 ppl bbq"):
 * the knowledge is asked what the job costs in the words a price is looked up by. Null when no job is named after it.
 */
export function quoteAsPriceQuestion(text: string): string | null {
  const words = normalizeWords(text);
  const m = QUOTE_REQUEST.exec(words);
  if (!m) return null;
  const job = /^\s*(?:for|on|to) (.+)$/.exec(words.slice(m.index + m[0].length))?.[1]?.trim();
  return job && !/^(?:it|that|this|that one|them|those|me|us)\b/.test(job) ? `how much for ${job}` : null;
}

/**
 * A request that asks only whether the visit can be then or there ("the gears skip, can someone come
 * fix it this weekend", "can u come out here"), nothing to look up: what the knowledge does not say
 * about it, the team confirms.
 */
export function asksOnlyWhenOrWhere(text: string): boolean {
  const words = normalizeWords(text);
  // ("can u do an inspection monday": the job on a day asks only whether that day can be had.)
  // ("how soon can i get an appointment", "any openings saturday": a time asked for is the team's to confirm.)
  // ("need it done tomorrow, is that possible?": whether the need can be met then.)
  if (FIRST_PERSON_WISH.test(words) && FEASIBLE.test(words) && WHEN_OR_WHERE.test(words)) return true;
  // ("my brakes squeal, can you look at it this week?": the job on a day is the team's to confirm, no "I don't know that".)
  return asksForATime(words) || RESCHEDULE.test(words) || ((VISIT.test(words) || SERVICE_ON_A_DAY.test(words) || JOB_ON_A_DAY.test(words)) && WHEN_OR_WHERE.test(words) && !PRICE_ASKED.test(words) && !INFO_TOPIC.test(words));
}
