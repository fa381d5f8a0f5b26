import { terms } from '../ai/lexical.js';
import { morphMatch } from './answer-words.js';
import { LENGTH_SAID, WEIGHT_SAID } from './answer-measures.js';

// The kinds of answer a question can want (a price, a clock time, a duration, an address, a
// count, a name, a phone number, a year, brand names), how to see one in a sentence, and which
// of them a reply must hold to answer at all.

// What kind of answer a question wants, and how to see it in a sentence. A question word of that
// kind ("cost", "hours") is matched by any sentence holding such an answer (a price, a time).
// `near`: a form that answers only beside the subject asked about ("how soon do I get THE REPORT" ->
// "You get the full report ... the same evening"; a bare "how soon can you come" is no question about a report).
export const ANSWER_TYPES: Array<{ ask: RegExp; words: string[]; has: RegExp; near?: RegExp; marker?: string }> = [
  {
    // ("how much NOTICE", "how much time": a duration, the next type but one.)
    // ("what would pruning it RUN me", "what does that run": what it costs.)
    // ("whats the DEPOSIT", "what is your retainer": an amount asked, not the deposit's rules.)
    ask: /\b(?:how much(?! (?:notice|time|warning|lead time|advance notice)\b)|cost|costs|price|prices|pricing|fee|fees|charge|charges|rate|rates|expensive|cheap|cheaper|cheapest|priciest)\b|\b(?:is|are|be) (?:it|that|this|there|they) (?:\w+ )?extra\b|\b(?:is|be) (?:it|that|this) (?:any )?more\b(?! (?:than|likely|often|common)\b)|(?<!\b(?:when|how) )\b(?:do|will|would) (?:i|we) (?:have to |need to |still |ever )?(?:pay|be charged)\b(?! (?:you|online|by|with|in|for it by)\b)|\bis (?:it|that|this) free\b|\bwhat (?:would|will|does|do|did|is|'s)\b(?: \w+){0,4} run(?: (?:me|us|you))?\b(?! (?:on|at|in|out|from|to|for|every)\b)|\bwhat(?:'s|s| is| are) (?:the |your )?(?:[\w-]+ )?(?:deposits?|down payments?|retainers?|booking fees?)\b(?! (?:for|policy|polic(?:y|ies)|rules?|terms?)\b)/,
    // ("do I have to PAY again": answered by "free" or "no charge" as by a price.)
    words: ['much', 'cost', 'price', 'pricing', 'fee', 'charge', 'rate', 'expensive', 'cheap', 'cheaper', 'run', 'pay', 'charged'],
    // ("We donate or recycle about 60% OF WHAT WE HAUL": a share of something else is no price.)
    // ("FREE WEIGHTS downstairs", "GLUTEN-FREE options", "a FREE-STANDING tub": a thing's name or what it is without, no price.)
    has: /[$€£]\s?\d|\b\d+(?:\.\d+)?\s?%(?! of (?:what|all|everything|our (?:customers|clients|jobs|work))\b)|(?<!-)\bfree\b(?!-| (?:weights?|range|standing|style|lance|throw)\b)|\bno charge\b|\bat cost\b/i,
  },
  {
    // ("how LATE can I cancel", "how early can you come": a clock time.)
    // ("WEEKEND APPOINTMENTS", "visits on saturday": the days the business works, said by its hours.)
    // ("how early should I GET THERE" asks how long before the appointment: the next type.)
    // ("how long have you been OPEN" asks since when the business exists: the year type below.)
    ask: /\b(?:what time|(?<!\b(?:by the|per|an|a|each|every|half an?) )hours?|(?<!\bhow long (?:have|has) (?:you(?: guys| all| folks)?|they|the \w+|your \w+) been )open|close|closing|opening|how late|how early(?! (?:should|do|must|shall|would|can) (?:i|we)(?: (?:need|have|want|got) to)? (?:get|arrive|be|come|show|check)))\b|\b(?:weekends?|saturdays?|sundays?|weekdays?)\s+(?:appointments?|appts?|visits?|slots?|bookings?|sessions?|availability)\b|\b(?:appointments?|appts?|visits?|slots?|bookings?|sessions?|availability)\s+(?:on|at|in|for|during|over)\s+(?:the\s+|a\s+)?(?:weekends?|saturdays?|sundays?|weekdays?)\b/,
    // A part of the day ("wednesday MORNING") is answered by a clock time.
    // So is "open LATE" or "EARLY": a question about hours, not about lateness.
    // ("what time do u START", "what time do you FINISH": the working day's ends, said by the hours.)
    words: ['time', 'hour', 'open', 'close', 'opening', 'closing', 'morning', 'afternoon', 'evening', 'late', 'later', 'early', 'earlier', 'appointment', 'appt', 'visit', 'slot', 'booking', 'session', 'availability', 'start', 'finish', 'begin'],
    has: /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\s*(?:-|\u2013|\u2014|to|until|till)\s*\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b|\b24\/7\b|\b24 hours\b|\bclosed?\b/i,
  },
  {
    // "How long have you been in business" asks for a year, not a duration (the next type).
    ask: /\bhow long\b(?! (?:have|has) (?:you(?: guys| all| folks)?|they|the \w+|your \w+) been\b)(?! of an?\b)|\bhow much (?:notice|time|warning|lead time|advance notice)\b|\bhow far (?:ahead|in advance|beforehand)\b|\bhow early (?:should|do|must|shall|would|can) (?:i|we)(?: (?:need|have|want|got) to)? (?:get|arrive|be|come|show|check)\b/,
    // ("how much NOTICE": any duration answers it, "24 hours ahead" as well as "48 hours' notice".)
    words: ['long', 'notice', 'warning'],
    // "24 hours a day, 7 days a week" is how often, not how long.
    // ("2 business days", "3 working days": one qualifying word may stand before the unit; "45 min", "2 hrs" as owners shorten them.)
    // ("It takes about AN HOUR", "ready within a day": one unit, said with "a", after a word that measures it.)
    has: /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half an?|a few)\s*(?:-\s*)?(?:(?:business|working|calendar|school) )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b(?! a (?:day|week|month|year)\b)|\b(?:about|around|roughly|nearly|almost|under|within|less than|more than|up to|at least|takes?|lasts?|took)\s+(?:about\s+|around\s+)?an?\s+(?:full\s+|whole\s+)?(?:minute|hour|day|week|month|year)\b/i,
  },
  {
    ask: /\bhow long (?:have|has) (?:you(?: guys| all| folks)?|they|the \w+|your \w+) been\b|\bhow old is (?:the|your) (?:company|business|firm)\b|\bwhen (?:were|was) (?:you|the \w+|your \w+) (?:founded|started|established)\b/,
    words: ['long', 'old', 'founded', 'started', 'established'],
    // A year founded, not any number of years ("6 years on most water heaters" is a warranty).
    has: /\b(?:since|in|founded|established|started|opened) (?:in )?(?:19|20)\d\d\b|\b(?:for|over) (?:\d+|twenty|thirty|forty|fifty) years\b/i,
  },
  {
    ask: /\bwhere\b|\blocated\b|\baddress\b/,
    // (A street address, or a shop inside a mall named with where in it: "Lakeview Mall, lower level".)
    words: ['located', 'location', 'address'],
    has: /\b\d+\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Suite|Row|Place|Pl|Court|Ct|Square|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Quay|Pike|Crescent|Plaza)\b|\b[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)*\s+(?:Mall|Shopping (?:Centre|Center)|Galleria|Outlets)\b(?=,?\s+(?:\w+\s+)?(?:level|floor|unit|suite|store|kiosk|\())/,
  },
  {
    ask: /\bhow many\b/,
    words: ['many'],
    // "a two-step ladder" counts nothing.
    // A count of things: not a time, an amount, a share or a measure ("24 hours", "$50", "50%", "50 lbs").
    // (Nor the digits of a phone number: "(905) 555-0187", "call 911".)
    has: /(?<![$€£.,:\d/-])(?<!\b(?:call|dial|text|ring|phone) )\b(?!(?:19|20)\d\d\b)\d+\b(?![-.,:/]\d|\)\s*\d{3}[-.\s]\d{4}|-\w|\s*%|\s*(?:minutes?|hours?|days?|weeks?|months?|years?|am|pm|lbs?|miles?|feet|foot|square|gallons?|amps?)\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen)\b(?!-|\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)/i,
  },
  {
    ask: /\bwho\b/,
    words: [],
    // (A first and a last name: not "After November" or "On Monday".)
    has: /\b(?:Dr|Mr|Mrs|Ms)\.|\b(?!(?:After|Before|On|In|By|From|Since|Until|Every|Each|Our|The|We|Call|Open|Closed)\b)[A-Z][a-z]+ (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z']+\b/,
  },
  {
    ask: /\b(?:phone|number|call)\b/,
    words: ['phone', 'number'],
    // (A number as the UK and others write it, from a trunk 0: "0117 496 0123", "0800 111 999".)
    has: /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b1-8\d\d-\d{3}-\d{4}\b|\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b/,
  },
  {
    // "what brand of furnace": named makes ("Carrier and Trane", "A.O. Smith, Rheem and Navien").
    // ("a BRAND NEW fence" is new, not a make.)
    // ("make" as a noun only: "what make of boiler", "all makes and models"; "can you MAKE my logo" is a verb.)
    ask: /\b(?:brand|brands|manufacturer|manufacturers)\b(?![ -]new\b)|\b(?:what|which|any|all|every|your) makes?\b|\bmakes? (?:and|or|of) (?!it\b|me\b|us\b)\w+/,
    words: ['brand', 'make', 'manufacturer'],
    has: /\b[A-Z][\w.]+(?:,? [A-Z][\w.]+)*(?:,| and| or) [A-Z][a-z]+/,
  },
  {
    // "When do I have to pay?": "when" is no content word, so the question carries a marker term
    // that any sentence saying when something happens matches.
    ask: /^(?:(?:so|and|ok|okay|hi|hey)\s+)*(?:when|by when)\b(?! (?:are|is) (?:you|u|the \w+) (?:open|closed)\b| (?:do|does|will) (?:you|u|the \w+|your \w+) (?:open|close|shut)\b)/,
    words: [],
    marker: '@when',
    // ("when can you start" -> "We are currently booking projects starting in FEBRUARY", "the NEXT WEEK", "IN 2 WEEKS":
    // a month, a day or a time from now says when as well as "within" does; so do days with their hours,
    // "Monday to Friday 12 pm to 1:30 pm": ice rink QA, "when is public skating"; a weekday's clock time, "women's league THURSDAYS AT 9 AM":
    // golf course QA, "when is the womens league" got "Shotgun starts available on Mondays." after it.)
    has: /\b(?:when|until|once|within|due|upon|on completion|at the (?:end|start|time)|in advance|ahead|beforehand|the day before|the morning of)\b|\b(?:after|before) (?:the|each|every|your|a|an|\d)|\b(?:(?:in|from|by|until|till|through|starting|early|mid|late) (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:on |from |by |every |this |next )(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|(?:this|next|the following) (?:week|month|year|season|spring|summer|fall|autumn|winter)|in (?:\d+|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?)|today|tomorrow)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days? (?:to|through|thru|and|&|-|\u2013) (?:mon|tues|wednes|thurs|fri|satur|sun)days? \d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days (?:at|from) \d{1,2}(?::\d{2})?\s*[ap]\.?m\b/i,
  },
  {
    // "What happens if the plumber is late?" is answered by a condition: "If we are more than 30
    // minutes late, ...". Like "when", the question word is no content word: a marker stands in.
    // ("what am I supposed to do if", "what should we do in case": the same.)
    ask: /\bwhat (?:happens|happen|if)\b|\bwhat (?:do|should|can|could|would) (?:i|we) do (?:if|in case)\b|\bwhat (?:am|are) (?:i|we) (?:supposed|meant|expected) to do (?:if|in case)\b/,
    words: [],
    marker: '@if',
    // ("A $20 late fee is added if RENT IS not paid": a condition on a thing the sentence names, its verb right after.)
    has: /^if\b|\bif (?:you|we|your|our|a|an|the|it|they|there)\b|\bif [a-z]+ (?:is|are|was|were|isn't|aren't|doesn't|don't|does|do|has|have|hasn't|haven't|gets?|goes?|can't|cannot|won't|will)\b|\bunless\b/i,
  },
  {
    // "how old do you have to be for drums", "what age can kids start", "how young can a puppy be": an age
    // ("from age 4", "6 and up", "16 and over only", "12 weeks old"), not a price row that names the thing.
    // ("my daughter is 5, can she do violin?": the age told asks whether it is old enough.)
    ask: /\bhow old (?:do|does|must|should|would|can|will) |\bhow old (?:is|are) (?:my|our|his|her|he|she|they|kids|children)\b|\bhow (?:old|young) (?:can|must|should|do|does|is|are)\b|\bwhat ages?\b|\b(?:minimum|min|maximum|max|youngest|oldest) ages?\b|\b\d{1,2}[- ]?(?:years?|yrs?)[- ]?olds\b|\bage (?:limits?|range|requirements?|minimum|restrictions?|groups?)\b|\bold enough\b|\btoo (?:young|old)\b|\b(?:son|daughter|kid|child|boy|girl|he|she|puppy|dog)(?:'s| is| turns| turned| just turned) \d{1,2}(?: (?:years?|yrs?|months?|mos|weeks?)(?: old)?| yo)?\b(?=.*\b(?:can|could|is|are|does|do|will|would)\b)/,
    // ("do you take 7 YEAR olds", "the YOUNGEST age": the words of the age asked, no subject of their own.)
    // ("is there an age LIMIT", "any age RESTRICTIONS": the rule on ages asked, which the guide states as an age, "Players under 14 ...".)
    words: ['old', 'young', 'age', 'year', 'yr', 'youngest', 'oldest', 'minimum', 'maximum', 'limit', 'restriction', 'requirement'],
    has: /\bages? (?:(?:is|of|limit(?: is)?|requirement(?: is)?) )?\d|\baged? (?:of )?\d|\bgrades? \d|\b\d+ (?:years?|yrs?|months?|mos|weeks?)[ -]old\b|\b(?:from|under|over) \d+ (?:years?|yrs?|months?|mos|weeks?)\b|\b\d+\s*\+|\b(?:over|under|older than|younger than) (?:the age of )?\d+\b|\b\d+ (?:and|or) (?:over|up|older|under|younger)\b|\bmust be (?:at least )?\d{1,2}\b(?!\s*(?:[%:.,]\d|%|feet|ft|inches|in\b|cm|lbs?|pounds|minutes?|mins?|hours?|days?|weeks?|people|guests|players|kids|children))/i,
  },
  {
    // "How soon can you come?" asks for a wait: "within 2 business days", "in 90 minutes", "within 3 to 5 working days".
    ask: /\bhow (?:soon|fast|quickly)\b/,
    words: ['soon', 'fast', 'quickly'],
    has: /\b(?:within|in|under|less than)\s+(?:about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half an?|a few|an?)(?:\s*(?:to|-|\u2013|or)\s*(?:\d+|two|three|four|five|six|seven|eight|ten|twelve))?\s*(?:-\s*)?(?:(?:business|working|calendar) )?(?:minutes?|hours?|days?|weeks?)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of)(?:\s*(?:to|-|\u2013|or)\s*(?:\d+|two|three|four|five|six|eight|ten|twelve))?\s+(?:(?:business|working) )?(?:days?|weeks?|months?)\s+(?:ahead|in advance|out)\b/i,
    // ("how soon can you come out" -> "We recommend booking 2 to 3 weeks AHEAD": the lead time is the wait.)
    // (The day said relative to the visit: "you get the report by e-mail THE SAME EVENING", "we fix it
    // THE SAME DAY"; not an option's name, "a same-day visit costs an extra $60".)
    near: /\bthe (?:same|next|following) (?:day|evening|morning|afternoon|night|week|business day|working day)\b/i,
  },
  {
    // "how often should the filter be changed?": a frequency ("every three months", "twice a year", "weekly").
    ask: /\bhow (?:often|frequently)\b/,
    words: ['often', 'frequently'],
    has: /\bevery\b|\b(?:once|twice|three times|four times|\d+ times) (?:a|an|per|each)\b|\b(?:daily|weekly|fortnightly|biweekly|monthly|quarterly|yearly|annually|annual)\b/i,
  },
  {
    // "what payment methods do you accept", "can I pay with a card": the ways to pay a guide lists
    // ("We accept Visa, Mastercard, cash and Zelle"), not any sentence that says "card".
    ask: /\bhow (?:do|can|could|should|would|will) (?:i|we) pay\b|\bhow to pay\b|\b(?:pay|payment|payments|paying)\b.{0,40}\b(?:cards?|cash|checks?|cheques?|venmo|zelle|paypal|apple pay|methods?|kinds?|types?|forms?|ways?|options?)\b|\b(?:methods?|kinds?|types?|forms?|ways?) (?:of|to) pay(?:ment)?\b|\b(?:take|accept) (?:credit |debit )?(?:cards?|cash|checks?|cheques?|venmo|zelle|paypal|apple pay)\b/,
    // (Only the word "method": a visitor naming cash or cards asks about that way, which must be said.)
    words: ['method', 'kind', 'type', 'form', 'way', 'option'],
    has: /\b(?:visa|mastercard|master card|american express|amex|discover|cash|checks?|cheques?|zelle|venmo|paypal|apple pay|google pay|credit cards?|debit cards?|bank transfers?|ach|e-?transfers?|financing)\b/i,
  },
  {
    // "how far will you go?": a distance.
    // ("how far AHEAD do i order" asks how long before: a duration.)
    ask: /\bhow far\b(?! (?:ahead|in advance|beforehand)\b)|\bdistance\b|\bradius\b/,
    words: ['far', 'distance', 'radius'],
    // ("how far are the lanes" -> "lanes AT 25 yards": a distance is said as a length too, at or away; not a size,
    // "how far will you travel" -> "a flat area 5 feet bigger than the unit", reviewer.)
    has: /\b\d[\d,.]*\s*(?:-\s*)?(?:miles?|mi|km|kilometers?|kilometres?|blocks?)\b|\bat \d[\d,.]*\s*(?:yards?|yds|feet|foot|ft|meters?|metres?)\b|\b\d[\d,.]*\s*(?:yards?|yds|feet|ft|meters?|metres?) (?:away|from|out|off)\b/i,
  },
  {
    // "how tall are the walls" -> "45-foot rope walls", "how big is the gym" -> "18,000 square feet": a
    // size or a weight (the word that asks is no subject: the page rarely says "tall" or "big"), as answer-measures reads one.
    // ("how long OF AN rv can you fit" -> "Sites fit rigs up to 45 feet": a length, no duration.)
    ask: /\bhow (?:tall|high|big|large|wide|deep|heavy)\b|\bhow long of an?\b/,
    words: ['tall', 'high', 'big', 'large', 'wide', 'deep', 'heavy', 'long'],
    has: new RegExp(`${LENGTH_SAID.source}|${WEIGHT_SAID.source}|\\b\\d[\\d,.]*\\s*(?:sq\\.? ?ft|square (?:feet|foot|meters?|metres?)|acres?)\\b`, 'i'),
  },
  {
    // "senior discount?" is answered by "Seniors get 10% off": the knowledge rarely says "discount".
    ask: /\b(?:discount|discounts|discounted|coupon|coupons|promo|promos|promotion|promotions)\b/,
    words: ['discount', 'discounted', 'coupon', 'promo', 'promotion'],
    has: /\b\d+\s?% off\b|[$€£]\d[\d,.]*\s+off\b|\bdiscount(?:s|ed)?\b|\bhalf[- ]price\b|\breduced (?:rate|price|fee)s?\b/i,
    // ("is there a SENIOR discount" -> "Students and SENIORS (65+) pay $99.": a price of their own, said of whom the question names.)
    // ("is there a STUDENT discount" -> "Student or military membership — Price: $60 per month": a price of
    // whom the question names, beside the others', is their rate.)
    near: /\bpays?\s+(?:only\s+|just\s+)?[$€£]\d|\b(?:students?|seniors?|military|veterans?|teachers?|first responders?)\b[^.;]{0,60}[$€£]\d/i,
  },
  {
    // "what areas do you cover?", "is Longmont in your area?": the places served, not a fee that
    // "covers the first hour".
    ask: /\b(?:what|which) (?:areas?|towns?|cities|city|neighbou?rhoods?|places|suburbs|counties|county|zip ?codes?|postcodes?|regions?)\b|\b(?:service|coverage|your|ur) area\b|\bhow far (?:out )?do you (?:go|travel|come)\b/,
    words: ['area', 'areas', 'town', 'city', 'neighborhood', 'neighbourhood', 'region', 'county', 'zip', 'postcode', 'suburb', 'cover', 'serve'],
    has: /\bserv(?:e|es|ing)\b(?! (?:size|sizes)\b)|\bservice area (?:is|includes|covers|spans|extends|runs)\b|\bwithin \d+\s*(?:miles?|mi|km|kilometers?|kilometres?)\b|\b(?:cover|covers|covering) (?:all of |the whole of |most of |every )?[A-Z]/,
  },
  {
    // "do you work saturdays?" when the knowledge never names Saturday but says "We work Monday to
    // Friday, 7am to 5pm": the sentence giving the working days answers it (answer-polarity reads
    // whether the day is in the range). answer-extract lets such a day word be matched by this type.
    ask: /^(?:(?:so|and|hi|hey|ok|okay)\s+)*(?:do|does|are|will|r) (?:you|u|y'?all|you guys|u guys|your (?:office|shop|team|clinic)) (?:work|open|operate|do appointments|take appointments|see (?:people|patients|clients))\b.*\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?)?\b/,
    words: [],
    has: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s*(?:to|through|thru|until|-|\u2013|\u2014)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays\b/i,
  },
  {
    // "how hot is the hot class", "what temperature is the room": a temperature ("a 95°F room", "heated
    // to 90 degrees"). The word that asks ("hot") is the subject too ("the HOT class"), so a marker
    // stands in for the kind, as for "when".
    ask: /\bhow (?:hot|warm|cold|cool|chilly)\b|\b(?:what|which) (?:temp|temperature)\b|\btemperatures?\b/,
    words: ['temperature', 'temp'],
    marker: '@temperature',
    has: /\d\s*°|\b\d+\s*degrees?\b/i,
  },
  {
    // "can i get in at 7am", "r u there before 8 am", "can i pick up after 6pm": a clock time asked about
    // is answered by hours that hold it or leave it out (answer-days closedAtTimeAsked says which), not
    // by a sentence that shares the other words and says no time ("The building is wheelchair accessible").
    // Like "when", the time is no content word: a marker stands in.
    // (Asked with a yes or no, and no price: "how much is a call-out after 5pm" tells when it is wanted, answer-query's clockTold.)
    ask: /^(?!.*\b(?:how much|cost|costs|price|prices|charge|fee|fees|extra)\b)(?:(?:so|and|hi|hey|ok|okay)\s+)*(?:can|could|may|do|does|will|would|is|are|r)\b.*\b(?:at|by|before|after|around|past|until|till|til) \d{1,2}(?::\d{2})?\s?(?:am|pm)\b/,
    words: [],
    marker: '@clock',
    has: /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\s*(?:-|\u2013|\u2014|to|until|till)\s*\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b|\b24\/7\b|\b24 hours a day\b/i,
  },
  {
    // "can we play AT NIGHT", "r u open after dark": doing a thing at night is answered by hours or by what the page says
    // of the night, not by "Walk-on play is on Saturdays and Sundays" (paintball QA: it got a yes). Not whether someone is
    // there at night ("is there someone on site at night" -> "A manager lives on site"), which asks no time.
    ask: /^(?!.*\b(?:how much|cost|costs|price|prices|charge|fee|fees|extra)\b)(?:(?:so|and|hi|hey|ok|okay)\s+)*(?:can|could|may|do|will|would|are|r) (?:i|we|you|u|they)\b.*\b(?:at night|late at night|after dark|night ?time)\b/,
    words: [],
    marker: '@night',
    has: /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\s*(?:-|\u2013|\u2014|to|until|till)\s*\d{1,2}:\d{2}\b|\bmidnight\b|\b24\/7\b|\b24 hours a day\b|\bnights?\b|\bnight-?time\b|\bovernight\b|\bafter[- ]hours\b|\bafter dark\b|\bevenings?\b/i,
  },
  {
    // "when can u start", "when could someone come out": a time from now the business can do it ("within 7
    // days", "starting in February", "next week", "same-day"), which a "when" or an "once" that opens a
    // condition does not say ("We start WHEN 2 inches of snow have fallen", "non-refundable ONCE design work has
    // started"). Never asked by its own words: wantedKinds asks it for such a question instead of "when".
    ask: /(?!)/,
    words: [],
    // ("within 7 days", not "within 25 miles of the yard".)
    has: /\bwithin (?:(?:\d+(?:\s*(?:-|to)\s*\d+)?|an?|one|two|three|a few|a couple of|the)\s+)?(?:business |working )?(?:minutes?|hours?|days?|weeks?|months?)\b|\b(?:same-day|next-day|right away|immediately)\b|\b(?:(?:in|from|by|until|till|through|starting|early|mid|late) (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:on |from |by |every |this |next )(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|(?:this|next|the following) (?:week|month|year|season|spring|summer|fall|autumn|winter)|in (?:\d+|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?)|today|tomorrow)\b/i,
  },
];

/** The index of the working-days type (above). */
/** A size or a weight asked ("how tall", "how big"). */
export const SIZE_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('how tall'));
export const DISTANCE_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('how far'));
export const DAYS_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('do you work saturdays'));
/** Day names as the lexical terms read them (stemmed). */
export const DAY_TERMS = new Set(terms('monday tuesday wednesday thursday friday saturday sunday'));

