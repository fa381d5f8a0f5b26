import { normalizeCasual } from '../ai/lexical.js';

// "can u have it ready tmrw", "i need it by friday is that possible", "could my laptop be done by
// the weekend": a deadline asked for the visitor's own job is a question about how long the work
// takes (the guide's turnaround, and its faster option when it has one), never a yes the guide
// cannot give for a given day.

const WHEN = String.raw`(?:today|tonight|tomorrow|tmrw|tmr|this (?:afternoon|evening|week|weekend)|next week|the weekend|the end of (?:the )?(?:day|week)|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|monday|\d{1,2}(?::\d\d)? ?(?:am|pm)|noon|lunch(?:time)?)`;
const THING = String.raw`(?:it|them|this|that|mine|(?:my|our|the) (?:\w+ ){0,2}?\w+)`;
const DONE = String.raw`(?:ready|done|finished|fixed|repaired|back)`;
const DEADLINE = new RegExp(
  String.raw`\b(?:have|get|got|make|be) ${THING} ${DONE}(?: (?:by|for|before))? ${WHEN}\b` +
    String.raw`|\b${THING} (?:be|is|will be) ${DONE}(?: (?:by|for|before))? ${WHEN}\b` +
    String.raw`|\b(?:need|want|needs|wants) ${THING}(?: ${DONE})? (?:by|for|before) ${WHEN}\b` +
    String.raw`|\b${DONE} (?:by|before) ${WHEN}\b`,
);

/** What a deadline question asks, as the guide says it (how long until ready, and faster), or null when the message sets no deadline. */
export function deadlineQuery(question: string): string | null {
  const plain = normalizeCasual(question);
  if (!DEADLINE.test(plain)) return null;
  // (The thing itself is left out: a guide gives one turnaround, and "my e-bike" would find the e-bike's price row.)
  return 'how long until it is ready turnaround faster';
}
