import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { readIntent } from '../../src/agent/read-intent.js';
import { subjectOf, withEarlierSubject } from '../../src/agent/follow-up.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 17 QA: a second sentence that answers nothing asked, the words people use for an outdoor
// faucet and a call-out, a "how much" after a problem and a callback request, questions that read
// like visits, and a bill's lead that asked for a visit time.

const DETAIL = `# Shine Mobile Detailing

## Detailing packages
Full detail: $199 for cars, inside and out, about 4 hours.
Express detail: $89 for a wash, wax and vacuum; trucks and large SUVs add $20.
Interior only: $129.

## Area
We come to you anywhere in Lakeview.
`;

const PLUMBER = `# Riverside Plumbing

## Services
We fix leaking faucets, running toilets and blocked drains. Outdoor faucet repair or replacement is $145.
Water heater repair starts at $180; a new 50-gallon tank heater installed is $1,850.
We flush tank heaters for $139.

## Call-out fee
Our call-out fee is $79, which covers the trip and the first 30 minutes.

## Payment
We take cash and cards.
`;

const detail = knowledgeOf('Shine Mobile Detailing', DETAIL);
const plumber = knowledgeOf('Riverside Plumbing', PLUMBER);
const ask = (k: typeof detail, q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank })?.text;

t.test('a second sentence about another kind of the thing answered is not appended ("full detail" then "Express detail")', async (t) => {
  for (const q of ['can you do a full detail on a truck', 'how much is a full detail for a truck', 'do you do full details on trucks']) {
    const a = ask(detail, q);
    t.match(a, /Full detail: \$199/, q);
    t.notMatch(a, /Express/, q);
  }
  // Two things asked by name are both answered.
  t.match(ask(detail, 'how much is an express detail and an interior only'), /Express detail: \$89.*Interior only: \$129/);
});

t.test('once the price is given, a sentence found only by the state of the visitor\'s thing ("leaking") is not appended', async (t) => {
  t.equal(ask(plumber, 'my spigot is leaking how much to fix'), 'Outdoor faucet repair or replacement is $145.');
  t.equal(ask(plumber, 'how much will it cost (water heater leaking)'), 'Water heater repair starts at $180; a new 50-gallon tank heater installed is $1,850.');
  // A question about the state itself still gets the sentence that says it.
  t.match(ask(plumber, 'do you fix leaking faucets'), /^Yes\. We fix leaking faucets/);
});

t.test('an outdoor faucet by its other names: outside tap, hose bib, spigot, sillcock, garden tap', async (t) => {
  for (const q of ['do you fix outside taps', 'do you repair outside taps', 'can you replace a hose bib', 'my hose bib is leaking, how much to fix', 'do you fix garden taps', 'how much to replace a sillcock']) {
    t.match(ask(plumber, q), /Outdoor faucet repair or replacement is \$145/, q);
  }
});

t.test('"just to show up", "for showing up": the call-out fee', async (t) => {
  for (const q of ['is there a fee just to show up', 'how much is it to show up', 'how much do you charge for showing up']) t.match(ask(plumber, q), /call-out fee is \$79/, q);
});

t.test('a callback request names no subject: a later "how much" is about the problem told before it', async (t) => {
  t.equal(subjectOf('can someone call me back'), null);
  t.equal(subjectOf('can you get in touch with me'), null);
  let topic: string | null = null;
  const said: string[] = [];
  for (const m of ['my water heater is leaking', 'can someone call me back', 'how much will it cost']) {
    said.push(withEarlierSubject(m, topic));
    topic = subjectOf(m) ?? topic;
  }
  t.equal(said[2], 'how much will it cost (water heater leaking)');
  t.match(ask(plumber, said[2]!), /^Water heater repair starts at \$180/);
});

t.test('a question about the visitor\'s own party coming, or about a distance, is no request for a visit', async (t) => {
  for (const q of ['can my dog come to the photoshoot', 'can my husband come to the appointment', 'can our kids come along', 'can you come to a job 40 miles away', 'can you come out to a farm 50 miles out']) {
    t.match(readIntent(q), { question: true, wantsService: false }, q);
  }
  // Visits asked for stay requests.
  for (const q of ['can you come to my house tomorrow', 'can someone come to the house', 'we are 20 miles away can someone come today']) t.equal(readIntent(q).wantsService, true, q);
});

t.test('a request about the visitor\'s account (a bill, a refund) asks no visit time; a job still does', async (t) => {
  for (const q of ['i have a problem with my invoice', 'can someone call me back about a refund', 'can someone call me about my bill']) t.equal(readIntent(q).offSite, true, q);
  for (const q of ['my gas bill is high, can you check my boiler', 'can someone come out to fix my sink']) t.notOk(readIntent(q).offSite, q);
  const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
  const demo = await app.deps.db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();
  const persona: Array<[RegExp, string]> = [
    [/name/i, 'Alex Morgan'],
    [/phone/i, '415-555-2671'],
    [/e-mail/i, 'skip'],
    [/address/i, '12 Oak Street'],
    [/problem/i, 'the sink is clogged'],
    [/when would suit/i, 'any weekday morning'],
  ];
  const run = async (first: string) => {
    const c = await agentChat(app.services.agent, demo.id);
    const replies = [(await c.say(first)).reply];
    for (let i = 0; i < 8; i++) {
      const last = replies.at(-1)!;
      const next = persona.find(([re]) => re.test(last.split(/(?<=[.!])\s+/).pop() ?? ''));
      if (!next) break;
      const r = await c.say(next[1]);
      replies.push(r.reply);
      if (r.lead) break;
    }
    return replies;
  };
  const billing = await run('i have a problem with my invoice');
  t.notOk(billing.some((r) => /when would suit you for a visit/i.test(r)), 'no visit time for a bill');
  t.match(billing.at(-1), /team/i, 'the request reached the team');
  const job = await run('my kitchen sink is clogged, can someone come out');
  t.ok(job.some((r) => /when would suit you for a visit/i.test(r)), 'a job on site still asks when');
});
