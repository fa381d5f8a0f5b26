import t from 'tap';
import { createSentenceEncoder, type SentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { combine, createTriageSignals, learnedSignal, learnedText, readsAsSpanish } from '../../src/agent/triage-learned.js';
import { TRIAGE_MODEL } from '../../src/agent/triage-weights.js';
import { TRIAGE_NEIGHBOURS } from '../../src/agent/triage-neighbours.js';
import { agreement, decodeBank, encodeBank, nearestLabels, quantize } from '../../src/agent/triage-knn.js';
import { chooseSettings, COMBINED_TARGET_PRECISION, foldOf, foldsOf, renderWeightsFile, roundVector, trainLogistic, trainTriageModel, type TuneItem } from '../../scripts/train-triage.js';

// The learned half of emergency triage: the sentence encoder's reading of a message, a logistic
// regression trained on the tune split, and the rules' exclusions as its gate. These phrasings
// are written for this test (not taken from eval/data): the rules have no wording for them.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

t.test('emergencies described in words the rules do not list are recognised', async (t) => {
  const rows: Array<[string, string]> = [
    ['the hallway carpet is squelching and the skirting boards are soaked', 'water'],
    ['the kitchen smells strongly of the stuff they add to the gas, kind of eggy', 'gas'],
    ['the socket behind the fridge just went bang and there is black soot on the wall', 'electrical'],
    ['the downstairs loo is spewing filth all over the floor', 'sewage'],
  ];
  for (const [text, what] of rows) {
    t.equal(triage(text).emergency, false, `the rules alone miss it (${what}): ${text}`);
    const r = await signals.triage(text);
    t.equal(r.emergency, true, `learned: ${text}`);
    t.equal(r.priority, 'URGENT', text);
    t.ok(r.severity >= 8, 'serious enough for the emergency reply');
    t.match(r.matched[0], /^sounds like /);
  }
  const gas = await signals.triage('the kitchen smells strongly of the stuff they add to the gas, kind of eggy');
  t.equal(gas.hazard, 'GAS', 'the nearest hazard names the safety instruction');
});

t.test('plain statements of routine work are no emergency', async (t) => {
  // The routine messages of the tune set are mostly requests; its clauses taught the model that a plain statement of a problem is not one.
  const rows = ['kitchen sink drains slowly', 'The kitchen tap drips constantly', 'Water heater is making a noise', 'the toilet keeps running', 'the dishwasher is humming loudly', 'my tap is a bit stiff to turn', 'the washing machine is making a grinding noise', 'there are ants in the kitchen', 'wasps are building a nest under the roof', 'we saw a mouse in the garage'];
  for (const text of rows) t.equal((await signals.triage(text)).emergency, false, text);
});

t.test('a sound alone is no emergency: the signal reads the message without its sound words', async (t) => {
  // With the sounds in, "the fridge is humming loudly" read as near hissing gas (0.86) and got the gas safety reply.
  const quiet = ['the fridge is humming loudly', 'there is a strange noise in the pipes', 'the washing machine is banging around', 'the boiler keeps clicking and whistling'];
  for (const text of quiet) {
    t.equal(learnedText(text).match(/humm|noise|bang|click|whistl/), null, `sound words out: ${learnedText(text)}`);
    t.equal((await signals.triage(text)).emergency, false, text);
  }
  // A sound next to a sign of danger still counts: the soot, not the bang.
  const r = await signals.triage('the socket behind the fridge just went bang and there is black soot on the wall');
  t.equal(r.emergency, true, 'bang and soot');
});

t.test('negated, past, hypothetical, figurative, deferred and contained stay no emergency', async (t) => {
  const rows = [
    'the laundry room turned into a paddling pool last winter, can you check the pipes',
    'what should I do if the laundry room ever turns into a paddling pool',
    'if the kitchen ever smells eggy like the stuff they add to the gas, who do I call',
    'the socket behind the fridge went bang and left black soot on the wall two years ago',
    'the downstairs loo was spewing filth all over the floor last month, it is fine now',
    'the downstairs loo is not spewing anything, it just runs on a bit after flushing',
    'our inbox is a paddling pool of orders this week lol',
    "the socket behind the fridge went bang, I've switched it off at the breaker and it's all fine now",
    'can you service my boiler next month, no rush',
    "I'd like a quote to retile the laundry room floor",
  ];
  for (const text of rows) t.equal((await signals.triage(text)).emergency, false, text);
});

t.test('the gate holds even when the learned probability is high', async (t) => {
  // The past event reads like an emergency to the encoder; the rules' exclusion keeps it one that is over.
  const text = 'the socket behind the fridge went bang and left black soot on the wall two years ago';
  const [v] = await encoder.encode([text]);
  const rules = triage(text);
  t.equal(combine(rules, text, { probability: 0.99, hazard: 'ELECTRICAL' }).emergency, false, 'past');
  const present = 'the socket behind the fridge just went bang and there is black soot on the wall';
  t.equal(combine(triage(present), present, { probability: 0.99, hazard: 'ELECTRICAL' }).emergency, true, 'the same signal on a present statement counts');
  t.equal(combine(rules, text, { probability: TRIAGE_MODEL.threshold - 0.01, hazard: 'WATER' }).emergency, false, 'below the threshold');
  t.ok(v);
  // A hazard the rules found and discounted is never raised by the learned signal.
  const negated = 'there is no smell of gas at all, I just want the hob checked';
  t.equal(combine(triage(negated), negated, { probability: 0.99, hazard: 'GAS' }).emergency, false, 'negated by the rules');
});

/** An encoder that counts what it is asked, and can fail. */
function countingEncoder(fail = false): SentenceEncoder & { asked: string[] } {
  const asked: string[] = [];
  return {
    model: 'fake',
    asked,
    async encode(texts) {
      asked.push(...texts);
      if (fail) throw new Error('model failed to load');
      return texts.map(() => new Float32Array(512));
    },
  };
}

t.test('the encoder is asked only when it can add something', async (t) => {
  const fake = countingEncoder();
  const s = createTriageSignals({ encoder: fake });
  t.equal((await s.triage('my pipe burst and water is everywhere')).emergency, true, 'the rules found it');
  await s.triage('what are your opening hours?');
  await s.triage('Ann Bench');
  await s.triage('(206) 342-8631');
  await s.triage('the pipe burst last year, can you check it');
  await s.triage('que debo hacer si huele a gas en mi casa');
  t.same(fake.asked, [], 'rule hits, questions, names, numbers and excluded messages (in Spanish too) never reach the encoder');
  await s.triage('the laundry room has turned into a paddling pool');
  t.equal(fake.asked.length, 1, 'one encode for a statement the rules cannot place');
  // tri38: Spanish is read as its English gloss, so the two languages get the same reading.
  await s.triage('mi abuela esta mareada y confundida');
  t.same(fake.asked.slice(1), ['my grandmother is dizzy and confused'], 'a Spanish statement reaches the encoder as its English gloss');
});

t.test('an encoder failure leaves the rules to decide', async (t) => {
  const errors: unknown[] = [];
  const s = createTriageSignals({ encoder: countingEncoder(true), onError: (e) => errors.push(e) });
  t.equal((await s.triage('the laundry room has turned into a paddling pool')).emergency, false);
  t.equal((await s.triage('my pipe burst and water is everywhere')).emergency, true);
  t.equal(errors.length, 1);
});

t.test('Spanish is read by the rules, and by the learned signal through its gloss', async (t) => {
  t.equal(readsAsSpanish('se rompió la manguera de la lavadora y sale agua por todos lados'), true);
  t.equal(readsAsSpanish('the water is pouring through my ceiling'), false);
  t.equal(readsAsSpanish('no heat and the baby is cold'), false);
  t.equal(readsAsSpanish('mi lavadora hace ruido pero funciona'), true, 'short Spanish with its everyday words ("hace", "pero", "funciona")');
  t.equal(readsAsSpanish('the pero sauce recipe'), false);
  t.equal((await signals.triage('se rompió la manguera de la lavadora y sale agua por todos lados')).emergency, true, 'the rules still read Spanish');
});

t.test('training is deterministic', async (t) => {
  // Small synthetic data: two clusters in 8 dimensions.
  const items: TuneItem[] = [];
  const vectors: Float64Array[] = [];
  for (let i = 0; i < 40; i++) {
    const pos = i % 2 === 0;
    items.push({ id: `x-${i}`, text: `item ${i}`, emergency: pos, category: pos ? (i % 4 === 0 ? 'gas' : 'water-escaping') : 'normal-routine' });
    vectors.push(roundVector(Array.from({ length: 8 }, (_, d) => (pos ? 1 : -1) * (d < 4 ? 0.4 : 0.1) + Math.sin(i * 7 + d) * 0.3)));
  }
  const eligible = items.map(() => true);
  const a = trainTriageModel(items, vectors, eligible);
  const b = trainTriageModel(items, vectors, eligible);
  t.same(a, b, 'the same data gives the same model');
  t.equal(renderWeightsFile(a, 'm'), renderWeightsFile(b, 'm'), 'and the same file');
  t.equal(new Set(Array.from({ length: 100 }, (_, i) => foldOf(`tr-${i}`))).size, 5, 'ids spread over the five folds');
  // With the businesses named, each business is one fold: the settings are chosen on trades the model has not seen.
  const named: TuneItem[] = ['plumbing', 'tree', 'plumbing', 'garage', 'tree'].map((group, i) => ({ id: `n-${i}`, text: 't', emergency: false, category: 'normal-routine', group }));
  t.same(foldsOf(named), [1, 2, 1, 0, 2], 'one fold per business, in name order');
  t.same(foldsOf(items), items.map((r) => foldOf(r.id)), 'without businesses: folds by id');
  t.ok(a.crossValidation.every((f) => f.precision >= 0 && f.recall <= 1));
  t.same(a.centroids.map((c) => c.hazard).sort(), [...new Set(a.centroids.map((c) => c.hazard))].sort());
  const m = trainLogistic(vectors, items.map((r) => (r.emergency ? 1 : 0)), { lambda: 1e-4, iterations: 200, learningRate: 4 });
  t.ok(m.weights[0]! > 0, 'learns the direction that separates the clusters');
});

t.test('the settings are chosen for the recall of rules + learned together', async (t) => {
  const f = (threshold: number, alone: [number, number], combined: [number, number]) => ({
    threshold, k: 7, quorum: 0.4, unanimous: 1, precision: alone[0], recall: alone[1], truePositives: 0, falsePositives: 0, falseNegatives: 0,
    combined: { precision: combined[0], recall: combined[1], truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  });
  const strict = f(0.9, [0.99, 0.4], [0.99, 0.85]);
  const looser = f(0.7, [0.96, 0.5], [0.97, 0.92]);
  const tooLoose = f(0.5, [0.96, 0.6], [COMBINED_TARGET_PRECISION - 0.01, 0.97]);
  const noisyAlone = f(0.55, [COMBINED_TARGET_PRECISION - 0.01, 0.62], [0.96, 0.95]);
  const cv = [strict, looser, tooLoose, noisyAlone];
  t.equal(chooseSettings(cv, true), looser, 'the most combined recall where both the combined and the learned precision meet the target');
  t.equal(chooseSettings(cv, false), strict, "the learned signal's own precision target (the earlier choice) picks the stricter setting");
  const tie = f(0.75, [0.97, 0.55], [0.975, 0.918]);
  t.equal(chooseSettings([looser, tie], true), tie, "combined recall within the tie margin: the learned signal's own recall decides");
  t.equal(chooseSettings([tooLoose, noisyAlone], true), undefined, 'nothing meets the target: no choice (the caller falls back)');
});

t.test('the committed model is a trained one', async (t) => {
  t.equal(TRIAGE_MODEL.weights.length, 512);
  t.ok(TRIAGE_MODEL.threshold >= 0.5 && TRIAGE_MODEL.threshold < 1);
  t.ok(TRIAGE_MODEL.centroids.length >= 10);
});

t.test('ordinary routine statements stay quiet, whatever the learned probability', async (t) => {
  // Written for this test (not from eval/data): everyday statements a visitor makes about small
  // trouble. Before the neighbour check and the exclusions below, the fuse read as fire (0.86).
  const rows = [
    'the fuse in the garage keeps blowing when I run the heater',
    "there's a brown mark on the bedroom ceiling from a previous leak",
    'the fridge drips a little water underneath, probably normal',
    'a few drops of water come from the washing machine door seal',
    'the water softener leaves a bit of water on the floor after it regenerates, seems normal',
    'the kettle trips the switch in the kitchen sometimes',
    'the bathroom tap is a bit loose on the sink',
    'the heated towel rail in the bathroom only gets lukewarm',
    'the car air con smells musty',
    'my gums bleed a little when I floss',
  ];
  for (const text of rows) {
    const r = await signals.triage(text);
    t.equal(r.emergency, false, `${text} (${r.matched.join('; ') || 'nothing matched'})`);
    t.not(r.priority, 'URGENT', text);
  }
  // A fuse or breaker that keeps going is loss of an essential service: HIGH, as the written rule says for a breaker.
  t.equal(triage('the fuse in the garage keeps blowing when I run the heater').priority, 'HIGH');
  t.equal(triage('the heater keeps tripping the rcd').priority, 'HIGH');
  // A trace of trouble that is over is not an emergency, and stays so when it is dry now (contained: HIGH).
  t.equal(triage('damp marks on the wall from an old flood').emergency, false);
  t.equal(triage('the old leak in the roof is dripping again onto the carpet').emergency, true, 'an old leak that is active again still counts');
});

t.test('the neighbour check: a confident regression counts only when the nearest tune messages agree', async (t) => {
  const present = 'the socket behind the fridge just went bang and there is black soot on the wall';
  const rules = triage(present);
  // The training script chooses the quorum by cross-validation (0: no neighbour check). With one, no agreeing neighbour vetoes a
  // confident regression; with none, the regression alone decides (the neighbours are then read only for the unanimous way in).
  if (TRIAGE_MODEL.quorum > 0) t.equal(combine(rules, present, { probability: 0.99, hazard: 'ELECTRICAL', agreement: 0 }).emergency, false, 'no neighbour is an emergency: vetoed');
  else t.equal(combine(rules, present, { probability: Math.max(TRIAGE_MODEL.threshold, 0.99), hazard: 'ELECTRICAL', agreement: 0 }).emergency, true, 'no quorum chosen: a confident regression counts alone');
  t.equal(combine(rules, present, { probability: 0.99, hazard: 'ELECTRICAL', agreement: 1 }).emergency, true, 'all neighbours are emergencies');
  t.equal(combine(rules, present, { probability: Math.min(TRIAGE_MODEL.threshold, TRIAGE_MODEL.unanimous) - 0.01, hazard: 'ELECTRICAL', agreement: 1 }).emergency, false, 'agreement alone raises nothing');
  if (TRIAGE_MODEL.unanimous < TRIAGE_MODEL.threshold) {
    const between = (TRIAGE_MODEL.unanimous + TRIAGE_MODEL.threshold) / 2;
    t.equal(combine(rules, present, { probability: between, hazard: 'ELECTRICAL', agreement: 1 }).emergency, true, 'below the threshold, every neighbour agreeing counts');
    t.equal(combine(rules, present, { probability: between, hazard: 'ELECTRICAL', agreement: 0.8 }).emergency, false, 'but not most of them');
  }
  // The real signal reads the committed bank when the regression fires.
  const [v] = await encoder.encode([learnedText(present)]);
  const s = learnedSignal(v!);
  t.ok(s.probability >= TRIAGE_MODEL.threshold, 'the regression fires');
  // (With no quorum chosen the bank is read only for the unanimous way in: below it, no agreement is read at all.)
  if (TRIAGE_MODEL.quorum > 0 || s.probability >= TRIAGE_MODEL.unanimous) t.ok(s.agreement !== undefined && s.agreement >= TRIAGE_MODEL.quorum, `its neighbours agree (${s.agreement})`);
  else t.equal(s.agreement, undefined, 'no quorum chosen: the neighbours are not read');
  const [quiet] = await encoder.encode(['what are your opening hours']);
  t.equal(learnedSignal(quiet!).agreement, undefined, 'below the threshold the bank is not read');
});

t.test('neighbour arithmetic', async (t) => {
  const rows = [quantize([0.1, 0, 0]), quantize([0.09, 0.02, 0]), quantize([0, 0.1, 0]), quantize([0, 0.09, 0.03]), quantize([-0.1, 0, 0])];
  const bank = decodeBank(encodeBank(rows), '11000', 3);
  t.same(Array.from(bank.vectors.slice(0, 3)), [102, 0, 0], 'components scaled into signed bytes');
  t.same(quantize([1, -1]), Int8Array.from([127, -127]), 'clipped');
  t.same(nearestLabels(bank, quantize([0.1, 0.01, 0]), 3), [1, 1, 0], 'nearest first');
  t.equal(agreement(bank, quantize([0.1, 0.01, 0]), 2), 1);
  t.equal(agreement(bank, quantize([0, 0.1, 0.01]), 2), 0);
  t.equal(agreement(bank, quantize([0.1, 0.01, 0]), 2, (row) => row < 2), 0, 'skipped rows are not neighbours');
  t.equal(agreement(decodeBank('', '', 3), quantize([0.1, 0, 0]), 3), 0, 'an empty bank agrees with nothing');
  // The committed bank: one label and 512 bytes per row.
  t.equal(TRIAGE_NEIGHBOURS.labels.length, TRIAGE_NEIGHBOURS.rows);
  t.equal(Buffer.from(TRIAGE_NEIGHBOURS.vectors, 'base64').length, TRIAGE_NEIGHBOURS.rows * 512);
  t.ok(TRIAGE_MODEL.k >= 1 && TRIAGE_MODEL.quorum >= 0 && TRIAGE_MODEL.quorum <= 1);
});

t.test('trouble that comes and goes, or only while something is in use, is left to the rules', async (t) => {
  const rows: Array<[string, boolean]> = [
    ['the drain smell in the laundry comes and goes', true],
    ['the dishwasher drips a little whenever we run it', true],
    ['the bath overflow gurgles now and then', true],
    ['the laundry room has turned into a paddling pool', false],
  ];
  for (const [text, excluded] of rows) t.equal(exclusionsOf(text).includes('intermittent'), excluded, text);
});

// QA (a piano tuner's guide): "my piano leg cracked and its leaning, my kids are around" was
// raised by the learned signal with the medical examples' hazard, and the visitor was told "Please
// call 911 now; this needs emergency medical help". Nobody was hurt.
t.test('a learned medical hazard needs a sign that someone is hurt; without one it is an emergency of no named kind', async (t) => {
  const signal = { probability: 0.95, hazard: 'MEDICAL' as const };
  for (const text of ['my piano leg cracked and its leaning, my kids are around', 'the bookcase is tipping over and the kids are in the room']) {
    const r = combine(triage(text), text, signal);
    t.equal(r.emergency, true, `${text}: still an emergency`);
    t.equal(r.hazard, 'STATED', `${text}: not medical`);
  }
  const hurt = 'my son is on the floor and not breathing right after the tank lid gave way';
  const rules = triage(hurt);
  if (!rules.emergency) t.equal(combine(rules, hurt, signal).hazard, 'MEDICAL', 'someone hurt: medical');
  else t.equal(rules.hazard, 'MEDICAL', 'the rules already say medical');
});