/** Answer types a question asks for (indexes into ANSWER_TYPES). */
export function askedTypes(plain: string): number[] {
  return ANSWER_TYPES.map((t, i) => (t.ask.test(plain) ? i : -1)).filter((i) => i >= 0);
}
// Kinds of answer a reply must hold to answer at all: a price, a clock time, a duration, a count.
// ("how QUICKLY can you get here" asks for a wait as "how fast" does; "what is your address AND PHONE NUMBER"
// for a number as "what is your phone number" does, not "Gas Safe registration number 548812".)
export const HARD_ASK = /\bhow (?:much|long|many|soon|fast|quickly)\b|\bwhat (?:does|would|will) (?:it|that|this) (?:cost|come to)\b|\bhow far (?:ahead|in advance|beforehand)\b|\bhow old (?:do|does|must|should|would|can|will)\b|\bhow young (?:do|does|must|should|would|can|will|are|is)\b|\bwhat ages?\b|\b(?:minimum|min|maximum|max|youngest|oldest) ages?\b|\bwhat time\b|\bwhat (?:are|is) (?:your|the) (?:hours|price|cost|fee|rate|deposit|retainer|down payment)\b|\bwhat is (?:your|the) (?:(?:phone|cell|mobile|contact|emergency|office|main|business|direct|fax|toll[- ]free|24\/7|after[- ]hours|text|sms|whatsapp) )?(?:phone )?number\b|\bwhat is (?:your|the) [a-z-]+ (?:and|&) (?:your |the )?(?:(?:phone|cell|mobile|contact|office) )?number\b/;
export const HARD_TYPES = new Set(['how much', 'what time', 'how long', 'how soon', 'how many', 'phone number', 'what age'].map((q) => ANSWER_TYPES.findIndex((t) => t.ask.test(q))));

