import { normalizeWords } from './text-norm.js';
import type { HazardRule } from './triage-hazards.js';

// The business's own emergency words (the console's "Emergency words"), matched as its customers
// say them. Triage reads them with the same past / hypothetical / question checks as its own rules.

/** Words that may come between an owner's emergency words as people say them ("server down": "our server IS down", "the server WENT down"). */
const KEYWORD_GAP = String.raw`(?:\s+(?:is|are|was|were|has|have|had|been|went|gone|got|just|all|completely|totally|fully|now|still|keeps?|s)){0,2}`;

/** A word of the owner's, with a plural or possessive ending ("servers", "server's"). */
const word = (w: string, endings = '') => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es|'s${endings})?`;

/** The owner's words name a lack: "no heat", "no hot water", "without power". */
const LACK = /^(?:no|without) (.+)$/;

/**
 * How people say that lack of the thing ("no heat"): "the heat isn't working", "heat won't come
 * on", "the heating died", "the power is out", "we lost power", "we don't have any hot water".
 * Not "we turned the heat off" (no "is"/"went" before "off": something done on purpose).
 */
function lackSaid(thing: string): string {
  const words = thing.split(' ');
  // ("heat": also "heater", "heating".)
  const named = [...words.slice(0, -1).map((w) => word(w)), word(words.at(-1)!, '|er|ers|ing')].join(`${KEYWORD_GAP}\\s+`);
  const broke = String.raw`(?:\s+(?:just|has|have|is|are|was|s|keeps?|completely|totally|still|now)){0,2}\s+(?:(?:isn't|is not|aren't|are not|not|won't|will not|doesn't|does not|don't|do not|stopped|quit)(?: \w+)? (?:working|work|running|coming on|come on|turning on|turn on|heating|kicking on|kick on)|stopped|quit|died|dead|broke|broken|failed|conked out|gave out|cut out)\b`;
  const gone = String.raw`(?:\s+(?:is|are|was|s|has been|have been|been|is still|still|went|has gone|have gone|gone|keeps going|just went)){1,2}\s+(?:out|off|down|gone)\b`;
  const lost = String.raw`\b(?:(?:don't|do not|doesn't|does not|haven't|have not|didn't|did not) (?:have|get|got)|(?:have|has|got|there's|there is|there are) no|(?:lost|losing|without|no longer have))(?: (?:any|the|our|my|all|all the|all our|all my))? `;
  return `\\b(?:${named}(?:${broke}|${gone})|${lost}${named}${STATED_END})`;
}

/**
 * After a lack named ("no power"), what shows it is the situation, not a thing's name ("no power
 * steering", "there's no power outlet in the bedroom"): the clause ends, or a place, a time or the
 * next clause follows.
 */
const STATED_END = String.raw`(?=$|\s+(?:in|at|on|to|for|since|from|anywhere|upstairs|downstairs|again|today|tonight|now|right|this|these|all|and|but|so|because|or|yet|still|whatsoever|here|there|either|it|its|it's|the|my|our|we|i|he|she|they|after|before|till|until|over|during|throughout|inside|whole|entire|both|any)\b)`;

/**
 * The owner's own emergency words, matched as people say them: each word also with a plural or
 * possessive ending, and up to two little words between two of them ("server down" matches "our
 * server is down" and "the servers have gone down"). Words that name a lack ("no heat") are a
 * negation of their own (the "no" is no denial of the emergency: it was never matched, QA 33: a
 * property manager's "no heat" caught nothing) and also match the lack as said ("my heat isnt working").
 */
export function ownerWordRules(keywords: readonly string[]): HazardRule[] {
  return keywords
    .map((k) => normalizeWords(k))
    .filter((k) => k.length >= 3 && k.length <= 60 && !/^(?:emergency|urgent|emergencia|urgente)$/.test(k))
    .map((k) => {
      const lack = LACK.exec(k)?.[1];
      const own = `\\b${k.split(' ').map((w) => word(w)).join(`${KEYWORD_GAP}\\s+`)}\\b`;
      const pattern = new RegExp(lack ? `${own}${STATED_END}|${lackSaid(lack)}` : own);
      return { hazard: 'CUSTOM' as const, severity: 8, label: k, selfNegating: !!lack, test: (c: string) => pattern.exec(c) };
    });
}
