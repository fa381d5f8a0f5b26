// The lexicon's chat spellings and the casual phrasings normalizeCasual rewrites (data only; src/ai/lexical.ts reads them).

// Chat spellings -> plain words (applied to whole words only).
export const CASUAL: Readonly<Record<string, string>> = {
  whats: 'what is', whos: 'who is', wheres: 'where is',
  wats: 'what is',
  wat: 'what',
  hw: 'how',
  wen: 'when',
  wher: 'where',
  wut: 'what',
  u: 'you',
  ya: 'you',
  yu: 'you',
  ur: 'your',
  yr: 'your',
  yall: 'you',
  "y'all": 'you',
  r: 'are',
  n: 'and',
  w: 'with',
  b4: 'before',
  cuz: 'because',
  bc: 'because',
  // ("r u open rn": right now.)
  rn: 'now',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  wknd: 'weekend',
  appt: 'appointment',
  appts: 'appointments',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  min: 'minutes',
  info: 'information',
  incl: 'include',
  approx: 'approximately',
  wk: 'week',
  wks: 'weeks',
  mo: 'month',
  mos: 'months',
  ppl: 'people',
  nxt: 'next',
  'b/c': 'because',
  pric: 'price',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  dont: "don't",
  doesnt: "doesn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  didnt: "didn't",
  im: 'i am',
  ive: 'i have',
  thru: 'through',
  nite: 'night',
  midnite: 'midnight',
  tonite: 'tonight',
  tho: 'though',
  abt: 'about',
  bout: 'about',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  asap: 'as soon as possible',
  co: 'co carbon monoxide',
  amex: 'amex american express',
  comp: 'comp compensation',
  bday: 'birthday',
  br: 'bedroom',
  bd: 'bedroom',
  bdrm: 'bedroom',
  ac: 'ac air conditioning',
  'a/c': 'air conditioning',
  hvac: 'hvac heating air conditioning',
  xmas: 'christmas',
  sq: 'square',
  sqft: 'square feet',
  ft: 'feet',
  yrs: 'years',
  combo: 'combo combination',
  combos: 'combos combinations',
  lb: 'pound',
  lbs: 'pounds',
  convo: 'conversation',
  // A concealed carry (weapon) permit by its initials (range QA: "how long is the CCW class" -> "Tennessee Handgun CARRY PERMIT class").
  ccw: 'ccw carry permit',
  '24/7': '24 hours 7 days',
  // A left-handed player or tool, as a page names it (golf QA: "do you have LEFTY clubs" -> "LEFT-HANDED sets available").
  lefty: 'left-handed', lefties: 'left-handed', leftie: 'left-handed',
};

/** A cancellation said with when it comes ("cancel same-day", "last minute cancellation"), up to the end of the sentence. */
export const LATE_CANCEL = /\b(cancel\w*\b[^.?!]*?)(?:(?:the )?same-day|last[- ]minute|(?:on |at )?short notice|the day of)\b|\b(?:same-day|last[- ]minute|short notice)\b(?=[^.?!]*\bcancel)/g;

/**
 * A day of the month said alone ("the 16th", "sat the 3rd", "the 16th at 3pm"), not after a month ("dec
 * 25th") nor before a noun it counts or names ("10th grade", "my 2nd visit", "a 5th wheel"): only before
 * the end, a mark or a word that is no noun.
 */
export const DAY_OF_MONTH = /(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)\b(the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!-)(?!\s+(?:of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|grade|graders?|floor|street|st|ave|avenue|birthday|anniversary|century|time|times|place|visit|session|lesson|class|week|month|year|hour|row|tee|hole|round|edition|generation|gen|tier|level))(?=\s*(?:$|[?.!,;:()]|\d|(?:at|for|or|and|to|through|thru|till|until|in|on|is|would|works?|ok|okay|please|pls|too|instead|then|maybe|if|we|i|do|does|can|could|any|still|available|free|open|that|this|work|around|about|after|before|between|by|next|morning|afternoon|evening|night|noon)\b))/gi;

/** Going into the place, asked with what it costs ("do i have to pay to get in", "is it free to go inside"), not "get in touch" nor "come in for a consultation". */
export const ENTRY_ASKED = /\b(?:pay|paying|cost|costs|charge|free|fee)\b[^.?!]{0,20}\bto (?:get|go|come) in(?:side)?\b(?=\s*(?:[?.!]|$|there\b|the (?:orchard|park|farm|place|grounds|building|gate|zoo|garden|gardens|museum)\b))/g;

