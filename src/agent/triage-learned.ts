import type { SentenceEncoder } from '../ai/sentence-encoder.js';
import { exclusionsOf, learnedInput, triage, type Hazard, type Triage, type TriageOptions } from './triage.js';
import { TRIAGE_MODEL } from './triage-weights.js';
import { TRIAGE_NEIGHBOURS } from './triage-neighbours.js';
import { agreement, decodeBank, quantize } from './triage-knn.js';
import { readsAsSpanish, spanishGloss } from './triage-spanish.js';

// The learned half of emergency triage. The rules (triage.ts) enumerate wording and read whether
// something is happening now; this reads what a message is about: a logistic regression over the
// sentence encoder's vector of the message, trained by scripts/train-triage.ts on the tune split
// of eval/data/triage.jsonl only (weights in triage-weights.ts, regenerated deterministically).
//
// emergency = a rule hit, OR (the learned probability >= the cross-validated threshold AND its
// nearest tune messages agree (triage-knn.ts: a quorum of the k nearest are emergencies) AND none
// of the rules' exclusions fires: not negated, past, hypothetical, a question about what to do,
// figurative, a name, admin, deferred, contained, a product; and no hazard the rules found and
// discounted). The learned signal can only add an emergency the rules' wording missed; it never
// drops or overrides what the rules decided.
//
// The encoder (Universal Sentence Encoder lite) is English-trained: on the raw Spanish tune items it
// scored routine requests as emergencies. A Spanish message is read through its English gloss
// (triage-spanish.ts), with the exclusions of both readings (tri38: "my grandma is dizzy and its hot
// in here" was an emergency while "mi abuela esta mareada y hace mucho calor" was NORMAL, the
// Spanish never reaching the signal: the two languages must agree).

export interface LearnedSignal {
  /** Probability that the message reports an emergency now, by its meaning alone. */
  probability: number;
  /** The hazard whose tune examples the message is nearest to. */
  hazard: Hazard;
  /**
   * Share of the message's nearest tune messages that are emergencies (triage-knn.ts). Absent: no
   * neighbour check (a signal from elsewhere, e.g. a test); learnedSignal() always sets it.
   */
  agreement?: number;
}

/** The tune messages and routine clauses the neighbour check reads (static data, decoded once). */
const BANK = decodeBank(TRIAGE_NEIGHBOURS.vectors, TRIAGE_NEIGHBOURS.labels, TRIAGE_MODEL.weights.length);

/** Two or more Spanish function words ("el agua sale del techo"): the encoder reads its English gloss (triage-spanish.ts). */
export { readsAsSpanish };

/** Worth asking the encoder about: a statement of a few words (not a name, a number, a bare "yes"). */
export function worthReading(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3;
}

// A sound is a symptom, not a danger: with its sounds in, "the fridge is humming loudly" read
// as near the tune set's hissing gas (0.86). The signal reads a message with its sound words
// taken out, so a sound alone never makes an emergency, while "the socket went bang and there is
// black soot on the wall" still reads as one (the soot). Dangerous sounds (gas hissing at the
// meter, crackling at a socket, an alarm going off) are the rules' own.
const SOUND = /\b(?:noises?|noisy|sounds?|sounding|hum|hums|humming|buzz\w*|click\w*|rattl\w*|bang\w*|knock\w*|squeak\w*|squeal\w*|whin(?:e|es|ing)|grind\w*|gurgl\w*|tick\w*|beep\w*|whirr?\w*|vibrat\w*|clank\w*|thud\w*|loud\w*|hiss\w*|whistl\w*)\b/gi;

/** What the encoder reads of a message: the rules' plain input (in English: a Spanish message's gloss), its sound words taken out. */
export function learnedText(text: string): string {
  const input = learnedInput(text);
  return (readsAsSpanish(text) ? spanishGloss(input) : input).replace(SOUND, ' ').replace(/\s+/g, ' ').trim();
}

