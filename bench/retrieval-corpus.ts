// The retrieval benchmark's synthetic knowledge bases and visitor questions (fixed seed).
//
// Each business is a trade (plumber, dentist, salon, garage, cleaner, vet) with its own name,
// town, staff and figures. Its knowledge base holds one FACT chunk per (service, aspect), e.g.
// the price of a water heater replacement, plus many DISTRACTOR chunks (reviews, blog tips,
// news) that talk about the same services without answering a question. A question asks about
// one fact the way a visitor would type it: the service by a visitor's name for it ("hot water
// tank" for "water heater replacement") and the aspect in other words ("what would it set me
// back" for "costs"). Questions that share more than half their content words with their
// chunk are re-drawn, and the benchmark reports the overlap it ended with.

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
type Rng = ReturnType<typeof rng>;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

interface Service {
  /** The business's own name for it, as its documents say it. */
  name: string;
  /** What a visitor calls it. */
  asks: string[];
  /** What it includes (documents). */
  includes: string;
}

interface Trade {
  kind: string;
  role: string;
  names: string[];
  services: Service[];
  prep: string[];
}

const TRADES: Trade[] = [
  {
    kind: 'plumbing',
    role: 'plumber',
    names: ['Flowline Plumbing', 'Copper & Co Plumbers', 'DripFix', 'Pipeworks Heating', 'True Level Plumbing'],
    prep: ['clear the area under the sink', 'make sure the stopcock is reachable', 'switch off the boiler an hour earlier'],
    services: [
      { name: 'water heater replacement', asks: ['a new hot water tank', 'swapping my old hot water cylinder', 'putting in a new tank for hot water'], includes: 'removal of the old cylinder and a pressure test' },
      { name: 'boiler service', asks: ['an annual furnace checkup', 'a yearly heating system tune-up', 'getting my furnace looked over'], includes: 'a flue gas analysis and a safety report' },
      { name: 'drain unblocking', asks: ['a clogged sink that will not empty', 'my shower being backed up', 'a stopped-up kitchen plughole'], includes: 'rodding, jetting where needed and a camera check' },
      { name: 'leak detection', asks: ['finding where water is dripping from', 'tracing a damp patch on my ceiling', 'a hidden pipe leaking somewhere'], includes: 'thermal imaging and acoustic listening' },
      { name: 'toilet repair', asks: ['a loo that keeps running', 'fixing my wc cistern', 'a toilet flush that is broken'], includes: 'new flush valve parts and seals' },
      { name: 'radiator installation', asks: ['adding another rad in the bedroom', 'fitting extra heaters to my rooms', 'a new wall heater panel'], includes: 'pipework, valves and bleeding the system' },
      { name: 'bathroom refit', asks: ['redoing my whole washroom', 'a complete shower room makeover', 'renovating the bath area'], includes: 'design, tiling and all sanitaryware fitting' },
      { name: 'sewer line inspection', asks: ['a camera look at my underground waste pipe', 'checking the main outflow to the street', 'filming the soil stack'], includes: 'a recorded video survey and written findings' },
      { name: 'gas safety certificate', asks: ['the landlord paperwork for my gas appliances', 'a CP12 for my rental flat', 'the yearly gas check for tenants'], includes: 'checks of every appliance and the certificate' },
      { name: 'frozen pipe thawing', asks: ['pipes that froze overnight', 'no water because of the cold snap', 'iced up plumbing in winter'], includes: 'gentle heating and lagging afterwards' },
      { name: 'water softener fitting', asks: ['dealing with hard limescale water', 'a unit to stop chalky deposits', 'treating calcium in my supply'], includes: 'the unit, a bypass valve and salt for a year' },
      { name: 'outdoor tap installation', asks: ['a garden faucet', 'an external hose spigot', 'getting water outside for watering plants'], includes: 'a frost-proof valve and a double check valve' },
    ],
  },
  {
    kind: 'dental',
    role: 'dentist',
    names: ['Bright Smile Dental', 'Harbour Dental Care', 'Molar Bear Dentistry', 'Oakridge Family Dentist', 'Pearl Clinic'],
    prep: ['brush and floss as usual', 'bring a list of your medicines', 'avoid eating for two hours'],
    services: [
      { name: 'teeth whitening', asks: ['making my smile less yellow', 'bleaching stained teeth', 'getting rid of coffee discolouration'], includes: 'custom trays and two shade checks' },
      { name: 'dental implant', asks: ['replacing a missing tooth permanently', 'a titanium post for a lost molar', 'a fixed false tooth'], includes: 'the post, the abutment and the crown' },
      { name: 'root canal treatment', asks: ['a nerve procedure on an infected tooth', 'killing the pulp of a throbbing molar', 'endodontic work'], includes: 'cleaning, filling the canals and a temporary cap' },
      { name: 'scale and polish', asks: ['a hygienist clean', 'getting tartar removed', 'a deep clean of my gums'], includes: 'ultrasonic scaling and fluoride varnish' },
      { name: 'wisdom tooth extraction', asks: ['pulling my back teeth', 'having third molars taken out', 'removing an impacted tooth'], includes: 'local anaesthetic and stitches if needed' },
      { name: 'invisible aligners', asks: ['straightening crooked teeth without metal braces', 'clear orthodontic trays', 'fixing a gap between my front teeth'], includes: 'a 3D scan, every aligner and retainers' },
      { name: 'porcelain crown', asks: ['a cap for a cracked tooth', 'covering a broken molar', 'a ceramic tooth cover'], includes: 'preparation, a temporary and the final fit' },
      { name: 'children check-up', asks: ['my kid seeing the dentist', 'an exam for my toddler', 'a first visit for my daughter'], includes: 'an exam, a gentle clean and fissure sealants' },
      { name: 'emergency dental appointment', asks: ['severe toothache today', 'a knocked-out tooth', 'my face swelling from a tooth'], includes: 'pain relief and a temporary repair' },
      { name: 'dentures', asks: ['false teeth', 'a removable plate for missing teeth', 'a full set of replacement teeth'], includes: 'impressions, fittings and adjustments' },
      { name: 'gum disease treatment', asks: ['bleeding when I brush', 'receding gums', 'periodontal problems'], includes: 'deep root planing and a review visit' },
      { name: 'night guard', asks: ['grinding my teeth while asleep', 'a mouthguard for clenching at night', 'bruxism protection'], includes: 'a moulded splint and a case' },
    ],
  },
  {
    kind: 'salon',
    role: 'stylist',
    names: ['Shear Genius', 'The Blow Bar', 'Mane Street Salon', 'Curl Up & Dye', 'Studio Fringe'],
    prep: ['arrive with dry hair', 'bring photos of the look you like', 'skip washing your hair the day before'],
    services: [
      { name: 'balayage colour', asks: ['hand-painted highlights', 'sun-kissed streaks in my hair', 'a natural blonde gradient'], includes: 'a toner, a gloss and a blow-dry' },
      { name: "women's cut and finish", asks: ['a ladies haircut', 'trimming my long hair', 'a new hairstyle for her'], includes: 'a wash, a consultation and styling' },
      { name: "men's haircut", asks: ['a trim for a guy', 'a gents short back and sides', 'a barber cut'], includes: 'a wash and a hot towel finish' },
      { name: 'keratin smoothing', asks: ['taming frizzy hair', 'a straightening treatment that lasts months', 'getting rid of frizz'], includes: 'the keratin treatment and aftercare shampoo' },
      { name: 'bridal hair', asks: ['my wedding day updo', 'doing the bride and bridesmaids', 'hair for getting married'], includes: 'a trial session and styling on the day' },
      { name: 'root touch-up', asks: ['covering grey regrowth', 'colouring just the roots', 'hiding white hairs coming through'], includes: 'colour on the regrowth and a blow-dry' },
      { name: 'hair extensions', asks: ['adding length with clip-ins', 'longer fuller hair', 'tape-in extra hair'], includes: 'colour matching, fitting and a cut to blend' },
      { name: 'scalp treatment', asks: ['an itchy flaky head', 'dandruff care', 'a head massage treatment'], includes: 'an exfoliating mask and a massage' },
      { name: 'perm', asks: ['permanent curls', 'making straight hair wavy', 'a curly wave set'], includes: 'the perming solution and a conditioning rinse' },
      { name: 'eyebrow shaping', asks: ['tidying my brows', 'threading or waxing eyebrows', 'fixing overplucked brows'], includes: 'mapping, waxing and a tint if wanted' },
      { name: "children's haircut", asks: ['a trim for my son', 'cutting my toddler\'s hair', 'a kids hairdo'], includes: 'a quick cut and a sticker' },
      { name: 'blow-dry and style', asks: ['a bouncy blowout', 'getting my hair done for a party', 'a sleek styling session'], includes: 'a wash and a round-brush finish' },
    ],
  },
  {
    kind: 'garage',
    role: 'mechanic',
    names: ['Gearhead Autos', 'Northside Motors', 'Piston Pit Stop', 'Redline Garage', 'Torque Motor Works'],
    prep: ['remove valuables from the car', 'bring the locking wheel nut key', 'leave the service book in the glovebox'],
    services: [
      { name: 'MOT test', asks: ['the yearly roadworthiness inspection', 'getting my car tested so it is legal', 'the annual vehicle check'], includes: 'the test, a report and a free retest' },
      { name: 'brake pad replacement', asks: ['squeaky stopping', 'my car grinding when I slow down', 'new pads on the front wheels'], includes: 'pads, a disc check and a road test' },
      { name: 'full car service', asks: ['a complete vehicle overhaul', 'the big yearly checkup for my motor', 'servicing my automobile'], includes: 'oil, filters and a sixty point check' },
      { name: 'tyre fitting', asks: ['new tires', 'replacing a bald wheel rubber', 'a puncture that needs a new tire'], includes: 'fitting, balancing and valve replacement' },
      { name: 'clutch replacement', asks: ['a slipping gearbox pedal', 'trouble changing gear', 'my clutch going'], includes: 'a clutch kit and a flywheel inspection' },
      { name: 'air conditioning regas', asks: ['my car a/c blowing warm air', 'recharging the cooling in my vehicle', 'aircon not cold anymore'], includes: 'refrigerant, a leak test and a cabin filter' },
      { name: 'wheel alignment', asks: ['my car pulling to one side', 'tracking being off', 'the steering wheel not straight'], includes: 'a four wheel laser alignment printout' },
      { name: 'diagnostic check', asks: ['a warning light on my dashboard', 'the engine light came on', 'finding a fault code'], includes: 'an OBD scan and a fault report' },
      { name: 'timing belt replacement', asks: ['the cam belt change', 'replacing the engine belt before it snaps', 'a cambelt job'], includes: 'the belt, a water pump and tensioners' },
      { name: 'battery replacement', asks: ['my car will not start in the morning', 'a dead battery', 'a flat car battery'], includes: 'a new battery and a charging system test' },
      { name: 'exhaust repair', asks: ['a loud rumbling tailpipe', 'a hole in my muffler', 'a noisy silencer'], includes: 'welding or a new section and an emissions check' },
      { name: 'windscreen chip repair', asks: ['a stone crack in the front glass', 'fixing a small ding in my windshield', 'glass damage from a pebble'], includes: 'resin filling and a polish' },
    ],
  },
  {
    kind: 'cleaning',
    role: 'cleaner',
    names: ['Sparkle Squad', 'Fresh Nest Cleaning', 'Spotless Homes', 'Maid in Heaven', 'Tidy Tribe'],
    prep: ['secure pets in one room', 'tell us where the parking is', 'put away fragile ornaments'],
    services: [
      { name: 'end of tenancy clean', asks: ['cleaning before I move out of my rental', 'getting my deposit back', 'a move-out scrub'], includes: 'the oven, inside cupboards and windows' },
      { name: 'regular weekly clean', asks: ['someone to tidy my house every week', 'a recurring housekeeper', 'ongoing home cleaning'], includes: 'dusting, vacuuming, kitchens and bathrooms' },
      { name: 'deep clean', asks: ['a top to bottom scrub of my home', 'a thorough spring clean', 'a very intensive clean'], includes: 'skirting boards, behind appliances and grout' },
      { name: 'carpet shampooing', asks: ['getting stains out of my rugs', 'washing the floor coverings', 'steam cleaning my carpets'], includes: 'pre-treatment, hot water extraction and deodorising' },
      { name: 'oven cleaning', asks: ['a greasy cooker', 'degreasing my range', 'the baked-on grime in my stove'], includes: 'racks soaked in a dip tank and glass polishing' },
      { name: 'window washing', asks: ['streaky glass', 'cleaning the outside panes', 'shiny windows'], includes: 'frames, sills and both sides of the glass' },
      { name: 'after builders clean', asks: ['dust after renovation work', 'cleaning up once the builders leave', 'a post-construction tidy'], includes: 'dust removal from every surface and paint spots' },
      { name: 'office cleaning', asks: ['cleaning my workplace', 'a commercial cleaner for our business premises', 'tidying desks after hours'], includes: 'desks, kitchens, washrooms and bins' },
      { name: 'upholstery cleaning', asks: ['a stained sofa', 'freshening my couch fabric', 'cleaning armchairs'], includes: 'fabric testing, extraction and protection spray' },
      { name: 'mattress sanitising', asks: ['dust mites in my bed', 'a smelly mattress', 'cleaning where I sleep'], includes: 'UV treatment and steam' },
      { name: 'ironing service', asks: ['pressing my shirts', 'someone to do the laundry creases', 'wrinkled clothes'], includes: 'collection, pressing and hangers' },
      { name: 'holiday let turnover', asks: ['changeovers for my airbnb', 'cleaning between guests', 'a vacation rental reset'], includes: 'linen change, restocking and a photo report' },
    ],
  },
  {
    kind: 'veterinary',
    role: 'vet',
    names: ['Paws & Claws Vets', 'Willow Animal Hospital', 'Happy Tails Clinic', 'Meadow Vet Surgery', 'Four Legs Practice'],
    prep: ['withhold food from midnight', 'bring any previous records', 'keep cats in a carrier'],
    services: [
      { name: 'vaccination booster', asks: ['yearly jabs for my dog', 'shots for my kitten', 'my puppy\'s injections'], includes: 'a health check and a vaccine card' },
      { name: 'neutering', asks: ['getting my cat spayed', 'castrating my dog', 'stopping my pet having litters'], includes: 'anaesthetic, pain relief and a cone' },
      { name: 'dental scale for pets', asks: ['my dog\'s bad breath', 'cleaning my cat\'s teeth', 'tartar on my pet\'s teeth'], includes: 'anaesthetic, scaling and polishing' },
      { name: 'microchipping', asks: ['an id tag implant', 'a chip so my dog can be found', 'registering my lost pet details'], includes: 'the chip and database registration' },
      { name: 'flea and worm treatment', asks: ['my cat scratching all the time', 'parasite prevention', 'getting rid of ticks'], includes: 'a spot-on and a tablet for three months' },
      { name: 'pet health plan', asks: ['a monthly membership for my animal', 'a subscription for routine pet care', 'a wellness scheme for my dog'], includes: 'vaccines, parasite control and two checkups' },
      { name: 'x-ray imaging', asks: ['checking if my dog broke a bone', 'a scan of my cat\'s chest', 'radiographs for a limping pet'], includes: 'sedation and a radiologist report' },
      { name: 'euthanasia', asks: ['putting my old dog to sleep', 'saying goodbye to my cat peacefully', 'ending my pet\'s suffering'], includes: 'a quiet room and cremation arrangements' },
      { name: 'exotic pet consultation', asks: ['my rabbit seeming unwell', 'a vet for reptiles', 'my parrot being ill'], includes: 'an exam by a specialist and husbandry advice' },
      { name: 'out of hours emergency', asks: ['my dog ate chocolate at midnight', 'an animal emergency at night', 'my pet collapsed after closing time'], includes: 'triage, stabilising care and monitoring' },
      { name: 'nail clipping', asks: ['trimming my dog\'s claws', 'cutting overgrown nails on my pet', 'a pedicure for my puppy'], includes: 'clipping and filing' },
      { name: 'blood tests', asks: ['checking my senior cat\'s kidneys', 'lab work for my dog', 'a screening panel'], includes: 'in-house analysis and a phone call with results' },
    ],
  },
];

