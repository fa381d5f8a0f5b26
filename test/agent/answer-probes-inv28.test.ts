import t from 'tap';
import { runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 28 probes of the never-invent rule, written the way the EVAL writes its uncovered items
// (eval/README.md, "10 not covered but close to something covered, each with its plausible invented
// facts") and JUDGED BY THE EVAL'S OWN SCORER (eval/score.ts scoreAnswer, through `forbid`): a reply
// said "I don't know" when it holds "don't know", "do not know", "not sure", "don't have that
// information" or "don't have information"; it INVENTED when any string of the item's list (nearly
// always "yes" and "$", else "%", "per month", "free", "months", a brand, a phrase) is ANYWHERE in
// it, case-insensitive, as a substring: a "don't know" followed by a quoted price sentence, a "No."
// reply that goes on to "yes", "eyes", a "$" in the lengths or the towns we list all invent. The
// earlier probes (inv22-inv27) counted a yes only at the start and their own regex, so a reply that
// said "I'm not sure about X" and then quoted a priced sentence passed there and fails here.
// Eight tune businesses of eval/data/kb last probed by inv22 or inv23 (appliance, towing, generator,
// snow, daycare, kennel, chimney, hottub) and two guides no probe used (test/fixtures/guides/
// driving-school.md, phone-repair.md). Questions written from the pages alone in the tune items'
// style (casual, "do u", "any senior discount", "how much to ...", "can i ..."), not taken from
// eval/data/questions.jsonl, and written before the test was run. The eval's shapes:
//   sibling  a job or service beside the ones offered ("do you clean pellet stoves")
//   sell     a product sold or rented, a loaner, a gift card
//   discount a discount, a referral bonus, a prepay or loyalty deal never stated
//   pay      financing, instalments, a way of paying never named
//   price    "how much to/for X", X close to a priced row but never priced
//   fact     a brand, a language, a lifespan, a duration, an accreditation, a facility
// Each business also gets covered look-alikes that must still be answered.
//
// FIRST RUN (main e54c71d, before any fix of this session): uncovered 127/150 said "don't know", 15
// invented BY THE EVAL'S RULE (the helper's old rule, a yes first or its regex, would have counted 11);
// covered 43/50. Two of the 15 were questions the page does answer (a Pixel's back glass is "not
// offered"; the road-test package is the car for the test) and one more was a covered no ("can i pay
// the plow guy in cash" -> "Our crews do not collect cash or cards in the field"): those three moved to
// the covered look-alikes after the run. Per shape, not-"don't-know" (of them invented):
//   sibling 5/52 (3): "can you put a generator on my boat" -> "Yes. We repair Generac, Kohler ...";
//     "can i get just a load bank test without signing up for a plan" -> "No. Load bank test — Basic:
//     No; Plus: YES ..."; "can you put on a screen protector i bought somewhere else" -> "Yes. We sell
//     screen protectors ($25 tempered glass, installed free)"; and two lead offers ("can you look at my
//     roof shingles", "do u fix face id" -> "No. We do NOT repair laptops or game consoles").
//   sell 0/18, discount 1/20 (0: a lead offer to "any referral bonus if i bring another family").
//   pay 3/9 (1): "can i pay with apple pay" -> "Yes. Apple iPhone (iPhone 8 and newer) ..."; "can i
//     pay tuition monthly instead of weekly" -> "No. If tuition is not paid by Wednesday a $25 late fee".
//   price 5/15 (4): "how much to waterproof my chimney" -> "Animal removal from a chimney: $165";
//     "how much for an iphone 16 screen" -> "Screen — iPhone 11-13: $129; iPhone 14-15: $199"; "how
//     much is a 38 kw unit installed" -> the 30% deposit sentence.
//   fact 9/36 (7): "how long does a winch out usually take" -> "$125 for the first 30 minutes, then $75
//     per extra 30 minutes"; "how long does a sweep take" -> "a 2-hour arrival window and a text when the
//     sweep is 30 minutes out"; "how many years does a standby generator / a heater element last" ->
//     a description, a price; "whats the warranty on a briggs and stratton unit" -> "Every Generac and
//     Kohler unit ... 10-year limited warranty"; "do you need to shut off my power during the install"
//     -> "Yes. Shut the gas off at the meter ..." (the safety section); "is the generator safe to run in
//     the rain" -> "Yes. The safe way to use it is an inlet box"; "is there a pool at the center" ->
//     "Yes. Every Wednesday is swim day at the Linden Park pool"; "are your techs licensed electricians"
//     -> "Yes. We coordinate the job with our licensed partner, Bright Path Electric".
// After this session's gates (answer-unsaid: durationUnanswered, facilityElsewhere, safeWhenUnsaid,
// ownSupplyUnsaid, modelOutsideTable; answer-unanswered: lifespan in years, a credential held by a
// partner, a warranty of another thing asked without a yes or no; answer-extract: a yes from the safety
// section, a priced job the page never names; answer-payment: "apple pay" is no "Apple iPhone"; and
// local-brain: a bare topic typed as a question, "any referral bonus ...", gets "I don't know that one"
// with the offer; two bare topics were added after the run for it): uncovered 143/149 said "don't
// know", 2 invented (both todo below, with why); covered 46/53 (the 7 misses todo, none invented).

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);
const guide = (file: string) => new URL(`../fixtures/guides/${file}`, import.meta.url);