/** Hours said as a span, from one time to another ("6:45 am to 6:00 pm", "8-5", "9am until noon"): what "what time do you open" asks for. */
export const HOURS_SPAN = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s*(?:-|\u2013|\u2014|to|until|till|through)\s*(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}|noon|midnight)\b/i;

/** The answer type of a price ("how much"). */
export const PRICE_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('how much'));
export const AGE_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('what age'));
export const DISCOUNT_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('a discount'));
export const BRAND_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('what brand'));

/** The thing a make is asked of ("what brand of ballet SHOES", "which brands of water HEATER do you install"), its last word; null when none is named. */
const BRAND_OF = /\b(?:brands?|makes?|manufacturers?) of (?:(?:a|an|the|your)\s+)?(?:[a-z'-]+\s+){0,2}?([a-z'-]+)(?=\s+(?:do|does|did|are|is|you|u|we|can|will|would|should|for|in|at)\b|[?.!\s]*$)/;

/** "what brand of ballet shoes" -> "Ballet and Tap Combo (ages 5 to 7) ...": the names a sentence gives are makes of the thing asked only when it says that thing (at least under its heading). */
export function brandThingUnsaid(plainQuestion: string, qs: ReadonlyArray<{ term: string; light: boolean }>, matches: readonly number[], least: number): boolean {
  const head = BRAND_OF.exec(plainQuestion)?.[1];
  const i = head ? qs.findIndex((q) => q.term === terms(head)[0]) : -1;
  return i >= 0 && !qs[i]!.light && matches[i]! < least;
}

