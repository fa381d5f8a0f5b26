// Lexical text handling shared by the local embedder, the extractive answerer and the chunker:
// a small tokenizer with stop words, a light suffix stemmer and a synonym table, so that
// "how much is a call-out" and "call-out fee" meet on the same terms without any model.

const STOP = new Set(
  `a an the and or but if then else of to in on at by for with from into over under about as is are was were be been being
  do does did doing have has had having i me my we our us you your yours he she it its they them their this that these those
  there here what which who whom whose when where why how can could would should will shall may might must just so than too very
  not no nor only own same some such any all each few more most other both again once also am up down out off s t
  please tell know want like get got need let hi hello hey thanks thank ok okay yes`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that "out" matters in (call-out) are kept by keeping hyphenated compounds joined as well.
const SYNONYMS: Record<string, string> = {
  cost: 'price', costs: 'price', price: 'price', prices: 'price', pricing: 'price', fee: 'price', fees: 'price', charge: 'price',
  charges: 'price', rate: 'price', rates: 'price', much: 'price', expensive: 'price', cheap: 'price', quote: 'price', quotes: 'price',
  callout: 'callout', 'call-out': 'callout', 'call-outs': 'callout', callouts: 'callout', visit: 'callout', visits: 'callout',
  hour: 'hour', hours: 'hour', open: 'open', opening: 'open', close: 'open', closed: 'open', closing: 'open',
  weekend: 'weekend', weekends: 'weekend', saturday: 'weekend', sunday: 'weekend',
  area: 'area', areas: 'area', serve: 'area', cover: 'area', covers: 'area', location: 'area', locations: 'area', town: 'area', towns: 'area',
  guarantee: 'warranty', guaranteed: 'warranty', warranty: 'warranty', warranties: 'warranty',
  licence: 'license', licensed: 'license', license: 'license', licenses: 'license', licences: 'license', insured: 'insurance', insurance: 'insurance',
  pay: 'payment', paying: 'payment', payment: 'payment', payments: 'payment', card: 'payment', cards: 'payment', financing: 'finance', finance: 'finance',
  drain: 'drain', drains: 'drain', clog: 'drain', clogged: 'drain', blocked: 'drain', blockage: 'drain', unclog: 'drain',
  heater: 'heater', heaters: 'heater', boiler: 'heater', tankless: 'tankless',
  install: 'install', installs: 'install', installed: 'install', installation: 'install', replace: 'install', replacement: 'install',
  fix: 'repair', fixing: 'repair', repair: 'repair', repairs: 'repair',
  burst: 'burst', bursts: 'burst', broken: 'burst', busted: 'burst', pipe: 'pipe', pipes: 'pipe',
  gas: 'gas', smell: 'smell', smells: 'smell', odor: 'smell', odour: 'smell',
  emergency: 'emergency', emergencies: 'emergency', urgent: 'emergency',
  arrive: 'arrive', arrival: 'arrive', fast: 'arrive', quickly: 'arrive', long: 'arrive',
  shutoff: 'valve', 'shut-off': 'valve', valve: 'valve',
};

/** Very small suffix stemmer: enough to join plurals and -ing/-ed forms. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(sh|ch|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Raw lower-case word tokens (hyphenated compounds kept whole), bounded in number. */
export function words(text: string, max = 5000): string[] {
  const out = text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
  return out.length > max ? out.slice(0, max) : out;
}

/** Normalised content terms: stop words dropped, synonyms folded, stems applied. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const parts = w.includes('-') && !SYNONYMS[w] ? [w, ...w.split('-')] : [w];
    for (const p of parts) {
      const clean = p.replace(/'s$/, '').replace(/'/g, '');
      if (!clean || STOP.has(clean)) continue;
      out.push(SYNONYMS[clean] ?? SYNONYMS[stem(clean)] ?? stem(clean));
    }
  }
  return out;
}

export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

const GROUPS = new Map<string, string[]>();
for (const [word, canon] of Object.entries(SYNONYMS)) {
  if (word.includes('-')) continue;
  const g = GROUPS.get(canon) ?? [];
  g.push(word);
  GROUPS.set(canon, g);
}

/** Plain words for a full-text query: the visitor's words plus their synonym group. */
export function expandForSearch(text: string, maxTerms = 40): string[] {
  const out = new Set<string>();
  for (const w of words(text, 200)) {
    for (const part of w.split(/[-']/)) {
      if (!part || STOP.has(part) || part.length < 2) continue;
      out.add(part);
      const canon = SYNONYMS[part] ?? SYNONYMS[stem(part)];
      if (canon) for (const syn of GROUPS.get(canon) ?? []) if (!STOP.has(syn)) out.add(syn);
    }
    if (out.size >= maxTerms) break;
  }
  return [...out].slice(0, maxTerms);
}
