import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { chargeUnanswered, saysFreeOfCharge } from '../../src/agent/answer-unanswered.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 24 (never invent): the general causes behind the probes of answer-probes-inv24, each on a
// guide of our own, each failing without its fix.

const guide = (title: string, text: string) => {
  const k = knowledgeOf(title, text);
  return (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, business: title })?.text ?? null;
};

const BIKES = `# Repairs
A basic tune-up is $75. We quote before we start any work over $50, and we never start work you have not approved.

# Pickup
We pick up and drop off bikes within 8 km for $25 each way, free on orders over $200.`;

t.test('a figure that is only a bound ("any work over $50") says nothing of paying', async (t) => {
  const ask = guide('Spoke Cycles', BIKES);
  // (Got "Yes. We quote before we start any work over $50 ...": the quote's price is never said.)
  t.equal(ask('do you charge for the estimate'), null);
  t.equal(chargeUnanswered('do you charge for the estimate', 'We quote before we start any work over $50.'), true);
  t.equal(chargeUnanswered('do you charge for pickup', 'We pick up bikes for $25 each way.'), false);
  // (A share or a deposit, beside a bound, is still a charge said: "Orders for special parts over $300 need a 50% deposit".)
  t.equal(chargeUnanswered('do i have to pay a deposit on parts', 'Orders for special parts over $300 need a 50% deposit.'), false);
  t.equal(chargeUnanswered('do i have to pay for parts', 'Orders for special parts over $300 need a 50% down payment.'), false);
  // A price said, free only in a case: whether it costs is a yes (got "No. ... for $25 each way, free on orders over $200").
  t.match(ask('do you charge for pickup'), /^Yes\. We pick up and drop off bikes within 8 km for \$25 each way/);
  // (Free and no price said, or only a bound: still a no.)
  t.equal(saysFreeOfCharge('do you charge for delivery', 'Delivery is free on orders over $100.'), true);
  t.equal(saysFreeOfCharge('do you charge for delivery', 'Delivery is $10, free on orders over $100.'), false);
});

const LAWN = `# Spring
Sod goes in from late April: $1.45 per square foot installed, with a 500 square foot minimum, including removing the old turf. We turn your sprinkler system back on and check every zone for $75.

# Summer
Hedge trimming starts at $120, and we trim ornamental trees up to 15 feet; anything taller goes to our partner arborist.

# Irrigation
We install new sprinkler and drip systems with Hunter heads. A new system costs from $450 per zone. Repairs are $85 for the service call, then $70 per hour plus parts.`;

t.test('the job said of another thing is no yes to it ("tree removal" -> "removing the old turf")', async (t) => {
  const ask = guide('Greenway Lawn', LAWN);
  // (Got "Yes. Sod goes in ... removing the old turf ... we trim ornamental trees ...".)
  t.equal(ask('do you do tree removal'), null);
  // The thing said in the unit's own section is its own: the irrigation section's repairs are the sprinklers'.
  t.match(ask('do you do sprinkler repair'), /^Yes\. Repairs are \$85/);
  t.match(ask('do you do hedge trimming'), /^Yes\. Hedge trimming starts at \$120/);
  // Only a job said of another thing: in "fix my FLAT tire" the tire is the thing, "flat" its state.
  const tow = guide('Route 9 Towing', `# Roadside\n- **Flat rate towing up to 100 miles:** $325\n\n# Tires\n- **Tire change (onto your own spare):** $70; we do not repair tires or sell tires`);
  t.match(tow('can you fix my flat tire'), /we do not repair tires/);
});

const RV = `# What we fix
- **Slide-outs:** adjustments, motors, cables, seals and wipers.
- **Awnings:** manual and electric awnings, fabric replacement, arms and motors.
- **Propane systems:** a worn regulator or hose is replaced on the spot.

## Price list
| Service | Price |
| --- | --- |
| Roof inspection | $95 |
| Slide-out adjustment | $165 |
| Awning fabric replacement | from $650 |
| Generator service | $175 |`;

t.test('a price for a job on a thing is that job\'s on that thing, not a row beside it', async (t) => {
  const ask = guide('Trailhead RV', RV);
  // (Got "Slide-outs: adjustments, motors ... Slide-out adjustment — Price: $165.", and with the
  // hyphen the row first: the motor's replacement is never priced.)
  t.equal(ask('how much to replace a slide out motor'), null);
  t.equal(ask('how much to replace a slide-out motor'), null);
  // (The rows of the job asked still answer.)
  t.match(ask('how much is a slide out adjustment'), /Slide-out adjustment — Price: \$165/);
  t.match(ask('how much to replace awning fabric'), /Awning fabric replacement — Price: from \$650/);
  t.match(ask('how much to service my generator'), /Generator service — Price: \$175/);
});
