import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { paymentAnswer, paymentInstead, unnamedPayment } from '../../src/agent/answer-payment.js';

// QA as visitors of two new businesses: a bike shop whose "express service" made "do u take amex"
// look named (the casual reading says "amex american express"), so the visitor got "I don't know";
// a tutoring centre that takes "E-transfer" told "can i pay with etransfer" "I'm not sure about
// Etransfer. E-transfer, credit card or cash."

const bikes = knowledgeOf('Bike shop', `# Spoke & Chain
## Turnaround
Need it faster? Our express service ($30 extra) gets it done the next business day.
## Payment
We take cash, debit, Visa, Mastercard and Apple Pay. No cheques.`);
const tutor = knowledgeOf('Tutoring', `**How do I pay?**
E-transfer, credit card or cash. Payment is due at the start of each package.`);

t.test('a way of paying is named by the words that say which way, not by a word it shares', async (t) => {
  const rows: Array<[string, string | null]> = [
    ['do u take amex', 'amex'],
    ['do you take american express', 'american express'],
    ['can i pay with venmo', 'venmo'],
    ['can i pay with apple pay', null],
    ['do you take visa', null],
    ['do you take credit cards', null],
    ['can i pay by card', null],
  ];
  for (const [q, want] of rows) t.equal(unnamedPayment(q, bikes.vocabulary), want, q);
  t.equal(paymentAnswer('amex', bikes.hits)?.text, "I'm not sure about Amex. We take cash, debit, Visa, Mastercard and Apple Pay. No cheques.");
  t.match(paymentInstead('do you take credit cards', null, bikes.hits)?.text, /^Yes\. We take cash, debit, Visa, Mastercard/, 'card brands are credit cards');
});

t.test('a word written with a hyphen is the same way of paying without it', async (t) => {
  for (const q of ['can i pay with etransfer', 'can i pay by e transfer', 'do you take e-transfer']) t.equal(unnamedPayment(q, tutor.vocabulary), null, q);
  t.equal(unnamedPayment('do you take zelle', tutor.vocabulary), 'zelle');
});
