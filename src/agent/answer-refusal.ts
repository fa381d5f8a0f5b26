import { normalizeCasual, relatedTerms, stem, terms } from '../ai/lexical.js';
import type { Unit } from './answer-units.js';
import { isYesNoQuestion, serviceAsked } from './answer-polarity.js';
import type { QueryTerm } from './answer-rows.js';

// A guide that says the business does NOT do a job ("I don't move pianos.", "We no longer clean
// gutters.") answers every yes/no question asking for that job, however the visitor words the rest
// ("can you move my piano UPSTAIRS"): not doing it at all says no to each case of it. The words the
// question adds are no claim the answer makes, so they need not be in the guide.

/** "I/we (our crew) don't / do not / never / no longer / can't / won't VERB ...": the verb and what follows, up to the clause's end. */
const REFUSES =
  /\b(?:i|we|our (?:\w+ ){0,2}?\w+|the (?:team|crew|shop|company|business))\s+(?:(?:do|does|will|can|could)\s*(?:n't|not)|dont|don't|won't|wont|can't|cant|cannot|never|no longer|am not able to|are not able to|aren't able to|are unable to|am unable to)\s+(?:(?:ever|currently|really|usually|offer to|do)\s+)?([a-z]+)\s+([^.;:!?—]+)/gi;
/** A limit on the refusal ("on weekends", "over 60 lbs", "unless ..."): then it refuses only a case. */
const LIMITED = /\b(?:on|in|at|during|after|before|over|under|above|below|beyond|past|outside|inside|without|unless|except|only|more than|less than|heavier|lighter|larger|bigger|smaller|longer|further|that|which|who|we|you|if|when|until|yet|anymore|any more)\b/i;
/** Verbs that say nothing of the job on their own ("do", "have", "take"). */
const LIGHT = new Set(['do', 'does', 'have', 'has', 'get', 'take', 'make', 'offer', 'provide', 'handle', 'work', 'go', 'come', 'need', 'be'].map(stem));

/** A comma and a clause of its own ("..., we're happy to refer you", "..., but we can ..."): the refusal ends there. */
const NEW_CLAUSE = /,\s*(?:but|so|though|however|instead|we|we're|we'll|we'd|i|i'm|i'll|you|please|just|sorry|happy)\b.*$/i;

/** A refusal whose verb says nothing of the job ("we do not DO", "we don't OFFER"): what follows names it. */
const LIGHT_BEFORE = /\b(?:do|offer|provide|handle|perform)\s*$/i;

/** Where a refusal said after the first goes on without its subject ("We don't take dogs to parks, DON'T walk more than 4, and DON'T give injections"). */
const NEXT_REFUSAL = /,?\s*(?:\band\s+|\bor\s+|\bnor\s+)?(?=\b(?:do not|don't|dont|never|won't|wont|can't|cant|cannot|no longer)\s)/i;
const NEGATION = /^(?:do not|don't|dont|never|won't|wont|can't|cant|cannot|no longer)\s+(?:(?:ever|currently|really|usually|offer to|do)\s+)?([a-z]+)\s+(.+)$/i;

/** Each job a sentence refuses, as its verb and what follows ("don't give injections"), asides in brackets left out. */
function refusals(text: string): Array<{ verb: string; rest: string; named?: boolean }> {
  const out: Array<{ verb: string; rest: string; named?: boolean }> = [];
  for (const m of text.replace(/\([^)]*\)/g, ' ').matchAll(REFUSES)) {
    // (A new clause after a comma is no limit on the refusal: "..., we're happy to refer you".)
    const [first, ...more] = `${m[2]!}`.replace(NEW_CLAUSE, '').split(NEXT_REFUSAL);
    out.push({ verb: m[1]!, rest: first! });
    // ("We don't do / offer / provide TREE REMOVAL ...": the job is named whole, verb slot and all.)
    if (LIGHT_BEFORE.test(m[0]!.slice(0, m[0]!.length - m[2]!.length).replace(/[a-z]+\s+$/i, ''))) out.push({ verb: m[1]!, rest: `${m[1]!} ${first!}`, named: true });
    for (const clause of more) {
      const n = NEGATION.exec(clause.trim());
      if (n) out.push({ verb: n[1]!, rest: n[2]! });
    }
  }
  return out;
}

/** A refusal of every job on a thing: "(we don't) work on | service | touch SUB-ZERO": what follows is the thing. */
const WORK_ON = /^(?:work\s+on|service|touch)\s+(.+)$/i;

/** The guide's sentence that refuses the very job the yes/no question asks for, or null. */
export function refusalOf(question: string, units: readonly Unit[]): Unit | null {
  const asked = serviceAsked(question);
  if (!asked) return null;
  const verb = stem(asked.verb);
  if (LIGHT.has(verb)) return null;
  const object = new Set(terms(asked.rest));
  if (!object.size) return null;
  // ("insulin SHOTS" is refused by "don't give INJECTIONS".)
  for (const t of [...object]) for (const r of relatedTerms(t)) object.add(r);
  for (const u of units) {
    if (u.kind !== 'sentence') continue;
    for (const m of refusals(u.text)) {
      if (m.named) continue;
      // ("We don't WORK ON Sub-Zero or Viking": no job on those is done, so it refuses "can you FIX a sub zero fridge" too.)
      const workOn = WORK_ON.exec(`${m.verb} ${m.rest}`);
      if (stem(m.verb.toLowerCase()) !== verb && !workOn) continue;
      // What it refuses: a thing or a list of things ("pianos, pool tables or safes"), with no limit on it.
      const items = (workOn ? workOn[1]! : m.rest).split(/,|\b(?:or|and|nor)\b/i).map((x) => x.trim()).filter(Boolean);
      if (!items.length || items.some((x) => LIMITED.test(x))) continue;
      // ("Sub-Zero" is said as "sub zero" or "subzero".)
      const says = (ts: string[]) => ts.length > 0 && ts.every((t) => object.has(t));
      if (items.some((x) => says(terms(x.replace(/-/g, ' '))) || says(terms(x.replace(/-/g, ''))))) return u;
    }
  }
  return null;
}

/** A refused name ("tree removal or stump grinding") whose items one says whole, two words or more. */
function refusesByName(rest: string, said: ReadonlySet<string>): boolean {
  const items = rest.split(/,|\b(?:or|and|nor)\b/i).map((x) => x.trim()).filter(Boolean);
  if (!items.length || items.some((x) => LIMITED.test(x))) return false;
  return items.some((x) => ((ts) => ts.length >= 2 && ts.every((t) => said.has(t)))(terms(x)));
}

/**
 * A job refused by its name after a light verb ("We do not do TREE REMOVAL or stump grinding"),
 * asked in other words ("can you take down a tree": the casual reading says "removal"): each word
 * of the refused name must be in the question (two words at least, so a bare noun the question only
 * mentions in passing refuses nothing). The caller asks this only when nothing else answers.
 */
export function namedRefusalOf(question: string, units: readonly Unit[]): Unit | null {
  if (!serviceAsked(question)) return null;
  const said = new Set([...terms(normalizeCasual(question))]);
  for (const t of [...said]) for (const r of relatedTerms(t)) said.add(r);
  return units.find((u) => u.kind === 'sentence' && refusals(u.text).some((m) => m.named && refusesByName(m.rest, said))) ?? null;
}

/**
 * Nothing else answers "can you take down a tree", and the guide says "We do not do tree removal":
 * a no, unless the question names something rare the guide never says (`qs`: "wood shingle / CEDAR
 * siding" is no "shingle repair" of a roof).
 */
export function namedRefusal(question: string, units: readonly Unit[], qs: readonly QueryTerm[]): { text: string; sources: Array<{ title: string; chunkId: string }>; confidence: number } | null {
  if (!isYesNoQuestion(question)) return null;
  if (qs.some((q) => q.unknown && !q.common && !q.light && !q.context && q.type === null)) return null;
  const u = namedRefusalOf(question, units);
  return u ? { text: /^no\b/i.test(u.text) ? u.text : `No. ${u.text}`, sources: [{ title: u.title, chunkId: u.chunkId }], confidence: 1 } : null;
}
