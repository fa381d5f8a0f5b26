// Rule-based emergency detection: the spec's keywords plus the business's own, matched on word
// boundaries, ignoring ones that are negated in the same clause ("it's not an emergency",
// "no leak anymore"). Each keyword carries a base severity (1-10); a model score, when a model
// is configured, refines it (see judge.ts).

interface Rule {
  label: string;
  pattern: RegExp;
  severity: number;
}

const w = (body: string) => new RegExp(`\\b(?:${body})\\b`, 'gi');

export const BUILTIN_RULES: Rule[] = [
  { label: 'gas smell', pattern: w('gas (?:smell|leak)s?|smell(?:s|ing)? (?:of )?gas|smells like gas'), severity: 10 },
  { label: 'basement flooding', pattern: w('basement (?:is |was )?flood(?:ing|ed|s)?|flooded basement'), severity: 9 },
  { label: 'pipe burst', pattern: w('pipes? (?:has |have |just )?burst(?:s|ing)?|burst(?:ing)? pipes?'), severity: 9 },
  { label: 'burst', pattern: w('burst(?:s|ing)?'), severity: 9 },
  { label: 'flooding', pattern: w('flood(?:ing|ed|s)?'), severity: 9 },
  { label: 'water damage', pattern: w('water damage'), severity: 8 },
  { label: 'electrical issue', pattern: w('electrical (?:issue|problem|fault|fire)s?|sparking|sparks'), severity: 8 },
  { label: 'emergency', pattern: w('emergenc(?:y|ies)'), severity: 8 },
  { label: 'toilet overflowing', pattern: w('toilet (?:is )?overflow(?:ing|ed|s)?|overflowing toilet'), severity: 7 },
  { label: 'no heat', pattern: w('no heat(?:ing)?'), severity: 7 },
  { label: 'urgent', pattern: w('urgent(?:ly)?'), severity: 7 },
  { label: 'no hot water', pattern: w('no hot water'), severity: 6 },
  { label: 'leak', pattern: w('leak(?:s|ing|ed|y)?'), severity: 5 },
];

const NEGATORS = /\b(?:not|no|never|without|nothing|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|hasn'?t|haven'?t|nor|neither)\b/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface EmergencyAssessment {
  isEmergency: boolean;
  matched: string[];
  /** 1-10; 0 when nothing matched. */
  severity: number;
}

/** True when the words just before `index`, in the same clause, negate it. */
function negatedAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clause = before.split(/[.;!?\n]|,\s*(?:but|and|so)\b|\bbut\b/i).at(-1) ?? '';
  const lastWords = clause.trim().split(/\s+/).slice(-4).join(' ');
  return NEGATORS.test(lastWords);
}

export function detectEmergency(text: string, businessKeywords: readonly string[] = []): EmergencyAssessment {
  const input = text.slice(0, 4000).replace(/[’‘]/g, "'");
  const rules = [
    ...BUILTIN_RULES,
    ...businessKeywords
      .map((k) => k.trim())
      .filter((k) => k.length >= 2 && k.length <= 60)
      .map((k) => ({ label: k.toLowerCase(), pattern: w(escape(k).replace(/\s+/g, '\\s+')), severity: 8 })),
  ];
  const matched: string[] = [];
  let severity = 0;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const m of input.matchAll(rule.pattern)) {
      if (negatedAt(input, m.index ?? 0)) continue;
      if (!matched.includes(rule.label)) matched.push(rule.label);
      severity = Math.max(severity, rule.severity);
      break;
    }
  }
  // Two distinct signs ("burst" + "flooding") make it more serious than either alone.
  const distinct = new Set(matched.filter((m) => !['emergency', 'urgent'].includes(m)));
  if (distinct.size >= 2) severity = Math.min(10, severity + 1);
  return { isEmergency: matched.length > 0, matched, severity };
}
