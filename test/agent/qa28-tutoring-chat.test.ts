import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 28 QA: a tutoring center (its page as knowledge: test/fixtures/guides/brightpath-tutoring.md)
// chatted with as parents write.
// - "hi my son is in 10th grade and struggling w chemistry, do u help with that" got "I don't know":
//   the son and his grade, told, weighed as much as the chemistry asked about.
// - "do u do college calc" got "Yes. Math (through calculus) ... We do not tutor college courses".

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const businessId = await businessWithGuide(app, { name: 'Brightpath Tutoring', guide: 'brightpath-tutoring.md', trade: 'OTHER', remoteAddress: '10.0.28.2' });
const first = async (text: string) => (await (await agentChat(app.services.agent, businessId)).say(text)).reply;

t.test('whom the help is for, told, is not what is asked', async (t) => {
  for (const text of [
    'hi my son is in 10th grade and struggling w chemistry, do u help with that',
    'my daughter is in 7th grade and struggling with chemistry, can you help with that?',
  ]) {
    t.match(await first(text), /^Yes\. Math \(through calculus\), reading and writing, chemistry/, text);
  }
});

t.test('a part that denies a word of the subject is the no', async (t) => {
  t.match(await first('do u do college calc'), /^No\..*We do not tutor college courses/);
  t.match(await first('do you tutor calculus'), /^Yes\. Math \(through calculus\)/, 'what the lead part says alone stays a yes');
  t.notMatch(await first('do you tutor calculus'), /college/, 'with no word of the denied part');
});
