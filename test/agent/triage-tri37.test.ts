import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri37 (issue 12): what using the product found wrong, and look-alikes written for this test (not taken from eval/data), typed the
// way customers type (no apostrophes, Spanish). Before the fix: "someones cutting the lock off a unit right now" was HIGH (the "is"
// lost with the apostrophe); a break-in that is over was URGENT when its loss was counted ("my unit got broken into, stuff is
// missing") and NORMAL when dated ("i think someone broke into my unit last week"), though the owner needs to hear of it soon; the
// learned signal called "the aire acondicionado no funciona, pueden venir la semana que viene" an emergency though the visitor
// offers next week; "the tank lid is cracked" was water escaping (a lid holds no water); "my car was running in the garage this
// morning" was carbon monoxide now; "there's a burn mark on an outlet" was NORMAL (a warning sign: HIGH, the emergency only with
// heat, smoke, sparks or a smell now).

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'a break-in under way, typed casually': [
    ['someones cutting the lock off a unit right now', true, 'URGENT', 'STATED'],
    ['somebodys cutting the padlock on unit 40 i can see him', true, 'URGENT', 'STATED'],
    ['theres two guys prying the roll up door on the unit next to mine', true, 'URGENT', 'STATED'],
    ['some guy is cutting the chain on the back gate right now', true, 'URGENT', 'STATED'],
    ['alguien esta cortando el candado de una bodega ahora mismo', true, 'URGENT', 'STATED'],
    ['my unit got broken into and the door is wide open', true, 'URGENT', 'STATED'],
    ['someone broke into my unit and theyre still in there', true, 'URGENT', 'STATED'],
    ['someones bike is in the hallway, can you move it', false, 'NORMAL'],
    ['someones been calling about the invoice', false, 'LOW'],
  ],
  'a break-in that is over: the owner needs to hear soon': [
    ['my unit got broken into, stuff is missing', false, 'HIGH'],
    ['our storage unit got broken into and some of my tools are gone', false, 'HIGH'],
    ['i think someone broke into my unit last week', false, 'HIGH'],
    ['someone broke into my shed over the weekend and took the mower', false, 'HIGH'],
    ['entraron a robar a mi bodega y faltan herramientas', false, 'HIGH'],
    ['my unit was broken into last year, do you have cameras now', false, 'LOW'],
    ['i think somebody broke into our office over the weekend, the petty cash is gone', false, 'HIGH'],
    ['my unit got broken into, the lock is gone and stuff is missing', true, 'URGENT', 'STATED'],
  ],
  'lids, an engine that ran this morning, burn marks': [
    ['the tank lid is cracked', false, 'NORMAL'],
    ['the septic tank lid is cracked, can you replace it', false, 'NORMAL'],
    ['the lid on the toilet tank cracked', false, 'NORMAL'],
    ['the well cap is cracked', false, 'NORMAL'],
    ['the septic tank lid is cracked, can someone swap it out', false, 'NORMAL'],
    ['the septic lid cracked and my son fell through up to his waist', true, 'URGENT'],
    ['the water tank cracked and water is everywhere', true, 'URGENT', 'WATER'],
    ['my car was running in the garage this morning', false, 'NORMAL'],
    ['my car was running in the garage this morning and now my kids are throwing up', true, 'URGENT', 'CARBON_MONOXIDE'],
    ["there's a burn mark on an outlet", false, 'HIGH'],
    ['theres a black mark on the light switch plate', false, 'HIGH'],
    ['el enchufe de la cocina tiene una marca negra', false, 'HIGH'],
    ['theres a burn mark on the outlet and it smells like burning plastic', true, 'URGENT'],
    ['the outlet has a scorch mark and its hot to the touch', true, 'URGENT', 'ELECTRICAL'],
    ['the outlet sparked and now theres a black mark on it', true, 'URGENT', 'ELECTRICAL'],
  ],
  'a later visit offered by the visitor': [
    ['the aire acondicionado no funciona, pueden venir la semana que viene', false, 'NORMAL'],
    // tri38: HIGH, as the same words in English are ("the greenhouse heater died, can someone look at it next week": heat lost).
    ['el calentador no funciona, pueden venir la proxima semana', false, 'HIGH'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables, (text) => signals.triage(text));

t.test('what the learned signal may not overrule', async (t) => {
  t.ok(exclusionsOf('the aire acondicionado no funciona, pueden venir la semana que viene').includes('deferred'), 'next week offered by the visitor');
  t.ok(exclusionsOf('my unit got broken into, stuff is missing').includes('aftermath'), 'a break-in with its loss counted');
  t.ok(exclusionsOf("there's a burn mark on an outlet").includes('aftermath'), 'a burn mark with no heat now');
  t.same(exclusionsOf('the outlet has a scorch mark and its hot to the touch').filter((e) => e === 'aftermath'), [], 'heat now is no mere trace');
});
