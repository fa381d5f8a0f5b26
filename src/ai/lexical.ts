import { stemmer } from 'stemmer';
import { boundedMemo } from '../memo.js';
import { IMPLIES, RELATED } from './lexical-related.js';
import { IRREGULAR_FORMS, OWN_STEMS } from './lexical-forms.js';
import { ALONE_TOLD, CASUAL, DAY_OF_MONTH, DOING_PRICED, DRINK_TAKEN, drinkTaken, ENTRY_ASKED, ID_DOCUMENT, JUST_SHOW_UP, LATE_CANCEL, LOST_THING, NEVER_BEFORE, WATCHING, WHOLE_PLACE_HIRED } from './lexical-casual.js';

// Lexical text handling shared by the local embedder, the extractive answerer and retrieval:
// casual spelling folded to plain words ("whats" -> "what is", "u guys" -> "you", "2am" -> "2 am"),
// stop words and chat filler dropped, Porter stems (the `stemmer` package), and a small table of
// related words used to EXPAND a visitor's question ("cost" also looks for "price", "fee").
// Related words are never folded into one term, and the table holds no opposites: "open" and
// "close", or "Saturday" and "Sunday", stay different words, so a question about one cannot
// be answered with a sentence about the other.

/**
 * The readings below are pure functions of their text, and every chat turn reads the same texts
 * again: the retrieved chunks' sentences and rows (the same few sections of a business's guide
 * turn after turn), each read by several checks. Each reading is remembered for the texts last
 * read (src/memo.ts), so a turn reads a sentence once and later turns not at all: a third of an
 * extractive answer's CPU was reading the same texts again.
 */
const READINGS_KEPT = 20_000;
const normalizedText = boundedMemo(READINGS_KEPT, (text) => normalizeTextOnce(text));
const casualText = boundedMemo(READINGS_KEPT, (text) => normalizeCasualOnce(text));
const stemOf = boundedMemo(READINGS_KEPT, (word) => stemOnce(word));
const termsOf = boundedMemo<readonly string[]>(READINGS_KEPT, (text) => termsOnce(text));

const STOP = new Set(
  `a an the and or but if then else of to in on at by for with from into over under about as is are was were be been being
  do does did doing have has had having i me my we our us you your yours he she it its they them their this that these those
  there here what which who whom whose when where why how can could would should will shall may might must just so than too very
  not no nor only own same some such any all each few more most other both again once also am up down out off s t
  please tell know want like get got let hi hello hey thanks thank ok okay yes yeah
  guys folks anyone someone somebody hmm um uh lol pls plz thx quick question wondering curious wonder actually really though tho
  im ive id ill youre theyre whats wats wat thats theres myself yourself ourselves
  during within without before after near around across through per via till until between among
  goes going went gone came coming comes cant can't dont don't wont won't him himself herself themselves his her hers
  isnt isn't doesnt doesn't arent aren't didnt didn't wasnt wasn't werent weren't havent haven't hasnt hasn't
  wouldnt wouldn't couldnt couldn't shouldnt shouldn't`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The stems of words an abbreviation expands to that the visitor did not type ("ac" -> "air
 * conditioning"): they help find the answer, but are not a subject the knowledge must name.
 */
export function expandedTerms(): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [abbr, full] of Object.entries(CASUAL)) {
    const ws = full.split(' ');
    if (ws.length < 2) continue;
    for (const w of ws) if (w !== abbr) for (const t of terms(w)) out.add(t);
  }
  return out;
}

/** The stems of abbreviations that expand to several words ("ac", "comp"): one concept with their expansion. */
export function abbreviationTerms(): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [abbr, full] of Object.entries(CASUAL)) if (full.split(' ').length >= 2) for (const t of terms(abbr)) out.add(t);
  return out;
}

