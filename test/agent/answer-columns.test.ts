import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { minutesSaid } from '../../src/agent/answer-numbers.js';

// Session 18 QA: a massage clinic pasted its price list as a table with one column per length
// ("| Treatment | 30 min | 60 min | 90 min |", a dash where a treatment is not given so). The
// columns were never picked: "how much is a 60 min deep tissue" got the 30 min price ("how much"
// matched the first column's "cheapest" through its related words; "60 min" was not read as
// "minutes"), "can i get a 30 min prenatal" got "Yes. Prenatal massage — 30 min: —."

const GUIDE = `# Stillwater Massage

## Treatments and prices

| Treatment | 30 min | 60 min | 90 min |
|---|---|---|---|
| Relaxation massage | $60 | $105 | $150 |
| Deep tissue massage | $70 | $115 | $165 |
| Prenatal massage | — | $110 | $155 |
| Hot stone massage | n/a | $125 | $175 |
| Sports massage | $70 | $115 | — |

## Hours

Monday to Thursday 9am to 8pm. We are closed on Sundays.`;

const kb = knowledgeOf('Our clinic', GUIDE);
const ask = (q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary })?.text ?? null;

const ROWS: Array<[question: string, says: RegExp[], never: RegExp[]]> = [
  // The column the question names, its abbreviation read ("min" = minutes).
  ['how much is a 60 min deep tissue', [/Deep tissue massage/, /60 min: \$115/], [/\$70/, /\$165/]],
  ['whats the price for 90 minutes hot stone', [/Hot stone massage/, /90 min: \$175/], [/\$125/, /n\/a/]],
  ['price of relaxation massage 90 min', [/90 min: \$150/], [/\$60\b/, /\$105/]],
  // No column named: every column the row has, never its dash.
  ['how much is a sports massage', [/30 min: \$70/, /60 min: \$115/], [/—\s*\./, /90 min/]],
  // A length the row leaves blank: said as not offered (so, a no), with what it is offered as.
  ['can i get a 30 min prenatal', [/^No\b/, /30 min: not offered/, /60 min: \$110/, /90 min: \$155/], [/^Yes/, /: —/]],
  ['do you do 30 minute hot stone', [/^No\b/, /30 min: not offered/, /60 min: \$125/], [/^Yes/, /n\/a/]],
  ['can i get a 60 min hot stone', [/^Yes\b/, /60 min: \$125/], [/not offered/]],
  // A length said in other words than the header's.
  ['hey how much for an hour deep tissue', [/60 min: \$115/], [/\$70/, /\$165/]],
  ['price for an hour and a half hot stone', [/90 min: \$175/], [/\$125/]],
  ['how much is a half hour relaxation massage', [/30 min: \$60/], [/\$105/, /\$150/]],
  // "cheapest" is the first column; "how much" is not.
  ['whats the cheapest relaxation massage', [/30 min: \$60/], [/\$150/]],
];

for (const [question, says, never] of ROWS) {
  const answer = ask(question);
  t.ok(answer, `${question}: answered`);
  for (const re of says) t.match(answer ?? '', re, `${question}: says ${re}`);
  for (const re of never) t.notMatch(answer ?? '', re, `${question}: never ${re}`);
}

// A length no column has is no price of the table's ("how much is a 120 min massage" got every row).
for (const question of ['how much is a 120 min massage', 'price for a 45 minute deep tissue']) {
  t.notMatch(ask(question) ?? '', /\$1[0-9]{2}|\$[6-7]0/, `${question}: no price of another length`);
}

t.test('lengths of time in minutes, however they are written', async (t) => {
  const cases: Array<[string, number | null]> = [['an hour', 60], ['1 hr', 60], ['1.5 hours', 90], ['hour and a half', 90], ['an hour and a half', 90], ['90 min', 90], ['half hour', 30], ['2 hrs', 120], ['price', null], ['Price (CAD)', null]];
  for (const [text, minutes] of cases) t.equal(minutesSaid(text), minutes, text);
});
