import t from 'tap';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';
import { exclusionsOf } from '../../src/agent/triage.js';

// Hazard families any trade's visitors describe, written for these tests (not in eval/data): glass
// (a pane hanging or bowing out of its frame, broken glass where a baby crawls or people walk, glass
// breaking onto someone, bleeding that will not stop), a break-in that leaves the place open (the
// glass gone, nobody to guard it, told to secure it tonight), the cold let in on someone vulnerable
// (a window smashed in freezing weather), computers and business systems attacked right now
// (ransomware encrypting files, someone in control of the machine), a lithium battery swelling with
// heat or smoke, a fire out of control; and their contrasts (a past attack, protection asked about,
// glass swept up, a swollen battery with no heat, a what-if). Priority: made safe for now (boarded
// up, the network cable pulled) is HIGH, a deadline by a weekday is HIGH, a vendor's pitch is LOW.

type Row = TriageRow;

const tables: Record<string, Row[]> = {
  'glass: falling, underfoot, breaking onto someone': [
    ['the big pane over the shop entrance is cracked and hanging by one corner above the doorway', true, 'URGENT'],
    ['the patio door glass is cracked right across and bulging out, its gonna drop any second', true, 'URGENT'],
    ['the skylight is cracked and little pieces are already falling onto the kitchen table', true, 'URGENT'],
    ['glass everywhere in the hallway and my kids are barefoot', true, 'URGENT'],
    ['the aquarium glass broke, shards all over the living room floor and the puppy keeps walking through it', true, 'URGENT'],
    ['the mirror fell off the wall and shattered on my son, he is bleeding', true, 'URGENT'],
    ['i cut my arm on the glass and can\'t get it to stop bleeding', true, 'URGENT'],
    ['the glass on my coffee table is chipped, can you cut a new piece', false, 'NORMAL'],
    ['there was broken glass all over the floor but we swept it up, kids are fine, need the window replaced today', false, 'HIGH'],
    ['what do i do if glass breaks and there are kids around', false, 'LOW'],
    ['the window is cracked in the corner, next week is fine', false, 'NORMAL'],
    ['i cut my finger on the old window, it is fine, just want a new pane', false, 'NORMAL'],
  ],
  'a break-in that leaves the place open': [
    ['thieves smashed the glass in our side door last night and now it wont latch anymore, im here by myself', true, 'URGENT'],
    ['someone broke into the garage, the window is just gone and the cops said get it boarded tonight', true, 'URGENT'],
    ['vandals smashed the front windows of the clinic and nobody to stay here overnight', true, 'URGENT'],
    ['someone is trying to pry open our back door right now', true, 'URGENT'],
    ['unos ladrones quebraron la ventana de la cocina y ahora no cierra', true, 'URGENT'],
    ['the bedroom window latch is broken and it wont lock anymore, can you fix it this week', false, 'NORMAL'],
    ['the shop window got hit last night but it is boarded up and locked now, need new glass', false, 'HIGH'],
  ],
  'the cold let in on someone vulnerable': [
    ['my front window got smashed, snow is blowing in and my grandma who is 90 lives with me', true, 'URGENT', 'NO_HEAT'],
    ['the wind is howling through the broken nursery window and its below freezing, the baby sleeps in there', true, 'URGENT', 'NO_HEAT'],
    ['wind is coming through the old windows, want a quote on double glazing', false, 'NORMAL'],
  ],
  'systems attacked right now': [
    ['our files are being encrypted right now and a ransom note popped up on every computer', true, 'URGENT'],
    ['someone is logged into our server right now and deleting customer records', true, 'URGENT'],
    ['a hacker took over my screen and is moving files as we speak', true, 'URGENT'],
    ['someone is in our network right now, files are disappearing from the shared drive', true, 'URGENT'],
    ['my email is sending spam to all my clients right now, i think im hacked', true, 'URGENT'],
    ['all the pcs at the front desk show a ransom screen asking for bitcoin', true, 'URGENT'],
    ["what's your price for ransomware removal", false, 'LOW'],
    ['do you offer ransomware protection for small offices', false, 'LOW'],
    ['we had ransomware last year, want better backups', false, 'NORMAL'],
    ['how do i know if someone is remote controlling my computer', false, 'LOW'],
    ['my files got deleted by accident, can you recover them', false, 'NORMAL'],
    ['we caught the virus early, unplugged the network cable and nothing else got infected, need it cleaned today', false, 'HIGH'],
    ['the server is down and nobody can work', false, 'HIGH'],
    ['can someone set up wifi in my new house, the signal is bad upstairs', false, 'NORMAL'],
  ],
  'batteries and fire': [
    ['my phone is swelling up and smoking on the nightstand', true, 'URGENT', 'FIRE'],
    ['the e-bike battery in the garage is hissing and getting really hot', true, 'URGENT', 'FIRE'],
    ['the laptop battery is bulging and the case is splitting, it smells like burning', true, 'URGENT', 'FIRE'],
    ['the fire is out of control in the kitchen', true, 'URGENT', 'FIRE'],
    ["we had a small fire in the toaster this morning, it's out, but the outlet is black and the kitchen has no power", false, 'HIGH'],
    ["there's a fire in the garage, its out of control", true, 'URGENT', 'FIRE'],
    ['my phone battery is swollen and the screen is lifting, can you replace it', false, 'NORMAL'],
    ['if my laptop battery ever starts to swell is that dangerous', false, 'LOW'],
    ['the battery in my laptop does not hold a charge', false, 'NORMAL'],
    ['our sales are on fire and growing', false, 'NORMAL'],
    ['paint thinner spilled by the water heater pilot and its fuming', true, 'URGENT', 'FIRE'],
    ['i knocked over a can of acetone next to the space heater', true, 'URGENT', 'FIRE'],
    ['how do i store paint thinner away from the water heater', false, 'LOW'],
  ],
  'injuries, drowning, appliances stuck on, swarms': [
    ['my son ran over his foot with the mower', true, 'URGENT', 'MEDICAL'],
    ['the press at work crushed his hand', true, 'URGENT', 'MEDICAL'],
    ['the mower ran over a rock and the blade is bent', false, 'NORMAL'],
    ['the kid slipped under the pool cover and we cant find him', true, 'URGENT', 'MEDICAL'],
    ['what if a kid falls in the pool and you cant find him', false, 'LOW'],
    ['the toaster won\'t turn off and it\'s smoking', true, 'URGENT', 'FIRE'],
    ['the oven won\'t turn off and it\'s glowing red', true, 'URGENT', 'FIRE'],
    ['the oven light won\'t turn off', false, 'NORMAL'],
    ['my crown came off and the gum is bleeding nonstop', true, 'URGENT', 'MEDICAL'],
    ['there are bees swarming inside the kids bedroom', true, 'URGENT'],
  ],
  'contrasts: curiosity, figures of speech, play, rescheduling': [
    ['just curious, do carbon monoxide detectors expire', false, 'LOW'],
    ['how long does a co detector last', false, 'LOW'],
    ['the co detector is going off and i feel dizzy', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['this spreadsheet is on fire with errors, can you fix our excel macros', false, 'NORMAL'],
    ['the kids were playing firefighter and broke the closet door', false, 'NORMAL'],
    ['we are flooded with orders, can we push the cleaning to next month', false, 'LOW'],
    ['can you move the couch to another room', false, 'NORMAL'],
  ],
  'typos and Spanish': [
    ['mi gato quedo atrapado debajo de la reja y no sale', true, 'URGENT'],
    ['hay un hombre tratando de abrir la ventana de la cocina ahorita', true, 'URGENT'],
    ['la cerca de la casa necesita pintura', false, 'NORMAL'],
    ['the old fence fell on my dog and he is stuck', true, 'URGENT'],
    ['our fence is leaning on the neighbors garage, can you fix it', false, 'NORMAL'],
    ['my grandpa is 92 and the furnace quit, its like 10 degress in here', true, 'URGENT', 'NO_HEAT'],
    ['si algun dia huele a gas que debo hacer', false, 'LOW'],
    ['en caso de que se rompa un vidrio a quien llamo', false, 'LOW'],
  ],
  'priority: deadlines, settled trouble, vendors, questions': [
    ['the landlord says the cracked window has to be fixed by friday', false, 'HIGH'],
    ['the server room got too hot earlier, its back to normal now, can someone check the cooling this week', false, 'HIGH'],
    ['thanks, everything is back to normal now', false, 'LOW'],
    ['hi this is Sam from Rapid Response Supply, we wanted to offer you a deal on filters', false, 'LOW'],
    ['calling about a partnership with our marketing agency', false, 'LOW'],
    ['¿reparan impresoras? solo es una pregunta', false, 'LOW'],
    ['our wifi is down at the office and nobody can work', false, 'HIGH'],
    ['the heat stopped working last night, we are using space heaters', false, 'HIGH'],
    ['we close on the condo tuesday and the buyer wants the railing fixed', false, 'HIGH'],
    ['my flight leaves in 3 hours and the car wont start', false, 'HIGH'],
    ['the install takes about an hour, right?', false, 'LOW'],
  ],
};

t.test('triage families: glass, break-ins left open, cold let in, systems attacked, batteries', async (t) => {
  checkTriageTables(t, tables);
});

t.test('leaves or needles a tree sheds are no reading for the learned signal (a garden matter wherever they fall)', async (t) => {
  t.ok(exclusionsOf("my neighbor's tree drops leaves in our pool").includes('garden debris'));
  t.ok(exclusionsOf('the pine sheds needles all over the deck').includes('garden debris'));
  t.notOk(exclusionsOf('a tree fell on the house and water is coming in').includes('garden debris'));
});
