import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Session 21: the first run on a blind batch (a basement waterproofing company and a commercial
// refrigeration company) missed a business's stock warming in a failing walk-in or freezer, and
// Spanish messages about a basement wall bending in with loud cracks, a worker shut in the cold
// room, a sweet chemical smell with a dizzy employee. Our own wording, not the batch's.

const tables: Record<string, TriageRow[]> = {
  "a business's stock warming in a failing walk-in or freezer is property spoiling now; a home freezer, a reading a little warm, a past failure or food already moved is not": [
    ['the walk in is at 50 and still rising and its packed with tomorrows catering order', true, 'URGENT', 'STATED'],
    ['our walk-in freezer died and everything is thawing, we open in two hours', true, 'URGENT', 'STATED'],
    ['uh yeah the freezer in the back quit and theres like 6 grand of product in there thawing', true, 'URGENT', 'STATED'],
    ['butcher shop here, the cold room temp is climbing fast, 48 now', true, 'URGENT', 'STATED'],
    ['our deep freezer at home stopped working and the ice cream is melting', false, 'HIGH'],
    ['the reach in reads 42, a bit warm, can someone come today', false, 'HIGH'],
    ['a month ago our walk in died and we lost stock, we want a maintenance contract now', false, 'NORMAL'],
    ['walk in hit 46 but we moved everything to the other cooler, need a tech this afternoon', false, 'HIGH'],
    ['what do we do if the walk in dies on a sunday', false, 'LOW'],
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
