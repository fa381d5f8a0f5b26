import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri36 (issue 12): the trades earlier rounds covered least (HVAC, electricians, appliance repair, garage doors, septic, chimneys,
// irrigation, clinics and gyms, tutoring, locksmiths and alarm companies, towing), said the way customers type them: no punctuation,
// typos, "um", long stories with the emergency in the middle, Spanish; and their look-alikes (past, what-if, names, fees, contained).
// Written for this test, not taken from eval/data. FIRST RUN (before the fix) the rules alone missed: "el aire acondicionado no
// funciona y mi abuela tiene mucho calor y esta mareada" (the AC named before it fails), "my chimney is roaring like a jet engine",
// an elderly mother "locked out in the cold and its 10 degrees" (and in Spanish, "se quedo afuera ... y esta helando"), "the door
// slammed down on my dogs back legs", "customer at the pharmacy counter collapsed", "im hiding in the bathroom someone is in my
// house", "some guy keeps kicking my door trying to get in"; and they called "someone called trying to get in touch with you about
// the invoice" a break-in, "the fireplace smokes a little when we first light it" a fire, and "the water is off now at the main, the
// pipe under the sink burst" water escaping now (it is contained: HIGH). A SECOND batch then found missed: an exhaust smell in the furnace
// room with headaches, a panel humming with a scorch mark, a geyser in the yard running into the garage (no word "water"), hackers
// "posting" the database right now, a car running with its tailpipe buried in snow ("buried in" was read as busy, like "buried in
// work"); and "is the gym open right now" was HIGH, "i smell smoke from the neighbours fireplace" a fire. A THIRD batch: an elderly mom
// who "lost her keys and is stuck outside" below zero, "la puerta del garaje le cayo encima a mi perro" (the door named first), a
// septic lid that "caved in and my son fell in" (the open pit named only children, someone and dogs as who falls in).
// Then the families the tune rows showed the rules alone missing (the learned signal caught them; held-out wording may not), reworded
// here: an alarm beeping with people dizzy said symptoms first, an engine running in a shut bay with a headache, sudden flashes and
// floaters or a curtain over the sight, an eye poked and bleeding, a hot electrical smell, a pet fallen through a rotten cover.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'HVAC in a heat wave and a CO alarm': [
    ['our ac went out and its 104 outside my mom is 87 and shes getting dizzy and confused', true, 'URGENT'],
    ['um hi yeah so the furnace keeps turning on and off and now the carbon monoxide detector is beeping', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['hi im calling bc my furnace room has this weird exhaust smell and my husband and i both have headaches and feel dizzy', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['el aire acondicionado no funciona y mi abuela tiene mucho calor y esta mareada', true, 'URGENT', 'STATED'],
    ['el aire no sirve y mi bebe tiene mucho calor y no deja de llorar esta muy caliente', true, 'URGENT', 'STATED'],
    ['last year our furnace had a co leak so we want a new one installed', false, 'NORMAL'],
    ['what should i do if my co alarm goes off', false, 'LOW'],
    ['how much is an emergency call out for hvac after hours', false, 'LOW'],
    ['hi this is Fire & Ice HVAC calling about the parts order', false, 'NORMAL'],
    ['the ac died and its 95 out, can someone come today', false, 'HIGH'],
  ],
  'electricians and appliances': [
    ['theres a burning smell coming from the breaker panel and one breaker is buzzing and hot to touch', true, 'URGENT', 'ELECTRICAL'],
    ['um so theres a wire down across our driveway after the storm and its like popping', true, 'URGENT', 'ELECTRICAL'],
    ['so i was doing laundry and went to check on the baby and when i came back the dryer was making a weird noise and now smoke is coming out the back of it', true, 'URGENT', 'FIRE'],
    ['stove knob is stuck on and i can smell gas and it wont turn off', true, 'URGENT', 'GAS'],
    ['the panel in the basement is humming loud and theres a scorch mark on the cover', true, 'URGENT', 'ELECTRICAL'],
    ['the outlet is warm and has a brown mark around it and its buzzing', true, 'URGENT', 'ELECTRICAL'],
    ['the panel has an old scorch mark from years ago but it works fine, can you quote a replacement', false, 'NORMAL'],
    ['the outlet was smoking but i flipped the breaker off and it stopped smoking, can someone come today', false, 'HIGH'],
    ['the dryer was smoking but i unplugged it and its fine now, can you come out today', false, 'HIGH'],
    ['last year our dryer caught fire so we want the vent cleaned', false, 'NORMAL'],
    ['Sparky Electric referred me, i need a panel upgrade quote', false, 'NORMAL'],
  ],
  'garage doors': [
    ['garage door cable snapped and the door slammed down on my dogs back legs', true, 'URGENT', 'MEDICAL'],
    ['the garage door slammed shut on my daughters foot and its stuck under it', true, 'URGENT', 'MEDICAL'],
    ['the spring snapped and the door is hanging by one cable and my kids are right there', true, 'URGENT'],
    ['hola la puerta del garaje le cayo encima a mi perro y esta atrapado', true, 'URGENT', 'MEDICAL'],
    ['the garage door fell on my car last week, need a new panel', false, 'NORMAL'],
    ['what if the garage door falls on my dogs legs, is there a sensor', false, 'LOW'],
    ['the shelf fell on my dogs food bowl and broke it lol', false, 'NORMAL'],
  ],
  'septic, chimneys and irrigation': [
    ['raw sewage bubbling up out of the cleanout in the yard where my kids play and its spreading', true, 'URGENT', 'SEWAGE'],
    ['my chimney is roaring like a jet engine and its really hot', true, 'URGENT', 'FIRE'],
    ['the flue is rumbling like a freight train and theres a crackling sound', true, 'URGENT', 'FIRE'],
    ['the sprinkler main broke and its shooting water against the house and its going in the basement', true, 'URGENT', 'WATER'],
    ['so the guy who mowed our lawn hit the sprinkler line and theres a geyser in the front yard and its running down the driveway into the garage', true, 'URGENT', 'WATER'],
    ['how much is a fountain for the front yard that runs into a little pond by the house', false, 'LOW'],
    ['i smell smoke from the neighbours fireplace every night, can you check our chimney cap', false, 'NORMAL'],
    ['the fireplace smokes a little when we first light it, can someone take a look', false, 'NORMAL'],
    ['the wood stove is roaring nicely but the glass keeps getting black, can you clean it', false, 'NORMAL'],
    ['my chimney was roaring last winter, what does that mean', false, 'LOW'],
    ['the drum class was so loud the chimney was rumbling lol, can you book a sweep', false, 'NORMAL'],
    ['the water is off now at the main, the pipe under the sink burst, need a plumber today', false, 'HIGH'],
    ['septic alarm went off last week, need it pumped', false, 'NORMAL'],
    ['um ok so like the septic tank lid caved in and my son fell in', true, 'URGENT', 'STATED'],
    ['my son fell in love with the well pump demo, can you install one', false, 'NORMAL'],
    ['what do we do if a kid falls in the septic tank', false, 'LOW'],
  ],
  'clinics, gyms, tutoring and IT': [
    ['customer at the pharmacy counter collapsed and is shaking', true, 'URGENT', 'MEDICAL'],
    ['a patient in the waiting room just collapsed', true, 'URGENT', 'MEDICAL'],
    ['member collapsed in the sauna', true, 'URGENT', 'MEDICAL'],
    ['the customer in chair 3 just collapsed', true, 'URGENT', 'MEDICAL'],
    ['a guy on the news collapsed at the marathon, scary, can i book a physical', false, 'NORMAL'],
    ['one of our kids at the tutoring center is having an allergic reaction and is wheezing', true, 'URGENT', 'MEDICAL'],
    ['the guest said the bed collapsed, can you send maintenance', false, 'NORMAL'],
    ['the market collapsed and our sales are down, can we pause the contract', false, 'LOW'],
    ['what happens if a student has a seizure during class', false, 'LOW'],
    ['is the gym open right now', false, 'LOW'],
    ['hackers have our customer database and are posting it right now', true, 'URGENT', 'STATED'],
    ['hackers posted our old data last year, we want a security audit', false, 'NORMAL'],
  ],
  'locksmiths, alarm companies and towing': [
    ['im hiding in the bathroom someone is in my house', true, 'URGENT', 'STATED'],
    ['some guy keeps kicking my door trying to get in', true, 'URGENT', 'STATED'],
    ['someone keeps banging on our back door trying to get in and its 2am', true, 'URGENT', 'STATED'],
    ['my elderly mother is locked out in the cold and its 10 degrees and she has no coat', true, 'URGENT', 'STATED'],
    ['um hi so my abuela is 82 and she went out to get the mail and the door locked behind her and shes locked out in the snow in her slippers', true, 'URGENT', 'STATED'],
    ['mi mama de 80 anos se quedo afuera sin llaves y esta helando', true, 'URGENT', 'STATED'],
    ['my mom is 79 and lost her keys and is stuck outside and its below zero', true, 'URGENT', 'STATED'],
    ['alguien entro a mi casa y estoy escondida en el bano', true, 'URGENT', 'STATED'],
    ['grandma is 85 and keeps losing her keys, we want a lockbox', false, 'NORMAL'],
    ['my teenage son is hiding in his room playing video games all day lol, can you fix the wifi', false, 'NORMAL'],
    ['broke down on i95 in the fast lane with my two kids and its pitch dark', true, 'URGENT', 'VEHICLE'],
    ['we are stuck in the car in a snow bank and the tailpipe is buried and the engine is running', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['car is running to keep the baby warm and the exhaust is buried in snow', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['someone called trying to get in touch with you about the invoice', false, 'LOW'],
    ['a customer called trying to get in touch about her order', false, 'NORMAL'],
    ['my son keeps kicking the door trying to get in his sisters room, can you fix the latch', false, 'NORMAL'],
    ['how much to make a spare key for my elderly mother so she never gets locked out in the snow', false, 'LOW'],
    ['my grandma locked herself out last winter when it was 5 degrees, we want a keypad lock', false, 'NORMAL'],
    ['what should i do if my car breaks down on the highway', false, 'LOW'],
  ],
  'CO, eyes, wiring and open pits (families the tune rows showed the rules alone missing, reworded)': [
    ['the detector in the hallway keeps going off and my wife is dizzy and nauseous', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['me and my son feel sick and dizzy and the alarm thing by the boiler keeps beeping', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the guy changing oil in the shut bay had the truck running and now hes got a pounding headache', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['sudden flashes of light in my left eye and a bunch of new floaters', true, 'URGENT', 'MEDICAL'],
    ['theres like a curtain coming down over my vision in one eye since an hour ago', true, 'URGENT', 'MEDICAL'],
    ['my son got poked in the eye with a branch and its bleeding', true, 'URGENT', 'MEDICAL'],
    ['hot electrical smell from the light switch in the hallway', true, 'URGENT', 'ELECTRICAL'],
    ['our cat fell through the rotten well cover', true, 'URGENT'],
    ['sitting in the truck with the engine on in the closed shed and now were both dizzy', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the smoke alarm keeps beeping and its giving me a headache, can you change the battery', false, 'NORMAL'],
    ['the alarm on the fridge keeps beeping, also im sick with the flu so please call instead of visiting', false, 'NORMAL'],
    ['do you treat flashes and floaters', false, 'LOW'],
    ['i got hit in the eye with a ball last week, its fine now but can i get a check up', false, 'NORMAL'],
    ['the well cover is rotten, can you replace it before the cat falls through', false, 'NORMAL'],
    ['someone is kicking at the back door right now and my husband is away', true, 'URGENT', 'STATED'],
    ['horrible pain behind my left eye tonight and i keep throwing up and the lights look blurry with rings', true, 'URGENT', 'MEDICAL'],
    ['someone kicked the door last year and the hinge is bent, can you fix it', false, 'NORMAL'],
    ['the kids keep kicking the door stop, can you install a new one', false, 'NORMAL'],
    ['my eye hurts from staring at screens, can i book an eye exam', false, 'NORMAL'],
  ],
};

// The rules alone recognise these emergencies (the learned signal cannot be relied on across a retrain).
checkRulesAlone(t, tables);

// The rules alone make each look-alike what the table says, whatever the learned signal adds.
checkLookAlikesByRules(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

// Known false alarm of the signal retrained with these rules (tri36): a routine AC repair asked in Spanglish read to the learned
// signal as an emergency, though the rules keep it calm. tri37: the visitor offering next week is a reason against it (exclusionsOf).
const retrainedFalseAlarms: Record<string, TriageRow[]> = {
  'a routine AC repair in Spanglish': [['the aire acondicionado no funciona, pueden venir la semana que viene', false, 'NORMAL']],
};
checkLookAlikesByRules(t, retrainedFalseAlarms);
t.test('the learned signal keeps a routine Spanglish AC repair calm', async (t) => {
  const r = await signals.triage('the aire acondicionado no funciona, pueden venir la semana que viene');
  t.equal(r.emergency, false, `no emergency (${r.matched.join('; ') || 'nothing matched'})`);
});
