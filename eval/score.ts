// Plain scoring of one answer: every required string present (an array is "any of these"),
// no forbidden string present, all case-insensitive. A question the knowledge base does not
// cover must say the agent doesn't know, and must not contain any of the plausible invented
// facts listed for it.

export interface AnswerItem {
  id: string;
  split: 'tune' | 'heldout';
  kb: string;
  text: string;
  covered: boolean;
  required: Array<string | string[]>;
  forbidden: string[];
}

export interface AnswerOutcome {
  id: string;
  split: AnswerItem['split'];
  kb: string;
  covered: boolean;
  pass: boolean;
  saidDontKnow: boolean;
  invented: boolean;
  why: string;
}

export const DONT_KNOW_PHRASES = ["don't know", 'do not know', 'not sure', "don't have that information", "don't have information"];

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

export function scoreAnswer(item: AnswerItem, reply: string): AnswerOutcome {
  const r = norm(reply);
  const saidDontKnow = DONT_KNOW_PHRASES.some((p) => r.includes(p));
  const missing = item.required.filter((req) => !(Array.isArray(req) ? req : [req]).some((alt) => r.includes(norm(alt))));
  const present = item.forbidden.filter((f) => r.includes(norm(f)));
  const base = { id: item.id, split: item.split, kb: item.kb, covered: item.covered, saidDontKnow };
  if (!item.covered) {
    const invented = present.length > 0;
    const pass = saidDontKnow && !invented && missing.length === 0;
    return { ...base, invented, pass, why: [!saidDontKnow ? 'did not say it does not know' : '', invented ? `invented: ${present.join(', ')}` : ''].filter(Boolean).join('; ') };
  }
  const pass = missing.length === 0 && present.length === 0;
  return {
    ...base,
    invented: false,
    pass,
    why: [missing.length ? `missing: ${missing.map((m) => JSON.stringify(m)).join(', ')}` : '', present.length ? `forbidden: ${present.join(', ')}` : ''].filter(Boolean).join('; '),
  };
}
