import type { LeadQuestion } from '../db/schema.js';
import { questionField, type AnswerKind } from './validate.js';

// What a lead question asks for (its kind), and how an answer names its own kind: shared by the
// lead steps (lead-steps.ts) and the details added along the way (lead-details.ts).

export type Kind = AnswerKind | 'NAME' | 'ISSUE';

/** The kind of answer a question takes (the field it fills; a DATE question takes a time). */
export function kindOf(q: LeadQuestion): Kind | null {
  const field = questionField(q);
  if (field === 'PREFERRED_TIME' || (!field && q.expected_format === 'DATE')) return 'WHEN';
  return field;
}

export const NOTED: Record<Kind, string> = {
  NAME: 'your name',
  ISSUE: 'the problem',
  EMAIL: 'your e-mail address',
  PHONE: 'your phone number',
  WHEN: 'that as the time that suits you',
  ADDRESS: 'the address',
};
export const LOOKS_LIKE: Record<AnswerKind, string> = {
  EMAIL: 'an e-mail address',
  PHONE: 'a phone number',
  WHEN: 'a day or time',
  ADDRESS: 'an address',
};
export const EXPECTED: Record<Kind, string> = {
  EMAIL: 'your e-mail address',
  PHONE: 'your phone number',
  WHEN: 'a time for the visit',
  ADDRESS: 'the address',
  NAME: 'your name',
  ISSUE: 'what the problem is',
};

/** A detail the visitor labels ("sorry my number is ...", "actually my name is Bo Li"): [kind, value]. */
const LABELLED: Array<[Kind, RegExp]> = [
  ['PHONE', /\b(?:phone|cell|mobile|number)(?: number)?\s*(?:is|'s|:|should be)\s+(.+)$/i],
  ['EMAIL', /\be-?mail(?: address)?\s*(?:is|'s|:|should be)\s+(.+)$/i],
  ['NAME', /\b(?:my name is|my name's|name is|name's|i'm called)\s+(.+)$/i],
  ['ADDRESS', /\b(?:address\s*(?:is|'s|:|should be)|i live at|we live at|property is at|house is at)\s+(.+)$/i],
];
/** Words that say an earlier answer was wrong. */
export const CORRECTING = /\b(?:sorry|actually|oops|wrong|correction|i mean|i meant|typo|mistake|instead|not that)\b/i;

export function labelled(text: string): [Kind, string] | null {
  for (const [kind, re] of LABELLED) {
    const m = re.exec(text.trim().slice(0, 300));
    if (!m) continue;
    const value = m[1]!.replace(/[.!]+$/, '').trim();
    // "the address is hard to find" describes the problem; an address given this way names a street or a number.
    if (kind === 'ADDRESS' && !/\d/.test(value)) continue;
    return [kind, value];
  }
  return null;
}
