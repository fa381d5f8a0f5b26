import t from 'tap';
import { triage } from '../../src/agent/triage.js';
import { learnedMayJudge } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Round 27 (issue 12, items 4-5). The round-26 retrain (branch tri26-retrain) flipped seven probe rows of earlier rounds that only
// the learned signal had decided: a lift stuck "yesterday" (a past the rules did not read), a car wash conveyor that keeps stopping,
// a claw machine eating tokens and a cat flap stuck shut (learned false alarms), a solvent leak making staff dizzy and floor-finish
// fumes making people sick (no rule for fumes with a sign of poisoning), and "smashed the shop window and is inside" (an intruder
// the break-in rule missed without "still"). Each class is now the rules' own, shown here in our own wording (not those rows), with
// the contrasts: an emergency is read by the rules alone (these tables use triage(), no encoder); a message that is no emergency is
// kept from the learned signal by an exclusion (learnedMayJudge false), so no retrain can flip it; the contrasts stay open to it.

const rules: Record<string, TriageRow[]> = {
  "fumes of a chemical or a solvent with a sign of poisoning now": [
    ["the dry cleaner's machine is spilling perc and the girl at the counter feels light headed", true, 'URGENT', 'STATED'],
    ["my husband is dizzy from the paint thinner fumes in the garage", true, 'URGENT', 'STATED'],
    ["we've been refinishing the floors and two of the crew are nauseous from the fumes", true, 'URGENT', 'STATED'],
    ["the epoxy vapours in the basement made the installer pass out", true, 'URGENT'],
    ["the varnish fumes are so strong everyone in the office feels sick", true, 'URGENT', 'STATED'],
    ["the degreaser tank is leaking and the mechanic says he cant breathe", true, 'URGENT'],
    // Contrasts: a smell, past, asked, denied, or "sick of" (fed up).
    ["the floor finish still smells strong, can you come air it out", false, 'NORMAL'],
    ["last week the lacquer fumes made me dizzy, can you use a low odour one this time", false, 'NORMAL'],
    ["will the solvent fumes make my staff dizzy?", false, 'LOW'],
    ["do varnish fumes make people nauseous", false, 'LOW'],
    ["no fumes and nobody is dizzy, we just want the dry cleaning machine serviced", false, 'NORMAL'],
    ["im sick of the glue fumes smell in the shop, can you fix the extractor fan", false, 'NORMAL'],
  ],
  "someone who broke in and is inside now": [
    ["a guy kicked in the back door and he's inside the house", true, 'URGENT', 'STATED'],
    ["they forced the side door and are in the warehouse now", true, 'URGENT', 'STATED'],
    ["somebody smashed the office window and is in the building", true, 'URGENT', 'STATED'],
    // Contrasts: was inside (over), nobody inside, a tradesman who is inside working.
    ["someone smashed the shop window last night and was inside, can you board it up", false, 'NORMAL'],
    ["someone smashed the window, nobody is inside now, need it boarded", false, 'NORMAL'],
    ["the glazier smashed the old pane and is inside fitting the new one", false, 'NORMAL'],
  ],
  "trouble told in the past of an earlier day, with nothing said to be so now": [
    ["the lift got stuck between floors last night with two guests in it, can someone check it", false, 'NORMAL'],
    ["yesterday the freezer door jammed with the cook inside for a few minutes, please fix the latch", false, 'NORMAL'],
    // Contrasts: it is so now, or it is happening again.
    ["two guests are stuck in the elevator right now", true, 'URGENT', 'MEDICAL'],
    ["the kids were stuck in the elevator yesterday and it's stuck again now with my son in it", true, 'URGENT', 'MEDICAL'],
    ["the pipe burst yesterday and water is still pouring in", true, 'URGENT', 'WATER'],
    ["my dog ate chocolate yesterday and now he's shaking", true, 'URGENT', 'MEDICAL'],
  ],
};

checkTriageTables(t, rules);

// No emergency, and kept from the learned signal (false), or open to it (true): what a retrain may not flip, and what it still reads.
const gated: Array<[text: string, learnedMayJudge: boolean]> = [
  // Stated past of an earlier day.
  ["our guests were stuck in the hotel lift on saturday for about five minutes, please service it", false],
  ["the alarm went off last night for no reason, can someone look at the panel", false],
  ["yesterday a customer got locked in the fitting room for a minute, the latch needs fixing", false],
  ["my dad fell in the shower yesterday and hes still on the floor", true],
  // Toys, coin-ops, fixtures and stalling machines with nothing caught.
  ["the vending machine ate my quarters again", false],
  ["the pinball machine at the arcade keeps eating quarters", false],
  ["the dog door is jammed open and the dog can't get back in", false],
  ["the baggage conveyor keeps stalling every few minutes", false],
  ["the parking barrier is stuck open", false],
  ["the conveyor keeps stopping and a guy's hand is caught in it", true],
  ["the cat is stuck in the cat flap and crying", true],
];

t.test('what the learned signal may judge: a resolved past and a machine fault are kept from it, the caught and the ongoing are not', async (t) => {
  for (const [text, may] of gated) {
    const r = triage(text);
    t.equal(r.emergency, false, `${JSON.stringify(text)}: the rules find no emergency (${r.matched.join('; ') || 'nothing matched'})`);
    t.equal(learnedMayJudge(r, text), may, `${JSON.stringify(text)}: the learned signal ${may ? 'may' : 'may not'} judge it`);
  }
});
