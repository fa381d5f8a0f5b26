import t from 'tap';
import { detectEmergency } from '../../src/agent/emergency.js';
import { detectPriority } from '../../src/agent/priority.js';
import { extractAddress, extractEmail, extractName, extractPhone, extractWhen, isSkip, validateAnswer } from '../../src/agent/validate.js';
import { chunkDocument, htmlToText } from '../../src/knowledge/chunker.js';

t.test('emergency detection: hazards on word boundaries, negation, business keywords', async (t) => {
  // The rule (issue 12): an emergency is an active risk right now. A small leak, no heat or no hot
  // water on their own are time-sensitive (HIGH), not emergencies; see test/agent/triage.test.ts.
  const cases: Array<[string, boolean, number?]> = [
    ['my pipe burst and the basement is flooding', true, 9],
    ['I smell gas in the kitchen', true, 10],
    ['there is a gas smell near the boiler', true, 10],
    ['the toilet is overflowing', true, 9],
    ['EMERGENCY please help', true, 8],
    ['it is not an emergency, just a dripping tap', false],
    ["it's not urgent, whenever works", false],
    ['there is no leak anymore', false],
    ["the pipe didn't burst, it just makes noise", false],
    ['I want a quote for a new bathroom', false],
    ['my bursary application', false], // word boundary: "burst" is not in "bursary"
    ['the floodlight in the garden', false], // "flood" only as a word
    ['leakage test for the hose', false],
    ['what is your call-out fee?', false],
    ['we have no heat since last night', false],
    ['No hot water this morning', false],
    ['the tap has a small leak', false],
  ];
  for (const [text, expected, severity] of cases) {
    const r = detectEmergency(text);
    t.equal(r.isEmergency, expected, `${JSON.stringify(text)} -> ${expected}`);
    if (severity !== undefined) t.equal(r.severity, severity, `${JSON.stringify(text)} severity ${severity}`);
  }
  // A keyword the built-in hazards do not know ("sewage backup" became one of them), so only the business's word can match.
  const own = detectEmergency('we have a septic alarm in the yard', ['septic alarm']);
  t.ok(own.isEmergency, "the business's own keyword counts");
  t.same(own.matched, ['septic alarm']);
  t.notOk(detectEmergency('no septic alarm, all fine', ['septic alarm']).isEmergency, 'and is negation-aware too');
  t.notOk(detectEmergency('what do we do if there is ever a septic alarm?', ['septic alarm']).isEmergency, 'and hypothetical-aware');
  // The built-in rule now reads the same words on its own, with the same context checks.
  t.ok(detectEmergency('we have a sewage backup in the yard').isEmergency, 'sewage backup without any business keyword');
  t.notOk(detectEmergency('no sewage backup, all fine').isEmergency);
  t.notOk(detectEmergency('what do we do if there is ever a sewage backup?').isEmergency);
});

t.test('priority: URGENT, HIGH cues, LOW when it can wait, negated cues ignored', async (t) => {
  const cases: Array<[string, boolean, string]> = [
    ['my pipe burst', true, 'URGENT'],
    ['can someone come asap', false, 'HIGH'],
    ['I need it fixed today', false, 'HIGH'],
    ['please come immediately', false, 'HIGH'],
    ['right now if possible', false, 'HIGH'],
    ['it is important to us', false, 'HIGH'],
    ['we would like it soon', false, 'HIGH'],
    ['no rush, it can wait', false, 'LOW'],
    // Flexible timing is a routine booking without time pressure (NORMAL); LOW is work explicitly put off.
    ['whenever works for you', false, 'NORMAL'],
    ['whenever works for you, no rush at all', false, 'LOW'],
    ['not important really', false, 'NORMAL'],
    ['a quote for a new water heater', false, 'NORMAL'],
  ];
  for (const [text, emergency, expected] of cases) t.equal(detectPriority(text, emergency), expected, `${JSON.stringify(text)} -> ${expected}`);
});

