import { isStopWord, normalizeCasual, relatedTerms, stem, terms } from '../ai/lexical.js';
import { JOB_NOUN, morphMatch } from './answer-words.js';
import { factAfterInstruction } from './answer-safety.js';
import { serviceAsked } from './answer-polarity.js';
import { ageGroupMet } from './answer-types.js';
import { bringAnswered } from './answer-bring.js';
import { PRICE_SAID } from './answer-unanswered.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// Two ways a sentence can seem to say yes to "do you VERB X?" without saying it: it names X only
// as the first word of another thing ("do you do RATS" -> "mostly RAT snakes and garter snakes"),
// or it says the verb of something else ("do you SELL firewood" -> "when you buy or SELL A HOUSE").

/** Verbs whose sense is their object's ("do", "have", "take"): what they act on says nothing of a service. */
export const LIGHT = new Set(['do', 'have', 'get', 'take', 'make', 'offer', 'provide', 'handle', 'work', 'deal', 'go', 'come', 'be', 'need', 'want', 'accept', 'help', 'give'].map(stem));
/** Where a question's object ends ("rats IN the basement", "firewood BY the cord"). */
const OBJECT_END = /\s(?:on|in|for|at|with|from|if|when|and|or|to|near|during|before|after|by|as|like|please|too|also|here|there|today|now|under|inside|outside|around|this|next)\b.*$|\s*[,;:!?].*$/;
/** Words a verb follows ("we sell", "to install", "buy or sell"). */
export const AS_VERB = /^(?:i|we|you|they|to|will|can|could|would|also|or|and|do|does|don't|dont|never|not|gladly|happily|usually|only|just)$/;
/** Words the business's own verb follows ("WE repair", "TO install", "we ALSO fix"; not "don't DO microwaves", where the thing is the object). */
const OUR_VERB = /^(?:i|we|they|to|will|can|could|also|never|only|just|usually|gladly|happily)$/;
const DETERMINERS = /^(?:a|an|the|my|our|your|some|any|these|those|this|that)\s+/;

/** The thing a yes/no service question asks about, as the visitor wrote it ("rats", "firewood", "dryer vents"), and its verb. */
export function askedThing(question: string): { verb: string; thing: string } | null {
  const asked = serviceAsked(question);
  if (!asked) return null;
  // (Words only: a follow-up is read with its earlier subject in brackets, "do you charge for quotes
  // (gas hob)", which is no part of the thing, and the thing's words are matched as patterns.)
  const thing = asked.rest.replace(/\s*\(.*$/, '').replace(OBJECT_END, '').replace(DETERMINERS, '').replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return thing ? { verb: asked.verb, thing } : null;
}

/** Words for any thing of a kind, after the kind's name: "orchid PLANT", "rose BOUQUET", "soap KIT". */
const GENERIC_WORDS = 'plant bouquet arrangement kit set pack package option pair type kind item product';
const GENERIC_HEAD = new RegExp(`^(?:${GENERIC_WORDS.split(' ').join('|')})s?$`);
const GENERIC_TERMS = new Set(terms(GENERIC_WORDS));

/**
 * The question's thing, a plural ("rats"), is said by the text only in the singular as the first
 * word of a compound ("rat snakes"): the text is about the other thing. (Not under a heading that
 * names the plural: "Wedding flowers start with a consultation" under "Weddings and events" is about weddings.)
 */
export function namedOnlyAsModifier(question: string, text: string, heading = ''): boolean {
  const head = askedThing(question)?.thing.split(/\s+/).pop();
  if (!head || head.length < 4 || !/[^s]s$/.test(head)) return false;
  const singular = head.replace(/(?:es|s)$/, '');
  const lower = text.toLowerCase();
  const plural = new RegExp(`\\b${head.slice(0, -1)}(?:s|es)\\b`);
  if (plural.test(lower) || plural.test(heading.toLowerCase())) return false;
  // (The question's own words for the thing, said together before a place that has it, still say it: "do
  // you have FULL HOOKUPS" -> "FULL HOOKUP RV site (water, sewer, 50-amp)"; not "garage door OPENERS".)
  const modifier = askedThing(question)?.thing.split(/\s+/).at(-2);
  if (modifier && /^[a-z]{2,}$/.test(modifier) && !isStopWord(modifier) && new RegExp(`\\b${modifier}[\\s-]+${singular}(?:\\s+\\w+)?\\s+(?:site|room|cabin|suite|lot|spot|pad|stall|unit)s?\\b`).test(lower)) return false;
  const uses = [...lower.matchAll(new RegExp(`\\b${singular}\\b(\\s+[a-z]+)?`, 'g'))];
  // (Not before a word of the job done to it: "charger INSTALLATION", "trim ON its own", "rat REMOVAL";
  // nor before the kind of booking it is: "do u do overnights" -> "Overnight STAY in your home".)
  // (Nor before the question's own verb: "do you bleed radiators" -> "Radiator BLEED".)
  const asked = new Set(terms(question));
  // (Nor before a word for any of its kind: "ORCHID plant", "tulip BOUQUET" are orchids and tulips.)
  return uses.length > 0 && uses.every((m) => !!m[1] && !isStopWord(m[1].trim()) && !JOB_NOUN.test(m[1].trim()) && !GENERIC_HEAD.test(m[1].trim()) && !asked.has(terms(m[1])[0] ?? ''));
}

/**
 * "do you GUARANTEE repairs" -> "We REPAIR and install water heaters": the thing asked about is said
 * by the text only as the business's own verb (after "we", "to", "and"...), and the question's verb,
 * one with a sense of its own, not at all: the text says the business does the thing, not that it
 * does to it what is asked (here, guarantee it).
 */
export function thingOnlyAsOurVerb(question: string, text: string): boolean {
  const asked = askedThing(question);
  if (!asked) return false;
  const verb = stem(asked.verb);
  const head = terms(asked.thing).at(-1);
  if (!head || LIGHT.has(verb)) return false;
  const ws = text.toLowerCase().split(/[^a-z']+/).filter(Boolean);
  const said = ws.map((w) => terms(w)[0] ?? '');
  if (said.some((t) => t === verb || morphMatch(verb, new Set([t])) || relatedTerms(verb).includes(t))) return false;
  const uses = said.flatMap((t, i) => (t === head ? [i] : []));
  return uses.length > 0 && uses.every((i) => i > 0 && OUR_VERB.test(ws[i - 1]!));
}

/** The business's buying asked ("do YOU buy guns", "will you purchase my old gear"). */
const WE_BUY_ASKED = /\b(?:do|does|will|would|can|could) (?:you|you guys|you all) (?:ever |still |also )?(?:buy|purchase)\b/;
/** The visitor's buying from the business ("ammunition BOUGHT HERE", "PURCHASED FROM US", "buy them AT THE COUNTER"). */
const BOUGHT_FROM_US = /\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing)(?: (?:it|them|one))? (?:here|from us|at (?:our|the) (?:counter|shop|store|front desk|desk)|in (?:our )?(?:store|shop))\b/i;

/**
 * "do you buy guns" -> "Rental guns must be shot with ammunition BOUGHT HERE": asked whether the business buys, a
 * text that says the visitor's buying from it says the verb of another buyer (range QA: it said "Yes." from it).
 */
export function boughtFromUs(question: string, text: string): boolean {
  return WE_BUY_ASKED.test(normalizeCasual(question)) && BOUGHT_FROM_US.test(text);
}

/**
 * The question's verb (one with a sense of its own: "sell", "install", "move") is said by the text,
 * but never of the thing asked about nor of a word related to it, up to the end of the clause: the
 * text says that verb of something else.
 */
export function verbOfSomethingElse(question: string, text: string): boolean {
  const asked = askedThing(question);
  if (!asked) return false;
  const verb = stem(asked.verb);
  if (LIGHT.has(verb)) return false;
  const thing = terms(asked.thing);
  const head = thing[thing.length - 1];
  if (!head) return false;
  const near = new Set([...thing, ...relatedTerms(head)]);
  let said = false;
  // (A clause after a comma that opens on "after", "when", "if" ... is no list of the verb's objects:
  // "buy or sell a house, AFTER a chimney fire" does not sell the fire.)
  // (A bracket is an aside within the clause: "we teach English (hunt seat) and WESTERN".)
  for (const clause of text.toLowerCase().replace(/[()]/g, ',').split(/[.;:!?]|\bbut\b|,\s*(?=(?:after|before|when|whenever|if|unless|because|since|while|once|until)\b)/)) {
    const ws = clause.match(/[a-z][a-z'-]*/g) ?? [];
    const ts = ws.map((w) => terms(w)[0] ?? '');
    for (let i = 0; i < ts.length; i++) {
      // (Said as a verb: "we SELL", "buy or SELL", not "a travel CHARGE".)
      if (ts[i] !== verb || !AS_VERB.test(ws[i - 1] ?? '')) continue;
      // (Said of an object: "we drill ONLY as a last resort" says drilling of what was just named.)
      const next = ws.slice(i + 1).find((w) => !/^(?:a|an|the|your|my|our|their|any|some)$/.test(w));
      if (!next || isStopWord(next) || /ly$/.test(next) || /^(?:only|as|when|if|once|it|them|that|this)$/.test(next)) continue;
      said = true;
      // (Its object after it, or before it when it is passive: "firewood is sold by the cord".)
      if (ts.slice(i + 1, i + 12).some((t) => near.has(t)) || ts.slice(Math.max(0, i - 4), i).some((t) => near.has(t))) return false;
      // ("do you teach 7 YEAR OLDS" -> "We teach students from AGE 4": the verb said of the ages it is done for.)
      if (ageGroupMet(asked.thing, clause.slice(clause.indexOf(ws[i]!)))) return false;
    }
  }
  return said;
}

/** "If a raccoon is stumbling, bring everyone inside and call Animal Control": what the visitor is to do in a case. */
const INSTRUCTION = /^(?:if|when|in case)\b.{0,160}?,\s*(?:please\s+|first\s+|just\s+)?(?:bring|call|leave|turn|shut|keep|stay|go|open|close|move|put|do not|don't|never|stop|use|text|tell|wait|take|get out|avoid|unplug|switch)\b/i;

/** A yes/no service question ("can you get a skunk out") is not answered yes by what the visitor is told to do in a case. */
export function instructsVisitor(question: string, text: string): boolean {
  return serviceAsked(question) !== null && INSTRUCTION.test(text.trim()) && !factAfterInstruction(text, question);
}

/** The visitor doing it themselves ("can I install the sensors MYSELF", "can we bring OUR OWN parts"). */
const SELF_DONE = /\b(?:myself|ourselves|my own|our own|diy|do it yourself|on my own)\b/i;
/** A sentence that speaks of it: "you can install it yourself", "customer-supplied parts", "DIY kits", "students bring their own", "no OUTSIDE ammo". */
const SPEAKS_OF_SELF = /\b(?:yourself|yourselves|your own|(?:bring|brings|use|uses|supply|supplies) their own|diy|do-it-yourself|self[- ]\w+|customer[- ](?:supplied|provided|owned|installed)|you (?:supply|provide|bring|install|fit)|(?:bring|no|any) outside (?!of\b|the\b|hours?\b|our\b)[a-z]+|outside (?:food|drinks?|beverages?|alcohol|ammo|ammunition|gear|equipment|parts|materials) (?:is|are)\b)/i;

/**
 * "can I install the sensors myself and just pay you for monitoring" -> "Installs are paid on the
 * day": a yes to doing it oneself needs a sentence that speaks of the customer doing it.
 */
export function selfDoneUnsaid(question: string, text: string, heading = ''): boolean {
  // ("do i need to bring MY OWN shoes" asks whether they are had there: "Climbing shoes rent for $6" says so, answer-bring.)
  // (Its section's heading speaks of it too: "Bring firearms in unloaded and cased." under "Bringing your own firearms".)
  return SELF_DONE.test(question) && !SPEAKS_OF_SELF.test(text) && !SPEAKS_OF_SELF.test(heading) && !bringAnswered(question.toLowerCase(), text);
}

/** "SUGAR free", "nut-free": what a thing is free of (not "for free", "is free", "installed free"). */
const FREE_OF = /\b([a-z]{3,})[- ]free\b/gi;
const NOT_FREE_OF = /^(?:for|is|are|was|be|it|totally|completely|entirely|always|also|absolutely|and|or|come|comes|installed|included|charge|get|got)$|(?:ed|ly)$/;
const freeOf = (text: string, joined: boolean) => [...text.matchAll(FREE_OF)].filter((m) => (!joined || m[0].includes('-')) && !NOT_FREE_OF.test(m[1]!.toLowerCase())).map((m) => stem(m[1]!.toLowerCase()));

/**
 * "do you make SUGAR FREE cakes" -> "We offer GLUTEN-FREE cakes": a thing free of one thing is no
 * yes to a thing free of another (what the guide offers free of X says nothing of Y).
 */
export function freeOfSomethingElse(question: string, text: string): boolean {
  const asked = freeOf(question, false);
  if (!asked.length) return false;
  const said = freeOf(text, true);
  // (A sentence that names the thing asked still speaks of it: "our kitchen handles ... NUTS, so we cannot guarantee allergen-free".)
  const named = new Set(terms(text));
  return said.length > 0 && !asked.some((a) => said.includes(a) || named.has(a));
}

/** "we cannot guarantee", "can't promise": no promise of what is asked. */
const NO_PROMISE = /\b(?:cannot|can't|can ?not|do not|don't|unable to)\s+(?:guarantee|promise|ensure)\b/i;
/** A thing a kitchen, a product or a place has in it ("handles peanuts", "contains dairy", "made with butter"). */
const HAS_IN_IT = /\b(?:contains?|handles?|uses?|made with|processe[sd]|traces? of)\b/i;

/**
 * "is it NUT FREE? my son has a peanut allergy" -> "Our kitchen handles ... peanuts and tree nuts, so
 * we cannot guarantee any item is allergen-free": a thing asked to be left out that the sentence says
 * is in it, or a freedom it will not promise, is a no (unless it says the very thing is free of it:
 * "We offer gluten-free cakes").
 */
export function notFreeOfAsked(question: string, text: string): boolean {
  const asked = freeOf(question, false);
  if (!asked.length || freeOf(text, true).some((f) => asked.includes(f))) return false;
  if (NO_PROMISE.test(text) && /\bfree\b/i.test(text)) return true;
  const named = new Set(terms(text.replace(FREE_OF, ' ')));
  return HAS_IN_IT.test(text) && asked.some((a) => named.has(a));
}

/** Verbs of selling (and the visitor's buying: "can i BUY one online"), which a guide says by naming the thing as on offer. */
const SELLING = new Set(['sell', 'carry', 'stock', 'buy', 'purchase'].map(stem));
/** A thing said to be on offer ("Gift cards available in any amount", "we have them in stock"). */
const ON_OFFER = /\b(?:available|for sale|in stock|on sale|we (?:have|carry|stock|sell)|(?:are|is) sold)\b/i;

/**
 * "do u SELL gift cards" is said by "Gift cards available in any amount": a verb of selling the text
 * puts as on offer; so is a priced row of the thing itself ("do you sell orchids" -> "Orchid plant —
 * Price: from $55"; not "do you sell tires" -> "Tire rotation — Price: $29", a job on them), and so is
 * what a shop's own section lists ("do you sell honey" -> "Local honey, maple syrup, jams" under "## Farm market").
 */
export function sellingOnOffer(term: string, unit: { text: string; label?: string; heading?: string }, question = ''): boolean {
  if (!SELLING.has(term)) return false;
  if (ON_OFFER.test(unit.text)) return true;
  const thing = terms(askedThing(question)?.thing ?? '').filter((t) => !GENERIC_TERMS.has(t)).at(-1);
  // (Each of a label's alternatives: "Corsage or boutonniere" sells corsages.)
  const ends = (unit.label ?? '').split(/\s+(?:or|and|\/)\s+|\s*[/,]\s*/).map((part) => terms(part).filter((t) => !GENERIC_TERMS.has(t)).at(-1));
  if (!!thing && PRICE_SAID.test(unit.text) && ends.includes(thing)) return true;
  // (A shop of the business's own that has the thing: "do you sell coffee" -> "a small cafe with coffee and smoothies".)
  const shop = SHOP_HAS.exec(unit.text);
  if (!!thing && !!shop && terms(shop[1]!).includes(thing)) return true;
  return !!thing && SHOP_HEADING.test(innermostHeading(unit.heading ?? '')) && terms(unit.text).includes(thing);
}
/** A shop that is a place of work, not of sale ("repair shop", "body shop", "our shop"). */
const WORK_SHOP = String.raw`(?<!\b(?:repair|body|machine|barber|tattoo|grooming|work|auto|paint|print|our)\s)`;
/** A section that is a shop of the business's own that sells ("## Farm market", "## Pro shop", "## Gift shop"; not a "Repair shop", "Body shop" or "Our shop" where work is done). */
const SHOP_HEADING = new RegExp(String.raw`${WORK_SHOP}\b(?:market|shop|store|boutique|cafe|café|deli|pantry|farm stand|snack bar)s?\s*$`, 'i');
/** A shop, a cafe or a counter and what it has ("a small cafe WITH coffee", "our pro shop CARRIES chalk"). */
// ("Pro shop: tape, laces, used skates": a shop's label before its list says what it has too.)
const SHOP_HAS = new RegExp(String.raw`${WORK_SHOP}\b(?:cafe|café|coffee bar|snack bar|shop|store|kiosk|canteen|boutique|market|counter)(?:\s+(?:that\s+)?(?:with|sells?|selling|carries|carrying|stocks?|stocking|serves?|serving|offers?|offering|has)\b|:)([^.;]{0,80})`, 'i');

/**
 * "do you SELL horses" is said by "We sometimes have lesson horses ... FOR SALE": a verb of selling, by
 * the thing put up for sale, or by a shop of the business's own that has one of the things asked
 * (`things`: "do you sell FIREWOOD" -> "Camp store with ice, firewood, bait"; answer-match scores it so), up to
 * where a clause of its own begins ("carries chalk and tape, and rental shoes are $5" sells no shoes).
 */
export function saidForSale(term: string, text: string, things: readonly string[] = []): boolean {
  if (!SELLING.has(term)) return false;
  const shop = SHOP_HAS.exec(text);
  return /\bfor sale\b/i.test(text) || (!!shop && terms(shop[1]!.split(/,?\s+(?:and|but)\s+(?=[^,]*\b(?:is|are|costs?)\b)/)[0]!).some((t) => things.includes(t)));
}

/** A sentence that limits or denies what it names ("Drums are studio ONLY", "We do NOT ..."). */
const LIMITS = /\b(?:only|not|no|never|don'?t|doesn'?t|isn'?t|aren'?t|can'?t|cannot|except)\b/i;
/** A limit said to be absent ("there is NO upper age LIMIT", "no minimum"): no limit on the thing. */
const NO_LIMIT = /\bno (?:\w+ ){0,2}(?:limit|minimum|maximum|cap)\b/gi;

/** A sentence opening on the thing and "only" ("Automatic only", "Cash only."): the thing is all there is, no limit on it. */
const ITSELF_ONLY = /^\W*[\w'-]+(?:\s+[\w'-]+)?\s+only\b/i;

/** A question's subject word and the words related to it. */
export interface Named {
  term: string;
  related: readonly string[];
}

const says = (u: { terms: ReadonlySet<string> }, n: Named) => u.terms.has(n.term) || n.related.some((r) => u.terms.has(r));

/**
 * "do you do DRUMS over zoom" -> "Piano, guitar, ukulele and voice lessons are also available on
 * Zoom." and, in the same section, "Drums are studio only.": the thing the answer's lead leaves
 * out is limited by a sentence beside it, so the answer is no yes; that sentence is returned.
 */
export function limitingSentence<U extends { kind: string; chunkId: string; terms: ReadonlySet<string>; text: string }>(subject: readonly Named[], lead: U, units: readonly U[]): U | undefined {
  const left = subject.filter((n) => !says(lead, n));
  if (!left.length || left.length === subject.length) return undefined;
  // The sentence is about the thing left out: it opens with it ("Drums are studio only"), not "We
  // do not accept Medicaid" after "in network with MetLife", nor a tow's "no damage" after the cab's riders.
  // ("AUTOMATIC ONLY, we don't teach manual" says the thing itself is what there is: a yes to it.)
  return units.find((u) => u !== lead && u.kind === 'sentence' && u.chunkId === lead.chunkId && left.some((n) => terms(u.text.trim().split(/\s+/)[0] ?? '')[0] === n.term) && LIMITS.test(u.text.replace(NO_LIMIT, '')) && !ITSELF_ONLY.test(u.text));
}

/** A question for a business's premises ("snow removal FOR BUSINESSES", "do you do COMMERCIAL", "for my restaurant"). */
const FOR_BUSINESS = /\b(?:business(?:es)?|commercial|offices?|stores?|shops?|restaurants?|company|companies|storefronts?|plazas?|warehouses?|parking lots?|strip malls?)\b/i;
/** A question for a home ("for my house", "residential", "homeowners"). */
const FOR_HOME = /\b(?:residential|homes?|houses?|homeowners?|apartments?|condos?|my (?:driveway|yard|garden|place))\b/i;
/** The words above as terms: whom the service is for, not the service. */
const CLIENT_TERMS = new Set(terms('business businesses commercial office offices store stores shop shops restaurant restaurants company companies storefront plaza warehouse parking lot mall residential home homes house houses homeowner homeowners apartment apartments condo condos driveway yard garden place'));
const HOMES_ONLY = /\bresidential\b[^.;)]{0,40}\bonly\b|\bonly\b[^.;]{0,20}\b(?:residential|homes?|houses?|homeowners?)\b|\b(?:homes|houses|homeowners) only\b|\bno commercial\b|\b(?:don'?t|do not) (?:do|take|serve|offer) (?:any )?commercial\b/i;
const BUSINESSES_ONLY = /\bcommercial\b[^.;)]{0,40}\bonly\b|\bonly\b[^.;]{0,20}\b(?:commercial|businesses)\b|\bbusinesses only\b|\bno residential\b|\b(?:don'?t|do not) (?:do|take|serve|offer) (?:any )?residential\b/i;

/**
 * "do u do snow removal FOR BUSINESSES" -> "Snow removal (RESIDENTIAL driveways, seasonal contracts
 * ONLY)": a service the guide keeps to homes is a no for a business, and one it keeps to businesses
 * a no for a home. The unit must name something the question names (`subject`); it is returned.
 */
export function clientKindExcluded<U extends { kind: string; terms: ReadonlySet<string>; text: string }>(question: string, subject: readonly Named[], units: readonly U[]): U | undefined {
  const forBusiness = FOR_BUSINESS.test(question);
  const forHome = FOR_HOME.test(question);
  if (forBusiness === forHome) return undefined;
  const excludes = forBusiness ? HOMES_ONLY : BUSINESSES_ONLY;
  const named = subject.filter((n) => !CLIENT_TERMS.has(n.term));
  if (!named.length) return undefined;
  return units.find((u) => u.kind === 'sentence' && named.every((n) => says(u, n)) && excludes.test(u.text));
}

/** A price compared ("is online CHEAPER", "does it COST MORE on weekends", "is that EXTRA"). */
const PRICE_COMPARED = /\b(?:cheaper|pricier|more expensive|less expensive|cost (?:more|less|extra)|charge (?:more|less|extra)|(?:is|are) (?:it|that|this|they|there) (?:\w+ )?extra|extra (?:charge|cost|fee))\b/;
/** The answer says the price is the same ("at the same price as in-person", "no extra charge"). */
const SAME_PRICE = /\b(?:(?:the )?same (?:price|prices|rate|rates|fee|fees|cost)|no extra (?:charge|cost|fee)|at no (?:extra |additional )?(?:charge|cost)|no (?:additional|added) (?:charge|cost|fee))\b/i;

/**
 * "is online cheaper" -> "Yes — all subjects are available online over Zoom, at the same price as
 * in-person.": the guide's yes answered its own question (is it offered); to a price compared, the
 * same price is a no, and the guide's own yes goes.
 */
export function samePriceAsked(question: string, text: string): boolean {
  return PRICE_COMPARED.test(question) && SAME_PRICE.test(text);
}

/** A sentence's first words: what it is about ("KEROSENE: $4.29 a gallon", "GIFT CARDS available", "SNOW BLOWER repair is $80"). */
const OPENING_WORDS = 3;
/** A label before a colon near the start ("Sauna: 16 and over only, ..."): what the line is about. */
const LABEL_END = 40;

/** What a unit is about: a row's label, its own section's heading, the guide's question it answers, a sentence's opening or label. */
export interface TopicUnit {
  kind: string;
  text: string;
  heading: string;
  label?: string;
  asks?: string;
}

/**
 * "do you MOW lawns" -> "We repair ruts in your LAWN": is the thing a yes/no service question
 * asks about what the unit is about (its row, its section, its opening), rather than a word it
 * mentions in passing? Null when the question names no thing.
 */
export function thingIsTopic(question: string, unit: TopicUnit): boolean | null {
  const asked = askedThing(question);
  const head = asked ? terms(asked.thing).at(-1) : undefined;
  if (!head) return null;
  // A name the unit lists is what it is about, wherever it stands ("We wash windows in Harlow, KESTREL BAY and East Marsh", "lessons in English, Punjabi, HINDI").
  const name = asked!.thing.split(/\s+/).pop()!;
  if (name.length >= 3 && new RegExp(`\\b${name[0]!.toUpperCase()}${name.slice(1).replace(/[^a-z0-9'-]/gi, '')}`).test(unit.text)) return true;
  const topic = new Set([...terms(unit.label ?? ''), ...terms(innermostHeading(unit.heading)), ...terms(unit.asks ?? '')]);
  if (unit.kind === 'sentence') {
    for (const t of terms(unit.text.trim().split(/\s+/).slice(0, OPENING_WORDS).join(' '))) topic.add(t);
    const colon = unit.text.indexOf(':');
    if (colon > 0 && colon < LABEL_END) for (const t of terms(unit.text.slice(0, colon))) topic.add(t);
  }
  return [head, ...relatedTerms(head)].some((t) => topic.has(t) || morphMatch(t, topic));
}

/** What a question asks to pay for over time, as its object ("can i FINANCE A NEW OPENER": the thing, after its describing words). */
const FINANCED = /\bfinance (?:(?:a|an|the|my|our|your|some|any|new|used|brand new)\s+)*([a-z][a-z'-]+)/gi;
/** What a question or a unit says a thing is for ("pay FOR A REPAIR", "financing FOR NEW WALK-INS"): the first word after "for". */
const FOR_WHAT = /\bfor (?:(?:a|an|the|my|our|your|some|any|all|new|used|each|every|one|two)\s+)*([a-z][a-z'-]+)/gi;

/**
 * "can i pay for a REPAIR in installments" -> "Equipment financing for NEW WALK-INS and condensing
 * units ...": the unit keeps what it offers to things of its own ("for" them), and the thing the
 * question has it for is one the knowledge uses elsewhere but this unit never says: its offer is
 * another thing's, no yes ("can i FINANCE A NEW OPENER" -> "For NEW DOORS over $1,500 there's financing"
 * the same). `forThing(term)`: the question's word is a subject word the unit does
 * not say in any form (answer-extract reads its matches).
 */
export function forAnotherThing(plainQuestion: string, text: string, unsaidSubject: (term: string) => boolean): boolean {
  const asked = [...plainQuestion.matchAll(FOR_WHAT), ...plainQuestion.matchAll(FINANCED)].map((m) => terms(m[1]!)[0]).filter((t): t is string => !!t && unsaidSubject(t));
  if (!asked.length) return false;
  // (The unit's own "for": a thing, no person or time, "for you", "for 2 hours".)
  return [...text.matchAll(FOR_WHAT)].some((m) => !/^(?:you|us|them|him|her|it|free|up|at|less|more|hours?|days?|minutes?|weeks?|months?|years?|each|every)$/i.test(m[1]!) && !isStopWord(m[1]!.toLowerCase()));
}

/**
 * The thing a house rule lets in on a condition ("DOGS must stay on a leash", "All GUESTS must sign
 * in"), as its term, when the question asks whether it may come ("can i bring my dog", "are dogs
 * allowed"); null for a rule that keeps it out ("Visitors must stay OUT of the pastures", "dogs must
 * NOT ...") or a question about going without what it asks ("can dogs board WITHOUT vaccines").
 */
export function houseRuleSubject(question: string, text: string): string | null {
  if (!/\b(?:bring|allowed|welcome|come|let)\b/i.test(question) || /\bwithout\b/i.test(question)) return null;
  const m = /^(?:(?:the|all|any|your)\s+)?([a-z]+)\s+(?:must|should|need to|have to|are to|may)\b([^.;]*)/i.exec(text);
  if (!m || /\b(?:out|off|away|outside|behind|not|never|no)\b/i.test(m[2]!)) return null;
  return terms(m[1]!)[0] ?? null;
}
