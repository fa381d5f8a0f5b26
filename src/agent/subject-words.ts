import { normalizeCasual, terms } from '../ai/lexical.js';

// Which words of a message name what it is about: not the words any question about a job uses,
// and, apart, the words that only say when (the business is open, a day). Read by follow-up.ts
// (what a later "that" points back to) and format.remember (what a request that follows is about).

/** Words any question about a job may use: they name no subject of their own. */
export const GENERIC = new Set(
  terms(
    'fix fixes fixing repair repairs do does doing done offer offers handle deal work works working cover covers help service services ' +
      'something anything thing things stuff job jobs kind type sort much many cost costs price prices pricing charge charges quote quotes ' +
      'fee fees rate rates long take takes time times come get guys usually normally typically also too extra roughly about around ' +
      'able possible available want need would could like know tell sure really ok okay yes please thanks ' +
      // (A request for a callback names no subject: "can someone call me back" keeps the water heater a later "how much" is about.)
      'call back callback ring contact touch reach someone somebody anyone anybody ' +
      // (Asides and how often name nothing either: "WAIT how much is it PER WEEK" after "i want weekly mowing".)
      'wait hold hmm actually oh sorry btw quick question just then again per week weekly month monthly',
  ),
);

/** The words of `text` that name a subject (not stop words, not the generic words of any job question). */
export function subjectWords(text: string): string[] {
  return terms(normalizeCasual(text)).filter((t) => !GENERIC.has(t));
}

/**
 * When the business is open names no thing a later "it" could be: "how long will it take" after
 * "are you open sunday" asks how long a job takes, not Sunday (QA: it got "We are closed on
 * Sunday."). Such a question is still read alone ("do you do it on saturdays" is about Saturday).
 */
export const SCHEDULE = new Set(
  terms(
    'open opened opening close closed closing hours today tomorrow tonight weekend weekends weekday weekdays morning afternoon evening ' +
      'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
      'mon tue tues wed thu thur thurs fri sat sun ' +
      // ("are you open right now", "are you still open")
      'now right still',
  ),
);

/** The message speaks only of when the business is open ("are you open", "whats ur hours on saturday"): no job. */
export function namesOnlySchedule(text: string): boolean {
  const words = subjectWords(text);
  return words.length > 0 && words.every((w) => SCHEDULE.has(w));
}
