import t from 'tap';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';
import { exclusionsOf, learnedInput, triage } from '../../src/agent/triage.js';

// Hazard families written for these tests (not in eval/data), from trades the rules were not written
// on (a restaurant, a daycare, a shop, a building manager, a gym): heat exposure for the vulnerable
// (no cooling in extreme heat), chemicals mixed and breathed, someone shut in a cold room or a lift,
// an intruder seen now, smoke named after a fire alarm; and their contrasts: smoking as a habit or a
// rule, heat without anyone at risk, a question, a detector to buy, figurative fire.

type Row = TriageRow;

const tables: Record<string, Row[]> = {
  'no cooling in extreme heat with someone vulnerable': [
    ['my grandpa lives alone, his AC died and its 105 degrees, he is confused', true, 'URGENT'],
    ['the ac is out and its 100 degrees, we have a newborn', true, 'URGENT'],
    ["no ac and it's 38c, my wife is pregnant", true, 'URGENT'],
    ['the AC quit and my 85 year old mom is in the house, its 101 out', true, 'URGENT'],
    ['air conditioning stopped during the heat wave and my dad is dizzy and not sweating', true, 'URGENT'],
  ],
  'heat without a person at risk, or asked about': [
    ['our ac died, can you come tomorrow', false, 'HIGH'],
    ["AC is out, it's 80 inside, can you come today", false, 'HIGH'],
    ['if the ac dies in a heatwave what should i do with my baby', false, 'LOW'],
    ['the ac stopped working and it is 98 degrees, can someone come look', false, 'HIGH'],
  ],
  'chemicals mixed and breathed': [
    ['theres bleach and ammonia mixed in the bucket and the cleaner is coughing badly', true, 'URGENT'],
    ['i mixed bleach and vinegar by accident and my eyes are burning', true, 'URGENT'],
  ],
  'chemicals named, nobody exposed': [
    ['do you sell bleach and ammonia', false, 'LOW'],
    ['the chlorine and acid tanks are low', false, 'NORMAL'],
  ],
  'someone shut in a cold room or a lift': [
    ['our freezer room door jammed with a worker inside', true, 'URGENT'],
    ['the walk-in cooler door is stuck and someone is still inside', true, 'URGENT'],
    ['mi hijo esta atrapado en el ascensor', true, 'URGENT'],
  ],
  'a door that sticks, nobody inside': [
    ['the freezer door is stuck shut, can you fix the latch', false, 'NORMAL'],
  ],
  'an intruder seen now': [
    ['the alarm is going off and i can see someone inside the shop on camera', true, 'URGENT'],
    ['i see someone in the office on the cctv right now', true, 'URGENT'],
  ],
  'said with typos, in transcript style, in Spanish': [
    ['the toilet is over flowing and wont stop', true, 'URGENT'],
    ["yeah my uh my mom fell and she's not getting up", true, 'URGENT'],
    ['smoke detectors all beeping and theres a haze upstairs', true, 'URGENT'],
    ['un arbol cayo sobre la casa y hay un hoyo en el techo', true, 'URGENT'],
  ],
  'past, asked about, thanked for, nobody hurt': [
    ["my dad fell last week, he's fine now, need grab bars installed", false, 'NORMAL'],
    ['el año pasado un arbol cayo sobre la casa, ahora quiero podar los otros', false, 'NORMAL'],
    ['can you explain what to do in a gas leak for my tenants handbook', false, 'LOW'],
    ['the sewer smell went away after you guys came, thanks', false, 'LOW'],
    ['the garage door hit my car bumper yesterday, small dent, nobody hurt', false, 'NORMAL'],
    ['the pool is cloudy and smells like chlorine', false, 'NORMAL'],
  ],
  'asked, yet happening now': [
    ['i smell gas, what do i do', true, 'URGENT'],
    ['what do i do, water is pouring through the ceiling', true, 'URGENT'],
    ['the pool smells like chlorine and my son is coughing and his eyes burn', true, 'URGENT'],
  ],
  'priority: an admin matter in one part, work asked for in another': [
    ["the insurance adjuster already paid out, now we'd like the fence repainted", false, 'NORMAL'],
    ['update my address, and i need a new lock fitted on the shed', false, 'NORMAL'],
    ['can you email the invoice, I need it for my taxes', false, 'LOW'],
    ['please send the receipt for the gate repair', false, 'LOW'],
  ],
  'without the hazard words: rain indoors, a melted cord, livestock on the road, a bear at the house': [
    ["it's raining inside the closet", true, 'URGENT'],
    ['the cord on the space heater melted', true, 'URGENT'],
    ['a cow got loose onto the highway', true, 'URGENT'],
    ["there's a bear in the garage", true, 'URGENT'],
  ],
  'the same things asked about, past or routine': [
    ['do you remove bears from the garage', false, 'LOW'],
    ['we saw a bear in the yard last week, can you fence the bins', false, 'NORMAL'],
    ['the cows are out in the pasture, need the fence fixed', false, 'NORMAL'],
    ['is it raining inside the attic normal?', false, 'LOW'],
  ],
  'routine statements from unseen trades': [
    ['the tree is dropping a lot of leaves early', false, 'NORMAL'],
    ['the price is dropping', false, 'NORMAL'],
    ['the sprinkler head in the front yard is broken and sprays the sidewalk', false, 'NORMAL'],
    ['my AC is blowing warm air', false, 'NORMAL'],
  ],
  'a heavy thing broken and moving over a place': [
    ['the big limb split and is swaying over the driveway', true, 'URGENT'],
    ["the oak cracked in the storm and it's sagging onto the fence", true, 'URGENT'],
  ],
  'Spanish, said the Spanish way round': [
    ['mi papá se cayó de la escalera y no se mueve', true, 'URGENT'],
    ['se fue la calefacción y está nevando, tengo un bebé de 2 meses', true, 'URGENT'],
    ['alguien está tratando de entrar por la ventana ahora mismo', true, 'URGENT'],
    ['la llave del gas no cierra y huele muy fuerte', true, 'URGENT'],
  ],
  'Spanish contrasts': [
    ['si huele a gas, ¿qué debo hacer?', false, 'LOW'],
    ['no hay fuga, solo quiero cambiar el grifo', false, 'NORMAL'],
    ['mi papá se cayó el año pasado, ahora necesitamos barras en el baño', false, 'NORMAL'],
  ],
  'priority: a booking asked as a question of availability is routine service (NORMAL)': [
    ["what's your availability to fix a garage door that won't close all the way", false, 'NORMAL'],
    ['do you have any openings to service my ac', false, 'NORMAL'],
    ['is there any way you can fit in a cleaning for my apartment', false, 'NORMAL'],
    ['mind taking a look at my sink?', false, 'NORMAL'],
    ["could your guy check my water heater when he's in the area", false, 'NORMAL'],
    ['do you have time next week to trim the hedges', false, 'NORMAL'],
    ['can we set up a time for the gutter cleaning', false, 'NORMAL'],
    ['what day can your tech come out to look at the furnace', false, 'NORMAL'],
    ['is someone available to look at our office toilet', false, 'NORMAL'],
  ],
  'priority: availability asked for information, or for a what-if (LOW)': [
    ['what is your availability for new patients', false, 'LOW'],
    ['do you have any openings on saturdays', false, 'LOW'],
    ['do you have anyone available if my basement ever floods', false, 'LOW'],
    ['is someone available to talk about financing', false, 'LOW'],
  ],
  'a fire where a fire belongs, a fee asked with typos, a phone blowing up': [
    ['wats ur after hours rate for a burst pipe', false, 'LOW'],
    ["the fire in the fireplace won't stay lit", false, 'NORMAL'],
    ["we're having a fire in the backyard pit tonight, is the chimney sweep still coming", false, 'HIGH'],
    ['the kids are blowing up my phone about the pool being green', false, 'NORMAL'],
  ],
  'a fire that got out of its place': [
    ['the fire in the fireplace spread to the mantel', true, 'URGENT'],
    ["there's a fire in the fireplace and smoke is pouring into the room", true, 'URGENT'],
    ['a fire in the garage right now', true, 'URGENT'],
  ],
  'slang for broken is no emergency; a person shot or stabbed is': [
    ['the AC compressor is shot', false, 'NORMAL'],
    ["the compressor's shot", false, 'NORMAL'],
    ['my knee is shot, can I get physio', false, 'NORMAL'],
    ['my son was shot', true, 'URGENT'],
    ['someone got shot outside our shop', true, 'URGENT'],
    ['he was stabbed', true, 'URGENT'],
    ['she got shot with a nerf gun lol', false, 'NORMAL'],
  ],
  'cold or no power with someone vulnerable; collapsed; under a dropped load; a wheel coming off': [
    ['furnace quit, its 5 degrees outside and my mom is on oxygen', true, 'URGENT'],
    ['no heat since last night, pipes might freeze and grandma is 90', true, 'URGENT'],
    ["the boiler died and it's below zero, we have twins who are 3 months", true, 'URGENT'],
    ["heating is out in the nursing home wing, residents are cold, it's snowing", true, 'URGENT'],
    ["the power is out and my dad's oxygen machine needs electricity", true, 'URGENT'],
    ['our client collapsed in the chair during the cleaning', true, 'URGENT'],
    ['the hydraulic lift dropped the car with the mechanic under it', true, 'URGENT'],
    ['the wheel is wobbling badly and almost came off on the highway', true, 'URGENT'],
    ['someone smashed the shop window and the alarm is going off', true, 'URGENT'],
  ],
  'the same, past or asked about': [
    ['the power went out last week, my dad is on oxygen, can you quote a generator', false, 'NORMAL'],
    ['we lost heat for two days last winter, want a backup heater installed', false, 'NORMAL'],
    ['the heat went out last night and it is still out', false, 'HIGH'],
    ['do you install generators for people on oxygen in case of a power outage', false, 'LOW'],
    ["my client fainted last month during a cleaning, she's fine, book her again", false, 'NORMAL'],
    ['my tire is wobbling a bit, can you balance it', false, 'NORMAL'],
  ],
  'water where it must not be, without the usual words': [
    ['my tenant says theres water dripping out of the smoke detector', true, 'URGENT'],
    ['wet patch on the ceiling getting bigger by the minute', true, 'URGENT'],
    ['the water stain on the ceiling is spreading fast', true, 'URGENT'],
  ],
  'a stain that grows slowly, condensation, a detector to replace': [
    ["there's a stain on the ceiling that's been growing slowly for months", false, 'NORMAL'],
    ['the smoke detector is beeping, do you replace them', false, 'LOW'],
  ],
  'priority: a fridge or freezer that died is a lost essential (HIGH)': [
    ['the fridge is dead and the food is going bad', false, 'HIGH'],
    ['the walk-in freezer at the restaurant is warming up', false, 'HIGH'],
    ['the fridge died last year and we replaced it, now the ice maker leaks a bit', false, 'NORMAL'],
  ],
  "fears, another person's past trouble, a story, a family name, a smell that has gone": [
    ['afraid the pipes will burst when we go away, can you winterize', false, 'NORMAL'],
    ['my biggest fear is a gas leak, do you sell detectors', false, 'LOW'],
    ["my friend's basement flooded, what's your price for a sump pump", false, 'LOW'],
    ['the movie we watched had a house fire and now my kid wants a fire ladder', false, 'NORMAL'],
    ["we're the Sparks family and want our vents cleaned", false, 'NORMAL'],
    ['the smell of gas is gone now that the stove is off, but can you check the knob', false, 'HIGH'],
  ],
  'afraid, yet happening now': [
    ["I'm scared, water is pouring everywhere", true, 'URGENT'],
    ["the basement is flooding and i'm afraid it will reach the panel", true, 'URGENT'],
    ["my neighbour's basement flooded and now it's coming into ours", true, 'URGENT'],
    ["my neighbour's house is on fire", true, 'URGENT'],
    ['the Smith family home is flooding right now', true, 'URGENT'],
  ],
  'priority: a day that dates what happened is no time pressure': [
    ['i noticed a small drip under the sink today, can you come next week', false, 'NORMAL'],
    ['we moved in today and want a deep clean sometime this month', false, 'NORMAL'],
    ["the furnace made a weird noise this morning but it's running fine", false, 'NORMAL'],
    ['the faucet started dripping this morning, can someone come today', false, 'HIGH'],
    ['need the lock looked at today', false, 'HIGH'],
  ],
  'priority: feedback and admin said other ways (LOW)': [
    ['the tech who came today was great, thanks', false, 'LOW'],
    ['just wanted to say the new faucet works great', false, 'LOW'],
    ['i want to leave a review for Mike', false, 'LOW'],
    ['please remove me from your mailing list', false, 'LOW'],
    ['the cleaners missed a spot behind the couch', false, 'LOW'],
    ['i got your invoice today, can i pay by card', false, 'LOW'],
  ],
  'security right now online; an open pit; sewer gas; a burn; a fence down by a road; a grease trap overflowing': [
    ['our booking site got hacked and is sending customers to a fake payment page', true, 'URGENT'],
    ['the website is redirecting everyone to some gambling site right now', true, 'URGENT'],
    ["customers say chrome shows a dangerous site warning on our shop site", true, 'URGENT'],
    ['nuestra pagina fue hackeada y sale un aviso de virus', true, 'URGENT'],
    ['the manhole cover in our lot is broken and kids are playing around it', true, 'URGENT'],
    ['strong sewer smell in the basement and my wife has a headache and is dizzy', true, 'URGENT'],
    ['boiling water spilled on my daughter\'s arm and it is blistering', true, 'URGENT'],
    ['the gate blew down in the wind and the dog can run straight onto the road', true, 'URGENT'],
    ['the grease trap is overflowing in the kitchen right now', true, 'URGENT'],
    ['me rompieron la chapa de la puerta y no puedo cerrar', true, 'URGENT'],
  ],
  'the same, over, asked about, or figurative': [
    ['can you make our site more secure so it never gets hacked', false, 'NORMAL'],
    ['how often should the grease trap be pumped so it does not overflow', false, 'LOW'],
    ['our septic backed up last year, want it pumped', false, 'NORMAL'],
    ['the kitchen fire is out, we put it out with the extinguisher and everyone is okay', false, 'HIGH'],
    ['the septic lid broke and kids were near it, we covered it with plywood and roped it off, when can you replace it', false, 'HIGH'],
    ['sales on our new mugs are on fire, please add 10 product pages', false, 'NORMAL'],
    ['my nails are a crime scene, can I book a manicure', false, 'NORMAL'],
    ['my cousin fainted at the dentist once, can I book with someone gentle', false, 'NORMAL'],
  ],
  'priority: a booking for next month is routine (NORMAL); far off or tentative is LOW': [
    ['I want to book a deep clean for sometime next month', false, 'NORMAL'],
    ['quiero agendar una limpieza para el próximo mes', false, 'NORMAL'],
    ['thinking about a new fence next month, just looking', false, 'LOW'],
    ['please call me back in january about the remodel', false, 'LOW'],
    ['we want to redo the patio next year', false, 'LOW'],
  ],
  'priority: other wordings': [
    ['just letting you know the gate code changed', false, 'LOW'],
    ['I wondered if you sell gift cards', false, 'LOW'],
    ['what is the urgent support fee on my bill', false, 'LOW'],
    ['my roots are showing, whenever you can fit me in', false, 'NORMAL'],
    ['necesitamos las fotos para el viernes, ¿pueden mandarlas pronto?', false, 'HIGH'],
    ['how do we sign up for the monthly care plan', false, 'NORMAL'],
  ],
  'someone in a place, no intruder': [
    ["there's someone in the house who can fix it?", false, 'LOW'],
  ],
  'smoke after a fire alarm': [
    ["fire alarm is going off and theres smoke in the hallway", true, 'URGENT'],
    ['the outlet is smoking', true, 'URGENT'],
    ['the grill is smoking on the deck near the siding', true, 'URGENT'],
  ],
  'smoking as a habit or a rule, a fire alarm to service, figurative fire': [
    ['is smoking allowed on the balconies', false, 'LOW'],
    ['Is smoking permitted in the units?', false, 'LOW'],
    ['do you allow smoking on the patio', false, 'LOW'],
    ['is there a smoking area', false, 'LOW'],
    ['my husband smokes on the balcony, the smell comes inside', false, 'NORMAL'],
    ['the neighbours are smoking weed and it comes into our unit', false, 'NORMAL'],
    ['fire alarm needs a new battery', false, 'NORMAL'],
    ['our marketing is on fire this quarter', false, 'NORMAL'],
    ['the compressor is shot', false, 'NORMAL'],
  ],
};

