import { englishWords, spokenRank } from './text-norm.js';
import { triage } from './triage.js';

/**
 * Loads what the agent reads words with (the English dictionary, spoken-English ranks, the triage
 * rules' compiled vocabulary) and reads one message, so the first visitor's message does not pay
 * for it. Measured on this 2-core machine under load: ~1 s of main-thread work, which on the first
 * message held the event loop long enough for load shedding to refuse the next few with 503.
 * Called by main.ts before the server listens (tests build apps without it).
 */
export function warmUpReading(): void {
  englishWords();
  spokenRank('the');
  triage('hi, water is pouring through the ceiling, can someone come out today?', { keywords: [] });
  triage('how much is a call-out?', { keywords: [] });
}