t.test('answer validation by expected format', async (t) => {
  t.same(validateAnswer('EMAIL', 'EMAIL', 'it is Ann.Lee@Example.com thanks'), { ok: true, value: 'ann.lee@example.com' });
  // Politeness is not an answer (QA: "thanks" was saved as the property address).
  for (const polite of ['thanks', 'Thank you!', 'ok thx', 'cool']) {
    t.equal(validateAnswer('TEXT', 'ADDRESS', polite).ok, false, `"${polite}" is not an address`);
    t.equal(validateAnswer('TEXT', 'NAME', polite).ok, false, `"${polite}" is not a name`);
    t.equal(validateAnswer('TEXT', 'ISSUE', polite).ok, false, `"${polite}" is not a problem`);
  }
  t.same(validateAnswer('TEXT', 'ADDRESS', '12 Oak Street, thanks'), { ok: true, value: '12 Oak Street, thanks' });
  t.same(validateAnswer('TEXT', 'NAME', 'Thandie'), { ok: true, value: 'Thandie' });
  t.equal(validateAnswer('EMAIL', 'EMAIL', 'ann at example').ok, false);
  t.match(validateAnswer('EMAIL', 'EMAIL', 'nope@').ok ? '' : (validateAnswer('EMAIL', 'EMAIL', 'nope@') as { message: string }).message, /e-mail/);
  t.same(validateAnswer('PHONE', 'PHONE', '(415) 555-2671'), { ok: true, value: '+14155552671' });
  t.equal(validateAnswer('PHONE', 'PHONE', '(555) 123-4567').ok, false, '555 is not an area code in service');
  t.same(validateAnswer('PHONE', 'PHONE', '+44 20 7946 0958'), { ok: true, value: '+442079460958' });
  t.equal(validateAnswer('PHONE', 'PHONE', '12345').ok, false);
  t.equal(validateAnswer('PHONE', 'PHONE', 'call me maybe').ok, false);
  t.same(validateAnswer('TEXT', 'NAME', 'My name is Ann Lee'), { ok: true, value: 'Ann Lee' });
  t.equal(validateAnswer('TEXT', 'NAME', 'ann@example.com').ok, false);
  t.equal(validateAnswer('NUMBER', null, 'about three').ok, false);
  t.same(validateAnswer('NUMBER', null, '3 bathrooms'), { ok: true, value: '3' });
  t.equal(validateAnswer('DATE', null, 'Tuesday morning').ok, true);
  t.equal(validateAnswer('DATE', null, 'whatever').ok, false);
  t.equal(extractEmail('reach me on bob@test.io or call'), 'bob@test.io');
  t.equal(extractPhone('call 415-555-2671 after 5'), '+14155552671');
  t.equal(extractName("Hi, I'm Maria Lopez and my sink is blocked"), 'Maria Lopez');
  t.equal(extractName("I'm worried about my boiler"), null);
  t.equal(extractAddress('the house is at 42 Wallaby Way, Sydney'), '42 Wallaby Way, Sydney');
  for (const s of ['skip', 'Skip.', 'no', 'nope', 'rather not', "I'd rather not", 'uh no thanks', 'skip that please', 'no gracias']) t.ok(isSkip(s), `${s} skips`);
  for (const s of ['no idea what it is', 'ann@example.com', 'not today, tomorrow']) t.notOk(isSkip(s), `${s} is an answer`);
  t.equal(validateAnswer('TEXT', 'NAME', 'Do you cover Shelbyville?').ok, false, 'a question is not a name');
  t.equal(validateAnswer('DATE', 'PREFERRED_TIME', 'whenever').ok, true, 'a flexible time is fine');
  t.equal(validateAnswer('PHONE', 'PHONE', '020 7946 0958', { country: 'GB' }).ok, true, "local numbers in the business's country");
});

t.test('chunking keeps headings, strips HTML, bounds chunk size', async (t) => {
  const html = '<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Prices</h1><p>Call-out &amp; labour: $89.</p><h2>Drains</h2><p>From $149.</p></body></html>';
  const text = htmlToText(html);
  t.notMatch(text, /alert|<p>|p\{\}/);
  t.match(text, /Call-out & labour: \$89\./);
  const chunks = chunkDocument({ title: 'Prices', content: html, source: 'HTML' });
  t.ok(chunks.length >= 1);
  t.match(chunks[0]!.heading, /Prices/);
  t.ok(chunks.some((c) => /Drains/.test(c.heading + c.content)), 'sub-heading kept');
  const long = Array.from({ length: 60 }, (_, i) => `## Section ${i}\n${'Lorem ipsum dolor sit amet consectetur. '.repeat(12)}`).join('\n\n');
  const many = chunkDocument({ title: 'Long', content: long, source: 'MARKDOWN' });
  t.ok(many.length > 10, 'a long document gives many chunks');
  for (const c of many) t.ok(c.content.split(/\s+/).length <= 400 * 0.75 + 100, 'each chunk is bounded');
});