/** "do you teach 7 YEAR OLDS": the thing asked is people told by their age, which a text meets by an age it gives ("students from age 4", "grades 3 to 12"). */
export function ageGroupMet(thing: string, text: string): boolean {
  return ANSWER_TYPES[AGE_TYPE]!.ask.test(thing) && ANSWER_TYPES[AGE_TYPE]!.has.test(text);
}
const PERSON_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('who'));
const FREQUENCY_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('how often'));
const WHEN_TYPE = ANSWER_TYPES.findIndex((t) => t.marker === '@when');
/** The index of the clock-time type ("can i get in at 7am"). */
export const CLOCK_TYPE = ANSWER_TYPES.findIndex((t) => t.marker === '@clock');
/** "when can you start", "when could u come out": a time the business can do it, which a sentence must say (not "I started Tall Timber in 2009"). */
const WHEN_MUST = new RegExp('^(?:(?:so|and|ok|okay|hi|hey)\\s+)*when (?:can|could|will|would) (?:you|u|you guys|someone|somebody|they|the \\w+)\\b');

/**
 * "WHO teaches violin": a question that opens on who asks for a person (not "who do I call", which asks whom to reach), so a unit naming one answers it before one that names the subject only.
 * "HOW OFTEN should the tank be pumped": a frequency ("every 3 to 5 years") answers it before a price row of the same job.
 */
