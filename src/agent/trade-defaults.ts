import type { ExpectedFormat, LeadQuestion, MapsTo } from '../db/schema.js';

// What a new business starts with, by trade: the lead questions (name, phone, the address for
// trades that work on site, the problem, a preferred time, an optional e-mail), its own emergency
// words and the agent's persona. All of it is ordinary, editable configuration once seeded.
// The order matters: a plan that allows fewer questions keeps the first ones.

export const TRADES = ['PLUMBING_HVAC', 'ELECTRICAL', 'CLEANING', 'STUDIO_AGENCY', 'CLINIC', 'OTHER'] as const;
export type Trade = (typeof TRADES)[number];

export interface DefaultQuestion {
  question: string;
  expected_format: ExpectedFormat;
  required: boolean;
  maps_to: MapsTo;
  essential_for_emergency: boolean;
}

export interface TradeDefaults {
  questions: DefaultQuestion[];
  emergencyKeywords: string[];
  persona: string;
  welcome: string;
  voiceGreeting: string;
}

const ON_SITE: ReadonlySet<Trade> = new Set(['PLUMBING_HVAC', 'ELECTRICAL', 'CLEANING']);

const PROBLEM: Record<Trade, string> = {
  PLUMBING_HVAC: 'Briefly, what is the problem?',
  ELECTRICAL: 'Briefly, what is the problem or the job?',
  CLEANING: 'Tell us what you would like cleaned, and roughly how big the place is.',
  STUDIO_AGENCY: 'What is the project about?',
  CLINIC: 'What is the reason for your visit?',
  OTHER: 'What do you need help with? A sentence or two is enough.',
};

const WHEN: Record<Trade, string> = {
  PLUMBING_HVAC: 'When would suit you for a visit?',
  ELECTRICAL: 'When would suit you for a visit?',
  CLEANING: 'When would you like the cleaning?',
  STUDIO_AGENCY: 'When would suit you for a call?',
  CLINIC: 'When would suit you for an appointment?',
  OTHER: 'When would suit you?',
};

const KEYWORDS: Record<Trade, string[]> = {
  PLUMBING_HVAC: ['burst pipe', 'sewage backup', 'gas smell', 'carbon monoxide alarm', 'water heater leaking'],
  ELECTRICAL: ['sparking outlet', 'burning smell', 'smoke from the panel', 'power line down', 'electric shock'],
  CLEANING: ['sewage spill', 'biohazard'],
  STUDIO_AGENCY: ['website down', 'site is down', 'site hacked', 'checkout broken'],
  CLINIC: ['chest pain', 'severe bleeding', 'difficulty breathing', 'allergic reaction'],
  OTHER: [],
};

const PERSONA: Record<Trade, string> = {
  PLUMBING_HVAC: 'Friendly, calm and practical, like a good dispatcher at a local plumbing and heating company. Plain words, short answers; safety first when something is leaking, smells of gas or the heat is out.',
  ELECTRICAL: 'Friendly, calm and precise, like the office of a licensed electrician. Short answers; safety first with sparks, burning smells or water near electrics.',
  CLEANING: 'Warm, organised and upbeat, like the office of a reliable cleaning company. Short answers that get to times, sizes and prices.',
  STUDIO_AGENCY: 'Professional, friendly and concise, like a studio producer. Asks about goals, scope and timing without jargon.',
  CLINIC: 'Kind, calm and discreet, like a clinic receptionist. Never gives medical advice; in an emergency tells people to call the emergency number first.',
  OTHER: 'Friendly, helpful and concise. Answers from what the business has written and offers to pass anything else to the team.',
};

const WELCOME: Record<Trade, string> = {
  PLUMBING_HVAC: 'Hi! Questions about a plumbing or heating job, or need someone out? Ask me here.',
  ELECTRICAL: 'Hi! Questions about an electrical job, or need an electrician? Ask me here.',
  CLEANING: 'Hi! Ask me about our cleaning services, prices and availability.',
  STUDIO_AGENCY: 'Hi! Tell me about your project or ask me anything about how we work.',
  CLINIC: 'Hi! I can help with appointments and questions about the clinic. In a medical emergency, please call your local emergency number.',
  OTHER: 'Hi! How can we help you today?',
};

export function isTrade(value: unknown): value is Trade {
  return typeof value === 'string' && (TRADES as readonly string[]).includes(value);
}

/** The phone greeting a business starts with: its name, so a caller knows whom they reached. */
export function defaultVoiceGreeting(businessName?: string): string {
  return `Thanks for calling${businessName ? ` ${businessName}` : ''}. How can I help you today?`;
}

/** A new business's defaults; `businessName` goes in the phone greeting, so a caller knows whom they reached. */
export function tradeDefaults(trade: Trade = 'OTHER', businessName?: string): TradeDefaults {
  const questions: DefaultQuestion[] = [
    { question: 'What is your name?', expected_format: 'TEXT', required: true, maps_to: 'NAME', essential_for_emergency: true },
    { question: 'What is the best phone number to reach you?', expected_format: 'PHONE', required: true, maps_to: 'PHONE', essential_for_emergency: true },
  ];
  if (ON_SITE.has(trade)) {
    questions.push({ question: 'What is the address where the work is needed?', expected_format: 'TEXT', required: true, maps_to: 'ADDRESS', essential_for_emergency: true });
  } else if (trade === 'OTHER') {
    // "Something else" is as often a business that goes to its customers (a locksmith, a tow truck,
    // a mobile groomer) as one they come to: the address is asked, and can be skipped (QA: a
    // locksmith signed up as OTHER was never asked where the locked door was).
    questions.push({ question: 'What is the address, if we need to come to you?', expected_format: 'TEXT', required: false, maps_to: 'ADDRESS', essential_for_emergency: false });
  }
  questions.push(
    { question: PROBLEM[trade], expected_format: 'TEXT', required: true, maps_to: 'ISSUE', essential_for_emergency: false },
    { question: WHEN[trade], expected_format: 'DATE', required: false, maps_to: 'PREFERRED_TIME', essential_for_emergency: false },
    { question: 'What is your e-mail address?', expected_format: 'EMAIL', required: false, maps_to: 'EMAIL', essential_for_emergency: false },
  );
  return {
    questions,
    emergencyKeywords: KEYWORDS[trade],
    persona: PERSONA[trade],
    welcome: WELCOME[trade],
    voiceGreeting: defaultVoiceGreeting(businessName),
  };
}

/**
 * Lead questions for a business that has none (created before defaults were seeded, or the
 * owner deleted them all): the general defaults, so a lead always has a name and a phone.
 * They are not stored; ids are stable strings so the conversation state can refer to them.
 */
export function fallbackQuestions(businessId: string, now: Date): LeadQuestion[] {
  // (No address: the trade is not known, and an owner who deleted every question asked for few.)
  return tradeDefaults('OTHER').questions.filter((q) => q.maps_to !== 'ADDRESS').map((q, i) => ({
    ...q,
    id: `default-${i}`,
    business_id: businessId,
    position: i,
    created_at: now,
    updated_at: now,
  }));
}
