import t from 'tap';
import { triage } from '../../src/agent/triage.js';
import { COMPOSED_RULES } from '../../src/agent/triage-compose.js';

// The composed hazards (agent x escaping behaviour, severity cues, the trades' own emergencies)
// and the exclusions that keep them honest. One table per mechanism; the examples are written for
// these tests (not taken from eval/data). Each emergency row has a contrast row that must stay calm.

type Row = [text: string, emergency: boolean, priority: 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW', hazard?: string];

const tables: Record<string, Row[]> = {
  'water x shared escaping verbs, either order, any noun before the verb': [
    ["the water's dumping out from behind the fridge", true, 'URGENT', 'WATER'],
    ['dumping water out of the loft onto the landing', true, 'URGENT', 'WATER'],
    ['rain keeps coming in around the skylight onto the bed', true, 'URGENT', 'WATER'],
    ['agua saliendo por el enchufe de la cocina', true, 'URGENT'],
    ['the water runs in the toilet all night', false, 'NORMAL'],
    ['the water bill keeps rising every month', false, 'LOW'],
  ],
  'a container ruptured with many words in between': [
    ['the old copper pipe up in the attic over the spare room just popped', true, 'URGENT', 'WATER'],
    ['my hose fitting at the back of the dishwasher came apart', true, 'URGENT', 'WATER'],
    ['the pipe in the attic might burst this winter', false, 'NORMAL'],
  ],
  'severity said as volume or a comparison': [
    ['the leak under the basin is coming out faster than we can mop it up', true, 'URGENT', 'WATER'],
    ['it is like a river in the utility room', true, 'URGENT', 'WATER'],
    ['the cellar is a foot deep', true, 'URGENT', 'WATER'],
    ['we want a water fountain fitted in the courtyard', false, 'NORMAL'],
  ],
  'sewage by any name coming back up a fixture': [
    ['black sludge welling up out of the shower tray', true, 'URGENT', 'SEWAGE'],
    ['when the dishwasher drains it comes back up in the bath tub, flushing makes it worse', true, 'URGENT', 'SEWAGE'],
    ['the tub drain is slow and gurgles a bit', false, 'NORMAL'],
  ],
  'gas: the sound with a smell, a gas-fired appliance hissing, the odorant by any name': [
    ['there is a whooshing by the range and a weird smell in the kitchen', true, 'URGENT', 'GAS'],
    ['the fireplace insert has a loud hiss even with it off', true, 'URGENT', 'GAS'],
    ['whole garage reeks of sulpher', true, 'URGENT', 'GAS'],
    ['the toilet tank hisses after every flush', false, 'NORMAL'],
  ],
  'fuel x a drip or a puddle': [
    ['petrol dripping from the tank onto the garage floor', true, 'URGENT', 'FIRE'],
    ['there is a puddle of diesel under the van', true, 'URGENT', 'FIRE'],
    ['what fuel should i use in my mower?', false, 'LOW'],
  ],
  'bleeding that persists': [
    ['my finger has been bleeding for 40 minutes', true, 'URGENT', 'MEDICAL'],
    ['the cut is bleeding through the second bandage', true, 'URGENT', 'MEDICAL'],
    ['my gums bleed a little when i brush, can i book a cleaning', false, 'NORMAL'],
  ],
  'signs of a stroke, breathing, allergy and spreading swelling': [
    ['my grandad is numb down his left side and his speech is garbled', true, 'URGENT', 'MEDICAL'],
    ['my wife cannot catch her breath', true, 'URGENT', 'MEDICAL'],
    ['he got stung by a wasp and now hes wheezing', true, 'URGENT', 'MEDICAL'],
    ['her cheek swelled up after the filling, and tonight she has a fever', true, 'URGENT', 'MEDICAL'],
    ['my tongue is twice the size it was', true, 'URGENT', 'MEDICAL'],
    ['she ate a cashew at lunch and says her throat is closing', true, 'URGENT', 'MEDICAL'],
    ['i get short of breath when i climb stairs, can physio help?', false, 'LOW'],
  ],
  'a knocked-out tooth with words in between': [
    ['her tooth got knocked right out at practice', true, 'URGENT', 'MEDICAL'],
    ['how much is a crown for a chipped tooth?', false, 'LOW'],
  ],
  'carbon monoxide from its symptoms once a fuel-burning appliance is on': [
    ['we all feel dizzy and sick since we turned on the space heater', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the furnace kicked on and both kids have headaches now', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['i have a headache, can i book a furnace service next week', false, 'NORMAL'],
  ],
  'brakes that do not grab; pressed with no effect; Spanish': [
    ['the brakes hardly bite anymore and i have to pump them', true, 'URGENT', 'VEHICLE'],
    ['i stepped on the brakes and nothing, coasted into the kerb', true, 'URGENT', 'VEHICLE'],
    ['la camioneta ya no frena', true, 'URGENT', 'VEHICLE'],
    ['the left brake light does not work', false, 'NORMAL'],
  ],
  'lines brought down or lying where people are': [
    ['a branch brought down the wires to our garage', true, 'URGENT', 'ELECTRICAL'],
    ['there are cables across the road after the storm', true, 'URGENT', 'ELECTRICAL'],
    ['can you run a cable to the shed next month', false, 'NORMAL'], // a booking next month is routine; LOW is far off or tentative (t10/t12 labels)
  ],
  'water reaching power; equipment showing a dangerous sign': [
    ['the dog knocked the bowl over and water went into the power strip', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['the socket behind the sofa gave off a loud flash', true, 'URGENT', 'ELECTRICAL'],
    ['switch plate feels warm and there is a strange smell', true, 'URGENT', 'ELECTRICAL'],
    ['rain is dripping out of the ceiling fan onto the dimmer switch', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['i want to switch to a smart thermostat, the old one keeps flashing', false, 'NORMAL'],
    ['want a quote for outdoor sockets with covers', false, 'NORMAL'],
  ],
  'Spanish: overflowing, running down, a wet outlet that sparks': [
    ['la tina se esta desbordando y el agua cae por el techo de abajo', true, 'URGENT', 'WATER'],
    ['el agua escurre por la pared de la sala', true, 'URGENT', 'WATER'],
    ['el enchufe del patio esta mojado y hace chispitas', true, 'URGENT'],
    ['quiero instalar un enchufe nuevo en el patio', false, 'NORMAL'],
  ],
  'something toxic swallowed': [
    ['my toddler drank some drain cleaner', true, 'URGENT', 'MEDICAL'],
    ['the dog ate a dishwasher pod and my son swallowed one too', true, 'URGENT', 'MEDICAL'],
    ['are your cleaning products safe if a pet licks the floor?', false, 'LOW'],
  ],
  'an outlet that sprays badly, a burner that whooshes as it lights': [
    ['the kitchen sprayer squirts sideways, can you replace it', false, 'NORMAL'],
    ['the shower head is spraying everywhere and wont turn off', true, 'URGENT', 'WATER'],
    ['the boiler gives a whoosh when it fires up, is that normal?', false, 'LOW'],
    ['the cooker is whooshing and there is a smell even with the knobs off', true, 'URGENT', 'GAS'],
  ],
  'backing into a fixture; a fall and unable to get up across clauses': [
    ['the sewer is backing into the basement shower', true, 'URGENT', 'SEWAGE'],
    ['grandma slipped in the kitchen, she says her wrist hurts and she cannot get up', true, 'URGENT', 'MEDICAL'],
    ['i slipped on the ice last week, my wrist is sore, can i book physio', false, 'NORMAL'],
  ],
  'a noun\'s \'s before off/fine reads as "is"; asking whether something is normal is information': [
    ["sparks came from the fan switch, the breaker's off now and everything's fine, can you come today", false, 'HIGH'],
    ['is it normal for the gas meter to hiss a little?', false, 'LOW'],
    ['my smoke alarm chirps every minute', false, 'NORMAL'],
  ],
  'a cleaning firm: a death found late': [
    ['my uncle passed away and was not found for days, the flat needs specialist cleaning', true, 'URGENT', 'BIOHAZARD'],
    ['my aunt passed away, we need her house cleaned before the sale next month', false, 'NORMAL'],
  ],
  'a poisoning: anything toxic swallowed by anyone, and foods that poison only animals when an animal ate them': [
    ['my toddler got into the rat poison under the sink', true, 'URGENT', 'MEDICAL'],
    ['the dog chewed up a blister pack of ibuprofen', true, 'URGENT', 'MEDICAL'],
    ['our puppy just scarfed down a whole box of raisins', true, 'URGENT', 'MEDICAL'],
    ['kitten licked up some of the lily pollen and ate a leaf', true, 'URGENT', 'MEDICAL'],
    ['mi perro se comio veneno para ratas', true, 'URGENT', 'MEDICAL'],
    ['the baby swallowed two little fridge magnets', true, 'URGENT', 'MEDICAL'],
    ['mi gato se tomo anticongelante del garaje', true, 'URGENT', 'MEDICAL'],
    ['se cayo mi abuela en el bano de la casa y no se puede levantar', true, 'URGENT', 'MEDICAL'],
    ['I ate too much chocolate at the party', false, 'NORMAL'],
    ['what should we do if the cat eats a lily', false, 'LOW'],
    ['the dog ate grapes two years ago and was fine', false, 'NORMAL'],
  ],
  'a structure giving way, now or about to': [
    ['the roof over the porch just caved in', true, 'URGENT', 'STATED'],
    ['the balcony is giving way, we can feel it moving', true, 'URGENT', 'STATED'],
    ['a storm brought down part of the chimney through the roof', true, 'URGENT'],
    ['the old deck collapsed years ago and we rebuilt it', false, 'NORMAL'],
    ['do you repair collapsed ceilings?', false, 'LOW'],
  ],
  'unable to pass urine, or down and unable to rise (people and animals)': [
    ["my cat hasn't been able to pee since this morning and keeps crying in the litter box", true, 'URGENT', 'MEDICAL'],
    ['the tom cat is straining to urinate and nothing comes out', true, 'URGENT', 'MEDICAL'],
    ['our cow is down in the field and cannot get up', true, 'URGENT', 'MEDICAL'],
    ['the cat pees outside the litter box sometimes, can we book a visit', false, 'NORMAL'],
  ],
  'still going: a supply that cannot be shut, bleeding that has not stopped, a burner smelt when none is on': [
    ["the hose came off the washer and i can't shut the water off", true, 'URGENT', 'WATER'],
    ["the socket hasn't stopped bleeding since he pulled the tooth, it's soaked the gauze", true, 'URGENT', 'MEDICAL'],
    ['kitchen smells like somebody left the stove on, every knob is off', true, 'URGENT', 'GAS'],
    ['the hose came off the washer but i shut the water off and it has stopped', false, 'HIGH'],
    ['the bleeding has stopped now, can we come in tomorrow to check it', false, 'HIGH'],
    ['the water heater leaks a little into the drip tray', false, 'NORMAL'],
  ],
  'someone who cannot get out: a child or a pet shut in a car, a bathroom, a freezer': [
    ['our 2 year old shut himself in the car and we cant get the door open, its so hot', true, 'URGENT', 'STATED'],
    ['the puppy got trapped in the chest freezer in the garage', true, 'URGENT'],
    ['mi hija esta encerrada en el bano y no abre', true, 'URGENT'],
    ['my keys are locked in the car, nobody inside, can you come', false, 'NORMAL'],
    ['our kid got locked in the car last summer, the fire crew got him out, he is totally fine, we want a spare key', false, 'NORMAL'],
  ],
  'locked out while something runs, burns or fills inside, or with a baby in the cold': [
    ["locked ourselves out and there's a pan of chips on the hob still on", true, 'URGENT', 'STATED'],
    ['cant get back in the flat and the bath taps are running', true, 'URGENT'],
    ['me quede afuera y deje el horno prendido', true, 'URGENT'],
    ['locked out, standing in the snow with the newborn, minus 12', true, 'URGENT'],
    ["locked myself out, nothing's on and nobody is home, need to get in today", false, 'HIGH'],
  ],
  'a break-in now: the door forced and left unsecured, or someone getting in': [
    ['the patio door got forced open while we were at dinner and now it wont lock', true, 'URGENT', 'STATED'],
    ['some guy is trying to kick in our back door', true, 'URGENT'],
    ['we had a break in back in may, the police sorted it, now we want new locks', false, 'NORMAL'],
    ['what do I do if someone breaks in?', false, 'LOW'],
  ],
  'pools: held by a drain, a drain cover off while people swim, current in the water, chemicals spilled or fuming': [
    ["my nephew's foot is caught in the spa jets and he can't get loose", true, 'URGENT'],
    ['the main drain grate is missing and the kids are in the pool swimming', true, 'URGENT'],
    ['a speaker fell into the hot tub and my friend is still in it', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['my son says the pool ladder gives him a tingle', true, 'URGENT'],
    ['the muriatic acid jug split and is fizzing on the garage floor', true, 'URGENT'],
    ['we got everyone out of the pool and hosed the chlorine spill down, can you check the feeder today', false, 'HIGH'],
    ['the chlorine tablets are low, please bring more next visit', false, 'NORMAL'],
    ['what happens if a drain cover comes off while swimming', false, 'LOW'],
  ],
  'products named after a hazard are no hazard: a fire safe, a fire blanket': [
    ['I want a quote for a fire safe for the office', false, 'NORMAL'],
    ['can you fit a fire blanket holder in the kitchen', false, 'NORMAL'],
  ],
  'the exclusions still hold for composed hazards': [
    ['no water pouring or anything, the tap just drips', false, 'NORMAL'],
    ['if a pipe split while we were away, what would you do?', false, 'LOW'],
    ['a pipe split two years ago and you fixed it, thanks', false, 'LOW'],
    ['the pipe split but i turned off the main and it has stopped', false, 'HIGH'],
    ['hard water spots all over the glass doors, please quote a clean', false, 'NORMAL'],
    ['the water coming out of the kitchen tap is cloudy', false, 'NORMAL'],
    ["I'm booking for Sparky's Diner, the fryer outlet needs moving", false, 'NORMAL'],
    ['ok if the co alarm goes off what should we do', false, 'LOW'],
    ['please stop the reminder texts', false, 'LOW'],
    ['your rates are crazy high', false, 'LOW'],
  ],
};

for (const [mechanism, rows] of Object.entries(tables)) {
  t.test(mechanism, async (t) => {
    for (const [text, emergency, priority, hazard] of rows) {
      const r = triage(text);
      t.equal(r.emergency, emergency, `${JSON.stringify(text)}: emergency ${emergency} (${r.matched.join('; ') || 'nothing matched'})`);
      t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} (kind ${r.kind})`);
      if (hazard) t.equal(r.hazard, hazard, `${JSON.stringify(text)}: hazard ${hazard}`);
    }
  });
}

t.test('a composed hazard may take its parts from two neighbouring clauses, not from further away', async (t) => {
  t.ok(triage('the supply pipe under the stairs, it just split').emergency, 'agent in one clause, rupture in the next');
  t.notOk(triage('the supply pipe under the stairs. we have a new baby. the toilet seat split').emergency, 'parts three clauses apart do not combine');
  t.ok(COMPOSED_RULES.filter((r) => !r.wholeMessage).every((r) => r.spansClauses), 'every clause-level composed rule spans two clauses');
});
