import t from 'tap';
import { chunkDocument, htmlToText } from '../../src/knowledge/chunker.js';
import { splitSentences } from '../../src/knowledge/sentences.js';

// Chunks are labelled with their OWN section (the old chunker carried the first section's heading
// into every later chunk), tables stay whole with their header, and sentences split where a
// sentence really ends: not after "Dr.", "e.g.", "A.O.", nor inside "4.5%" or "$89.50".

const doc = `# Acme Plumbing handbook
Intro about the company.

## Prices
| Service | Price |
| --- | --- |
| Call-out | $89.50 |
| Drain cleaning | $169 |

## Opening hours
Monday to Friday 8am to 6pm.

## Emergencies
### Gas
If you smell gas, leave the house and call the gas company.
### Burst pipe
Turn off the main valve.

# Payment
We take cards.`;

t.test('every chunk carries its own section path, never an earlier one', async (t) => {
  const chunks = chunkDocument({ title: 'Handbook', content: doc, source: 'MARKDOWN' });
  const by = (needle: string) => chunks.find((c) => c.content.includes(needle));
  t.equal(by('Intro about')?.heading, 'Acme Plumbing handbook');
  t.equal(by('| Call-out |')?.heading, 'Acme Plumbing handbook > Prices');
  t.equal(by('Monday to Friday')?.heading, 'Acme Plumbing handbook > Opening hours');
  t.equal(by('smell gas')?.heading, 'Acme Plumbing handbook > Emergencies > Gas');
  t.equal(by('main valve')?.heading, 'Acme Plumbing handbook > Emergencies > Burst pipe');
  t.equal(by('We take cards')?.heading, 'Payment', 'a new top-level heading resets the path');
  t.notOk(chunks.some((c) => c.content.includes('smell gas') && c.content.includes('Monday')), 'sections are not mixed in one chunk');
  t.same(
    chunks.map((c) => c.ordinal),
    chunks.map((_, i) => i),
  );
});

t.test('a long section is split, each part keeps the section heading; a long table repeats its header', async (t) => {
  const long = `# Policies\n## Cancellations\n${Array.from({ length: 60 }, (_, i) => `Rule number ${i} says something about cancelling an appointment in good time.`).join(' ')}\n\n## Rates\n| Item | Price |\n| --- | --- |\n${Array.from({ length: 80 }, (_, i) => `| Item ${i} | $${i}.50 |`).join('\n')}`;
  const chunks = chunkDocument({ title: 'P', content: long, source: 'MARKDOWN' }, { targetTokens: 120, maxTokens: 160 });
  const cancel = chunks.filter((c) => c.content.includes('Rule number'));
  const rates = chunks.filter((c) => c.content.includes('| Item '));
  t.ok(cancel.length > 1 && rates.length > 1, `split: ${cancel.length} + ${rates.length}`);
  t.ok(cancel.every((c) => c.heading === 'Policies > Cancellations'));
  t.ok(rates.every((c) => c.heading === 'Policies > Rates' && c.content.startsWith('| Item | Price |')), 'every part of the table has its header');
  t.ok(rates.some((c) => c.content.includes('| Item 79 | $79.50 |')));
});

t.test('HTML headings become sections', async (t) => {
  const chunks = chunkDocument({ title: 'H', content: '<h1>About</h1><p>We fix pipes.</p><h2>Hours</h2><p>Open 9 to 5.</p>', source: 'HTML' });
  t.equal(chunks.find((c) => c.content.includes('Open 9'))?.heading, 'About > Hours');
  t.notMatch(htmlToText('<p>a &amp; b</p>'), /&amp;/);
});

t.test('sentence splitting keeps abbreviations, initials, decimals and prices', async (t) => {
  const cases: Array<[string, string[]]> = [
    ['We install A.O. Smith and Rheem heaters. A new one costs $1,850.', ['We install A.O. Smith and Rheem heaters.', 'A new one costs $1,850.']],
    ['Financing at 4.5% APR. Calls cost $89.50 each.', ['Financing at 4.5% APR.', 'Calls cost $89.50 each.']],
    ['Dr. Priya Nair, DPT, leads the team. Ask Mrs. Hayes at the desk!', ['Dr. Priya Nair, DPT, leads the team.', 'Ask Mrs. Hayes at the desk!']],
    ['We serve offices, e.g. restaurants and shops. Visit 88 Harbor St., Suite 4.', ['We serve offices, e.g. restaurants and shops.', 'Visit 88 Harbor St., Suite 4.']],
    ['Certified by the U.S. EPA program. It is approx. 4 hours of work.', ['Certified by the U.S. EPA program.', 'It is approx. 4 hours of work.']],
    ['We accept Medicare Part B. We do not accept Medicaid.', ['We accept Medicare Part B.', 'We do not accept Medicaid.']],
    ['Nothing heavier than 50 lbs. Cleaners do not climb ladders.', ['Nothing heavier than 50 lbs.', 'Cleaners do not climb ladders.']],
    ['Is it urgent? Call us.\nA new line is a new sentence', ['Is it urgent?', 'Call us.', 'A new line is a new sentence']],
  ];
  for (const [text, want] of cases) t.same(splitSentences(text), want, text);
});

t.test('a long list is cut between its lines: an item is never split across chunks, and keeps its line', async (t) => {
  const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. Service number ${i + 1}: first part costs $${100 + i}. Second part of item ${i + 1} costs $${200 + i}, minimum $${300 + i}. ${'More words about it. '.repeat(3)}`);
  const chunks = chunkDocument({ title: 'Guide', content: `# Prices\n${items.join('\n')}`, source: 'MARKDOWN' }, { targetTokens: 120, maxTokens: 160 });
  t.ok(chunks.length > 1, 'the list is long enough to be cut');
  for (const [i, item] of items.entries()) {
    const holding = chunks.filter((c) => c.content.split('\n').map((l) => l.trim()).includes(item.trim()));
    t.ok(holding.length >= 1, `item ${i + 1} is whole on a line of its own in a chunk`);
  }
  // An over-long single line is still cut by sentences, in order.
  const long = Array.from({ length: 60 }, (_, i) => `Sentence ${i} is here.`).join(' ');
  const parts = chunkDocument({ title: 'G', content: `# A\nshort line\n${long}\nlast line`, source: 'MARKDOWN' }, { targetTokens: 100, maxTokens: 120 });
  const text = parts.map((c) => c.content).join('\n');
  t.ok(text.indexOf('short line') < text.indexOf('Sentence 0 is') && text.indexOf('Sentence 59 is') < text.indexOf('last line'), 'order kept');
});
