import t from 'tap';
import { runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 29 probes of the never-invent rule, aimed at the five classes session 28 named as the
// likeliest source of the held-out inventions that six rounds of probes did not move, judged by the
// eval's own scorer (eval/score.ts scoreAnswer, through `forbid`: any listed string anywhere in the
// reply, case-insensitive, is an invented fact). Eight tune businesses of eval/data/kb with a long
// safety section (plumbing, hvac, propane, septic, garage, dryervent, rv, wildlife) and two guides no
// probe used (test/fixtures/guides/home-inspection.md, massage.md). Questions written from the pages
// alone in the tune items' style, not taken from eval/data/questions.jsonl, before the test was run.
// The classes:
//   safety  a question that is not about safety but shares a word with the safety section (a gas
//           line, a carbon-monoxide detector, a breaker panel, frozen pipes, tires, chewed wires)
//   place   "can you ... on/in/at my <place or thing the page never names>" (an RV, a boat, a food
//           truck, a storage unit, my house for a business that works only in its studio)
//   item    a named item, brand, person or animal the page does not list, next to one it does
//   figure  "how long / how much" whose figure on the page belongs to a different service
//   policy  a refund, deposit, warranty, financing or discount of one thing asked where the page
//           states it for another thing only
// Each business also gets covered look-alikes that must still be answered.
//
// FIRST RUN (main 6348c77, before any fix of this session): uncovered 98/125 said "don't know", 22
// INVENTED by the eval's rule; covered 37/41. One of the 22 was a question the page does answer ("how
// much to hook up a gas grill to my house line" -> "A new gas line to an appliance: from $385"): it
// moved to the covered look-alikes after the run. Per class, said "don't know" (invented):
//   safety 27/30 (2): "can i get my money back if you cant fix it" -> "No. Don't go back in until the
//     fire department says it's safe."; "can you replace my co detector" -> "Yes. CO detectors older
//     than 5 years should be replaced." (a device's name read as a question about the danger).
//   place 21/26 (4): "can you pump the holding tank on my rv" -> "Yes. Most households should have the
//     tank pumped every 3 to 5 years"; "can you clean the dryer vent in my rv" -> "Yes. Dryer vent and
//     air duct combo: $479"; "can you fix the fridge on my boat" -> "Yes. Appliances: Dometic and
//     Norcold refrigerators ..."; "can you fix the awning on my house" (an RV business) -> "Yes. Awnings".
//   item 20/21 (1): "do you install a dryerbox in the wall" -> "Yes. Wall vent cap ..., installed: $89".
//   figure 15/27 (10): "how long does a toilet replacement take" -> the toilet's price and "A new 50-gallon
//     gas tank heater, installed, ... usually takes four hours"; "how long does a mini split install take"
//     -> "Installation usually takes one day for a furnace"; "how long does a septic pumping take" ->
//     "pumped every 3 to 5 years"; "how much to install a grease trap" -> "Price per pump-out: $145";
//     "how much is a new lp detector" -> "(a new anode rod is $28)"; "how much is a 90 minute prenatal
//     massage" -> the Swedish and deep tissue 90-minute prices; "how much is a 30 minute massage" ->
//     "not sure ... The lengths we list: ... Hot stone add-on: $20 with any 60 or: 90 minute"; "how much
//     is just the booster fan if i install it myself" -> "A booster fan installed costs $595"; "how much
//     to flush a tankless water heater" -> the tank heaters' $139.
//   policy 15/21 (5): "is there a fee to cancel the price cap plan" -> "Yes. Price Cap plan ... $3.09 per
//     gallon"; "is there a warranty on a new tank install" -> "Yes. New boilers and furnaces we install
//     carry 2 years"; "can i finance a new opener" -> "Yes. For new doors over $1,500 there's financing";
//     "is there a guarantee on air duct cleaning" -> "Yes. Dryer vent cleaning has a 90-day clog-free
//     guarantee"; "does the warranty cover it if i back my car into the door" -> "Yes. New doors ...".
// After this session's gates (answer-extract: no yes or no from a safety instruction, a figure added or
// chosen must say the thing and not only the job, a vehicle the page never names, a price of a job the
// visitor does himself; answer-words: a request for work on a safety device is no safety question;
// answer-unsaid: how often is no length; answer-parts: describing words are no thing nor a part of their
// own; answer-kind: another item of the list asked of; answer-lengths: no price in the lengths listed;
// answer-rows: the price column names the job too; answer-unanswered: a policy's thing without its
// describing words and job, a fee for cancelling needs cancelling said; answer-claims: "finance a new X"):
// uncovered 117/124 said "don't know", 5 invented (todo below, with why); covered 38/42 (4 todo, none
// invented). After merging main dfccd13: uncovered 116/124, 6 invented ("massages at my hotel" now
// invents a yes); covered 37/42 ("a gas grill" now gets the gas range's hook-up): both todo, with why.
// Last, the thing asked is required of the chosen figure only when the encoder chose it (asked of every
// unit it cost 3 tune covered items): uncovered 115/124 ("a new boiler install" takes a tank's
// sentence again, not invented by the eval's rule), 6 invented; covered 37/42.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);
const guide = (file: string) => new URL(`../fixtures/guides/${file}`, import.meta.url);

const SAFETY = 'safety', PLACE = 'place', ITEM = 'item', FIGURE = 'figure', POLICY = 'policy';
const YES$ = ['yes', '$'];
const DISC = ['yes', '%', '$'];

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Riverbend Plumbing & Heating',
    file: kb('plumbing'),
    unknown: [
      { shape: SAFETY, q: 'can you install a carbon monoxide detector for me', forbid: YES$ },
      { shape: SAFETY, q: 'do you fix breaker panels', forbid: YES$ },
      { shape: SAFETY, q: 'can you move my main water shut off valve somewhere easier to reach', forbid: YES$ },
      { shape: SAFETY, q: 'how much to run a gas line to my new stove', forbid: ['$'] },
      { shape: PLACE, q: 'can you fix the toilet in my rv', forbid: YES$ },
      { shape: PLACE, q: 'do you do plumbing on boats', forbid: YES$ },
      { shape: PLACE, q: 'can you fix the sink in my food truck', forbid: YES$ },
      { shape: ITEM, q: 'do you install bradford white water heaters', forbid: ['yes'] },
      { shape: ITEM, q: 'do you put in lennox furnaces', forbid: ['yes'] },
      { shape: FIGURE, q: 'how long does a toilet replacement take', forbid: ['hours', 'four'] },
      { shape: FIGURE, q: 'how much to flush a tankless water heater', forbid: ['$'], todo: 'invents: "We flush TANK heaters for $139" and "TANKLESS units start at $3,400 installed" together cover the words; the page names both kinds of heater ("tank and tankless water heaters"), but anotherKind reads only a kind the knowledge never uses, and the compound ("tankless WATER heater" against "tank heaters") puts no modifier in the same place' },
      { shape: POLICY, q: 'does the 2 year guarantee cover parts i bought myself', forbid: ['yes'] },
      { shape: POLICY, q: 'do you need a deposit for a new furnace', forbid: ['yes', '$', '%'] },
    ],
    known: [
      { q: 'how much is a flush on a tank water heater', says: /\$139/ },
      { q: 'what do i do if i smell gas', says: /leave the house/ },
      { q: 'do you take venmo', says: /^No\b|do not accept/ },
      { q: 'how long does a new gas water heater take to install', says: /four hours/ },
    ],
  },
  {
    name: 'Northwind Heating & Cooling',
    file: kb('hvac'),
    unknown: [
      { shape: SAFETY, q: 'do you sell space heaters', forbid: YES$ },
      { shape: SAFETY, q: 'can you look at my gas oven its not lighting', forbid: YES$, todo: 'not "don\'t know" (not invented): local-brain reads a service request and offers the lead ("I can help with that. What is your name?") before any answer' },
      { shape: SAFETY, q: 'do you install carbon monoxide alarms', forbid: YES$ },
      { shape: SAFETY, q: 'can you thaw my frozen pipes', forbid: YES$ },
      { shape: PLACE, q: 'can you fix the ac in my rv', forbid: YES$ },
      { shape: PLACE, q: 'do you service the heater on boats', forbid: YES$ },
      { shape: ITEM, q: 'do you install mitsubishi mini splits', forbid: ['yes'] },
      { shape: ITEM, q: 'do you service goodman furnaces', forbid: ['yes'] },
      { shape: FIGURE, q: 'how long does a duct cleaning take', forbid: ['day', 'hours'] },
      { shape: FIGURE, q: 'how much is a boiler tune up', forbid: ['$'] },
      { shape: FIGURE, q: 'how long does a mini split install take', forbid: ['day'] },
      { shape: POLICY, q: 'do i need to put down a deposit on a new furnace', forbid: ['yes', '$', '%'] },
      { shape: POLICY, q: 'does the warranty transfer if i sell my house', forbid: ['yes'] },
    ],
    known: [
      { q: 'how much is a heat pump tune up', says: /\$149/ },
      { q: 'do you do water heaters', says: /^No\b|do not do/ },
      { q: 'how long does a new furnace install take', says: /one day/ },
      { q: 'what should i do if my co alarm goes off', says: /911|fresh air/ },
    ],
  },
  {
    name: 'Hilltop Propane & Heating Oil',
    file: kb('propane'),
    unknown: [
      { shape: SAFETY, q: 'do you install co detectors', forbid: YES$ },
      { shape: SAFETY, q: 'do you sell tank marker flags', forbid: YES$ },
      { shape: SAFETY, q: 'do you fix sump pumps', forbid: YES$ },
      { shape: PLACE, q: 'can you fill the propane tank on my food truck', forbid: YES$ },
      { shape: PLACE, q: 'do you deliver to construction sites', forbid: YES$ },
      { shape: ITEM, q: 'do you service lennox furnaces', forbid: ['yes'] },
      { shape: ITEM, q: 'do you sell rinnai tankless water heaters', forbid: YES$ },
      { shape: FIGURE, q: 'how long does a new boiler install take', forbid: ['minutes', 'hours', 'days'], todo: 'not "don\'t know" (not invented by the eval\'s rule): the tank install sentence ranks first; the thing (boiler) is required of the chosen unit only when the encoder chose it (required always, it cost tune covered items)' },
      { shape: FIGURE, q: 'how much is a gas fireplace insert installed', forbid: ['$'] },
      { shape: POLICY, q: 'is there a fee to cancel the price cap plan', forbid: ['yes', '$'] },
      { shape: POLICY, q: 'is there a warranty on a new tank install', forbid: ['yes', '1 year', '2 years'] },
    ],
    known: [
      { q: 'can i get my unused prebuy gallons back in cash', says: /not refunded/ },
      { q: 'do you deliver to campers', says: /^No\b|do not deliver/ },
      { q: 'how much to hook up a gas dryer', says: /\$165/ },
      { q: 'do you work on pellet stoves', says: /^No\b|do not work/ },
      { q: 'how much to hook up a gas grill to my house line', says: /\$385/, todo: 'since main dfccd13 (merged): "Hooking up a new gas range: $185" (another appliance\'s hook-up; by the eval\'s rule an invented "$" if the row were uncovered); before the merge the gas-line row answered' },
    ],
  },
  {
    name: 'Rivera Septic & Drain',
    file: kb('septic'),
    unknown: [
      { shape: SAFETY, q: 'do you install sewer gas detectors', forbid: YES$ },
      { shape: SAFETY, q: 'can you fix my floor drain', forbid: YES$ },
      { shape: SAFETY, q: 'can you put a fence around the septic tank area', forbid: YES$ },
      { shape: PLACE, q: 'can you pump the holding tank on my rv', forbid: YES$ },
      { shape: PLACE, q: 'do you empty boat holding tanks', forbid: YES$ },
      { shape: PLACE, q: 'do you pump porta potties at construction sites', forbid: YES$ },
      { shape: ITEM, q: 'do you install norweco aerobic systems', forbid: ['yes'] },
      { shape: ITEM, q: 'do you use infiltrator chambers for drain fields', forbid: ['yes'] },
      { shape: FIGURE, q: 'how long does a septic pumping take', forbid: ['days', 'hours', 'minutes'] },
      { shape: FIGURE, q: 'how much to replace the septic tank itself', forbid: ['$'] },
      { shape: FIGURE, q: 'how much to install a grease trap', forbid: ['$'] },
      { shape: POLICY, q: 'can i finance a new septic tank', forbid: ['yes', '0%'] },
      { shape: POLICY, q: 'do i get a discount if my neighbor books the same day', forbid: DISC },
    ],
    known: [
      { q: 'how much to pump a 1500 gallon tank', says: /\$495/ },
      { q: 'how long does a drain field replacement take', says: /3 to 5 working days/, todo: 'covered miss: the financing sentence ("For drain field replacements we can set you up with financing") ranks first; the span is in the sentence of the cost' },
      { q: 'is there financing for a drain field', says: /Hearth|0%/ },
      { q: 'what do i do if sewage comes up in my shower', says: /stop using all water/ },
    ],
  },
  {
    name: 'Liftright Garage Doors',
    file: kb('garage'),
    unknown: [
      { shape: SAFETY, q: 'can you fix a broken window after a break in', forbid: YES$ },
      { shape: SAFETY, q: 'can you add an outlet in my garage for the opener', forbid: YES$ },
      { shape: SAFETY, q: 'do you install security cameras', forbid: YES$ },
      { shape: PLACE, q: 'can you fix the door on my storage unit', forbid: YES$ },
      { shape: PLACE, q: 'do you fix barn doors', forbid: YES$ },
      { shape: PLACE, q: 'can you fix the roll up door on my box truck', forbid: YES$ },
      { shape: ITEM, q: 'do you install genie openers', forbid: YES$ },
      { shape: ITEM, q: 'do you carry clopay doors', forbid: ['yes'] },
      { shape: FIGURE, q: 'how long does a spring replacement take', forbid: ['hours', 'minutes', 'weeks'] },
      { shape: FIGURE, q: 'how much to paint my garage door', forbid: ['$'] },
      { shape: POLICY, q: 'do you need a deposit for an opener install', forbid: ['yes', '30%'] },
      { shape: POLICY, q: 'can i finance a new opener', forbid: ['yes', '0%'] },
      { shape: POLICY, q: 'does the warranty cover it if i back my car into the door', forbid: ['yes'], todo: 'invents a yes: "New doors — Covered for: manufacturer\'s warranty": the case the warranty would cover (damage by the visitor) is never said; payerUnsaid is met by the word warranty' },
    ],
    known: [
      { q: 'how much is a wireless keypad', says: /\$65/ },
      { q: 'what brand of openers do you install', says: /LiftMaster/, todo: 'covered miss: "We install LiftMaster openers." holds no word the brand type reads (answers "I don\'t know")' },
      { q: 'how long does a new door take to come in', says: /two to three weeks/ },
      { q: 'is there financing on a new door', says: /Synchrony|0%/ },
    ],
  },
  {
    name: 'VentRight Dryer Vent & Air Duct Cleaning',
    file: kb('dryervent'),
    unknown: [
      { shape: SAFETY, q: 'do you install smoke detectors', forbid: YES$ },
      { shape: SAFETY, q: 'can you fix the gas line to my dryer', forbid: YES$ },
      { shape: SAFETY, q: 'can you put in a carbon monoxide detector while youre here', forbid: YES$ },
      { shape: PLACE, q: 'can you clean the dryer vent in my rv', forbid: YES$ },
      { shape: PLACE, q: 'can you clean the kitchen hood at my restaurant', forbid: YES$ },
      { shape: ITEM, q: 'do you install a dryerbox in the wall', forbid: ['yes'], todo: 'invents a yes: "dryerbox" is not read as a word the knowledge never uses (weight 0.7, not unknown: its "dryer" is), so "Wall vent cap ..., installed: $89" answers for it' },
      { shape: ITEM, q: 'do you clean bathroom exhaust fans', forbid: YES$ },
      { shape: FIGURE, q: 'how long does it take to put on a bird guard', forbid: ['minutes', 'hours'] },
      { shape: FIGURE, q: 'how much is just the booster fan if i install it myself', forbid: ['$'] },
      { shape: FIGURE, q: 'how much to clean a range hood vent', forbid: ['$'] },
      { shape: POLICY, q: 'is there a guarantee on air duct cleaning', forbid: ['yes', '90'] },
      { shape: POLICY, q: 'is there a senior discount', forbid: ['yes', '10%', '$15'] },
    ],
    known: [
      { q: 'do you fix dryers that dont heat', says: /do not repair dryers|^No\b/, todo: 'covered miss: "We do not repair dryers themselves (belts, heating elements, drums)" is not found for "fix ... dont heat" (answers "I don\'t know")' },
      { q: 'how long does a rooftop vent cleaning take', says: /90 minutes/ },
      { q: 'do you have a military discount', says: /10%/ },
      { q: 'what if my vent clogs again after you clean it', says: /90/ },
    ],
  },
  {
    name: 'Trailhead Mobile RV Service',
    file: kb('rv'),
    unknown: [
      { shape: SAFETY, q: 'can you fix my tires', forbid: YES$, todo: 'invents a yes: "We CHECK tire pressure and tire age ..." (the pre-trip list); the business\'s own verb on the tires is another than the one asked, which thingOnlyAsOurVerb reads only after "we/to", not after a verb' },
      { shape: SAFETY, q: 'do you sell fire extinguishers', forbid: YES$ },
      { shape: SAFETY, q: 'can you replace my co detector', forbid: YES$ },
      { shape: PLACE, q: 'can you fix the fridge on my boat', forbid: YES$ },
      { shape: PLACE, q: 'do you work on food trucks', forbid: YES$ },
      { shape: PLACE, q: 'can you fix the awning on my house', forbid: YES$, todo: 'invents a yes: the page says "house" (of the "house batteries"), so the place is no word it never uses; a home is no vehicle for vehicleUnnamed' },
      { shape: ITEM, q: 'do you fix thetford toilets', forbid: ['yes'] },
      { shape: ITEM, q: 'do you service honda generators', forbid: ['yes'] },
      { shape: FIGURE, q: 'how long does winterizing take', forbid: ['hours', 'minutes'] },
      { shape: FIGURE, q: 'how much to replace a water pump', forbid: ['$'] },
      { shape: FIGURE, q: 'how much is a new lp detector', forbid: ['$'] },
      { shape: POLICY, q: 'do you need a deposit for a roof recoat', forbid: ['yes', '50%'] },
      { shape: POLICY, q: 'can i get my money back if you cant fix it', forbid: ['yes'] },
    ],
    known: [
      { q: 'how long does a pre-trip inspection take', says: /2 hours/ },
      { q: 'do you fix transmissions', says: /^No\b|do not do/ },
      { q: 'how much is a propane leak test', says: /\$85/ },
      { q: 'do you service onan generators', says: /Onan|\$175|^Yes\b/ },
    ],
  },
  {
    name: 'Critter Control Wildlife Removal',
    file: kb('wildlife'),
    unknown: [
      { shape: SAFETY, q: 'can you fix the wires the mice chewed in my attic', forbid: YES$ },
      { shape: SAFETY, q: 'do you remove skunks from under the porch', forbid: YES$ },
      { shape: SAFETY, q: 'can you catch the fox living under my shed', forbid: YES$ },
      { shape: PLACE, q: 'can you get a raccoon out of my boat', forbid: YES$ },
      { shape: PLACE, q: 'can you get a squirrel out of my car engine', forbid: YES$ },
      { shape: ITEM, q: 'do you remove groundhogs', forbid: YES$ },
      { shape: ITEM, q: 'do you trap opossums', forbid: YES$ },
      { shape: FIGURE, q: 'how much to remove a dead deer from my yard', forbid: ['$'] },
      { shape: FIGURE, q: 'how long does an attic cleanup take', forbid: ['days', 'weeks', 'hours'] },
      { shape: FIGURE, q: 'how much to remove a beehive', forbid: ['$'] },
      { shape: POLICY, q: 'is there a warranty on dead animal removal', forbid: ['yes', '2 years', '1 year'] },
      { shape: POLICY, q: 'do you give a senior discount', forbid: DISC },
    ],
    known: [
      { q: 'if the raccoon leaves on its own do i get the trapping fee back', says: /isn't refundable|not refundable/ },
      { q: 'can i pay for the attic cleanup in monthly payments', says: /^No\b|Financing/, todo: 'covered miss: the "Financing | No, sorry" row of the payment table is not read for "monthly payments" (answers "I don\'t know")' },
      { q: 'how much to get a snake out of the house', says: /\$225/ },
      { q: 'how long is the guarantee on a bat exclusion', says: /5 years/ },
    ],
  },
  {
    name: 'Keystone Home Inspections',
    file: guide('home-inspection.md'),
    unknown: [
      { shape: SAFETY, q: 'do you test for carbon monoxide', forbid: YES$ },
      { shape: SAFETY, q: 'can you repair the electrical problems you find', forbid: YES$ },
      { shape: SAFETY, q: 'do you test for lead paint', forbid: YES$ },
      { shape: PLACE, q: 'do you inspect boats', forbid: YES$ },
      { shape: PLACE, q: 'can you inspect my mobile home', forbid: YES$ },
      { shape: PLACE, q: 'do you inspect commercial buildings', forbid: YES$ },
      { shape: ITEM, q: 'do you use a drone for the roof', forbid: ['yes'] },
      { shape: ITEM, q: 'do you inspect the septic system', forbid: YES$ },
      { shape: FIGURE, q: 'how long does a pre-drywall inspection take', forbid: ['hours'] },
      { shape: FIGURE, q: 'how much for a well water test', forbid: ['$'] },
      { shape: POLICY, q: 'do i get a refund if im not happy with the report', forbid: ['yes'] },
      { shape: POLICY, q: 'do you give a discount for realtors', forbid: DISC },
    ],
    known: [
      { q: 'how much is a radon test', says: /\$195/ },
      { q: 'do you test for mould', says: /^No\b|don't test/ },
      { q: 'how long does a condo inspection take', says: /2 hours/ },
      { q: 'can i pay by cheque', says: /No cheques|^No\b/ },
    ],
  },
  {
    name: 'Riverside Massage & Bodywork',
    file: guide('massage.md'),
    unknown: [
      { shape: SAFETY, q: 'do you do lymphatic drainage after surgery', forbid: YES$ },
      { shape: PLACE, q: 'can you come do a massage at my house', forbid: YES$, todo: 'not "don\'t know" (not invented): local-brain offers the lead ("I can help with that. What is your name?")' },
      { shape: PLACE, q: 'can you do massages at my hotel', forbid: YES$, todo: 'since main dfccd13 (merged; "don\'t know" before it): "Yes." and the whole treatment list: a place of the visitor\'s own the page never names ("hotel") is read as context, and the page names only "at your office" as a place it comes to; no gate yet reads a place asked against the one place offered' },
      { shape: PLACE, q: 'do you do chair massage at weddings', forbid: YES$ },
      { shape: ITEM, q: 'do you do thai massage', forbid: YES$ },
      { shape: ITEM, q: 'do you offer reflexology', forbid: YES$ },
      { shape: ITEM, q: 'do you use doterra oils', forbid: ['yes'] },
      { shape: FIGURE, q: 'how much is a 30 minute massage', forbid: ['$'] },
      { shape: FIGURE, q: 'how much is a 90 minute prenatal massage', forbid: ['$'] },
      { shape: FIGURE, q: 'how much is a 90 minute sports massage', forbid: ['$'] },
      { shape: POLICY, q: 'can i pause my membership for the summer', forbid: ['yes'] },
      { shape: POLICY, q: 'is there a student discount', forbid: DISC },
    ],
    known: [
      { q: 'how much is a 90 minute deep tissue', says: /\$140/ },
      { q: 'do you do facials', says: /^No\b|do not offer/ },
      { q: 'can you do chair massage at my office', says: /\$1\.50/ },
      { q: 'do gift cards expire', says: /never expire|^No\b/ },
      { q: 'can you massage my 10 year old', says: /^No\b|under 16/ },
    ],
  },
];

await runAnswerProbes(t, 'inv29', BUSINESSES);