export function mustHold(kind: number, plainQuestion: string): boolean {
  return (
    (HARD_TYPES.has(kind) && HARD_ASK.test(plainQuestion)) ||
    (kind === PERSON_TYPE && /^(?:(?:so|and|hi|hey|ok|okay)\s+)*who\b(?! (?:do|should|can|could|would|must) (?:i|we)\b)/.test(plainQuestion)) ||
    kind === FREQUENCY_TYPE ||
    kind === CLOCK_TYPE ||
    (kind === WHEN_TYPE && WHEN_MUST.test(plainQuestion))
  );
}

/** A reply must hold the kind wanted; a yes or no only for a clock time asked ("can i get in at 7am" is not answered by "The building is wheelchair accessible"). */
export function mustHoldWanted(wanted: readonly number[], yesNo: boolean): boolean {
  return wanted.length > 0 && (!yesNo || wanted.includes(CLOCK_TYPE));
}

/** The time from now that answers "when can you start" (the last type above). */
const SOON_TYPE = ANSWER_TYPES.length - 1;

/** The kind a reply must hold for a kind asked: for "when can you start", a time from now, not any "when" (see the last type above). */
export function heldAs(kind: number, plainQuestion: string): number {
  return kind === WHEN_TYPE && WHEN_MUST.test(plainQuestion) ? SOON_TYPE : kind;
}

