import type { ExpectedFormat, MapsTo } from '../db/schema.js';

// Validation of lead answers by the question's expected format, and pattern extraction of
// details a visitor gives before being asked ("I'm Ann, call me on 555 0123 4567").

export type Validation = { ok: true; value: string } | { ok: false; message: string };

const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,24}/i;
const PHONE = /(?:\+|00)?\d[\d\s().-]{5,20}\d/g;

export function extractEmail(text: string): string | null {
  const m = EMAIL.exec(text);
  return m ? m[0].toLowerCase() : null;
}

/** A phone number in E.164-like form (+ and digits). Ten digits without a country code are taken as NANP. */
export function normalizePhone(raw: string): string | null {
  const plus = /^\s*(\+|00)/.test(raw);
  let digits = raw.replace(/\D/g, '');
  if (raw.trim().startsWith('00')) digits = digits.slice(2);
  if (digits.length < 7 || digits.length > 15) return null;
  if (plus) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return `+${digits}`;
}

export function extractPhone(text: string): string | null {
  for (const m of text.matchAll(PHONE)) {
    // A date or a price is not a phone number.
    if (/^\d{4}-\d{2}-\d{2}$/.test(m[0].trim())) continue;
    const p = normalizePhone(m[0]);
    if (p) return p;
  }
  return null;
}

/** The last ten digits: how two spellings of one phone number are compared. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '').slice(-10);
}

const NAME_PREFIX = /^(?:hi|hello|hey)?[,!\s]*(?:my name is|my name's|name is|i am|i'm|im|this is|it's|it is|call me)\s+/i;

export function extractName(text: string): string | null {
  const m = /\b(?:[Mm]y name is|[Mm]y name's|I am|I'm|Im|[Tt]his is)\s+([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){0,2})/.exec(text);
  if (!m) return null;
  const name = m[1]!;
  // "I'm Worried", "This is Urgent": a capitalised word is not always a name.
  if (/^(?:worried|urgent|sorry|looking|calling|having|not|so|very|a|the|interested|wondering)\b/i.test(name)) return null;
  return name;
}

const ADDRESS = /\b(\d{1,6}\s+[A-Za-z0-9 .'-]{2,60}?\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|boulevard|blvd|way|terrace|place|pl|circle|highway|hwy)\b\.?(?:,\s*[A-Za-z .'-]{2,40})?)/i;

export function extractAddress(text: string): string | null {
  const m = ADDRESS.exec(text);
  return m ? m[1]!.trim() : null;
}

const SKIP = /^(?:skip|pass|no thanks|no thank you|rather not|i'?d rather not|n\/?a|none|no|nope|prefer not to say|next)\.?!?$/i;

export function isSkip(text: string): boolean {
  return SKIP.test(text.trim());
}

const DATE_WORDS = /\b(?:today|tonight|tomorrow|morning|afternoon|evening|weekend|week|asap|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b/i;

export function validateAnswer(format: ExpectedFormat, mapsTo: MapsTo | null, raw: string): Validation {
  const text = raw.trim().slice(0, 500);
  if (!text) return { ok: false, message: 'I did not catch that.' };
  switch (format) {
    case 'EMAIL': {
      const e = extractEmail(text);
      return e ? { ok: true, value: e } : { ok: false, message: 'That does not look like an e-mail address. Could you type it like name@example.com?' };
    }
    case 'PHONE': {
      const p = extractPhone(text);
      return p
        ? { ok: true, value: p }
        : { ok: false, message: 'That does not look like a phone number. Please include the area code, for example 555 123 4567 or +1 555 123 4567.' };
    }
    case 'NUMBER': {
      const m = /-?\d+(?:[.,]\d+)?/.exec(text);
      return m ? { ok: true, value: m[0].replace(',', '.') } : { ok: false, message: 'Please answer with a number, for example 2.' };
    }
    case 'DATE': {
      if (/\d/.test(text) || DATE_WORDS.test(text)) return { ok: true, value: text };
      return { ok: false, message: 'Please give a day or date, for example "Tuesday morning" or 2026-12-01.' };
    }
    default: {
      let value = text;
      if (mapsTo === 'NAME') {
        value = text.replace(NAME_PREFIX, '').replace(/[.!]+$/, '').trim();
        if (!/[a-z]/i.test(value) || value.length > 80) return { ok: false, message: 'Could you tell me your name?' };
        if (extractEmail(value) || /^\+?[\d\s().-]+$/.test(value)) return { ok: false, message: 'Could you tell me your name (not a number or e-mail)?' };
      }
      if (value.length < 2) return { ok: false, message: 'Could you give me a little more detail?' };
      return { ok: true, value };
    }
  }
}
