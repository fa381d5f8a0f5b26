import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// QA on the demo business, the first thing anyone tries: casual questions a visitor types, with
// the reply they must get from its guide and its FAQ (local provider, no key).

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
const demo = await app.deps.db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();

const cases: Array<[question: string, reply: RegExp, not?: RegExp]> = [
  // "After that labour is $120 per hour" leans on the sentence before it; "by the hour" asks no opening hours.
  ['do you charge by the hour', /^Yes\. A standard call-out costs \$89, which includes the first 30 minutes of labour\. After that labour is \$120 per hour\.$/],
  ['whats your hourly rate', /^A standard call-out costs \$89, which includes the first 30 minutes of labour\. After that labour is \$120 per hour\.$/],
  ['how much per hour', /\$120 per hour/, /office is open/],
  // "free estimates" against the FAQ's "Quotes are free": said of the thing, not only before it.
  ['do u do free estimates', /^Yes\. Quotes are free for jobs in our service area\.$/],
  ['what are your hours', /Monday to Friday 8am to 6pm/],
  // A price asked about a problem: the price, never the burst-pipe instruction that shares "kitchen sink".
  ['my kitchen sink is draining slow, how much to fix it', /^Blocked drains are cleared with a motorised snake from \$149/, /pipe bursts/],
  // ("unclog" is not a word of the drains sentence: no price of its own, so an honest "I don't know".)
  ['how much to unclog a slow kitchen sink', /^I don't know that/, /pipe bursts/],
  ['my kitchen sink is draining slow, whats that gonna cost me', /^Blocked drains are cleared with a motorised snake from \$149/, /pipe bursts|Sorry to hear/],
  // The safety section still answers what it is for.
  ['what do i do if a pipe bursts', /^If a pipe bursts, turn off the main water shut-off valve/],
  ['where is the water shut off usually', /shut-off valve/],
  // QA 13: a service asked by its section's own name ("## Drain cleaning") is a yes, though the
  // sentence says "Blocked drains are cleared".
  ['do you guys do drain cleaning', /^Yes\. Blocked drains are cleared with a motorised snake from \$149/],
  // The area is where the business works, not a sentence that says "our service area" in passing.
  ['whats ur service area', /^We serve Springfield, Shelbyville, Ogdenville and every town within 25 miles/, /Emergency call-outs/],
  // The guide names no brand: a price sentence about water heaters is no answer to "what brands".
  ['what brands of water heater do you install', /^I don't know that/, /\$1,650/],
  // A licence number is not a phone number.
  ['whats your licence number', /licence PL-48213/],
];

for (const [question, reply, not] of cases) {
  t.test(question, async (t) => {
    const c = await agentChat(app.services.agent, demo.id);
    const r = await c.say(question);
    t.match(r.reply, reply);
    if (not) t.notMatch(r.reply, not);
  });
}
