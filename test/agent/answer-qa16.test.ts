import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { unnamedPayment } from '../../src/agent/answer-payment.js';
import { DEMO_KNOWLEDGE } from '../../src/seed/demo.js';

// Session 16 QA on the demo business, typed as visitors type: a hedge on a price question
// ("how much roughly", "a ballpark for") got "I don't know"; "do you offer payment plans" got the
// ways of paying with a "Yes." in front; "can i pay in installments" got "I'm not sure about
// Monthly Payments" (the rewrite of "installments" read as a way of paying the guide never names);
// "cheapest" and "unblock" found nothing although the guide prices blocked drains.

const { hits, vocabulary } = knowledgeOf('Demo Plumbing', DEMO_KNOWLEDGE.map((k) => k.content).join('\n\n'));
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('a hedge on a price question still asks the price', async (t) => {
  for (const q of [
    'how much roughly for a new water heater',
    'how much is a tankless water heater roughly',
    'how much approx for a tankless',
    'ballpark for a tankless water heater',
    'give me a rough idea of the cost of a tankless',
    'whats the price more or less for a tankless water heater',
  ]) t.match(ask(q), /tankless units from \$2,900/, q);
  // The hedge adds nothing: a service the guide does not name stays unknown.
  t.equal(ask('how much roughly for a swimming pool heater'), null);
});

t.test('paying over time is financing, not a way of paying', async (t) => {
  for (const q of ['do you offer payment plans', 'can i pay in installments', 'can i pay it off over time', 'is there a way to spread the cost']) {
    t.match(ask(q), /Financing is available for jobs over \$1,000/, q);
    t.notMatch(ask(q) ?? '', /We accept credit cards/, q);
  }
  for (const q of ['can i pay in installments', 'can i pay in monthly payments', 'can we pay with a payment plan']) t.equal(unnamedPayment(q, vocabulary), null, q);
  // A way of paying the guide never names is still said back.
  t.equal(unnamedPayment('can i pay with venmo', vocabulary), 'venmo');
});

t.test('"cheapest" asks the price and "unblock" is clearing a blockage', async (t) => {
  for (const q of ['whats the cheapest option for a clogged drain', 'whats the cheapest for a blocked drain', 'do you unblock drains']) t.match(ask(q), /Blocked drains are cleared with a motorised snake from \$149/, q);
  t.match(ask('do you unblock drains'), /^Yes\. /);
});
