import { cleanText } from '../validate.js';

// The one greeting of a business: the first message of every chat, which the widget also shows
// before the chat starts. It is stored as agent_configs.welcome_message (migration 0490 merged
// the widget's own greeting into it); every writer validates it here.

export const GREETING_MAX = 500;

export function cleanGreeting(raw: string): string {
  return cleanText(raw, 'Greeting', GREETING_MAX, { required: true });
}
