// The word forms Porter cannot see or cuts to another word (data only; src/ai/lexical.ts builds its stem maps from them).

// Plurals Porter cannot see ("mice" and "mouse" are one animal).
export const IRREGULAR_FORMS: Record<string, string> = {
  mice: 'mouse', lice: 'louse', geese: 'goose', teeth: 'tooth', feet: 'foot', children: 'child', men: 'man', women: 'woman',
  people: 'person', knives: 'knife', wives: 'wife', leaves: 'leaf', shelves: 'shelf', halves: 'half', wolves: 'wolf', calves: 'calf',
  loaves: 'loaf', thieves: 'thief', oxen: 'ox', dice: 'die', cacti: 'cactus', fungi: 'fungus', larvae: 'larva', pupae: 'pupa',
  // Their possessive typed without the apostrophe ("the WOMENS league" is the page's "women's league", no unknown word).
  womens: 'woman', mens: 'man', childrens: 'child',
  // Irregular verb forms Porter cannot see ("the chimney was SWEPT" and "a SWEEP"; "it BROKE" and
  // "breaks"). Only forms that are no other everyday word ("left", "saw", "fell", "bit", "stuck" are), and
  // none of a verb whose base is a stop word or another word's relative ("knew", "took").
  swept: 'sweep', broke: 'break', broken: 'break', grew: 'grow', grown: 'grow', threw: 'throw', thrown: 'throw',
  froze: 'freeze', frozen: 'freeze', stole: 'steal', stolen: 'steal', tore: 'tear', torn: 'tear',
  lost: 'lose', paid: 'pay', bought: 'buy', sold: 'sell', sent: 'send', built: 'build', spent: 'spend',
  kept: 'keep', brought: 'bring', caught: 'catch', ran: 'run', dug: 'dig', shook: 'shake', drove: 'drive', driven: 'drive',
  wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', blew: 'blow', blown: 'blow', forgot: 'forget', forgotten: 'forget',
  hid: 'hide', hidden: 'hide', struck: 'strike', taught: 'teach', told: 'tell', hung: 'hang', bitten: 'bite',
  ate: 'eat', eaten: 'eat', began: 'begin', begun: 'begin', gave: 'give', given: 'give', sang: 'sing',
  spoke: 'speak', spoken: 'speak', stood: 'stand', understood: 'understand', woke: 'wake', swam: 'swim',
  // Nouns of an act that Porter cuts to another noun: "video PRODUCTION" is producing, no "products"
  // loaded in an online shop.
  production: 'produce', productions: 'produce',
  // The weather's adjectives Porter keeps apart from their noun (orchard QA: "are you open if it RAINS" ->
  // "We close the orchard on RAINY days").
  rainy: 'rain', snowy: 'snow', icy: 'ice', muddy: 'mud', stormy: 'storm', windy: 'wind', foggy: 'fog',
};

// Words Porter cuts to a noun of another sense, kept as their own stem (as stemmers keep exception
// lists): PERSONAL training and a PERSONALIZED plan are no "per person" price (and "people" is a person).
export const OWN_STEMS: Readonly<Record<string, string>> = {
  personal: 'personal', personally: 'personal', personalized: 'personal', personalised: 'personal', personalize: 'personal', personalise: 'personal',
  // A showing or a viewing of a home is its tour, no "no-show" nor "show up" (IMPLIES "tour").
  showing: 'showing', showings: 'showing', viewing: 'viewing', viewings: 'viewing',
  // Shorts are worn: no "short" ("can i wear shorts" -> "Three SHORT horns mean play may resume").
  shorts: 'shorts',
  // An outing is an event ("charity OUTINGS for 16 to 144 players"), no light "out" (golf course QA: "how many people for an outing").
  outing: 'outing', outings: 'outing',
};