// Holidays said by name or by date are said both ways, in questions and knowledge alike, so "open
// christmas eve?" meets "closed December 24 to 26" and "July 4th" meets "Independence Day". (No
// day number for July 4th: a bare "4" would also look for "4 movers".)
// (The date first: "christmas eve HOURS" must not read "december 24 hours", a duration that met "24 hours ahead".)
export const HOLIDAYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:christmas eve|dec(?:ember)? 24)$/, 'december 24 christmas eve'],
  [/^(?:christmas day|dec(?:ember)? 25)$/, 'december 25 christmas day'],
  [/^(?:new year'?s eve|dec(?:ember)? 31)$/, "december 31 new year's eve"],
  [/^(?:new year'?s day|jan(?:uary)? 1)$/, "january 1 new year's day"],
  [/^(?:independence day|july 4|4 of july|fourth of july)$/, 'independence day july'],
  [/^(?:valentine'?s(?: day)?|feb(?:ruary)? 14)$/, "february 14 valentine's day"],
];
const HOLIDAY = /\b(?:christmas eve|christmas day|new year'?s eve|new year'?s day|independence day|july 4|4 of july|fourth of july|valentine'?s(?: day)?|dec(?:ember)? (?:24|25|31)|jan(?:uary)? 1|feb(?:ruary)? 14)\b(?![\d:])/g;

/** Words after "an hour" that keep it a rate or a time away ("an hour FOR labor", "an hour AGO"), no length of a service. */
const HOUR_NOT_LENGTH = /^(?:for|of|to|or|and|at|in|on|by|before|after|ago|away|from|with|without|is|are|was|were|the|a|an|each|per|plus|extra|more|less|later|earlier|early|late|each|every|if|so|but|i|we|you|it|they|then|and|minimum|min|max|tops|ahead|beforehand|prior|notice|drive|walk|ride|flight|early)$/;

/** Text normalisation for both questions and knowledge: lower case, times split and marked. */
export function normalizeText(text: string): string {
  return normalizedText(text);
}

function normalizeTextOnce(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/g, (_, h: string, mm: string | undefined, ap: string) => {
      // 10pm to 5am is "night": "can you come at 2am" meets "nights, weekends".
      const hour = (Number(h) % 12) + (ap === 'p' ? 12 : 0);
      return `${h}${mm ? `:${mm}` : ''} ${ap}m${hour >= 22 || hour < 6 ? ' night' : ''}`;
    })
    .replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1')
    .replace(ID_DOCUMENT, '$1 ids')
    // A number's thousands are one number ("$2,000" is 2000, not a "2" beside a "000": storage QA,
    // "a 2 bedroom apartment" got the protection plan's "$2,000 of goods" as a second part).
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    // A size by its two sides, however it is written ("10 x 10", "10'x10'", "10 by 10", "10×10"): one
    // term, as "10x10" is (storage QA: "price for a 10 by 10" found no "10x10" row). Not a count of
    // things measured: "5 x 60 min massages", "3 x 10 minute sessions", "10 by 30 days".
    .replace(/\b(\d{1,3})\s*(?:'|ft|feet|foot)?\s*(?:x|by|\u00d7)\s*(\d{1,3})(?:\s*(?:'|ft\b|feet\b|foot\b))?(?!\d|:|\s*(?:am|pm|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|sessions?|classes|lessons?|visits?|lbs?|pounds?|kg|bags?|packs?|boxes)\b)/g, '$1x$2')
    // "the first half hour" is "the first 30 minutes" (and never a question about the hours).
    .replace(/\b(?:half an hour|half[- ]hour|1\/2 (?:an )?hour)\b/g, '30 minutes')
    // "an hour and a half" is "90 minutes", and "an hour massage", "a one-hour session" name a
    // 60-minute one ("60 minutes is $85" is its price). Not a rate: "$50 an hour", "how much an
    // hour", "an hour for labor" keep their "hour" (a function word or nothing follows).
    .replace(/\b(?:(?:an?|one|1)[- ]hours? and a half|(?:one|1) and a half hours?|1\.5 hours?|1 1\/2 hours?)\b/g, '90 minutes')
    .replace(/\b(?:an|one|1)[- ]hour(?:[- ]long)?\b(?=\s+([a-z]+))/g, (whole, next: string) => (HOUR_NOT_LENGTH.test(next) ? whole : '60 minutes'))
    // "same day" is one thing ("same" alone is a stop word): "a same-day visit".
    .replace(/\bsame day\b/g, 'same-day')
    // "after hours", "out of hours", "outside office hours" are one thing, as "after-hours" ("after"
    // alone is a stop word, so "what if it's after hours" read as a question about the hours).
    // ("outside OPEN hours", "outside our open hours": the same.)
    .replace(/\b(?:after|out of|outside(?: of)?(?: (?:these|those|our|the|your|office|business|open|opening|normal|regular|working))*) hours\b/g, 'after-hours')
    .replace(HOLIDAY, (h) => HOLIDAYS.find(([re]) => re.test(h))?.[1] ?? h);
}

// (The words the rewrites below add, REWRITE_WORDS, BESIDE_WORDS and ADDED_WORDS, are lexical-casual's data.)
export { ADDED_WORDS, BESIDE_WORDS, REWRITE_WORDS } from './lexical-casual.js';

const SHORT_DAYS: Record<string, string> = { mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };

/** A visitor's casual chat spelling folded to plain words ("whats ur" -> "what is your"). */
export function normalizeCasual(text: string): string {
  return casualText(text);
}

function normalizeCasualOnce(text: string): string {
  // ("do you take WALK INS": one thing, as "walk-ins" is; apart, "take ... walk" found "We take debit".)
  // ("what about sat THE 16TH": a day of the month, no number of anything: "$16" is no answer to it.)
  return normalizeText(text.replace(/\bxmas\b/gi, 'christmas').replace(/\bwalk ins\b/gi, 'walk-ins').replace(DAY_OF_MONTH, '$1'))
    // "my 8 yr old", "a 14-year-old": under 18, a child ("yr" after a number is no "your").
    .replace(/\b(\d{1,3})[- ]?(?:(?:years?|yrs?)[- ]old|y\/o|yo)\b/g, (a: string, n: string) => (Number(n) < 18 ? 'child' : a))
    .replace(/[a-z0-9/']+/g, (w) => CASUAL[w] ?? w)
    // "whats it cost", "whats that come to": what does it cost (the "is" unfolded from "whats" is no verb of its own).
    .replace(/\bwhat is (it|that|this) (?=(?:cost|come to)\b)/g, 'what does $1 ')
    // "cancel SAME DAY", "a LAST MINUTE cancellation", "cancel the DAY OF": a late cancellation, which is what guides price.
    .replace(LATE_CANCEL, (whole: string, before: string | undefined) => (before ? `${before}late` : whole.replace(/(?:same-day|last[- ]minute|(?:on |at )?short notice|the day of|day of)/, 'late')))
    // "do i have to pay to GET IN", "is it free to go in": entry to the place (orchard QA: "Entry to the orchard is free").
    .replace(ENTRY_ASKED, '$& entry')
    .replace(DOING_PRICED, '$& entry') // "how much to skate": the price to get in, as above (ice rink QA).
    .replace(WHOLE_PLACE_HIRED, '$1 the private $2')
    .replace(NEVER_BEFORE, '$& first-time')
    .replace(WATCHING, '$& spectator')
    .replace(LOST_THING, '$& found') // "i lost my driver": lost and found (golf QA)
    .replace(JUST_SHOW_UP, (m) => (/\b(?:drop|walk|pop) in$/.test(m) ? `${m} walk-ins` : 'come walk-ins')) // "can i just show up": walk-ins (golf QA); "drop in" is kept beside them (reviewer: the yoga studio's "Drop-in class").
    // "can i drink a beer": alcohol (said beside the drink; dropped when the knowledge never says "alcohol": ADDED_WORDS).
    .replace(DRINK_TAKEN, drinkTaken)
    // "im by myself can i still play": a single (said beside; dropped when the knowledge never says "single": ADDED_WORDS).
    .replace(ALONE_TOLD, '$& single')
    // "how do i get in touch", "best way to reach out": contacting the business.
    .replace(/\b(?:get|getting|be|keep) in touch\b|\breach out\b/g, 'contact')
    // "where's your office", "where is the shop": the business's own premises, asked as its address.
    .replace(/\bwhere(?:'s| is| are)? (?:is |are )?(?:your|the|you guys'?|ur) (?:office|offices|shop|store|premises|location|building|garage|clinic|practice|warehouse|place|workshop|studio|salon)\b(?! (?:hours|open|phone))/g, 'where is your address location')
    // "where r u", "where are you guys", "where are you located?" said alone: the same question.
    .replace(/^where are (?:you|you guys|you all|y'?all)(?: (?:located|based|at))?\W*$/, 'where is your address location')
    // "eco friendly", "pet-friendly": suitable for the thing named, which is what to look for.
    .replace(/\b([a-z]{2,})[- ]friendly\b/g, '$1')
    // "I'm 35 miles from town", "70 miles away", "do you come that far": the distance travelled to
    // the visitor (said beside their words; dropped when the knowledge never says "travel").
    // (Said once: the text may be read twice.)
    .replace(/\b(\d+(?:\.\d+)? ?(?:miles?|mi|km|kilometers?|kilometres?))(?! travel\b)((?: \w+)? (?:away|out|from|outside|past|beyond|north|south|east|west))\b/g, '$1 travel$2')
    .replace(/\b(?:that|this|so) far(?: out)?\b(?! travel\b)/g, '$& travel')
    // "do i have to put money down", "pay anything up front": a deposit.
    // (Money "put down" is the deposit itself, said in a word: its "put" and "money" are no things asked
    // beside it. Paid "up front" keeps its words, which a page may use: "50% up front".)
    .replace(/\b(?:put|putting|pay|paying) (?:any |some )?(?:money|cash|something|anything) down\b/g, 'deposit')
    .replace(/\b(?:put|putting|pay|paying) (?:any |some )?(?:money|cash|something|anything) up ?front\b/g, '$& deposit')
    // "a brand new screen", "brand-new fence": new (the brand is no make asked about).
    .replace(/\bbrand[- ]new\b/g, 'new')
    // "what am I supposed to do": what should I do (the framing names nothing).
    .replace(/\b(?:am|are|is) (i|we|you|they) supposed to\b/g, 'should $1')
    // "a medium sized tree", "king-size bed": the size named is what to look for.
    .replace(/\b([a-z]{3,})[- ]size[ds]?\b/g, '$1')
    // "cut down a tree", "take the old shed down", "tear it out": removing it (said beside the
    // visitor's words; dropped when the knowledge never says "removal").
    .replace(/\b(?:cut|cutting|take|taking|taken|took|tear|tearing|torn|knock|knocking|pull|pulling|pulled|rip|ripping|ripped)(?: (?:it|them|this|that|those|these|(?:the|a|an|my|our|\w+'s)(?: \w+){0,2}))? (?:down|out)\b(?! of\b| removal\b)/g, '$& removal')
    // "put in a gas fireplace", "can you put one in": installing it.
    // ("put in a MAINTENANCE REQUEST", "put in an insurance claim": a request filed, no install.)
    .replace(/\b(?:put|putting|puts)( (?:it|them|one))? in\b(?! (?:touch|charge|writing|order|place)\b| (?:(?:a|an|my|our|the) )?(?:[a-z-]+ )?(?:requests?|orders?|applications?|claims?|tickets?|notices?|complaints?|offers?|bids?|forms?)\b)/g, 'install$1')
    // "how long till someone gets here", "how soon can you be here", "when will you show up": arriving
    // (said beside the visitor's own words, which the knowledge may use too).
    // ("how quickly can you get TO ME", "get to my house": the same.)
    .replace(/\b(?:get|gets|getting|got|be|come|comes|coming) (?:here|out here|over here|out to me|out to us|to me|to us|to my (?:place|house|home|door))\b|\bshow(?:s|ing)? up\b|\bturn(?:s|ing)? up\b/g, '$& arrive')
    // ("for SHOWING UP": showing up is no showing of a home, which stems whole.)
    .replace(/\bshowing up\b/g, 'show up')
    // "can i come see the place", "when can i see the daycare", "can we visit", "can i see a unit this weekend":
    // the visitor seeing the premises before signing up, which a guide calls a tour, a showing or a viewing
    // (lexical-related's IMPLIES "tour"); the premises named are the business's own, no subject of their own.
    // (Only the visitor going: "can you look at the house" is the business's visit.)
    .replace(/(?<=\b(?:i|we|us|me)\b(?:(?! you\b)[a-z' ]){0,25})\b(?:(?:come|stop|drop|swing) (?:by |in |over )?(?:and |to )?)?(?:see|look at|look around|check out|view|visit|tour|walk through)(?: (?:the|your|ur|a|an|one|this|that|some|any)(?: of (?:the|your|ur))?)?(?: [a-z]+)? (?:places?|center|centre|daycare|facility|facilities|school|classrooms?|rooms|space|studio|venue|homes?|houses?|apartments?|units?|propert(?:y|ies)|rentals?|building|premises|kennels?|grounds)\b|\b(?<=(?:i|we) )(?:come (?:and |to )?)?(?:visit|look around)\b(?=\W*$| (?:first|before|beforehand|in person|(?:this|next|on|at|any)\b))|(?<=\b(?:i|we) )come (?:and |to )?see(?: (?:it|you|you guys|the place))?\b/g, 'tour')
    // "do you come get the bike", "can you pick it up": a pickup (said beside the visitor's words;
    // dropped when the knowledge never says "pickup").
    .replace(/\bcome (?:and )?(?:get|grab|collect|fetch)\b|\bpick (?:it|them|(?:the|my|our|your) \w+) up\b/g, '$& pickup')
    // "how soon can you get someone out", "send someone": a visit (and its arrival).
    .replace(/\b(?:get|send|have) (?:someone|somebody|a tech|a technician|a guy|one of your guys) (?:out|over|round|around|to come|come)\b|\bsend (?:someone|somebody)\b/g, '$& visit arrive')
    // "who is in charge", "who runs the shop": the owner (no "charge" of a price).
    .replace(/\b(?:in charge(?: here| of (?:the|this|your) (?:company|business|shop|place|store|office))?|runs? (?:the|this|your) (?:company|business|shop|place|store|office))\b/g, 'owner')
    // "who owns the school", "who started the company": the owner ("own" alone is a light word: "my own").
    .replace(/\bwho (?:owns|started|founded|set up)\b/g, '$& owner')
    // "do i own the logo after", "will we own the code": who owns the work (a page says it under
    // "Ownership", or "you own ..."), not anything the thing's name is said beside.
    .replace(/\b(?:do|does|will|would|can|could) (?:i|we|you|u|the client|the customer|my company) (?:get to |still |then |fully )?own\b/g, '$& ownership')
    // "cut (back) the hedges": trimming them ("cut down a tree" is its removal, above).
    .replace(/\bcut(?:s|ting)?(?: back)?((?: (?:the|my|our|some|a few))? (?:hedges?|shrubs?|bush(?:es)?))\b/g, 'trim$1')
    // "can i keep a gun in storage", "keep my car in the unit": keeping a thing in a place is storing it there.
    .replace(/\bkeep(s|ing)?\b(?=(?: [\w']+){1,4} in (?:(?:a|an|the|my|our|your|ur) )?(?:[\w-]+ )?(?:storage|units?|lockers?)\b)/g, (_, end: string | undefined) => (end === 'ing' ? 'storing' : `store${end ?? ''}`))
    // "can i get in at 7am", "how late can we get into the building": getting in is access (said beside
    // the visitor's words; dropped when the knowledge never says "access": ADDED_WORDS).
    // (Only at a time or into a place: "can i get in today", "how soon can i get in" ask for an appointment.)
    .replace(/\b(?:get|gets|getting|go|going) in(?=(?: (?:at|before|after|by|around|early|late|anytime|any time|overnight|on (?:weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|holidays?)|(?:on |at )?(?:night|weekends?|holidays?)))\b)|\b(?:get|gets|getting|go|going) into (?:(?:my|our|the|your|a) )?(?:unit|units|building|facility|storage|gate|locker|property|site)\b|\b(?:get|gets|getting) (?:to|at) (?:my|our) (?:stuff|things|belongings|items|unit|storage)\b/g, '$& access')
    // "every week", "once a month": how often, as a guide says it ("weekly cleans get 15% off").
    .replace(/\b(?:every|each|once a|once per|one time a) (week|month|year|day)\b/g, (_, unit: string) => (unit === 'day' ? 'daily' : `${unit}ly`))
    // "cross country", "out of state": a long-distance job.
    .replace(/\b(?:cross[- ]country|out of state|interstate|across the country)\b/g, 'long-distance')
    // "a 2 bed 1 bath": rooms counted (a "flea bath" or "bed bugs" are no rooms).
    // ("a 2br", "3bd 2ba", "2 bdrm": the listing abbreviations.)
    .replace(/\b(\d+|one|two|three|four|five|six)([- ]?)(beds?|baths?|br|bd|bdr|bdrm|bdrms|ba)\b/g, (_, n: string, sep: string, room: string) => `${n}${sep || ' '}${/^(?:bed|br|bd)/.test(room) ? 'bedroom' : 'bathroom'}${/^(?:beds|baths|bdrms)$/.test(room) ? 's' : ''}`)
    // "get out of the plan", "back out of the booking": cancelling it.
    .replace(/\b(?:get|getting|back|backing|opt|opting|pull|pulling) out of\b/g, '$& cancel')
    // "i'm locked out", "locked myself out", "locked my keys in the car": a lockout, as a locksmith's
    // price list calls it (said beside the visitor's words; dropped when the knowledge never says "lockout").
    .replace(/\block(?:ed|ing)? (?:myself |ourselves |me |us |him |her |them |(?:my|our|the) (?:keys?|kids?|child|dog|cat) in(?: the \w+)? )?out\b(?! lockout)|\block(?:ed|ing)? (?:my|our|the) keys? in\b(?! lockout)/g, '$& lockout')
    // Taking people on is welcoming them ("are you TAKING new patients" -> "we WELCOME new patients"),
    // the verb read as welcome (not beside it: "accepting" also found "We accept Visa ..."); only of people,
    // and not of where from ("can u take clients outside of ontario" asks where the business works) ("do you take reservations" is no welcome:
    // "Walk-ins are welcome at the bar" answered it when take/accept were related to welcome).
    .replace(/\b(?:tak(?:e|es|ing)|accept(?:s|ing)?)(?: on)?( (?:any |in )?(?:new )?(?:patients|clients|customers|students|pupils|members|kids|children|families))\b(?! (?:outside|from|in|beyond|across|out of|near|around|past)\b)/g, 'welcome$1')
    // "pay in installments" is a payment plan (and "installment" would stem as "install"): "do you do
    // installments" is read as "do you do payment plans" is, whether the page says "payment plans" or "financing".
    .replace(/\binstal+ments?\b/g, 'payment plans')
    // "a payment plan", "pay it off over time", "spread the cost": financing (said beside the
    // visitor's words).
    .replace(/\b(?:payment plans?|monthly payments|pay(?:ing)? (?:it |that |this )?(?:off )?(?:over time|in parts|later|monthly))\b/g, '$& financing')
    .replace(/\bspread(?:ing)? (?:out )?(?:the )?(?:cost|payments?|bill)\b/g, 'pay financing')
    // "how much roughly", "a ballpark for a new tank", "a rough idea of the cost": the price (the
    // hedge names nothing the knowledge would say).
    .replace(/\b(?:a |the )?(?:ballpark|rough) (?:figure|number|price|estimate|idea|quote|cost)\b|\bballpark\b/g, 'price')
    .replace(/\b(?:roughly|approximately|give or take|more or less)\b/g, ' ')
    // "how soon can you come out", "how fast can someone come over": arriving, not the call-out's price.
    // ("how soon can someone come FIX it": the same.)
    .replace(/\bhow (?:soon|fast|quickly)\b(?:(?! how\b)[^.?!,])*? come (?:(?:out|over|round|around)\b(?! (?:to(?! (?:fix|repair|look|check|see|help|sort))|as far|this far|that far|that way|here|there)\b)|(?:and )?(?:fix|repair|look at|check)\b)/g, '$& arrive')
    // "WHEN can you come out", "how long TILL someone fixes it": the wait for someone, which a guide may give
    // as when a visit is scheduled ("Routine requests are scheduled within 3 business days"; said beside the
    // visitor's words, dropped when the knowledge never says it; no call-out's price is asked, below).
    .replace(/\bwhen (?:can|could|will|would|do|does|is|are)\b(?:(?! how\b)[^.?!,])*? come (?:out|over|round|around|by)\b(?! (?:to(?! (?:fix|repair|look|check|see|help|sort))|as far|this far|that far|that way|here|there)\b)/g, '$& scheduled')
    .replace(/\bhow long (?:till|til|until|before|for)\b(?:(?! how\b)[^.?!,])*? (?:someone|somebody|anyone|you|u|a tech|a technician|a plumber|an electrician|a guy|your guys|they|the repair(?:man|person)?|maintenance) (?:can |will |to )?(?:fix(?:es)?|repairs?|comes?|gets? (?:here|there|to it)|shows? up|looks? at|sorts?)\b(?! arrive\b)/g, '$& arrive scheduled')
    // "how much for you to come out", "someone to come round": a call-out (a visit); "do you come
    // out TO lakeside" asks where they go.
    .replace(/\b(?:you|someone|somebody|anyone|a tech|a technician|a plumber|an electrician|a guy|your guys|they) (?:to )?come (?:out|over|round|around)\b(?! (?:to|as far|this far|that far|that way|here|there|arrive|scheduled)\b)/g, '$& callout visit')
    // "a hose bib", "the sillcock", "garden tap": an outdoor faucet (the kind named in the plain words a guide uses).
    .replace(/\b(?:hose ?bibb?|sill ?cock|garden (?:tap|faucet)|hose (?:tap|faucet|spigot))(s?)\b/g, 'outdoor faucet$1')
    .replace(/\b(?:outside|exterior|yard) (taps?|faucets?|spigots?)\b/g, 'outdoor $1')
    // "what do u charge just to come look at my washer", "how much for someone to look at my laptop": a
    // visit to find the fault, however the guide calls it (lexical-related's IMPLIES "lookover": a call-out,
    // a diagnostic, an inspection), said BEFORE the purpose clause, so the thing looked at is why they
    // come (answer-query's purpose clause), not the thing priced.
    .replace(/\b(?:(?:to |just )?(?:have|get) )?(?:(?:you|someone|somebody|anyone|a tech|a technician|a guy|your guys|they) )?(?:to )?(?:come (?:out )?(?:and )?)?(?:have a )?look (?:at|over)\b(?=[^.?!]*$)/g, (m: string, at: number, s: string) => (/\b(?:how much|cost|costs|charge|fee|price|pay)\b/.test(s) ? `lookover ${m}` : m))
    // "how much for a service call", "do you do house calls": a visit to the customer, the call-out
    // (a guide's "service area" otherwise outweighs it with the shared word "service"; a guide that
    // says "service call" reads the same way).
    .replace(/\bservice calls?\b/g, 'callout visit')
    // ("house calls" are visits, no phone calls: "Dr. Feld makes home visits".)
    .replace(/\b(house|home) calls?\b/g, '$1 visits callout')
    // "is there a fee just to show up", "how much for showing up": the call-out.
    .replace(/\b(?:to|for) (?:show(?:ing)? up|turn(?:ing)? up)\b/g, '$& callout')
    // "teach stick shift", "a stick car": a manual gearbox.
    .replace(/\bstick[- ]?shifts?\b|\bstick(?= (?:cars?|lessons?|transmissions?)\b)/g, 'manual')
    // "cancel last minute": a late cancellation.
    .replace(/\blast[- ]minute\b/g, 'late')
    // "my husband is active duty": serving in the military.
    .replace(/\bactive[- ]duty\b/g, 'military')
    // "a discount for vets": veterans (a vet's own clinic reads "vets" as its vets elsewhere).
    .replace(/\b((?:discounts?|off|deals?|rates?|prices?) for) vets\b/g, '$1 veterans')
    // "a tesla charger", "charger for my electric car": an EV charger (the brand is no other service).
    // The brand stays beside it: a guide may name it ("we cannot make keys for Tesla"); when it
    // does not, the brand says nothing (REWRITE_WORDS).
    .replace(/\b(tesla|rivian|lucid)s?\b(?! ev\b)/g, '$1 ev')
    .replace(/\b(?:electric car|electric vehicle|plug-in hybrid)s?\b/g, 'ev')
    // "open sat", "closed on sun", "this fri": a day said short, where a day is meant.
    .replace(/\b(open|opened|closed|close|on|this|next|every|til|till|until|by|from|to|or|and|hours) (mon|tues?|wed|thu|thur|thurs|fri|sat|sun)s?\b(?!')/g, (_, before: string, day: string) => `${before} ${SHORT_DAYS[day]}`)
    // "mon to fri", "mon-fri": a short day before a range's other day.
    .replace(/\b(mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\b(?=\s*(?:-|to|through|thru)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/g, (day: string) => SHORT_DAYS[day]!);
}

/** Porter stem of one lower-case word (numbers and short words unchanged). */
export function stem(word: string): string {
  return stemOf(word);
}

function stemOnce(word: string): string {
  // ("eve" is no "ev": Christmas Eve is no electric vehicle.)
  if (word.length <= 2 || /\d/.test(word) || word === 'eve') return word;
  const own = OWN_STEMS[word];
  if (own) return own;
  const irregular = IRREGULAR_FORMS[word];
  if (irregular) return stemmer(irregular);
  // Plurals in -es after s/x/z/ch/sh first, so "buses" and "bus" meet (Porter alone splits them).
  const singular = /(?:[^s]s|x|z|ch|sh)es$/.test(word) && word.length > 4 ? word.slice(0, -2) : word;
  return stemmer(singular);
}

/** Raw lower-case word tokens (hyphenated compounds kept whole), bounded in number. */
export function words(text: string, max = 5000): string[] {
  const out = text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
  return out.length > max ? out.slice(0, max) : out;
}

const clean = (p: string) => p.replace(/'s$/, '').replace(/'/g, '');

/** Normalised content terms: casual spelling folded, stop words dropped, stems applied (a new array: the caller's to change). */
export function terms(text: string): string[] {
  return termsOf(text).slice();
}

function termsOnce(text: string): readonly string[] {
  const out: string[] = [];
  for (const w of words(normalizeText(text))) {
    const parts = w.includes('-') ? [w.replace(/-/g, ''), ...w.split('-')] : [w];
    for (const p of parts) {
      const c = clean(p);
      if (!c || STOP.has(c)) continue;
      out.push(stem(c));
    }
  }
  return out;
}

export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

const RELATED_BY_STEM = new Map<string, Set<string>>();
for (const group of RELATED) {
  const stems = group.flatMap((w) => terms(w));
  for (const s of stems) {
    const set = RELATED_BY_STEM.get(s) ?? new Set<string>();
    for (const o of stems) if (o !== s) set.add(o);
    RELATED_BY_STEM.set(s, set);
  }
}
const RELATED_WORDS = new Set(RELATED.flat());
/** A word the table of related words names itself ("retainer" beside "deposit"), plural or not. */
export function isListedRelated(word: string): boolean {
  return RELATED_WORDS.has(word) || RELATED_WORDS.has(word.replace(/s$/, ''));
}
const IMPLIED_BY_STEM = new Map<string, string[]>(Object.entries(IMPLIES).map(([k, v]) => [stem(k), v.map(stem)]));

// Words whose opposite still ANSWERS the question ("are you open on Thanksgiving?" is answered by
// "we are closed on Thanksgiving"). They only help find that sentence, at a low weight; they are
// never treated as meaning the same thing.
const ANSWERED_BY: Record<string, string[]> = { open: ['closed'], close: ['open'], closed: ['open'] };
const ANSWERED_BY_STEM = new Map<string, string[]>(Object.entries(ANSWERED_BY).map(([k, v]) => [stem(k), v.map(stem)]));

/** Terms whose presence answers a question about `term` the other way ("open" -> "closed"). */
export function answeredByTerms(term: string): string[] {
  return ANSWERED_BY_STEM.get(term) ?? [];
}

// A span of days named by its ends ("Monday to Friday") says the whole span ("weekdays").
const SPANS = new Map<string, string[]>([
  [stem('weekday'), ['monday', 'friday'].map(stem)],
  [stem('weekend'), ['saturday', 'sunday'].map(stem)],
]);

/** The terms that together say a term (a span of days by its ends), or null. */
export function spanTerms(term: string): string[] | null {
  return SPANS.get(term) ?? null;
}

/** Terms related to a term (near-synonyms, and what a day or time implies). */
export function relatedTerms(term: string): string[] {
  return [...(RELATED_BY_STEM.get(term) ?? []), ...(IMPLIED_BY_STEM.get(term) ?? [])];
}

/** Plain words for a full-text query: the visitor's words plus their related words. */
export function expandForSearch(text: string, maxTerms = 40): string[] {
  const out = new Set<string>();
  const plain = words(normalizeCasual(text), 200).flatMap((w) => w.split(/[-']/)).filter((p) => p && !STOP.has(p) && p.length >= 2);
  for (const p of plain) out.add(p);
  for (const p of plain) {
    if (out.size >= maxTerms) break;
    for (const r of relatedTerms(stem(p))) if (r.length >= 2 && !STOP.has(r)) out.add(r);
  }
  return [...out].slice(0, maxTerms);
}