/**
 * What it costs to do the place's own thing, asked with nothing done to ("how much to skate", "how much is it
 * to swim", "what does it cost to climb"): the price to get in (ice rink QA: "how much to skate" got the
 * skating classes' $160, not the admission). Not "how much to fix my sink", which names what is done to; nor
 * "to golf", "to bowl", "to play", whose pages speak of a tournament's or a league's "entry" (reviewer, session 43).
 */
export const DOING_PRICED = /\b(?:how much|what does it cost|what is it|how much does it cost|how much is it)(?: to| for you to)? (?:just )?(skate|swim|jump|climb|ski|visit|tube|paddle|surf)(?=\s*(?:[?.!]|$|here\b|there\b|today\b|tonight\b|for (?:an? )?(?:adult|kid|child|person|day)\b))/g;

/**
 * "ID" as an identity document, by the word before it ("do i need ID", "a valid photo ID", "bring your ID"): read
 * as "ids", whose stem "id" no stop word drops, where "id" alone is the chat spelling of "I'd" ("id like to book").
 */
export const ID_DOCUMENT = /\b(need|needs|bring|show|have|require[ds]?|photo|valid|an|my|your|their|government|state|picture|student|with|no|any|of|for) id\b(?!'|\s+(?:like|love|rather|prefer|want|need|be|have|recommend|say|go|think|guess|imagine|appreciate)\b)/g;

/**
 * Renting, booking or hiring the whole place ("can we rent the WHOLE range", "book the entire venue"): having it
 * privately, as a page calls it ("Private range rental (all 14 lanes)"); "whole" is no word of the subject (range QA: "whole"
 * found "... on the lane with them the whole time").
 */
export const WHOLE_PLACE_HIRED = /\b(rent|rents|renting|book|booking|hire|hiring|reserve|reserving|buy out|buying out|have|get) (?:out )?(?:the|your) (?:whole|entire) (place|range|venue|facility|building|rink|gym|park|field|course|track|studio|space|room|hall|restaurant|bar|club|center|centre|arena|floor|barn|farm|lanes|pool)\b/g;

/**
 * "i've never shot before", "never done this before", "never climbed": the visitor's first time, which a page says
 * so ("A first-time shooter must watch a safety video", "First-timers get a free lesson"); said beside their words.
 */
export const NEVER_BEFORE = /\bnever (?:ever )?(?:been |done |tried |shot |fired |played |climbed |skated |ridden |held |used )(?:[a-z-]+ ){0,3}?before\b|\bnever (?:ever )?(?:been|done|tried|shot|fired|played|climbed|skated|ridden|held|used)(?: [a-z]+ing)?(?: (?:a|an|one|this|it|that|any)(?: [a-z-]+)?)?(?=\s*(?:[?.!,]|$|is\b|so\b|but\b|can\b|will\b|do\b))/g;

/**
 * "can my 6 year old WATCH", "can parents watch?": watching, with nothing named to watch, is being a spectator, as a page
 * names whom it lets in ("No one under 8 is allowed on the range, as a shooter or a SPECTATOR"); said beside their words.
 * (Not watching a thing named, "watch the recital", "watch class": its object stays right after the verb.)
 */
export const WATCHING = /\b(?:watch|watching|spectate|spectating)(?=\s*(?:[?.!,;]|$)|\s+(?:too|also|only|from|while|if|when|during|without|here|there|or|please)\b)/g;

/**
 * A drink of alcohol the visitor (i, we) would drink or bring ("can i drink a BEER before shooting", "can we bring WINE"):
 * alcohol, which a place's rules name (shooting range QA: "No alcohol before or during shooting"). Only the visitor's
 * own drinking or bringing: a drink the business serves or sells ("do you serve wine") is no alcohol rule asked
 * (reviewer, session 44: a taproom's "Nobody under 21 may be served" is no answer on its wine), nor a drink had
 * ("when we come do you HAVE wine", or a page's own "we have 16 beers on tap"): the verb right after i or we.
 */
export const DRINK_TAKEN = /(?<=\b(?:i|we) (?:(?:can|could|may|might|will|to|also|just|even|still) )?)(?:drink|drinking|bring|bringing|carry|sip)(?: (?:a|an|some|any|my|our|own|a few|a couple|couple|of|\d+|cold|few))* (?:beers?|wines?|liquor|booze|alcoholic drinks?|hard seltzers?|whiske?y|vodka|tequila|rum|cocktails?|champagne|mimosas?|spirits|(?:six|6|twelve|12)[- ]?packs?)\b(?! alcohol\b)/g;

/**
 * DRINK_TAKEN's drink said beside its alcohol: a pack is beer ("can we bring a SIX PACK"); a drink brought is from outside,
 * as a page forbids it (golf QA: "can i bring my own beer" -> "No OUTSIDE alcohol.", where "Beer and drinks are sold at
 * the grill" shared only the beer).
 */
export const drinkTaken = (drink: string): string => {
  const pack = drink.replace(/(?:six|6|twelve|12)[- ]?pack(s?)$/, 'beer$1');
  // (The outside says the "own": "bring my own beer" is then leave to come with it, as "bring beer" is, no bringing asked of itself.)
  return /^(?:bring|bringing|carry)\b/.test(drink) ? `${pack.replace(/\b(my|our) own\b/, '$1')} alcohol outside` : `${pack} alcohol`;
};

/**
 * A thing the visitor lost ("i LOST my driver on the course", "my son lost his jacket"): what a page keeps
 * as lost and found (golf QA: "Lost and found is kept in the pro shop for 30 days"); said beside their words.
 */
export const LOST_THING = /\b(?:i|we|(?:my|our) [a-z]+) (?:lost|misplaced)(?= (?:my|our|his|her|their|a|an|the) )/g;

/**
 * The visitor coming with nobody else ("im BY MYSELF can i still play", "coming alone", "just me"): a single,
 * as a golf course or a class says it ("Singles may be paired with another group"). Only of who comes or
 * plays: doing a job oneself, "can i install it by myself", is no party of one.
 */
export const ALONE_TOLD = /\b(?:(?:i am|i'm|we are|it is|it's|it'll be|i will be|i'll be|coming|going|playing|golfing|riding|skating|come|go|play|golf|ride|skate)(?: (?:just|all|out|in|here|there))? (?:by myself|on my own|alone|solo)|(?:it is|it's|just) (?:me|myself)(?: alone)?|only one (?:person|player|golfer|rider|of us))\b(?! single\b)/g;

/**
 * "can i just show up", "can we walk in without a tee time": coming without a booking, which a page calls walk-ins ("Walk-ins are
 * welcome and fit in when there is an opening"); golf QA: "show up" found "Groups that do not show up ... are charged $10" and got a No.
 */
export const JUST_SHOW_UP = /(?<=\b(?:can|could|may|should) (?:i|we) )(?:(?:just )?(?:show up|turn up|rock up)|just (?:walk|drop|pop) in|(?:walk|drop|pop) in(?= without| with no))(?=\s*(?:[?.!,]|$|without (?:a |an |any )?(?:reservations?|bookings?|appointments?|tee times?)\b|with no (?:reservations?|bookings?|appointments?|tee times?)\b))/g;

/**
 * Words lexical.ts's rewrites add beside the visitor's own ("arrive" for "get here"): they help find
 * the answer when the knowledge uses them, and say nothing when it does not.
 */
export const REWRITE_WORDS: ReadonlySet<string> = new Set(['arrive', 'pickup', 'visit', 'address', 'location', 'long-distance', 'removal', 'travel', 'tesla', 'rivian', 'lucid', 'ev', 'lookover', 'lockout', 'scheduled']);

/**
 * Words lexical.ts's rewrites also add beside the visitor's own ("payment plans" -> "payment plans
 * financing", "put money down" -> "... deposit") that visitors often type themselves: added, they
 * say nothing when the knowledge never uses them; typed, they are what is asked.
 */
export const BESIDE_WORDS: ReadonlySet<string> = new Set(['financing', 'deposit', 'owner', 'cancel']);

/**
 * Words a rewrite adds beside the visitor's own ("get in" -> "get in access") that say nothing when
 * the knowledge never uses them, wherever they stand; typed by the visitor, they are what is asked.
 */
export const ADDED_WORDS: ReadonlySet<string> = new Set(['access', 'entry', 'alcohol', 'first-time', 'spectator', 'single', 'outside', 'found', 'walk-ins']);
