// Sentence splitting for knowledge text. A full stop ends a sentence only when it is followed by
// white space and the word before it is not an abbreviation ("Dr.", "St.", "e.g.", "approx."), an
// initial ("A.O. Smith", "D.J. Ortiz", "U.S."), or a number's decimal point ("4.5%", "$89.50"
// never have a space after the dot, so they are never split).

// Titles are followed by a name, so their dot never ends a sentence ("Dr. Priya Nair").
const TITLES = new Set('mr mrs ms mx dr prof sr jr st mt rev gen capt sgt lt col hon messrs'.split(' '));
// Other abbreviations end a sentence only when a capitalised word follows ("50 lbs. Cleaners").
const ABBREVIATIONS = new Set(
  `no nos vs etc approx appt dept est inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue tues wed thu thur thurs fri sat sun ave rd blvd ln cf al min max hr hrs sq lb lbs oz gal pt qt ca fig tel ext`
    .split(/\s+/)
    .filter(Boolean),
);

const STARTERS = new Set(
  'we you our your the this that these those it its they their there if please all a an in on for to at by from as but and or so when where what how each every most some no not call book ask i my he she his her then also'.split(' '),
);

/** True when the dot at the end of `word` (word without the dot) does not end a sentence. */
function keepsDot(word: string, next: string): boolean {
  const w = word.replace(/^[("'[]+/, '').toLowerCase();
  if (!w) return false;
  if (TITLES.has(w)) return true;
  if (ABBREVIATIONS.has(w)) return !/^[A-Z]/.test(next);
  // Initials and dotted acronyms: "A", "A.O", "U.S", "e.g", "i.e" -- unless the next word is one
  // that starts sentences ("Medicare Part B. We do not...").
  if (!/^(?:[a-z]\.)*[a-z]$/i.test(w)) return false;
  return !STARTERS.has((next.match(/^[A-Za-z']+/)?.[0] ?? '').toLowerCase()) || /^(?:e\.g|i\.e)$/.test(w);
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  // Lines are hard boundaries (lists, table rows, headings).
  for (const line of text.split(/\n+/)) {
    let start = 0;
    const re = /([.!?]+)(["')\]]*)(\s+)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      const end = m.index + m[1]!.length + m[2]!.length;
      const before = line.slice(start, m.index);
      const lastWord = before.match(/(\S+)$/)?.[1] ?? '';
      const next = line.slice(re.lastIndex);
      if (m[1] === '.' && !m[2] && keepsDot(lastWord, next)) continue;
      // A lower-case continuation after a dot is not a new sentence ("approx. 4 hours", "no. 5").
      if (m[1] === '.' && /^[a-z]/.test(next) && !m[2]) continue;
      const s = line.slice(start, end).trim();
      if (s) out.push(s);
      start = re.lastIndex;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