/** The kinds of answer a reply must hold to answer the question at all (a price for "how much", a time for "when can you start"). */
export function wantedKinds(plainQuestion: string): number[] {
  return askedTypes(plainQuestion)
    .filter((t) => (HARD_TYPES.has(t) && HARD_ASK.test(plainQuestion)) || (t === WHEN_TYPE && WHEN_MUST.test(plainQuestion)) || t === CLOCK_TYPE)
    .map((t) => heldAs(t, plainQuestion));
}
const PRICE = ANSWER_TYPES[PRICE_TYPE]!.has;

/** A sentence that is only figures: a price or a length and the words that go with them ("60 minutes $100, 90 minutes $140."). */
export const FIGURES_ONLY = /^(?:(?:from\s+)?\$?\d[\d.,]*\s*(?:%|[a-z]+)?(?:\s+(?:per|a|an|each)\s+[a-z]+)?[\s,;/&-]*|and\s+|or\s+)+[.!]?$/i;
/**
 * "how much to replace a vinyl liner" -> "Drain and refill costs from $450, and we never drain a
 * vinyl-liner pool completely": the question's words are in one clause and the price in another
 * that names none of them, so the price is of something else (an invented price if quoted).
 */
export function pricesSomethingElse(text: string, qs: ReadonlyArray<{ term: string; light: boolean; context?: boolean; type: number | null; common?: boolean }>): boolean {
  // (Figures alone are the prices of the clause before them: "Deep tissue massage: firm pressure. 60 minutes $100.")
  const clauses = text
    .split(/;|,\s+(?=(?:and|but|while|although|though|whereas|so|except)\b)|\.\s+/i)
    .filter((c) => c.trim())
    .reduce<string[]>((out, c) => (out.length && FIGURES_ONLY.test(c.trim()) ? [...out.slice(0, -1), `${out.at(-1)!}. ${c}`] : [...out, c]), []);
  if (clauses.length < 2) return false;
  return pricesOnlyOthers(clauses, qs);
}

