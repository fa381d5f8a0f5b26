import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import type { TriageRow } from '../helpers/triage-tables.js';

// Probes written for round 13 (issue 12, items 4-5), from trades the evaluation has no business
// for: a food truck, a cinema, a bowling alley, a tanning salon, a laundromat, a church, a pizzeria,
// a pool supply store, a campsite, a hotel, a vineyard, a dental office, self-storage, a pharmacy,
// a hardware store, a golf course, a school, a trampoline park, a bike shop, a bookshop, a tailor, a
// tyre shop, a zoo, a ski rental, a farm supply store, an ice cream plant. Not taken from eval/data:
// visitors describing a hazard in their own words (typos, phone-transcript style, Spanish), and
// contrasts that are past, hypothetical, negated, figurative or a fee question. Read through the
// whole per-turn step (rules and learned signal), as the chat and the phone loop read them.

const tables: Record<string, TriageRow[]> = {
  'fire, smoke, sparks': [
    ['the fryer in the food truck just went up in flames and the propane tank is right next to it', true, 'URGENT'],
    ['smoke is coming out from behind the projector in screen 3 and the movie is still playing', true, 'URGENT'],
    ['the pinsetter motor at the bowling alley is sparking and smells like burning rubber', true, 'URGENT'],
    ['the tanning bed at our salon is smoking and the client is still lying in it', true, 'URGENT'],
    ['the dryer vent at the laundromat is glowing red hot and the lint behind it is smouldering', true, 'URGENT'],
    ['a candle fell over on the church altar and the cloth is burning', true, 'URGENT'],
    ['theres smok comming out the wall socket at the bakry', true, 'URGENT'],
    ['se está incendiando la cocina del restaurante', true, 'URGENT'],
  ],
  'gas, carbon monoxide, fumes with symptoms': [
    ['the pizza oven pilot went out and theres a strong gas smell in the kitchen, staff feel lightheaded', true, 'URGENT'],
    ['at the pool supply warehouse chlorine and acid got mixed and theres a yellow cloud, people are coughing', true, 'URGENT'],
    ['the generator at our campsite is running next to the tent and my son is drowsy with a bad headache', true, 'URGENT'],
    ['carbon monoxide alarm going off in hotel room 204 and the guest feels sick', true, 'URGENT'],
    ['gass smel in the laundrymat, realy strong', true, 'URGENT'],
    ['the ammonia line at the ice cream plant is leaking and the workers eyes are burning', true, 'URGENT'],
  ],
  'water where it must not be, sewage': [
    ['water is spraying out of the ice machine line at the bowling alley and running under the lanes', true, 'URGENT'],
    ['dentist office here, the water line to chair 2 popped off and its flooding the hallway', true, 'URGENT'],
    ['storage unit 14 has water pouring in from the roof onto peoples stuff', true, 'URGENT'],
    ['the toilet in the pharmacy is overflowing nonstop and there is sewage all over the floor', true, 'URGENT'],
    ['yeah hi um so uh the ceiling in the bowling alley is like leaking really bad onto the electric panel', true, 'URGENT'],
    ['hay agua saliendo de la pared en la farmacia y ya llega al enchufe', true, 'URGENT'],
  ],
  'structure falling': [
    ['the shelving unit at the hardware store is collapsing and paint cans are falling off it', true, 'URGENT'],
    ['a big branch came down across the golf cart path and is hanging on the power line, its sparking', true, 'URGENT'],
    ['the church bell tower has bricks falling onto the sidewalk where people walk', true, 'URGENT'],
    ['the scaffold at the school is swaying and looks like its about to go over in the wind', true, 'URGENT'],
  ],
  'hurt, bleeding, unconscious, not breathing, trapped': [
    ['trampoline park, a kid landed on his neck and says he cant feel his legs', true, 'URGENT'],
    ['a customer at the bike shop got her finger caught in the chain and its nearly cut off, blood everywhere', true, 'URGENT'],
    ['a man collapsed in the bookshop aisle and is not breathing, someone is doing cpr', true, 'URGENT'],
    ['our tailor cut his hand bad with the shears and it keeps bleeding through the towels', true, 'URGENT'],
    ['a guy is having a seizure in the tyre shop waiting room', true, 'URGENT'],
    ['the hotel elevator is stuck between floors with an old man inside who has a heart condition', true, 'URGENT'],
    ['the freezer room door latched shut and our stock boy is stuck inside, hes been in there 20 minutes', true, 'URGENT'],
    ['un hombre se desmayó en la tienda y no respira', true, 'URGENT'],
  ],
  'missing child, security right now': [
    ['a little boy is missing at the zoo, we cant find him anywhere, hes 4', true, 'URGENT'],
    ['my daughter wandered off at the ski rental shop 20 minutes ago and we cant find her', true, 'URGENT'],
    ["someone is smashing the pharmacy window right now, i'm hiding in the back", true, 'URGENT'],
    ['theres a guy with a knife threatening staff at the front counter', true, 'URGENT'],
    ['mi hijo se perdió en el centro comercial, tiene 5 años', true, 'URGENT'],
  ],
  'chemicals on skin or in eyes, vehicles, animals attacking': [
    ['battery acid splashed in the mechanics eye and hes screaming', true, 'URGENT'],
    ['i got drain cleaner on my hands at the salon and the skin is burning and peeling', true, 'URGENT'],
    ['a car just crashed through the front window of the dental office and people are hurt', true, 'URGENT'],
    ['the forklift tipped over at the farm supply store and the driver is pinned', true, 'URGENT'],
    ['the brakes on the horse trailer gave out on the hill and we are rolling', true, 'URGENT'],
    ['two dogs are attacking a woman in the campground right now', true, 'URGENT'],
    ['my toddler got into the pool chemicals at the shop and has some in his mouth', true, 'URGENT'],
  ],
  'exposure of the vulnerable': [
    ["the power's out at the assisted living and it's 10 degrees outside, the residents are freezing", true, 'URGENT'],
    ['no heat in the church nursery, minus 10 out and the toddlers have blue lips', true, 'URGENT'],
  ],
  'past, hypothetical, negated': [
    ['we had a kitchen fire at the pizzeria two years ago, do you install suppression systems', false, 'LOW'],
    ['a customer fainted at the pharmacy last week, shes fine now, do you sell first aid kits', false, 'LOW'],
    ['what should our staff do if a child goes missing at the zoo', false, 'LOW'],
    ['in case of a gas leak at the restaurant who do we call', false, 'LOW'],
    ['nobody is hurt, the stockroom shelf already fell over, can someone come fix it today', false, 'HIGH'],
    ['not an emergency, but the bike shop toilet runs all night', false, 'NORMAL'],
    ['the kids were stuck in the hotel elevator yesterday for ten minutes, please inspect it', false, 'NORMAL'],
    ['my dog was attacked at the park yesterday, hes ok now, do you do fence repairs', false, 'LOW'],
  ],
  'figurative, fee questions': [
    ["I'm drowning in paperwork at the dental office, can you set up a new printer", false, 'NORMAL'],
    ['the new flavour is killer, everyone is dying to try it, thanks', false, 'LOW'],
    ['how much is an emergency call out for a gas smell on a sunday', false, 'LOW'],
    ["what's the fee if you come out at night for a flooded basement", false, 'LOW'],
    ['do you charge extra for emergencies at the hotel', false, 'LOW'],
  ],
  'contrasts for the families added this round (missing child, weapon, power out in the cold)': [
    ['my son is missing school tomorrow for the dentist, can you come then to fix the gate', false, 'HIGH'],
    ['my daughter lost her retainer in the pool filter, can you get it out', false, 'NORMAL'],
    ['what should staff do if someone pulls a knife at the counter', false, 'LOW'],
    ['do you sharpen kitchen knives for restaurants', false, 'LOW'],
    ['the nail gun keeps jamming, can you look at it', false, 'NORMAL'],
    ['the lock on the gun safe is stuck, can you open it', false, 'NORMAL'],
    ['a kid went missing from our campsite last summer, we want brighter lighting on the paths', false, 'NORMAL'],
    ['the power is out at the shop and we cant open, can someone come today', false, 'HIGH'],
    ['the power went out last winter with grandma staying with us, we want a generator fitted', false, 'NORMAL'],
    ['the heating at the office is out but its 70 degrees so no big deal', false, 'HIGH'],
  ],
  'eyes, lines and walls, priority wording (my own examples after the t15 first run)': [
    ['grandpa says all of a sudden he cant see out of his right eye', true, 'URGENT'],
    ['my son splashed oven cleaner in his eye and its red and he is screaming', true, 'URGENT'],
    ['a metal sliver flew off the grinder and is stuck in my eye', true, 'URGENT'],
    ['tengo una sombra que me tapa el ojo desde hace un rato, me pasó de repente', true, 'URGENT'],
    ['se me metió pegamento en el ojo y no lo puedo abrir', true, 'URGENT'],
    ['the storm dropped a branch and its tangled in the power lines over the kids trampoline', true, 'URGENT'],
    ['the chimney is cracked down the middle, looks like it could go any minute and people walk under it', true, 'URGENT'],
    ['what should i do if bleach gets in my eye while cleaning', false, 'LOW'],
    ['my vision has been getting slowly blurry over the years, can I book an exam', false, 'NORMAL'],
    ['the curtain over the shop window is torn, can you fix it', false, 'NORMAL'],
    ['the old tv aerial cable is hanging off the gutter, can you take it down', false, 'NORMAL'],
    ["the retaining wall leans a bit, it's been like that for years, we'd like a quote to rebuild it", false, 'NORMAL'],
    ['could we get set up for a monthly pool clean', false, 'NORMAL'],
    ['how much is an emergency call out, just curious', false, 'LOW'],
    ['we want the deck restained before summer', false, 'LOW'],
  ],
  'a second batch, written after the fixes and measured once (nightclub, pottery studio, car wash, motel, pool, camp, farrier...)': [
    ['the fog machine at the nightclub wont stop and people on the dance floor are choking', true, 'URGENT'],
    ['yeah so the kiln at the pottery studio is way past temp and the lid is glowing, smells like burning', true, 'URGENT'],
    ['at the car wash a guy slipped in the bay and hit his head, hes not answering us', true, 'URGENT'],
    ['our cleaner got floor stripper splashed in her eyes and cant open them', true, 'URGENT'],
    ['the hot water heater in the motel laundry is hissing and water is shooting out the top', true, 'URGENT'],
    ['the diving board at the community pool snapped and a kid is in the water bleeding', true, 'URGENT'],
    ['theres a woman in the parking lot of the clinic having a really bad allergic reaction, her face is swelling and she cant talk', true, 'URGENT'],
    ['the roof of the carport at the apartment complex is sagging badly under the snow and cars are parked under it, creaking loudly', true, 'URGENT'],
    ['hay un olor a quemado en la sala de maquinas y sale humo del motor', true, 'URGENT'],
    ['our elderly neighbour at the trailer park has no heat, its 15 degrees and shes shaking', true, 'URGENT'],
    ['a horse kicked the farrier and hes on the ground holding his chest, struggling to breathe', true, 'URGENT'],
    ['sewage is bubbling up out of the floor drain in the school cafeteria right now', true, 'URGENT'],
    ['an autistic boy from our camp walked off about half an hour ago and we cant find him', true, 'URGENT'],
    ['someone is pointing a gun at the cashier at the gas station across the street right now', true, 'URGENT'],
    ['the pottery kiln overheated last month, can you check the wiring before we fire again', false, 'NORMAL'],
    ['if someone gets floor stripper in their eyes what should we do', false, 'LOW'],
    ['our sales are on fire this month, we need more freezers installed', false, 'NORMAL'],
    ['how much do you charge for an emergency visit on a holiday', false, 'LOW'],
    ['the carport roof has a small dent, whenever you can', false, 'NORMAL'],
    ['the clinic needs its backflow tested before the inspection on thursday', false, 'HIGH'],
    ['thanks for finding our lost kid at the fair last year, we want to book the bouncy castle again', false, 'NORMAL'],
    ['no one is hurt, but a pipe is dripping slowly under the motel sink', false, 'NORMAL'],
  ],
  'priority of routine work': [
    ['the hotel ice machine is leaking a little into the drip tray', false, 'NORMAL'],
    ['the bowling alley needs the ac fixed before the tournament on saturday', false, 'HIGH'],
    ['no hot water at the daycare since this morning', false, 'HIGH'],
    ['we need a quote to repaint the funeral home next spring', false, 'LOW'],
    ['please send the invoice for the marina dock repair', false, 'LOW'],
    ['the dentists only toilet is clogged and patients are coming in an hour', false, 'HIGH'],
    ['we want to book a boiler service for the school, nothing urgent', false, 'NORMAL'],
    ['the door at the bookshop squeaks, can someone oil it', false, 'NORMAL'],
    ['please cancel the hotel appointment on tuesday', false, 'LOW'],
    ['the sign light at the farm supply store is flickering', false, 'NORMAL'],
    ['is the marina fuel dock open on sundays', false, 'LOW'],
    ['thanks, the new ovens at the bakery work perfectly', false, 'LOW'],
    ['the tyre shop compressor stopped working and we cant do any jobs today', false, 'HIGH'],
    ['the boat lift motor is dead and we have a charter tomorrow', false, 'HIGH'],
    ['hola, necesito cambiar los focos de la tienda, cuando puedan', false, 'NORMAL'],
    ['el baño de la oficina gotea un poquito, no es urgente', false, 'LOW'],
    ['the smoke alarm at the church chirps every minute, low battery i think', false, 'NORMAL'],
    ['our co detector at the hotel is expired, can you replace it', false, 'NORMAL'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

for (const [category, rows] of Object.entries(tables)) {
  t.test(category, async (t) => {
    for (const [text, emergency, priority] of rows) {
      const r = await signals.triage(text);
      t.equal(r.emergency, emergency, `${JSON.stringify(text)}: emergency ${emergency} (${r.matched.join('; ') || 'nothing matched'})`);
      t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} (kind ${r.kind})`);
    }
  });
}
