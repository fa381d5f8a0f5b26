import { phoneForVisitors } from '../contacts/phone-display.js';
import { emergencyNumber } from './emergency-reply.js';
import type { EmergencyInfo } from './replies.js';
import type { ConversationState } from './state.js';
import { readsAsSpanish } from './triage-spanish.js';
import type { BusinessContext } from './context.js';

// The local brain (no model configured) answers in English, from knowledge written in English.
// A visitor who writes in Spanish is told so once, in Spanish, instead of being left to guess,
// and in an emergency hears in Spanish what to do now: the business's line and the local
// emergency number. With a model configured the model answers in the visitor's language.

/** The line said in Spanish before the English reply, or null (not Spanish, or already said). */
export function spanishNote(ctx: BusinessContext, state: ConversationState, text: string, emergency: EmergencyInfo | undefined): string | null {
  if (state.channel !== 'CHAT' || !readsAsSpanish(text)) return null;
  const said = (state.languageNotes ??= []);
  if (emergency && !said.includes('es-emergency')) {
    said.push('es-emergency', 'es');
    const line = emergency.phone ? `Si es una emergencia, llame ahora al ${phoneForVisitors(emergency.phone, ctx.business)}. ` : '';
    return `${line}Si alguien está en peligro, llame al ${emergencyNumber(ctx)}. (Por ahora solo puedo responder en inglés.)`;
  }
  if (said.includes('es')) return null;
  said.push('es');
  return 'Lo siento, por ahora solo puedo responder en inglés.';
}