/**
 * Of several parts (clauses, or the units an answer is put together from: "Top-load washer (20 lb):
 * $3.50 per wash." and "Machines take quarters and our reloadable Bubbles card."), the ones with a
 * price name none of the question's subject words and another part does: the prices are of something else.
 */
export function pricesOnlyOthers(parts: readonly string[], qs: ReadonlyArray<{ term: string; light: boolean; context?: boolean; type: number | null; common?: boolean }>): boolean {
  const priced = parts.filter((c) => PRICE.test(c));
  if (!priced.length || priced.length === parts.length) return false;
  const subject = qs.filter((q) => !q.light && !q.context && q.type === null && !q.common);
  if (!subject.length) return false;
  const names = (c: string) => {
    const ts = new Set(terms(c));
    return subject.some((q) => ts.has(q.term) || morphMatch(q.term, ts));
  };
  return !priced.some(names) && parts.some(names);
}

const PERIOD = /\bevery (?:other |single |\w+ )?(day|week|month|quarter|year)s?\b|\b(?:once|twice|\w+ times) (?:a|an|per|each) (day|week|month|quarter|year)\b|\b(dai|week|fortnight|month|quarter|year|annual)ly\b|\b(biweekly|annually)\b/gi;
const PERIOD_UNIT: Record<string, string> = { dai: 'day', fortnight: 'week', biweekly: 'week', annual: 'year', annually: 'year' };

function periods(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PERIOD)) {
    const u = (m[1] ?? m[2] ?? m[3] ?? m[4]!).toLowerCase();
    out.add(PERIOD_UNIT[u] ?? u);
  }
  return out;
}

/**
 * "can I pay my rent every two WEEKS?" -> "Twice a YEAR we can split one month's rent": the
 * answer says how often something happens, but by another period than the question asks about,
 * so a yes would be a claim the knowledge does not make.
 */
export function otherPeriod(question: string, text: string): boolean {
  const asked = periods(question);
  if (!asked.size) return false;
  const said = periods(text);
  return said.size > 0 && ![...said].some((p) => asked.has(p));
}
