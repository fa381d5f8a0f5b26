import t from 'tap';
import { spokenText } from '../../src/voice/speech.js';

// What the Gather loop's <Say> reads out: the chat's reply rewritten for a speech engine, the
// same facts, no symbol read aloud.

t.test('table rows, ranges and units said as a person says them', async (t) => {
  const cases: Array<[string, string]> = [
    ['Service call (first hour included) — Price: $95.', 'Service call, first hour included, Price: $95.'],
    ['Panel upgrade (200 amp) — Price: $2,400 - $3,200.', 'Panel upgrade, 200 amp, Price: $2,400 to $3,200.'],
    // (QA: "No. Saturday and Sunday, Hours: Closed." was read out to "are you open on weekends".)
    ['Monday - Friday — Hours: 7:30 AM - 5:00 PM. Sunday — Hours: Closed.', 'Monday to Friday: 7:30 AM to 5:00 PM. Closed Sunday.'],
    ['No. Saturday and Sunday — Hours: Closed.', 'No. Closed Saturday and Sunday.'],
    ['Sunday (shop only) — Opening hours: 10:00 am to 2:00 pm.', 'Sunday, shop only: 10:00 am to 2:00 pm.'],
    ['We are open Mon-Fri 8am-5pm.', 'We are open Monday to Friday 8am to 5pm.'],
    ['Additional labor — Price: $110/hour.', 'Additional labor, Price: $110 per hour.'],
    ['We usually schedule within 1-2 business days.', 'We usually schedule within 1 to 2 business days.'],
    ['| Sunday | Closed |', 'Sunday, Closed.'],
  ];
  for (const [chat, heard] of cases) t.equal(spokenText(chat), heard, chat);
});

t.test('telephone numbers and dates keep their digits; links say their site', async (t) => {
  t.equal(spokenText('Emergency calls are answered 24/7 at (512) 555-0188.'), 'Emergency calls are answered 24 7 at 512-555-0188.');
  t.equal(spokenText('Call 1-800-959-5325 or 555-0142 from outside.'), 'Call 1-800-959-5325 or 555-0142 from outside.');
  t.equal(spokenText('Closed on 2026-12-25.'), 'Closed on 2026-12-25.');
  t.equal(spokenText('Book online at https://www.brightline.example/book?x=1 or call us.'), 'Book online at brightline.example or call us.');
  t.equal(spokenText('See [our prices](https://brightline.example/prices).'), 'See our prices.');
  t.equal(spokenText('Write to dana_ortiz@brightline.example.'), 'Write to dana_ortiz@brightline.example.', 'an e-mail address is kept whole');
});

t.test('Markdown and lines become plain sentences', async (t) => {
  t.equal(spokenText('**Prices:**\n- Service call: $95\n- Fan install: $225\n\nWhat is your name?'), 'Prices: Service call: $95. Fan install: $225. What is your name?');
  t.equal(spokenText('## Hours\n\n1. Weekdays 8 to 5\n2. Saturday 9 to 1'), 'Hours. Weekdays 8 to 5. Saturday 9 to 1.');
  t.equal(spokenText('Plain words stay as they are, don\'t they?'), "Plain words stay as they are, don't they?");
});

t.test('a size is said by its sides, and a word that starts like a day is no range (storage QA)', async (t) => {
  // (A caller asking "how much is a ten by ten unit" heard "Climate-controlled 10x10 to Monthly price: $159".)
  t.equal(spokenText('Large — Size: 10x10; Monthly price: $119. Climate-controlled 10x10 — Monthly price: $159.'), 'Large, Size: 10 by 10; Monthly price: $119. Climate-controlled 10 by 10, Monthly price: $159.');
  t.equal(spokenText('Suite 4 — Sundance Plaza'), 'Suite 4, Sundance Plaza.');
  t.equal(spokenText('Mon — Fri'), 'Monday to Friday', 'a day said alone is still one end of a range');
});

t.test("a decimal's point keeps the space before it (paintball QA on the phone)", async (t) => {
  // (The caller heard "Low-impact.50 cal marker".)
  t.match(spokenText('Low-impact package — What you get: Low-impact .50 cal marker, full mask.'), /Low-impact \.50 cal marker/);
  t.equal(spokenText('We close at 5 .'), 'We close at 5.', 'a stray space before a full stop still goes');
});
