import t from 'tap';
import { asksForPerson } from '../../src/agent/lead-messages.js';

// QA 34: a child care center's caller said "can I speak to the director please" and heard "I don't
// know that, but I can have someone get back to you": only a few words for the team counted as
// asking for a person. A role or a person of the business asked for by name counts too.

t.test('asking for a role or a person of the business', async (t) => {
  for (const text of [
    'can I speak to the director please',
    'could i talk with the front desk',
    'may i speak to dr patel',
    'can i speak with the office manager',
    'can i talk to the property manager about my lease',
    'can I speak to Maria',
    'could I speak with Sarah Jones please',
    'can i talk to someone in the billing department',
    'can i talk to a real person',
  ]) t.ok(asksForPerson(text), text);
});

t.test('not asking for anyone', async (t) => {
  for (const text of [
    'can i speak to you in spanish',
    'do you talk to the insurance company for me',
    'how much is a tour',
    'can i talk about my options',
    'my daughter can speak to her teacher about it',
    'can i talk to the teachers at drop off',
    'can i speak to the teacher in person at pickup or do i need an appointment',
  ]) t.notOk(asksForPerson(text), text);
});