t.test('a day of the month said alone is a date: the next such day (never "the 2nd bathroom" or "the 3rd floor")', async (t) => {
  const now = new Date('2026-12-04T15:00:00Z');
  const opts = { now, timezone: 'America/New_York' };
  const when = (text: string) => validateAnswer('DATE', 'PREFERRED_TIME', text, opts);
  t.match(when('the 28th in the morning'), { ok: true, value: /^Mon, Dec 28, morning/ });
  t.match(when('actually can we make it the 29th'), { ok: true, value: /^Tue, Dec 29\b/ });
  t.match(when('on the 2nd'), { ok: true, value: /^Sat, Jan 2\b/ }, 'a day already past this month is next month\'s');
  t.equal(when('on the 3rd floor').ok, false);
  t.equal(when('fix the 2nd bathroom').ok, false);
  t.equal(extractWhen('can you come fix the 2nd bathroom toilet', opts), null);
  t.equal(extractWhen('can someone come on the 12th', opts), 'the 12th');
});

// (QA, a moving company: "we are moving on the 28th, need a quote" was asked "When would suit you?".)
t.test('the day of the event a job is for is when it suits; a day something happened is not', async (t) => {
  const opts = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'America/New_York' };
  t.equal(extractWhen('we are moving on the 28th, need a quote', opts), 'the 28th');
  t.match(extractWhen("we're having a party saturday, can you cater 40 people", opts), /^saturday/);
  t.equal(extractWhen("i'm moving next friday and need a truck", opts), 'next friday');
  t.equal(extractWhen('we moved in on monday and need the locks changed', opts), null);
  t.equal(extractWhen('we were moving boxes on monday and the pipe burst, need a plumber', opts), null);
});

// (QA, a shooting range: "can i book a lane for saturday around 2 for me and my son" reached the
// owner as "When would suit you? Sat, Dec 12 (saturday)": the hour said roughly was lost.)
t.test('a time said roughly in the request is kept with its day', async (t) => {
  const opts = { now: new Date('2026-12-07T19:18:00Z'), timezone: 'America/New_York' };
  const when = (text: string) => {
    const said = extractWhen(text, opts);
    return said && validateAnswer('DATE', 'PREFERRED_TIME', said, opts);
  };
  // (The visitor's own words in brackets, as the owner reads them: not the "at 2" chrono was given.)
  t.match(when('can i book a lane for saturday around 2 for me and my son'), { ok: true, value: /^Sat, Dec 12 2:00 PM \(saturday around 2\)$/ });
  t.match(when('can someone come out tomorrow about 10:30'), { ok: true, value: /^Tue, Dec 8 10:30 AM \(tomorrow about 10:30\)$/ });
  t.match(when('can i book for friday 4ish'), { ok: true, value: /^Fri, Dec 11 4:00 PM \(friday 4ish\)$/ });
  t.match(when('book me in around 3 on thursday'), { ok: true, value: /^Thu, Dec 10 3:00 PM \(around 3 on thursday\)$/ });
  t.equal(extractWhen('we moved in around 2 on monday and need the locks changed', opts), null, 'a time something happened is still no visit time');
  // (Reviewer: "about" before a count is no time: these were read as "at 3", "at 2", "at 5", 3 pm today or the day said.)
  t.equal(extractWhen('can you come pick up about 3 couches saturday?', opts), 'saturday');
  t.equal(extractWhen('i need a cleaning, my house is about 2 stories, friday works', opts), 'friday');
  t.equal(extractWhen('we need about 2 cords of firewood delivered tomorrow', opts), 'tomorrow');
  t.equal(extractWhen('can i book saturday, about 5 of us', opts), 'saturday');
});
