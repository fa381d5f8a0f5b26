import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Session 21: the first run on a blind batch (a basement waterproofing company and a commercial
// refrigeration company) missed Spanish messages about a basement wall bending in with loud cracks,
// a worker shut in the cold room, a sweet chemical smell with a dizzy employee. Our own wording, not
// the batch's. (Its warm walk-ins full of stock, labelled URGENT there, stay HIGH here: a failed
// cooler is a lost service, as the earlier probes and eval batches label it.)

const tables: Record<string, TriageRow[]> = {
  // (After the retrain on the blind batch, the learned signal called a dripping tap an emergency and no longer caught a
  // bottle of pills: both are said by the rules now.)
  'too many pills taken is swallowing a poison; a tap that drips is routine': [
    ['she took a whole bottle of pills', true, 'URGENT', 'MEDICAL'],
    ['my dad took all of his heart meds at once by mistake', true, 'URGENT', 'MEDICAL'],
    ['The kitchen tap drips constantly', false, 'NORMAL'],
    ['bathroom faucet keeps dripping at night, can you replace the washer', false, 'NORMAL'],
    ['water is dripping from the ceiling around the light', true, 'URGENT', 'WATER_ELECTRICITY'],
  ],
  'a wall bending or bowing in while it cracks is giving way; a little bow or a hairline crack is not': [
    ['the basement wall is bending inward and making loud cracking sounds', true, 'URGENT', 'STATED'],
    ['garage wall is bowing in and cracking as we speak', true, 'URGENT', 'STATED'],
    ['the basement wall is bowing in a little, hairline cracks, want a quote', false, 'NORMAL'],
    ['theres a hairline crack in the foundation, can someone look next week', false, 'NORMAL'],
  ],
  'Spanish: a wall bending in with loud cracks, someone shut in the cold room, a chemical smell making a worker dizzy': [
    ['la pared del garaje se está doblando hacia adentro y se oyen crujidos', true, 'URGENT', 'STATED'],
    ['mi compañero se quedó encerrado en la cámara fría y no puede salir', true, 'URGENT', 'MEDICAL'],
    ['hay olor químico en la bodega y una empleada se mareó', true, 'URGENT'],
    ['la pared del sótano tiene una grieta pequeña, quiero una cotización', false, 'NORMAL'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

checkTriageTables(t, tables, (text) => signals.triage(text));
