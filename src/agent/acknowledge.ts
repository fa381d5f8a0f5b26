import { isYesNoQuestion } from './answer-polarity.js';

// Messages that answer nothing. Politeness on its own: "thanks" is not a name, an address or a
// problem; it is acknowledged in kind and the question asked again (never scolded, never stored).
// And a plain yes or no, which answers only a question that asks for one.
const ACK_WORDS: Record<string, 'thanks' | 'hi' | 'pause' | 'bye' | 'yes'> = {};
for (const w of 'thanks thank thx ty tysm cheers appreciated appreciate'.split(' ')) ACK_WORDS[w] = 'thanks';
for (const w of 'hi hello hey hiya howdy'.split(' ')) ACK_WORDS[w] = 'hi';
for (const w of 'hmm hm um umm uh uhh er erm lol haha wait sec second moment hold'.split(' ')) ACK_WORDS[w] = 'pause';
for (const w of 'bye goodbye cya'.split(' ')) ACK_WORDS[w] = 'bye';
for (const w of 'ok okay k kk sure yes yeah yep yup ya alright cool great perfect awesome nice fine sounds good ahead np understood gotcha right'.split(' ')) ACK_WORDS[w] = 'yes';
/** Words that only join acknowledgements ("ok thank you so much", "one sec", "go ahead"). */
const ACK_GLUE = new Set('you so much very a it all go one thing and oh ah well then thats that is for now today'.split(' '));
/** A no that only goes with a goodbye ("no thanks bye", "nope thats all bye"): the caller is done. */
const NO_WORDS = new Set(['no', 'nope', 'nah']);
const ACK_ORDER = ['bye', 'thanks', 'hi', 'pause', 'yes'] as const;
export const ACK_REPLY: Record<(typeof ACK_ORDER)[number], string> = {
  thanks: "You're welcome!",
  hi: 'Hi!',
  pause: 'No rush.',
  bye: "Before you go: I haven't passed your request on yet.",
  yes: 'Great.',
};

/** The emergency choice's buttons, pressed or typed again once the questions have started. */
const CHOICE_LABEL = /^\s*(?:quick questions?|request a callback|call now|have someone contact me)\s*[.!]*\s*$/i;

/** What kind of acknowledgement the whole message is ("thx", "ok sure", "hi!"); null when it says anything else. */
export function acknowledgement(text: string): (typeof ACK_ORDER)[number] | null {
  // "Quick questions" at the name step is a yes to the questions, not a name ("Thanks, Quick.").
  if (CHOICE_LABEL.test(text)) return 'yes';
  const words = text.toLowerCase().replace(/[^a-z' ]+/g, ' ').replace(/'/g, '').trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return null;
  const kinds = new Set<string>();
  for (const w of words) {
    const k = ACK_WORDS[w] ?? (/^(?:t+h+a*n+x+|thanx|thnx|thank+s+|ok+|yes+|hm+|um+|uh+|lo+l)$/.test(w) ? (w.startsWith('t') ? 'thanks' : w.startsWith('o') || w.startsWith('y') ? 'yes' : 'pause') : undefined);
    if (k) kinds.add(k);
    else if (NO_WORDS.has(w)) kinds.add('no');
    else if (!ACK_GLUE.has(w)) return null;
  }
  if (kinds.has('no') && !kinds.has('bye')) return null;
  return ACK_ORDER.find((k) => kinds.has(k)) ?? null;
}

/** A goodbye that ends the message ("..., thanks bye", "ok cya"). */
const SIGN_OFF_END = /(?:^|[\s,.!]+)(?:(?:ok(?:ay)?|thanks?|thank you|thx|ty|cheers)[\s,.!]*)*(?:bye(?: bye)?|goodbye|cya|see ya|see you)[\s.!]*$/i;
/** What the visitor will do themselves ("i'll just come by", "ill call back later", "we'll think about it"). */
const OWN_PLAN = /^(?:(?:ok(?:ay)?|alright|great|cool|sounds good|perfect|got it)[\s,.!]+)*(?:i'?ll|i will|we'?ll|we will|i'?m gonna|gonna)\s+(?:just\s+|probably\s+|maybe\s+)?(?:come|stop|swing|drop|pop|head|walk|call|think|check|look|talk|text|email|e-mail|get back)\b[^?]*$/i;

/**
 * The visitor signs off with a plan of their own: "ok ill just come by, thanks bye", "i'll call back
 * later, bye". No request for the team (QA, a call to an auto shop: "ok ill just come by, thanks bye"
 * got "I can help with that. What is your name?"). A goodbye alone is acknowledgement()'s.
 */
export function signsOff(text: string): boolean {
  const t = text.trim();
  const end = SIGN_OFF_END.exec(t);
  if (!end) return false;
  const rest = t.slice(0, end.index).replace(/[\s,.!]+$/, '');
  return rest.split(/\s+/).length <= 12 && OWN_PLAN.test(rest);
}

export const YES_NO_ANSWER = /^(?:yes|yeah|yep|yup|ya|sure|of course|correct|right|no|nope|nah|not really|none|i do|we do|i don'?t|we don'?t|there is|there are|there isn'?t|there aren'?t|si)[.! ]*$/i;

/** A plain yes or no to a question that asks for one ("Do you have pets?" "no"): an answer, not a skip. */
export function answersYesNo(question: string | undefined, text: string): boolean {
  return !!question && isYesNoQuestion(question) && YES_NO_ANSWER.test(text.trim());
}

/** An exclamation after an acknowledgement ("what a relief", "how cute"). */
const EXCLAMATION = /^(?:what an?\b[^?]*|how \w+[.!]*)$/i;

/**
 * What follows an acknowledgement said first ("cool. whats the wifi password lol" -> "whats the wifi
 * password lol"); null when the message does not open on one. (QA, an inn: after an answer, "cool.
 * whats the wifi password lol" was read as no question and got "Would you like me to pass this on?".)
 */
export function afterAcknowledgement(text: string): string | null {
  const m = /^([^.!?,;]{1,40})[.!?,;]+\s*(\S.*)$/s.exec(text.trim());
  if (!m || !acknowledgement(m[1]!)) return null;
  // ("thanks. what a relief", "lol. how cute": an exclamation, no question.)
  return EXCLAMATION.test(m[2]!) ? null : m[2]!;
}