const TOWNS = ['Riverton', 'Lakeside', 'Millbrook', 'Ashford', 'Kingsbury', 'Elmstead', 'Harrow Vale', 'Stonebridge', 'Fairhaven', 'Westmere'];
const STAFF = ['Sam Patel', 'Maria Lopez', 'Tom Becker', 'Aisha Khan', 'Liam Walsh', 'Chen Wei', 'Olivia Novak', 'Kwame Mensah', 'Nina Rossi', 'Jonas Berg'];
const CUSTOMERS = ['Jenny', 'Mark', 'Priya', 'Dave', 'Ellie', 'Omar', 'Grace', 'Pete', 'Lucy', 'Raj'];

interface Aspect {
  heading: string;
  fact(s: Service, b: BusinessProfile, r: Rng): string;
  ask: ((a: string) => string)[];
}

interface BusinessProfile {
  name: string;
  town: string;
  trade: Trade;
  staff: string[];
}

const money = (r: Rng, lo: number, hi: number) => `$${Math.round(lo + r() * (hi - lo))}`;

const ASPECTS: Aspect[] = [
  {
    heading: 'Prices',
    fact: (s, _b, r) => `Our ${s.name} is priced at ${money(r, 60, 900)} all in. That figure covers ${s.includes}, with no hidden extras on the invoice.`,
    ask: [(a) => `how much would ${a} set me back`, (a) => `what is the price of ${a}`, (a) => `what do you charge for ${a}`, (a) => `${a} - ballpark cost?`, (a) => `is ${a} expensive with you`],
  },
  {
    heading: 'How long it takes',
    fact: (s, _b, r) => `A typical ${s.name} lasts around ${Math.round(30 + r() * 200)} minutes from start to finish, though complicated jobs can run over.`,
    ask: [(a) => `how long does ${a} take`, (a) => `how many minutes is ${a}`, (a) => `how much time should I set aside for ${a}`, (a) => `will ${a} eat up my whole day`],
  },
  {
    heading: 'Booking',
    fact: (s, b, r) => `${cap(s.name)} slots can be reserved online or by phone, and the next free opening at our ${b.town} site is usually within ${Math.round(1 + r() * 9)} days.`,
    ask: [(a) => `how soon could I get ${a}`, (a) => `can I reserve ${a} online`, (a) => `what's your earliest availability for ${a}`, (a) => `can you fit me in quickly for ${a}`],
  },
  {
    heading: 'Before your visit',
    fact: (s, b, r) => `Ahead of a ${s.name}, please ${pick(r, b.trade.prep)}. It lets us get going the moment we arrive.`,
    ask: [(a) => `anything I need to do to get ready for ${a}`, (a) => `before ${a}, is there anything to do ahead`, (a) => `do I have to prepare for ${a}`, (a) => `what should I sort out beforehand for ${a}`],
  },
  {
    heading: 'Guarantee',
    fact: (s, _b, r) => `Every ${s.name} comes with a ${Math.round(3 + r() * 21)}-month guarantee on parts and workmanship; if something fails we put it right free.`,
    ask: [(a) => `what if there's a problem after ${a}`, (a) => `is there a guarantee on ${a}`, (a) => `is ${a} covered by a warranty`, (a) => `do you stand behind ${a} if it goes wrong later`],
  },
  {
    heading: 'Who does the work',
    fact: (s, b, r) => `${cap(s.name)} is carried out by ${pick(r, b.staff)}, one of our senior ${b.trade.role}s with ${Math.round(4 + r() * 25)} years of experience.`,
    ask: [(a) => `who would be doing ${a}`, (a) => `how experienced is the person who carries out ${a}`, (a) => `is ${a} handled by someone qualified`, (a) => `which member of your team looks after ${a}`],
  },
  {
    heading: 'Cancellations',
    fact: (s, _b, r) => `To cancel or move a ${s.name}, tell us ${Math.round(12 + r() * 60)} hours ahead; later changes cost a ${money(r, 15, 90)} fee.`,
    ask: [(a) => `what happens if I can't make it to ${a}`, (a) => `can I cancel ${a}`, (a) => `can I call off ${a} at short notice`, (a) => `I need to switch the day of ${a}, is that ok`],
  },
  {
    heading: 'Paying',
    fact: (s, _b, r) => `${cap(s.name)} can be settled by card, cash or bank transfer, and bills above ${money(r, 200, 600)} may be spread over ${Math.round(3 + r() * 9)} monthly instalments.`,
    ask: [(a) => `can I spread the cost of ${a}`, (a) => `can I pay for ${a} in monthly instalments`, (a) => `do you take credit cards for ${a}`, (a) => `is there a payment plan for ${a}`],
  },
  {
    heading: 'Weekends and evenings',
    fact: (s, b) => `We do ${s.name} Monday to Friday 8 to 6, plus Saturday mornings at the ${b.town} branch; Sundays are closed.`,
    ask: [(a) => `can I get ${a} on a saturday`, (a) => `are you open saturdays for ${a}`, (a) => `are you around after work hours for ${a}`, (a) => `is ${a} possible at the weekend`],
  },
  {
    heading: 'What is included',
    fact: (s) => `Included in the ${s.name}: ${s.includes}. Anything beyond that is quoted separately in writing first.`,
    ask: [(a) => `what exactly do I get with ${a}`, (a) => `what is included in ${a}`, (a) => `what does ${a} involve`, (a) => `what's part of the deal for ${a}`],
  },
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

// Distractors: sentences about the business and its services that answer none of the questions,
// combined three at a time so no two chunks read alike.
const OTHER: ((s: Service, b: BusinessProfile, r: Rng) => string)[] = [
  (s, b, r) => `${pick(r, CUSTOMERS)} wrote that ${b.name} did a lovely job with the ${s.name} and left everything tidy.`,
  (s, _b, r) => `A customer from ${pick(r, TOWNS)} told us the ${s.name} was the best decision they made this year.`,
  (s, b, r) => `${pick(r, b.staff)} recently finished an advanced course related to ${s.name}.`,
  (s) => `Five warning signs you may soon need ${s.name}, and what they mean.`,
  (s, b) => `People often believe ${s.name} is only for emergencies; in ${b.town} we see it as routine care.`,
  (s) => `Autumn is usually our busiest season for ${s.name}.`,
  (_s, b, r) => `${b.name} sponsored the ${pick(r, TOWNS)} summer fair and raised funds for the library.`,
  (_s, b) => `${b.name} began as a small family firm in ${b.town} and still replies to every message personally.`,
  (_s, b, r) => `We welcomed ${pick(r, b.staff)} to the team after years working in ${pick(r, TOWNS)}.`,
  (_s, _b, r) => `Our newsletter goes out every ${pick(r, ['month', 'season', 'quarter'])} with tips, offers and local stories.`,
  (s, _b, r) => `"${pick(r, ['Friendly', 'Professional', 'Helpful', 'Careful'])} and honest," said ${pick(r, CUSTOMERS)} about their ${s.name}.`,
  (_s, _b, r) => `We planted ${Math.round(10 + r() * 90)} trees with a local charity as part of our green pledge.`,
  (s, b) => `Our ${b.trade.role}s share what they learn about ${s.name} in short videos on our page.`,
  (_s, b, r) => `The ${b.town} office was repainted in ${pick(r, ['spring', 'summer', 'winter'])} and now has a small waiting area with tea.`,
  (s, _b, r) => `Case study: how a ${pick(r, ['family', 'landlord', 'student', 'retired couple'])} got more out of their ${s.name}.`,
  (_s, b, r) => `${pick(r, b.staff)} ran a charity ${pick(r, ['marathon', 'bike ride', 'swim'])} and the team matched every donation.`,
];
const KINDS = ['Customer reviews', 'Blog', 'News'];
export interface CorpusChunk {
  business: number;
  item: number;
  title: string;
  heading: string;
  content: string;
}
export interface CorpusQuestion {
  business: number;
  /** Index into chunks of the chunk that answers it. */
  chunk: number;
  text: string;
  /** The visitor used the business's own name for the service. */
  named: boolean;
}

/** Content-word overlap: the share of a question's content words that its chunk contains. */
export type Overlap = (question: string, chunk: string) => number;

/**
 * `chunks` over `businesses` knowledge bases (about chunks / businesses each) and `questions`
 * visitor questions, each re-drawn until it shares at most half its content words with its chunk.
 */
export function buildCorpus(opts: { businesses: number; chunks: number; questions: number; seed: number; overlap: Overlap }) {
  const r = rng(opts.seed);
  const chunks: CorpusChunk[] = [];
  const items: { business: number; title: string }[] = [];
  const facts: { chunk: number; service: Service; aspect: Aspect }[][] = [];
  const profiles: BusinessProfile[] = [];
  const per = Math.ceil(opts.chunks / opts.businesses);
  for (let b = 0; b < opts.businesses; b++) {
    const trade = TRADES[b % TRADES.length]!;
    const profile: BusinessProfile = {
      name: `${trade.names[Math.floor(b / TRADES.length) % trade.names.length]} ${TOWNS[b % TOWNS.length]}`,
      town: TOWNS[(b * 7) % TOWNS.length]!,
      trade,
      staff: [pick(r, STAFF), pick(r, STAFF), pick(r, STAFF)],
    };
    profiles.push(profile);
    const mine: (typeof facts)[number] = [];
    facts.push(mine);
    let made = 0;
    // One item per service: its facts, one chunk per aspect.
    for (const service of trade.services) {
      const item = items.push({ business: b, title: `${cap(service.name)}` }) - 1;
      for (const aspect of ASPECTS) {
        if (made >= per) break;
        mine.push({ chunk: chunks.length, service, aspect });
        chunks.push({ business: b, item, title: items[item]!.title, heading: aspect.heading, content: aspect.fact(service, profile, r) });
        made++;
      }
    }
    // The rest: reviews, blog posts and news, in items of 20 chunks.
    let item = -1;
    for (let i = 0; made < per; i++, made++) {
      if (i % 20 === 0) item = items.push({ business: b, title: `${KINDS[(i / 20) % 3]} ${Math.floor(i / 60) + 1}` }) - 1;
      const content = [0, 1, 2].map(() => pick(r, OTHER)(pick(r, trade.services), profile, r)).join(' ');
      chunks.push({ business: b, item, title: items[item]!.title, heading: '', content });
    }
  }
  const questions: CorpusQuestion[] = [];
  for (let i = 0; i < opts.questions; i++) {
    const b = Math.floor(r() * opts.businesses);
    const f = pick(r, facts[b]!);
    const c = chunks[f.chunk]!;
    let text = '';
    let named = false;
    for (let tries = 0; tries < 20; tries++) {
      named = r() < 1 / 3;
      // A third of visitors use the business's own name for the service (the aspect still in
      // their words); the rest describe it their way.
      text = pick(r, f.aspect.ask)(named ? `${pick(r, ['a', 'the', 'your'])} ${f.service.name}` : pick(r, f.service.asks));
      if (opts.overlap(text, `${c.title} ${c.heading} ${c.content}`) <= 0.5) break;
    }
    questions.push({ business: b, chunk: f.chunk, text, named });
  }
  return { chunks, items, questions, profiles };
}
