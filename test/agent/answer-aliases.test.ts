import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { terms } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// A guide's own synonyms: "Canine influenza (dog flu)" says the visitor's "dog flu" wherever the
// guide says "influenza", and the other way round; brackets that hold a count, a list or an aside
// ("(3 levels)", "(see below)", "(not tuned in 2+ years)") name nothing.

const GUIDE = `# Maple Paws Vet Clinic
## Vaccines
Dogs need DHPP, rabies and canine influenza (dog flu) before a stay.
Influenza must be given at least 14 days before the stay, in two doses.

## Rooms
Cat condo (3 levels) is $30 a night. Crate rental (see below) is $5.
Nail trim, small dog (puppy size or smaller) is $12. Nail trim, big dog is $18.`;

t.test("the guide's bracketed plain words name the same thing", async (t) => {
  const { hits, vocabulary } = knowledgeOf('Maple guide', GUIDE);
  const units = unitsOf(hits);
  const timing = units.find((u) => u.text.startsWith('Influenza must'))!;
  t.ok(terms('dog flu').every((x) => timing.terms.has(x)), 'the influenza sentence says "dog flu" too');
  const condo = units.find((u) => u.text.startsWith('Cat condo'))!;
  t.notOk(terms('levels').some((x) => condo.terms.has(x) && !/level/.test(condo.text.toLowerCase())), 'a count in brackets is no alias');
  const crate = units.find((u) => u.text.startsWith('Crate rental'))!;
  t.notOk(units.some((u) => u !== crate && u.terms.has(terms('below')[0]!)), 'an aside names nothing');
  t.notOk(units.find((u) => u.text.startsWith('Nail trim, big'))!.terms.has(terms('puppy')[0]!), 'a measure in brackets is no alias');
  const a = extractiveAnswer('how long before the stay does the dog flu shot have to be', hits, { vocabulary, wordRank: spokenRank })?.text ?? null;
  t.match(a, /14 days/);
});
