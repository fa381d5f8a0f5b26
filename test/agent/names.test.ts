import t from 'tap';
import { capitalizeName, extractName, validateAnswer } from '../../src/agent/validate.js';

// Names are shown to the owner and read back to the visitor: typed all in lower case (or all in
// capitals) they are saved capitalised; a name typed with its own capitals is kept as typed.

const typed: Array<[typed: string, saved: string]> = [
  ['john smith', 'John Smith'],
  ['JOHN SMITH', 'John Smith'],
  ['mary-jane o\'brien', "Mary-Jane O'Brien"],
  ['ludwig van beethoven', 'Ludwig van Beethoven'],
  ['  ana   silva ', 'Ana Silva'],
  ['josé ñúñez', 'José Ñúñez'],
  ['McDonald', 'McDonald'],
  ['Anna de Vries', 'Anna de Vries'],
  ['my name is priya raman', 'Priya Raman'],
  ['its Sam Lee', 'Sam Lee'],
  ['it\u2019s Sam Lee', 'Sam Lee'],
  ["name's Bo Li", 'Bo Li'],
  ['i\u2019m Ana Silva', 'Ana Silva'],
];

t.test('a name answer is saved capitalised', async (t) => {
  for (const [input, saved] of typed) {
    t.same(validateAnswer('TEXT', 'NAME', input), { ok: true, value: saved }, JSON.stringify(input));
  }
  t.equal(capitalizeName('o\u2019neil'), 'O\u2019Neil', 'a curly apostrophe starts a part too');
});

t.test('a name given before it is asked, in lower case after "my name is"', async (t) => {
  const rows: Array<[string, string | null]> = [
    ['hi my name is john smith and my toilet is leaking', 'John Smith'],
    ['my name is dave, call me on 415 555 2671', 'Dave'],
    ["Hi, I'm Maria Lopez and my sink is blocked", 'Maria Lopez'],
    ["i'm worried about my boiler", null],
    ['my name is on the account already', null],
  ];
  for (const [text, name] of rows) t.equal(extractName(text), name, JSON.stringify(text));
});

t.test('a request typed at the name question is not a name', async (t) => {
  for (const text of ['ok book me', 'book me in please', 'put me down for tuesday', 'schedule it', 'need it done asap', 'yeah thx', 'lets do it']) {
    t.equal(validateAnswer('TEXT', 'NAME', text).ok, false, JSON.stringify(text));
  }
  for (const [text, saved] of [['Chase Bell', 'Chase Bell'], ['sure, Pat Book', 'Pat Book'], ['ok its Meg', 'Meg']] as const) t.same(validateAnswer('TEXT', 'NAME', text), { ok: true, value: saved }, JSON.stringify(text));
});
