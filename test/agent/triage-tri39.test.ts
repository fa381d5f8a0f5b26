import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { combine, createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri39 (issue 12). tri38's retrain broke older probes, all through the learned signal: its chosen settings dropped the neighbour
// check, so a regression a little over its threshold (0.52-0.59) raised routine messages the rules had no reason to hold back
// ("two heads on the side yard are spraying the shed", "a yellow jacket nest ... kids arrive in an hour", "the gym floor is warped
// from a leak over the summer", "the water heater makes a popping noise when it heats up"), and emergencies the rules did not read
// were left to the signal, which dropped one ("my 2 year old drank some of the dishwasher stuff", 0.46) and named the wrong hazard for
// two ("drove his truck into our living room": STATED, "a dryer drum is glowing red": ELECTRICAL). The fix is in the rules, so no
// retrain can undo it: the emergencies are the rules' own, the look-alikes carry a reason the learned signal may not overrule.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'a household product named by its machine or its job, swallowed': [
    ['my 2 year old drank some of the dishwasher stuff', true, 'URGENT', 'MEDICAL'],
    ['my son drank some dishwasher rinse aid', true, 'URGENT', 'MEDICAL'],
    ['the baby ate some laundry powder off the floor', true, 'URGENT', 'MEDICAL'],
    ['my toddler swallowed a chlorine tablet from the pool shed', true, 'URGENT', 'MEDICAL'],
    ['do you sell pool chlorine tablets', false, 'LOW'],
  ],
  'a vehicle driven into a building, the vehicle named after the verb': [
    ['some idiot drove his truck into our living room', true, 'URGENT', 'VEHICLE'],
    ['a drunk rammed his car into the cafe window', true, 'URGENT', 'VEHICLE'],
    ['an old lady drove her van into the front of the store', true, 'URGENT', 'VEHICLE'],
  ],
  'a machine or wiring that never glows, glowing red': [
    ['a dryer drum is glowing red through the window', true, 'URGENT', 'FIRE'],
    ['the outlet behind the fridge is glowing red', true, 'URGENT', 'FIRE'],
    ['the washing machine motor is red hot', true, 'URGENT', 'FIRE'],
  ],
  'look-alikes the learned signal may not raise': [
    ['two heads on the side yard are spraying the shed instead of the lawn', false, 'NORMAL'],
    ['a couple of heads in the front garden are spraying the driveway', false, 'NORMAL'],
    ["there's a yellow jacket nest in the ground by the daycare entrance, kids arrive in an hour", false, 'HIGH'],
    ['the school gym floor is warped from a leak over the summer', false, 'NORMAL'],
    ['the hallway carpet is stained from a flood last year', false, 'NORMAL'],
    ['the water heater makes a popping noise when it heats up', false, 'NORMAL'],
    ['the furnace makes a rattling noise when it starts', false, 'NORMAL'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables, (text) => signals.triage(text));

// What the new rules must not read as an emergency (by the rules: what the learned signal makes of them is its own matter).
t.test('the new rules leave their look-alikes alone', async (t) => {
  for (const text of ['we need more dishwasher stuff for the break room', 'he drove his car into the front yard to park it', 'i backed the truck into the front yard', 'the space heater coils glow red', 'the toaster is glowing red']) {
    const r = triage(text);
    t.equal(r.emergency, false, `${JSON.stringify(text)}: ${r.matched.join('; ') || 'nothing matched'}`);
  }
});

t.test('a confident learned signal cannot raise the look-alikes, whatever a retrain makes of them', async (t) => {
  const confident = { probability: 0.99, hazard: 'WATER' as const, agreement: 1 };
  for (const text of tables['look-alikes the learned signal may not raise']!.map(([text]) => text)) {
    t.equal(combine(triage(text), text, confident).emergency, false, `${JSON.stringify(text)}: ${exclusionsOf(text).join(', ')}`);
  }
});

t.test('what the reasons are, and what they leave alone', async (t) => {
  t.ok(exclusionsOf('the school gym floor is warped from a leak over the summer').includes('past'), 'trouble a season ago: its trace is left');
  t.notOk(exclusionsOf('the roof has had a leak since last winter and it is getting worse').includes('past'), 'since then and worse: going on');
  t.notOk(exclusionsOf('we had a flood last year and now the basement has water in it again').includes('past'), 'now, again: going on');
  t.ok(exclusionsOf('the water heater makes a popping noise when it heats up').includes('noise'), 'a noise in use');
  t.notOk(exclusionsOf('the water heater makes a popping noise and smells like gas').includes('noise'), 'a noise with a smell of gas');
  t.ok(exclusionsOf("there's a yellow jacket nest in the ground by the daycare entrance").includes('nuisance animal'), 'one yellow jacket nest');
  t.notOk(exclusionsOf('a yellow jacket nest by the door and my son got stung, his face is swelling').includes('nuisance animal'), 'a sting and swelling');
  t.ok(exclusionsOf('two heads on the side yard are spraying the shed').includes('outdoor outlet'), 'heads in the yard are sprinkler heads');
});