export function learnedProbability(vector: Float32Array): number {
  const w = TRIAGE_MODEL.weights;
  let z = TRIAGE_MODEL.bias;
  for (let i = 0; i < w.length; i++) z += w[i]! * (vector[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function nearestHazard(vector: Float32Array): Hazard {
  let best: Hazard = 'STATED';
  let bestScore = -Infinity;
  for (const c of TRIAGE_MODEL.centroids) {
    let s = 0;
    for (let i = 0; i < c.vector.length; i++) s += c.vector[i]! * (vector[i] ?? 0);
    if (s > bestScore) {
      bestScore = s;
      best = c.hazard;
    }
  }
  return best;
}

/** Share of the k nearest tune messages that are emergencies. */
export function neighbourAgreement(vector: Float32Array): number {
  return agreement(BANK, quantize(vector), TRIAGE_MODEL.k);
}

export function learnedSignal(vector: Float32Array): LearnedSignal {
  const probability = learnedProbability(vector);
  // The neighbours are read only when the regression fires (~1 ms); below the threshold they cannot change anything.
  const confirm = (TRIAGE_MODEL.quorum > 0 && probability >= TRIAGE_MODEL.threshold) || probability >= TRIAGE_MODEL.unanimous;
  return { probability, hazard: nearestHazard(vector), ...(confirm ? { agreement: neighbourAgreement(vector) } : {}) };
}

/**
 * The learned signal may judge this message: the rules found no emergency and no hazard they
 * discounted (negated, past, hypothetical, contained... stays discounted), no exclusion fires, and
 * it is a statement of a few words. One gate for the per-turn step and for combine().
 */
export function learnedMayJudge(rules: Triage, text: string): boolean {
  return !rules.emergency && rules.matched.length === 0 && rules.kind !== 'contained' && worthReading(text) && exclusionsOf(text).length === 0;
}

// Signs that someone is hurt or ill: without one, a message the learned signal places nearest the
// medical examples ("my piano leg cracked and it's leaning, my kids are around") is an emergency of
// no named kind, and is never told "call 911, this needs emergency medical help".
const SOMEONE_HURT =
  /\b(?:hurt|injur\w*|bleed\w*|blood\w*|unconscious|passed out|faint\w*|breath\w*|chest|poison\w*|swallow\w*|ate|eaten|drank|collaps\w*|seizures?|chok\w*|burn(?:ed|t|s)?|allerg\w*|swell\w*|swollen|broken? (?:his|her|my|their|a) \w+|fell|fallen|cut|stung|bit|bitten|sick|vomit\w*|dizzy|numb|pain|ambulance|911|hospital|vet)\b/i;

function raised(rules: Triage, signal: LearnedSignal, threshold: number, text: string): Triage {
  // A confident regression its neighbours confirm, or a less confident one every neighbour agrees with.
  const agreed = signal.agreement === undefined || signal.agreement >= TRIAGE_MODEL.quorum - 1e-9;
  const unanimous = signal.agreement !== undefined && signal.agreement >= 1 - 1e-9 && signal.probability >= TRIAGE_MODEL.unanimous;
  if (!((signal.probability >= threshold && agreed) || unanimous)) return rules;
  const hazard = signal.hazard === 'MEDICAL' && !SOMEONE_HURT.test(text) ? 'STATED' : signal.hazard;
  const label = `sounds like ${HAZARD_LABELS[hazard]}`;
  return { emergency: true, hazard, severity: signal.probability >= 0.9 ? 9 : 8, priority: 'URGENT', kind: 'emergency', matched: [label] };
}

/** The rules' result, raised to an emergency when the learned signal is confident and may judge the message. */
export function combine(rules: Triage, text: string, signal: LearnedSignal | null | undefined, threshold: number = TRIAGE_MODEL.threshold): Triage {
  return signal && learnedMayJudge(rules, text) ? raised(rules, signal, threshold, text) : rules;
}

const HAZARD_LABELS: Record<Hazard, string> = {
  GAS: 'gas',
  CARBON_MONOXIDE: 'carbon monoxide',
  FIRE: 'smoke or fire',
  MEDICAL: 'a medical emergency',
  ELECTRICAL: 'sparks or burning wiring',
  WATER_ELECTRICITY: 'water and electricity',
  WATER: 'water escaping',
  SEWAGE: 'sewage backing up',
  NO_HEAT: 'no heat with vulnerable people',
  VEHICLE: 'brakes failing',
  BIOHAZARD: 'a biohazard',
  STATED: 'an emergency',
  CUSTOM: 'an emergency',
};

export interface TriageSignals {
  /** The whole triage of one message: the rules, and the learned signal where it can add something. */
  triage(text: string, options?: TriageOptions): Promise<Triage>;
}

/**
 * The per-turn signals step: at most one encode per message, and only when the rules found no
 * emergency, no exclusion fires and the message is a statement of a few words (a
 * question about prices, a name or a phone number never reaches the encoder). When the encoder
 * fails, the rules decide alone: an emergency must never wait on it.
 */
export function createTriageSignals(deps: { encoder: SentenceEncoder; onError?: (err: unknown) => void }): TriageSignals {
  return {
    async triage(text, options = {}) {
      const rules = triage(text, options);
      if (!learnedMayJudge(rules, text)) return rules;
      try {
        const [vector] = await deps.encoder.encode([learnedText(text)]);
        return raised(rules, learnedSignal(vector!), TRIAGE_MODEL.threshold, text);
      } catch (err) {
        deps.onError?.(err);
        return rules;
      }
    },
  };
}