checkTriageTables(t, tables);

t.test('what the learned signal may not read: figurative fire, nobody hurt, a pool smell nobody breathes badly', async (t) => {
  t.ok(exclusionsOf('our marketing is on fire this quarter').includes('figurative'));
  t.same(exclusionsOf('the kitchen is on fire'), []);
  t.ok(exclusionsOf('the garage door hit my car bumper yesterday, small dent, nobody hurt').includes('negated'));
  t.ok(exclusionsOf('the pool is cloudy and smells like chlorine').includes('benign smell'));
  t.notOk(exclusionsOf('the pool smells like chlorine and my son is coughing').includes('benign smell'));
  t.ok(exclusionsOf('my AC is blowing warm air').includes('comfort'));
  t.equal(learnedInput('the AC compressor is shot'), 'the AC compressor is broken', 'the encoder reads slang for broken as broken');
  t.equal(learnedInput('he was shot'), 'he was shot', 'not when said of a person');
  t.ok(exclusionsOf('the lights dim when the fridge kicks on').includes('intermittent'));
  t.ok(exclusionsOf('the washing machine shakes on spin').includes('intermittent'));
  t.equal(triage('sparks fly when the fridge kicks on').emergency, true, 'the rules still read sparks, whenever they come');
  t.ok(exclusionsOf('the sprinkler head in the front yard is broken and sprays the sidewalk').includes('outdoor outlet'));
});
