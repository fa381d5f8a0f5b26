import t from 'tap';
import { normalizeCasual, normalizeText, stem, terms } from '../../src/ai/lexical.js';

// The lexical readings are remembered per text (src/ai/lexical.ts): a chat turn reads the same
// knowledge sentences as the turns before it. A remembered reading must be the reading itself,
// and what a caller is handed stays the caller's: a list it changes is not the next caller's.

t.test('a list of terms is the caller\'s own: changing it changes no later reading', async (t) => {
  const text = 'We repair Generac and Kohler standby generators, installed by our licensed partner.';
  const first = terms(text);
  const want = [...first];
  first.push('invented');
  first.sort();
  first.splice(0, 2);
  t.same(terms(text), want, 'the same text reads the same terms after a caller changed its list');
  t.not(terms(text), terms(text), 'each call hands out a list of its own');
});

t.test('a text read again reads as it did the first time', async (t) => {
  const texts = ['whats ur price for a 2 bed 1 bath', 'Open Mon-Fri 8am to 6pm, closed Christmas Day.', "can u come out after hours on xmas eve", 'Gutter cleaning, one-story house: $149.'];
  const once = texts.map((x) => [normalizeText(x), normalizeCasual(x), terms(x)] as const);
  for (const [i, x] of texts.entries()) {
    t.equal(normalizeText(x), once[i]![0], `normalizeText: ${x}`);
    t.equal(normalizeCasual(x), once[i]![1], `normalizeCasual: ${x}`);
    t.same(terms(x), once[i]![2], `terms: ${x}`);
  }
  for (const w of ['buses', 'eve', 'heaters', 'installing']) t.equal(stem(w), stem(w), w);
});