const SIB = 'sibling', SELL = 'sell', DISC = 'discount', PAY = 'pay', PRICE = 'price', FACT = 'fact';
const YES$ = ['yes', '$'];

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Brightside Appliance Repair',
    file: kb('appliance'),
    unknown: [
      { shape: SIB, q: 'do you fix trash compactors', forbid: YES$ },
      { shape: SIB, q: 'can you fix the doors on my fridge, they dont close flush', forbid: YES$ },
      { shape: SIB, q: 'do you fix range hoods', forbid: YES$ },
      { shape: SIB, q: 'do u recycle old fridges when you replace parts', forbid: YES$ },
      { shape: SELL, q: 'do you sell extended warranties', forbid: YES$ },
      { shape: SELL, q: 'do you have gift cards', forbid: YES$ },
      { shape: DISC, q: 'any discount for teachers', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'do you have a referral program', forbid: ['yes', '%', '$'] },
      { shape: PAY, q: 'can i pay for a compressor repair in installments', forbid: ['yes', 'monthly', 'months'] },
      { shape: PRICE, q: 'how much to replace a fridge water filter', forbid: ['$'] },
      { shape: PRICE, q: 'how much to fix a dishwasher rack thats rusting', forbid: ['$'] },
      { shape: FACT, q: 'how long does a dryer vent cleaning take', forbid: ['hours', 'minutes'] },
      { shape: FACT, q: 'what brand of washer do you recommend', forbid: ['yes', 'we recommend'] },
      { shape: FACT, q: 'do your techs wear shoe covers in the house', forbid: ['yes'] },
      { shape: FACT, q: 'are your technicians background checked', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much is a dryer belt', says: /\$140/ },
      { q: 'do you fix microwaves', says: /^No\b|microwaves/ },
      { q: 'do seniors get a discount', says: /\$15/ },
      { q: 'how long is the warranty on repairs', says: /90 days/ },
      { q: 'how much is the diagnostic on a saturday', says: /\$119/ },
    ],
  },
  {
    name: 'Route 9 Towing & Roadside',
    file: kb('towing'),
    unknown: [
      { shape: SIB, q: 'do you tow golf carts', forbid: YES$ },
      { shape: SIB, q: 'locked out of my house, can you open the front door', forbid: ['yes', '$70'] },
      { shape: SIB, q: 'can you jump start my boat at the marina', forbid: ['yes', '$65'] },
      { shape: SIB, q: 'do you do pre purchase inspections on used cars', forbid: YES$ },
      { shape: SELL, q: 'do u have a loaner car i can use while mine is in the shop', forbid: YES$ },
      { shape: SELL, q: 'can i rent a car dolly or tow straps from you', forbid: ['yes', '$', 'per day'] },
      { shape: SELL, q: 'do you store boats over the winter', forbid: ['yes', '$', 'per day'] },
      { shape: DISC, q: 'any discount for nurses', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'do you have a military discount', forbid: ['yes', '%'] },
      { shape: PAY, q: 'can i pay with venmo', forbid: ['yes', 'we accept venmo'] },
      { shape: PAY, q: 'can i pay the impound fees online before i come', forbid: ['yes'] },
      { shape: PRICE, q: 'how much to tow a jet ski on its trailer', forbid: ['$'] },
      { shape: FACT, q: 'how long does a winch out usually take', forbid: ['minutes', 'hours'] },
      { shape: FACT, q: 'do you have drivers who speak spanish', forbid: ['yes', 'español'] },
      { shape: FACT, q: 'are your drivers drug tested', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much for a jump start', says: /\$65/ },
      { q: 'can you fix my flat tire', says: /do not repair tires|^No\b/ },
      { q: 'how much is storage at the impound', says: /\$45/ },
      { q: 'how many people can ride in the tow truck', says: /2 riders|up to 2/, todo: 'covered miss: "people" is not read as the "riders" of "up to 2 riders in the truck cab" (answers "I don\'t know")' },
      { q: 'do you take checks', says: /[Nn]o personal checks|^No\b/ },
    ],
  },
  {
    name: 'Brightline Standby Power',
    file: kb('generator'),
    unknown: [
      { shape: SIB, q: 'do you install solar panels', forbid: YES$ },
      { shape: SIB, q: 'can your electricians add a few outlets in my basement while theyre here', forbid: YES$ },
      { shape: SIB, q: 'can you put a generator on my boat', forbid: YES$, todo: 'invents a yes: the place it goes ("on my boat") is a word the page never uses, but "put" is a light verb and "generator" is the page\'s own subject, so no verb or thing gate reads it; a gate on an unnamed place after "on/in my" needs answer-area\'s place reading' },
      { shape: SIB, q: 'do you service champion generators', forbid: YES$ },
      { shape: SIB, q: 'can i get just a load bank test without signing up for a plan', forbid: YES$, todo: 'invents by the eval\'s rule: the "No." is read from the plan table\'s Basic column, whose row goes on "Plus: Yes; Total Care: Yes"; a row whose cells are yes/no marks is quoted whole' },
      { shape: SELL, q: 'do you sell portable generators', forbid: YES$ },
      { shape: DISC, q: 'any discount for first responders', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'is there a senior discount on the maintenance plans', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'do you give a referral bonus', forbid: YES$ },
      { shape: PRICE, q: 'how much to move my generator to the other side of the house', forbid: ['$'] },
      { shape: PRICE, q: 'how much is a 38 kw unit installed', forbid: ['$'], todo: 'not invented, not "don\'t know": the deposit sentence (30%) passes as the price asked' },
      { shape: FACT, q: 'how many years does a standby generator last', forbid: ['years', 'lifespan'] },
      { shape: FACT, q: 'whats the warranty on a briggs and stratton unit', forbid: ['10-year', '5 years', 'five years'] },
      { shape: FACT, q: 'do you need to shut off my power during the install', forbid: ['yes', 'hours'] },
      { shape: FACT, q: 'is the generator safe to run in the rain', forbid: ['yes', 'safe to run'] },
    ],
    known: [
      { q: 'how much is a 22 kw generator installed', says: /\$10,400/ },
      { q: 'do you fix kohler generators', says: /Kohler/, todo: 'covered miss: "fix" against "We repair Generac, Kohler ..." is refused (answers "I don\'t know"), not an invention' },
      { q: 'how much is a diagnostic visit', says: /\$149/ },
      { q: 'can i finance an install', says: /0%|18 months|8\.99/ },
      { q: 'how long does the permit take', says: /three to six weeks/ },
    ],
  },
  {
    name: 'Northline Snow & Ice',
    file: kb('snow'),
    unknown: [
      { shape: SIB, q: 'can you clear the snow off my deck', forbid: YES$ },
      { shape: SIB, q: 'do you clear snow off solar panels on the roof', forbid: YES$ },
      { shape: SIB, q: 'do u put snow tires on cars', forbid: YES$ },
      { shape: SIB, q: 'do you plow the top deck of parking garages', forbid: YES$ },
      { shape: SIB, q: 'do you do emergency tree removal after an ice storm', forbid: YES$ },
      { shape: SIB, q: 'can you install heated gutters', forbid: YES$ },
      { shape: SELL, q: 'can i rent one of your skid steers and drive it myself', forbid: ['yes', '$', 'per day'] },
      { shape: DISC, q: 'veterans discount on the seasonal contract?', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'is there an early bird discount if i sign the contract in july', forbid: ['yes', '%', '$'] },
      { shape: PRICE, q: 'how much to groom a snowmobile trail', forbid: ['$'] },
      { shape: PRICE, q: 'is there a fuel surcharge', forbid: YES$ },
      { shape: FACT, q: 'is your salt safe for new concrete', forbid: ['yes', 'safe for concrete'] },
      { shape: FACT, q: 'what brand of plows are on your trucks', forbid: ['yes', 'boss', 'fisher', 'western'] },
      { shape: FACT, q: 'do your drivers have cdl licenses', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much to plow a 2 car driveway', says: /\$55/ },
      { q: 'do you mow lawns in the summer', says: /^No\b|only does snow/ },
      { q: 'how much snow before you come plow my driveway', says: /2 inches/, todo: 'covered miss: "how much" is read as a price and the windrow row ($25) is quoted' },
      { q: 'will you shovel out my car', says: /\$20/ },
      { q: 'is there a discount if i pay the season up front', says: /5%/, todo: 'covered miss: "pay in full by November 1 and take 5% off" is not reached from "discount ... up front" (answers "I don\'t know")' },
      { q: 'can i pay the plow guy in cash', says: /^No\. Our crews do not collect cash or cards in the field\.$/, todo: 'the no is right, but a second part ("Residential driveways: we plow once 2 inches of snow have fallen.") is added for "plow": an irrelevant extra sentence' },
    ],
  },
  {
    name: 'Little Acorns Childcare',
    file: kb('daycare'),
    unknown: [
      { shape: SIB, q: 'do you offer sign language classes', forbid: YES$ },
      { shape: SIB, q: 'can the van drop my daughter off at soccer practice', forbid: YES$ },
      { shape: SIB, q: 'do you offer music lessons in the after school club', forbid: YES$ },
      { shape: SIB, q: 'do you do vision and hearing screenings', forbid: YES$ },
      { shape: SELL, q: 'do you provide diapers and wipes', forbid: YES$ },
      { shape: SELL, q: 'do you sell t shirts or uniforms', forbid: YES$ },
      { shape: DISC, q: 'is there a discount for teachers', forbid: ['yes', '%'] },
      { shape: DISC, q: 'any referral bonus if i bring another family', forbid: YES$ },
      { shape: PAY, q: 'can i pay tuition monthly instead of weekly', forbid: ['yes', 'monthly'], todo: 'not "don\'t know": "No." with the late-fee sentence; another schedule asked "instead of" the one the page states has no gate' },
      { shape: PRICE, q: 'how much is a drop in day at summer camp', forbid: ['$'] },
      { shape: FACT, q: 'is there a pool at the center', forbid: ['yes', 'pool'] },
      { shape: FACT, q: 'do any of the teachers speak mandarin', forbid: ['yes', 'teachers speak'] },
      { shape: FACT, q: 'are you naeyc accredited', forbid: ['yes', 'naeyc accredited'] },
      { shape: FACT, q: 'is there an indoor gym for bad weather days', forbid: ['yes', 'gym'] },
      { shape: FACT, q: 'can you take kids with an iep', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much is infant care 5 days a week', says: /\$395/ },
      { q: 'do you take cash', says: /^No\b|do not take cash/ },
      { q: 'what time do you open', says: /6:45/, todo: 'covered miss: the nap-time sentence (12:30 pm) is picked over "open Monday to Friday, 6:45 am to 6:00 pm" (the test business has no profile hours)' },
      { q: 'is there a sibling discount', says: /10%/ },
      { q: 'does my son need to be potty trained', says: /^No\b|do not need/ },
    ],
  },
  {
    name: 'Happy Tails Boarding',
    file: kb('kennel'),
    unknown: [
      { shape: SIB, q: 'do you do full grooming like haircuts', forbid: YES$ },
      { shape: SIB, q: 'can you give my dog her rabies shot while shes there', forbid: YES$ },
      { shape: SIB, q: 'can the pet taxi take my dog to the vet', forbid: ['yes', '$15', '$25'] },
      { shape: SIB, q: 'do you microchip', forbid: YES$ },
      { shape: SIB, q: 'can my dog get a blueberry facial with the bath', forbid: YES$ },
      { shape: SELL, q: 'do you sell dog food', forbid: YES$ },
      { shape: SELL, q: 'is there a webcam so i can watch my dog', forbid: YES$ },
      { shape: DISC, q: 'any military discount', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'is there a discount for long stays like 2 weeks', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'do you have a referral discount', forbid: ['yes', '%', '$'] },
      { shape: PRICE, q: 'how much for agility classes', forbid: ['$'] },
      { shape: FACT, q: 'is there a pool for the dogs', forbid: ['yes', 'pool'] },
      { shape: FACT, q: 'what brand of flea treatment do you use', forbid: ['yes', '$', 'frontline', 'nexgard'] },
      { shape: FACT, q: 'do you take dogs with separation anxiety', forbid: ['yes'] },
      { shape: FACT, q: 'are the play yards fenced with turf or grass', forbid: ['yes', 'turf', 'grass'] },
    ],
    known: [
      { q: 'how much is a night for a dog', says: /\$52/ },
      { q: 'do you board ferrets', says: /Dogs and cats only|^No\b/, todo: 'covered miss: the honest "I don\'t know"; "Dogs and cats only." is not read as the no to another animal' },
      { q: 'how much is a nail trim', says: /\$15/ },
      { q: 'do puppies need shots for kindergarten', says: /DHPP|first round/ },
      { q: 'is there a holiday surcharge', says: /\$10/ },
    ],
  },
  {
    name: 'Brick & Flue Chimney Sweep',
    file: kb('chimney'),
    unknown: [
      { shape: SIB, q: 'do you clean pellet stoves', forbid: YES$ },
      { shape: SIB, q: 'do you sweep oil furnace flues', forbid: YES$ },
      { shape: SIB, q: 'can you fix the cracked firebox bricks inside my fireplace', forbid: YES$ },
      { shape: SIB, q: 'do you install glass fireplace doors', forbid: YES$ },
      { shape: SIB, q: 'can you look at my roof shingles while youre up there', forbid: YES$, todo: 'a lead offer ("I can help with that. What is your name?"), not "don\'t know": local-brain reads "can you look at" as a booking' },
      { shape: SIB, q: 'do you clean bathroom exhaust fans', forbid: YES$ },
      { shape: SIB, q: 'do you build outdoor pizza ovens', forbid: YES$ },
      { shape: SELL, q: 'do you sell firewood', forbid: YES$ },
      { shape: SELL, q: 'do you sell those creosote sweeping logs', forbid: YES$ },
      { shape: DISC, q: 'do you do a senior discount', forbid: ['yes', '%', '$'] },
      { shape: PAY, q: 'can i finance a new liner', forbid: ['yes', '0%', 'monthly'] },
      { shape: PRICE, q: 'how much to waterproof my chimney', forbid: ['$'] },
      { shape: FACT, q: 'how long does a sweep take', forbid: ['hour', 'minutes'] },
      { shape: FACT, q: 'are you bbb accredited', forbid: ['yes', 'a+'] },
      { shape: FACT, q: 'do the sweeps wear masks inside', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much is a chimney sweep', says: /\$189/ },
      { q: 'do you fix gas logs', says: /^No\b|gas fitter|don't repair/ },
      { q: 'do you take venmo', says: /Venmo/ },
      { q: 'how much is a level 2 inspection', says: /\$295/ },
      { q: 'how often should i get my chimney swept', says: /[Oo]nce a year/ },
    ],
  },
  {
    name: 'BlueWave Hot Tub',
    file: kb('hottub'),
    unknown: [
      { shape: SIB, q: 'can you replace a couple of the jet nozzles', forbid: YES$ },
      { shape: SIB, q: 'do you fix the led lights in the tub', forbid: YES$ },
      { shape: SIB, q: 'do you do acid washing of the shell', forbid: YES$ },
      { shape: SIB, q: 'can you fix the bluetooth stereo in my spa', forbid: YES$ },
      { shape: SIB, q: 'can you install a cover lifter i bought online', forbid: ['yes', '$249'] },
      { shape: SIB, q: 'can you fix a crack in the acrylic shell', forbid: YES$ },
      { shape: SIB, q: 'do you service hot tubs at hotels', forbid: YES$ },
      { shape: SELL, q: 'do you sell replacement headrest pillows', forbid: YES$ },
      { shape: DISC, q: 'any discount for first responders', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'do plan members get a discount on winterizing', forbid: ['yes', '%'] },
      { shape: PRICE, q: 'how much to rebuild the wood skirt around the tub', forbid: ['$'] },
      { shape: FACT, q: 'how many years does a heater element usually last', forbid: ['years'] },
      { shape: FACT, q: 'is water testing free if i bring in a sample', forbid: ['yes', 'free'] },
      { shape: FACT, q: 'what brand of chemicals do you use', forbid: ['yes', 'we use'] },
      { shape: FACT, q: 'are your techs licensed electricians', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much is a diagnostic call', says: /\$119/ },
      { q: 'do you sell covers', says: /^Yes\b|\$489/ },
      { q: 'do you do the electrical hookup', says: /^No\b|not electricians|Bright Path/ },
      { q: 'what should the ph be', says: /7\.4/ },
      { q: 'how much to winterize a hot tub', says: /\$265/ },
    ],
  },
  {
    name: 'Green Light Driving School',
    file: guide('driving-school.md'),
    unknown: [
      { shape: SIB, q: 'do you do motorcycle lessons', forbid: YES$ },
      { shape: SIB, q: 'do you have a refresher course for seniors', forbid: YES$ },
      { shape: SIB, q: 'do you train for the AZ truck license', forbid: YES$ },
      { shape: SIB, q: 'do you do defensive driving courses', forbid: YES$ },
      { shape: SIB, q: 'do instructors do highway lessons', forbid: ['yes'] },
      { shape: SELL, q: 'can i use my own car for lessons', forbid: ['yes'] },
      { shape: DISC, q: 'is there a student discount', forbid: ['yes', '%', '$'] },
      { shape: DISC, q: 'any discount if my brother and i both sign up', forbid: ['yes', '%', '$'] },
      { shape: PAY, q: 'can i pay for the bde course in monthly payments', forbid: ['yes', 'monthly', 'months'] },
      { shape: PAY, q: 'do i get a refund if i fail my road test', forbid: ['yes', 'refund'] },
      { shape: PRICE, q: 'how much is a 2 hour lesson', forbid: ['$'] },
      { shape: FACT, q: 'do you teach in french', forbid: ['yes', 'in french'] },
      { shape: FACT, q: 'whats your pass rate', forbid: ['%', 'pass rate is'] },
      { shape: FACT, q: 'can you pick me up in oakville', forbid: ['yes', 'no extra charge'] },
      // (Bare topics, as the eval's q22-sw-33/34 are typed: "scuba or snorkeling classes" got the lead offer alone.)
      { shape: SIB, q: 'motorcycle lessons for beginners', forbid: YES$ },
      { shape: DISC, q: 'any loyalty discount', forbid: ['yes', '%', '$'] },
    ],
    known: [
      { q: 'how much is one lesson', says: /\$60/ },
      { q: 'do you teach stick shift', says: /^No\b|[Aa]utomatic only/ },
      { q: 'can you pick me up from work', says: /pick you up|no extra charge/ },
      { q: 'do you have lessons in punjabi', says: /Punjabi/ },
      { q: 'how long do i need my g1 before the g2 test', says: /8 months|12 months/ },
      { q: 'how much to just rent the car for my g test', says: /\$180/ },
    ],
  },
  {
    name: 'FixIt Corner',
    file: guide('phone-repair.md'),
    unknown: [
      { shape: SIB, q: 'do you unlock icloud locked iphones', forbid: YES$ },
      { shape: SIB, q: 'can you fix a bent phone frame', forbid: YES$ },
      { shape: SIB, q: 'do u fix face id', forbid: YES$, todo: 'not "don\'t know": "No. We do NOT repair laptops or game consoles." (the refusal of other things read as a no to this one; not invented by the eval\'s rule)' },
      { shape: SIB, q: 'can you move my data to my new phone', forbid: YES$ },
      { shape: SIB, q: 'can you put on a screen protector i bought somewhere else', forbid: ['yes', 'free', '$'] },
      { shape: SELL, q: 'do you sell refurbished phones', forbid: YES$ },
      { shape: SELL, q: 'do you sell airpods', forbid: YES$ },
      { shape: SELL, q: 'do you have a loaner phone while mine is being fixed', forbid: YES$ },
      { shape: DISC, q: 'senior discount?', forbid: ['yes', '%'] },
      { shape: PAY, q: 'can i pay with apple pay', forbid: ['yes', 'we accept apple pay'] },
      { shape: PRICE, q: 'how much for an iphone 16 screen', forbid: ['$'] },
      { shape: FACT, q: 'is there free parking at the mall', forbid: ['yes', 'free parking'] },
      { shape: FACT, q: 'do you use original apple screens', forbid: ['yes', 'original'] },
      { shape: FACT, q: 'will a new screen affect my water resistance', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much is an iphone 13 screen', says: /\$129/ },
      { q: 'do you fix game consoles', says: /^No\b|NOT|do not/ },
      { q: 'is there a student discount', says: /10%/ },
      { q: 'do you buy used phones', says: /cash or store credit|buy used/ },
      { q: 'how long does a repair take', says: /30-60 minutes/ },
      { q: 'how much to replace the back glass on a pixel', says: /Google Pixel: not offered/ },
    ],
  },
];

await runAnswerProbes(t, 'inv28', BUSINESSES);
