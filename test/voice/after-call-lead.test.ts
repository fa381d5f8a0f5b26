import t from 'tap';
import { visitorWords } from '../../src/agent/format.js';
import { extractLead, summariseCall } from '../../src/voice/call-summary.js';

// The lead a call leaves when the agent captured none (realtime, Gather, transfer, voicemail):
// its issue reads as a chat lead's does, through the chat's own owner of "what the visitor
// said" (agent/format visitorWords), so a caller's greeting never becomes the problem.

t.test('the issue drops a leading greeting, as the chat path does', async (t) => {
  const said = 'Hi, this is Sam Park. Water is coming through the kitchen ceiling';
  const lead = extractLead([
    { role: 'assistant', text: 'Thanks for calling, how can I help?' },
    { role: 'user', text: said },
    { role: 'user', text: 'My number is 415 555 0134' },
  ]);
  t.equal(lead?.issue, visitorWords(said, 1000), 'the same words a chat lead would keep');
  // (QA, call:simulate: the owner read "this is Sam Park. My water heater makes a banging noise" as the problem.)
  t.equal(lead?.issue, 'Water is coming through the kitchen ceiling', 'the caller introducing themselves is not the problem either');
  t.equal(lead?.name, 'Sam Park', 'the name is still read from what was said');
  t.equal(lead?.phone, '+14155550134');
});

t.test('greetings of every form, and words that only look like one', async (t) => {
  const issue = (text: string) => extractLead([{ role: 'user', text }])?.issue;
  t.equal(issue('Good morning! My furnace stopped overnight'), 'My furnace stopped overnight');
  t.equal(issue('hey there, hello - the garage door is stuck open'), 'the garage door is stuck open');
  t.equal(issue('Highland Road drain is blocked'), 'Highland Road drain is blocked', 'a word starting with "hi" is kept');
  t.equal(issue('hello'), 'hello', 'a greeting alone stays as said');
  t.equal(issue('Hello, my name is Ana Ruiz, the dishwasher is leaking'), 'the dishwasher is leaking');
  t.equal(issue('this is urgent, the basement is flooding'), 'this is urgent, the basement is flooding', 'no name: kept');
  t.equal(issue('This is Sam Park'), 'This is Sam Park', 'an introduction alone stays as said');
});

t.test('the longest line is chosen on what remains after the greeting, and bounded', async (t) => {
  const lead = extractLead([
    { role: 'user', text: 'Hi hi hello, hey there, my tap drips' },
    { role: 'user', text: 'The boiler is leaking' },
  ]);
  t.equal(lead?.issue, 'The boiler is leaking', 'the greeting does not make a line the longest');
  t.equal(extractLead([{ role: 'user', text: `Hi ${'x'.repeat(2000)}` }])?.issue?.length, 1000);
  t.equal(extractLead([{ role: 'assistant', text: 'Hi' }]), undefined, 'nothing the caller said: no lead');
});

t.test('the summary quotes the first thing said that is more than a greeting, without its filler', async (t) => {
  const chat = { durationSec: 60, tools: {}, emergency: false, leadCaptured: false, interruptions: 0, channel: 'CHAT' as const };
  // (QA, a dentist's console: 'Visitor: "yeah hi my crown fell off yesterday"', and a chat opened
  // with "hi" was summarised 'Visitor: "hi" (+3 more)'.)
  t.match(summariseCall([{ role: 'user', text: 'yeah hi my crown fell off yesterday' }], chat), /^Chat of 60s\. Visitor: "my crown fell off yesterday"\. No lead captured\.$/);
  const opened = [
    { role: 'user' as const, text: 'hi' },
    { role: 'assistant' as const, text: 'Hi! Ask me a question.' },
    { role: 'user' as const, text: 'is anyone there??' },
    { role: 'user' as const, text: 'do you take new patients' },
    { role: 'user' as const, text: 'ok thanks' },
  ];
  t.match(summariseCall(opened, chat), /^Chat of 60s\. Visitor: "do you take new patients" \(\+1 more\)\./);
  t.match(summariseCall([{ role: 'user', text: 'hello' }], chat), /Visitor: "hello"\./, 'a greeting alone is quoted as said');
  // (A reader's finding: small talk after the greeting was quoted as the opening.)
  t.match(summariseCall([{ role: 'user', text: 'hi how are you' }, { role: 'user', text: 'yeah' }, { role: 'user', text: 'do you do crowns' }], chat), /Visitor: "do you do crowns"\./);
});
