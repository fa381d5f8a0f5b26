// The lexicon's word relations and its casual spellings (data only; src/ai/lexical.ts builds its stem maps from them; word forms are lexical-forms').

// Related words, as groups of plain words; each word of a group also looks for the others.
// Groups hold near-synonyms only (never opposites, never two different days).
export const RELATED: string[][] = [
  // ("is online CHEAPER" -> "at the same PRICE as in-person": a comparison of prices is answered by the price.)
  ['price', 'cost', 'fee', 'charge', 'rate', 'much', 'expensive', 'cheap', 'cheaper', 'cheapest', 'pricier', 'pricing', 'billed'],
  ['appointment', 'session', 'visit'],
  ['quote', 'estimate', 'quotation'],
  ['callout', 'visit', 'trip'],
  ['hour', 'time', 'schedule'],
  ['cancel', 'cancellation', 'reschedule', 'no-show', 'missed'],
  ['warranty', 'guarantee', 'guaranteed'],
  // A haircut's front by its other side of the Atlantic's name ("a BANG trim" -> "Fringe trim $10").
  ['bangs', 'fringe'],
  // The heart-restarting device by its name or its initials ("where is your DEFIBRILLATOR" -> "an AED is by the lobby doors").
  ['aed', 'defibrillator', 'defib'],
  // Singing lessons by a music school's name for them ("singing lessons for adults" -> "Voice lessons start at age 8").
  ['singing', 'sing', 'vocal', 'vocals', 'voice'],
  // Teaching however a school names it ("do you TEACH 7 year olds" -> "TUTORING for grades 3 to 12", "do you teach piano" -> "piano LESSONS").
  ['teach', 'teaching', 'tutor', 'tutoring', 'lesson', 'lessons', 'instruction'],
  // A qualification however it is asked ("are the tutors QUALIFIED" -> "certified teachers").
  ['license', 'licence', 'licensed', 'licenced', 'certified', 'qualified', 'qualification', 'qualifications', 'credentials'],
  ['insurance', 'insured'],
  ['pay', 'payment', 'paying'],
  ['accept', 'take'],
  // An insurer or a plan that pays is one a business accepts ("will Medicaid cover it" -> "we do not accept Medicaid").
  ['accept', 'cover', 'covered'],
  ['finance', 'financing', 'loan', 'monthly', 'interest', 'apr'],
  // ("stepfree" is how "step-free" is read: its parts "step" and "free" alone are no access.)
  // (No "mobility": it stems as "mobile" does, and a "mobile friendly" website is no wheelchair access.)
  // An electric bike by its short name ("do u fix ELECTRIC bikes" -> "... and e-bikes with Bosch or Shimano motors").
  ['ebike', 'electric'],
  ['rv', 'motorhome'],
  ['wheelchair', 'accessible', 'accessibility', 'stepfree', 'ramp', 'disabled', 'disability'],
  ['discount', 'cheaper', 'save', 'saving', 'off', 'deal'],
  ['area', 'serve', 'service', 'cover', 'town', 'city', 'travel', 'radius'],
  ['located', 'location', 'address', 'where', 'find'],
  ['kid', 'child', 'children', 'pediatric', 'paediatric'],
  // Meals by the meal ("are MEALS included" -> "We serve breakfast, lunch and an afternoon snack, all
  // included in tuition"): each with "meal" only, never with each other (breakfast is no lunch).
  ['meal', 'breakfast'],
  ['meal', 'lunch'],
  ['meal', 'dinner'],
  ['meal', 'snack'],
  ['repair', 'fix', 'mend'],
  ['install', 'installation', 'replace', 'replacement', 'fit', 'fitted', 'put', 'swap'],
  ['clog', 'clogged', 'blocked', 'blockage', 'unclog', 'block', 'unblock'],
  ['drain', 'sink'],
  ['emergency', 'urgent', 'emergencies'],
  ['today', 'sameday'], // ("can i get flowers delivered TODAY" -> "SAME-DAY delivery is available for orders placed by 1 pm")
  // ("do you take RESERVATIONS" -> "Book online or call ...": a table or a room reserved is booked.)
  ['book', 'booking', 'appointment', 'schedule', 'reservation', 'reserve'],
  ['staff', 'team', 'technician', 'tech', 'employee', 'worker', 'cleaner', 'therapist', 'plumber'],
  ['owner', 'owned', 'founded', 'founder'],
  ['long', 'year', 'since', 'founded'],
  ['refund', 'money back'],
  ['holiday', 'christmas', 'thanksgiving', 'easter'],
  ['smell', 'odor', 'odour', 'stink'],
  ['broken', 'damage', 'damaged', 'break'],
  ['tip', 'gratuity'],
  ['product', 'supply', 'supplies', 'chemical'],
  ['include', 'included', 'includes', 'covers'],
  ['paperwork', 'form', 'forms', 'application'],
  ['couch', 'sofa'],
  // ("my FRIDGE stopped cooling" -> "REFRIGERATOR diagnosis $120"; "how much to LOOK AT it" -> a diagnosis.)
  ['fridge', 'refrigerator', 'fridges', 'refrigerators'],
  ['diagnosis', 'diagnostic', 'diagnose', 'troubleshoot', 'troubleshooting'],
  // A medicine given, however it is called ("insulin SHOTS" -> "we don't give INJECTIONS"; "his PILLS" -> "oral MEDS are fine").
  ['injection', 'injections', 'shot', 'shots', 'jab', 'jabs'],
  ['medication', 'medications', 'medicine', 'medicines', 'meds', 'pill', 'pills'],
  // An outdoor faucet, however it is called ("outside tap", "hose bib", "spigot", "sillcock").
  ['faucet', 'tap', 'spigot', 'sillcock', 'bib', 'bibb'],
  // A remote control, however it is called ("an extra clicker for the garage").
  ['remote', 'clicker', 'transmitter'],
  ['parking', 'park'],
  ['wear', 'clothing', 'clothes'],
  ['home', 'house', 'apartment', 'condo'],
  ['scan', 'mri', 'x-ray', 'xray', 'imaging'],
  ['sick', 'ill', 'illness', 'fever', 'cough'],
  ['phone', 'number', 'call', 'line', 'reach', 'contact'],
  ['online', 'video', 'virtual', 'telehealth', 'remote'],
  ['eco', 'green', 'natural', 'plant-based', 'safe', 'non-toxic'],
  ['bedroom', 'bed'],
  ['first', 'initial'],
  // One more of a thing ("add ANOTHER mover", "each EXTRA lock" -> "each additional lock").
  ['additional', 'another', 'extra'],
  // Taking a thing off its supply, however it is said ("can your guys UNHOOK my gas dryer" -> "DISCONNECT gas appliances ...").
  ['disconnect', 'unhook', 'detach'],
  // The ordinary kind of a thing ("a REGULAR house key" is the guide's "STANDARD house key").
  ['standard', 'regular', 'normal', 'ordinary'],
  ['fast', 'quickly', 'soon', 'arrive', 'arrival', 'response'],
  // Being there while it happens ("can i STAY in the room" -> "Parents are welcome to SIT in").
  ['stay', 'sit'],
  // Leave given, however it is said ("do u ALLOW dogs" -> "cats and dogs are WELCOME", "are pets PERMITTED").
  ['allow', 'allowed', 'permit', 'permitted', 'welcome'],
  ['open', 'opening'],
  ['close', 'closing'],
  ['independence', 'july'],
  // A lawn however it is called ("cut my GRASS" is the guide's "lawn mowing").
  ['lawn', 'grass', 'turf'],
  // Cutting is what a lawn and a hedge get ("cut my grass" is "mowing", "cut the hedges" is "trimming").
  ['mow', 'mowing', 'cut', 'cutting'],
  ['trim', 'trimming', 'prune', 'pruning'],
  ['shrub', 'bush'],
  // What must be done, however it is asked ("is renters insurance MANDATORY" -> "Renters insurance is REQUIRED").
  ['required', 'mandatory', 'compulsory', 'obligatory'],
  // ("if I leave it MESSY" -> "Cleaning if left DIRTY $200".)
  ['dirty', 'messy', 'filthy'],
  // A septic system's field by its other name ("the LEACH field" is the guide's "DRAIN field").
  ['leach', 'drain'],
  // A photo however it is called ("can i take PICS" -> "don't take PHOTOS or videos").
  // (An image is a photo: "how many PHOTOS do we get" -> "a sneak peek of 30 IMAGES".)
  ['photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'photograph', 'photographs', 'image', 'images'],
  // Money paid to hold a date, however it is called ("whats the DEPOSIT" -> "A 30% RETAINER ... reserve your date").
  ['deposit', 'retainer'],
  // Before the day, however it is said ("how far IN ADVANCE should we book" -> "We book weddings up to 18 months AHEAD").
  // ("how far AHEAD do i order" -> "7 days NOTICE": notice given before is time ahead.)
  ['advance', 'ahead', 'beforehand', 'notice'],
  // Whoever is counted for a price ("how much PER PERSON" -> "$32 per PLAYER", "$60 per GUEST").
  ['person', 'people', 'player', 'players', 'guest', 'guests', 'participant', 'participants', 'pax'],
  // How many a dish or a cake is for ("a cake that FEEDS about 100" -> "serves 24-30", "priced per SERVING").
  ['feed', 'feeds', 'serve', 'serves', 'serving', 'servings'],
  // Renting however it is said ("do you RENT mats" -> "Mat RENTAL is $3").
  ['rent', 'rental', 'rentals', 'renting'],
  // Once a year ("the ANNUAL backflow test" -> "the YEARLY backflow test").
  ['annual', 'annually', 'yearly'],
  // Fear however it is said ("laughing gas, im super NERVOUS" -> "available for ANXIOUS children and adults").
  ['nervous', 'anxious', 'anxiety', 'scared', 'afraid', 'fearful'],
  // Out of doors ("a camera OUTSIDE" -> "indoor or OUTDOOR").
  ['outside', 'outdoor', 'outdoors', 'exterior'],
  // A routine visit by a practice's name for it ("how much is a kids CHECKUP" -> "New patient EXAM, X-rays and cleaning").
  // (Not "check-up": its part "check" would relate every cheque and check-in to an exam.)
  ['checkup', 'exam', 'examination'],
  // A gun by the word a policy writes (storage QA: "can i keep a gun in storage" -> "no firearms or ammunition").
  // (A rifle is no pistol: "can a 19 year old rent a rifle" is the rifle's age, not the handgun's, range QA.)
  ['gun', 'firearm', 'rifle'],
  ['gun', 'firearm', 'pistol', 'handgun'],
  // (Range QA: "whats the biggest caliber" -> "The LARGEST caliber we allow", "when is LADIES night" -> "WOMEN's Pistol Night",
  // "classes for BEGINNERS" -> "First Shots (INTRO to handguns)".)
  ['biggest', 'largest'],
  ['ladies', 'lady', 'women', 'woman'],
  ['beginner', 'beginners', 'novice', 'novices', 'intro'],
  // A commitment by whichever paper it is signed on (storage QA: "do i have to sign a lease" -> "month to month with no long-term contract").
  ['contract', 'lease', 'agreement'],
  // A ride from the airport or the station by the word a page writes (inn QA: "do you do airport pickup" got
  // "Yes. The airport is 20 minutes away; we do not run a shuttle": the no was in the clause it never matched).
  ['pickup', 'shuttle'],
  // Getting married by the events a venue hosts (inn QA: "can we get married there" -> "small wedding or elopement").
  ['wedding', 'married', 'marry', 'elopement', 'elope'],
  // A restroom however it is called (orchard QA: "are there BATHROOMS" -> "Restrooms: portable toilets by the gate").
  ['restroom', 'bathroom', 'toilet', 'washroom', 'lavatory'],
  // Getting in, however it is called (orchard QA: "is there an ADMISSION fee" -> "ENTRY to the orchard is free").
  ['entry', 'entrance', 'admission', 'admittance'],
];

// One-way: a day is a weekday or a weekend day, and a night-time hour is "night".
export const IMPLIES: Record<string, string[]> = {
  monday: ['weekday'],
  tuesday: ['weekday'],
  wednesday: ['weekday'],
  thursday: ['weekday'],
  friday: ['weekday'],
  saturday: ['weekend'],
  sunday: ['weekend'],
  weekend: ['saturday', 'sunday'],
  weekday: ['monday', 'friday'],
  // Christmas falls in the winter break a school or a studio names by its dates ("Dec 22 - Jan 2").
  christmas: ['december', 'dec', 'winter'],
  tonight: ['night', 'evening', 'afterhours'],
  overnight: ['night', 'afterhours'],
  midnight: ['night'],
  evening: ['night', 'afterhours'],
  // (And the dusk a place closes at: golf QA "is the range open at NIGHT" -> "Driving range: 7 am to DUSK.", a no.)
  night: ['evening', 'afterhours', 'dusk', 'sunset'],
  // An insurer a practice takes is one it is "in network" with ("what insurance do you take" -> "We are in network with Delta Dental, MetLife ...").
  insurance: ['network'],
  take: ['network'],
  accept: ['network'],
  // Brothers and sisters are siblings ("a SIBLING discount" -> "BROTHERS and SISTERS get 10% off").
  sibling: ['brother', 'sister'],
  // The first of a thing is what a business offers its new customers ("is the FIRST session free" ->
  // "Free 30-minute assessment for NEW students", "a free TRIAL lesson").
  first: ['new', 'trial', 'introductory'],
  // A spouse makes a couple ("can i bring my HUSBAND for a couples one" -> "COUPLES massage: two therapists in one room").
  // (No "partner": "PARTNER training (two people, one trainer)" is no plan a wife is added to.)
  husband: ['couple', 'spouse'],
  wife: ['couple', 'spouse'],
  spouse: ['couple'],
  boyfriend: ['couple'],
  girlfriend: ['couple'],
  // A lesson is a session of its own ("do you do private LESSONS at home" -> "One-on-one private SESSIONS ...").
  lesson: ['session'],
  // A photo shoot is a session ("does it include the engagement SHOOT" -> "an engagement SESSION").
  shoot: ['session'],
  // A penalty is a fee charged ("is there a PENALTY if i cancel" -> "a $75 cancellation FEE").
  penalty: ['fee', 'charge'],
  // A deadline is when orders close, the last day or the cut-off (orchard QA: "the DEADLINE for thanksgiving pies" ->
  // "Thanksgiving pie orders CLOSE November 20").
  deadline: ['close', 'cutoff', 'last', 'latest', 'ahead', 'advance'],
  // A scratch or a dent is damage ("found a SCRATCH after you towed it" -> "report any DAMAGE within 24 hours").
  scratch: ['damage'],
  dent: ['damage'],
  // A night of the working week is a night ("is it more on a WEEKNIGHT" -> "outside office hours ... after-hours fee").
  weeknight: ['night', 'evening', 'afterhours'],
  // After hours is the evenings, nights and weekends a business may name instead (holidays are asked about as such).
  afterhours: ['evening', 'night', 'weekend', 'overnight'],
  week: ['weekday', 'monday', 'friday'],
  // A kind of thing implies its class, not the other way round.
  couch: ['furniture'],
  sofa: ['furniture'],
  armchair: ['furniture'],
  dresser: ['furniture'],
  wardrobe: ['furniture'],
  bookcase: ['furniture'],
  cat: ['pet'],
  // What to wear is answered by the clothes and shoes a page names (shooting range QA: "what should i WEAR" ->
  // "No open-toed SHOES and no low-cut SHIRTS"); a sandal or a flip-flop is an open-toed shoe ("can i wear SANDALS").
  // (One-way: a shoe or a shirt for sale, rented or fitted is no question of what to wear.)
  wear: ['shoe', 'shirt', 'pants', 'boot', 'sneaker', 'sleeve', 'clothes'],
  sandal: ['opentoed'],
  flipflop: ['opentoed'],
  // Jeans are denim (golf QA: "can i wear JEANS" -> "No tank tops, no DENIM, no cutoffs.").
  jeans: ['denim'],
  // Eating is done at a snack bar or a café a page names (paintball QA: "is there somewhere to EAT" -> "SNACK bar on weekends ...");
  // food brought is a packed lunch or a picnic (sailing school: "can we bring FOOD" -> "Bring a packed LUNCH ...").
  // (One-way. No snack for food: "can we bring food" is no yes from a snack bar; no "restaurant": a florist's "flowers for
  // restaurants" is no place to eat; no "cooler": "it is always cooler on the water" is the weather.)
  food: ['picnic', 'lunch'],
  eat: ['snack', 'meal', 'cafe'],
  // A gun by its model is a rifle or a handgun (shooting range QA: "can i shoot my AR15" -> "You may shoot your own handguns, RIFLES ...").
  ar15: ['rifle'],
  ak47: ['rifle'],
  glock: ['handgun', 'pistol'],
  // The youngest age is the least one (paintball QA: "whats the YOUNGEST age" -> "MINIMUM age is 10 ...").
  youngest: ['minimum'],
  car: ['vehicle'],
  van: ['vehicle'],
  suv: ['vehicle'],
  motorcycle: ['vehicle'],
  // A card is said by its brands ("can I pay with a card" -> "we accept Visa and Mastercard").
  card: ['visa', 'mastercard', 'amex'],
  // ... and a Visa or a Mastercard is a credit card ("do you take visa" -> "we take credit cards").
  visa: ['credit', 'card'],
  mastercard: ['credit', 'card'],
  // Paying is what a business says it accepts ("we accept cash and cards").
  pay: ['accept'],
  payment: ['accept'],
  // A tour of the premises is what a guide may call a showing or a viewing ("can i see a place this weekend" -> "Showings are self-guided").
  tour: ['showing', 'viewing'],
  // A peanut is among the nuts a "nut-free" kitchen or center keeps out ("my son has a PEANUT allergy").
  peanut: ['nut'],
  dog: ['pet'],
  puppy: ['pet', 'dog'],
  kitten: ['pet', 'cat'],
  toddler: ['child'],
  // "my son is 4", "my daughter is 3": a visitor's child is a child.
  son: ['child'],
  daughter: ['child'],
  grandson: ['child'],
  granddaughter: ['child'],
  teen: ['child'],
  teenager: ['child'],
  // A branch of the armed forces is the military ("active duty navy, any discount?").
  navy: ['military'],
  army: ['military'],
  marines: ['military'],
  soldier: ['military'],
  baby: ['child'],
  infant: ['child'],
  // Travel to the visitor is charged as a trip ("is there a TRAVEL charge" -> "a TRIP charge of $2 per mile").
  travel: ['trip', 'mileage'],
  // A visit to look at the visitor's thing and find the fault, however a guide calls it (lexical's
  // "how much to come LOOK AT my washer" -> "Diagnostic visit $89", "Standard service call $89.50",
  // "A drain field evaluation costs $295").
  // A call-out is what a guide may call a service call ("how much is a service call" -> "Our service call fee is $95");
  // one-way, so a visit asked ("can someone visit us") is no phone call ("call the center").
  callout: ['call'],
  lookover: ['diagnostic', 'diagnosis', 'inspection', 'evaluation', 'assessment', 'callout'],
  // Vermin are pests ("if the bugs come back" meets "if pests come back").
  bug: ['pest'],
  ant: ['pest'],
  roach: ['pest'],
  cockroach: ['pest'],
  mouse: ['pest', 'rodent'],
  rat: ['pest', 'rodent'],
  termite: ['pest'],
  flea: ['pest'],
  wasp: ['pest'],
  hornet: ['pest'],
  spider: ['pest'],
  // Arriving is reaching the visitor ("how fast can u get here" -> "we aim to REACH you within 30 minutes").
  // (One-way: "how do i reach you" asks for a phone number, no arrival.)
  arrive: ['reach'],
  // A stay's end by a lodging's word for it ("what time do we have to LEAVE" -> "CHECK-OUT is by 11 am").
  // (One-way: a check-out is no leaving a review or a message; arriving is no check-in: "can we arrive late" is no "late check-out".)
  leave: ['checkout'],
  // Teaching a skill is a class to learn it ("do you TEACH lead climbing" -> "LEARN to Lead: two 2-hour sessions").
  // (One-way: "where can i learn more" asks for no teaching.)
  teach: ['learn'],
  // Bouldering is climbing without ropes ("can my 6 year old CLIMB" -> "Kids of any age can BOULDER"). (One-way: a boulder asked is no rope climb.)
  climb: ['boulder'],
  depart: ['checkout'],
  departure: ['checkout'],
  // How many a place takes, however a page says it ("how many FIT in a cabin" -> "cabin (SLEEPS 4)", "can it HOLD 40" -> "SEATS 40").
  // (One-way: "where do we sleep" or "a seat" asks no capacity.)
  fit: ['sleep', 'seat', 'accommodate', 'capacity'],
  hold: ['sleep', 'seat', 'accommodate', 'capacity'],
  accommodate: ['sleep', 'seat', 'capacity'],
  capacity: ['sleep', 'seat', 'accommodate'],
  // A social network is social media ("do you do INSTAGRAM" -> "We do not do SOCIAL MEDIA management").
  instagram: ['social', 'media'],
  facebook: ['social', 'media'],
  tiktok: ['social', 'media'],
  // Upkeep is what a care plan gives ("a MAINTENANCE plan" -> "Website CARE plans: updates, backups ...").
  // (One-way: "pet care" or "tree care" is no maintenance.)
  maintenance: ['care', 'upkeep'],
  // A client by the person of its trade is the practice the page names ("do you work with DENTISTS" ->
  // "... small offices: DENTAL and MEDICAL practices, LAW firms, ACCOUNTANTS").
  // (One-way: "dental" work is no dentist asked about.)
  dentist: ['dental'],
  doctor: ['medical'],
  physician: ['medical'],
  lawyer: ['law', 'legal'],
  attorney: ['law', 'legal'],
  accountant: ['accounting'],
  // Responding is answering the visitor ("how fast do you RESPOND" -> "We ANSWER ... tickets within 1 hour").
  respond: ['answer', 'reply', 'response'],
  // Keeping to a rule is knowing and following it ("are you HIPAA COMPLIANT" -> "We are HIPAA-AWARE and sign a BAA").
  compliant: ['compliance', 'aware'],
  compliance: ['compliant', 'aware'],
};
