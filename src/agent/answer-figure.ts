import type { SearchHit } from '../knowledge/service.js';
import type { GroundedAnswer } from './answer-extract.js';
import { renderRow } from './answer-units.js';
import { unitsOf } from './answer-units.js';
import { namesByCount } from './answer-count-named.js';

// "is the $89 just to show up", "what does the 89.50 cover": a price the visitor quotes back from
// the guide names what it is the price of, whatever words the visitor uses for it ("show up" for
// a call-out). Only a figure said as the business's own ("THE $89", "that 89.50", "is $89"), and
// only one the guide states as a price: "a $3000 job" or "the repair is like $400" are the
// visitor's own amounts.

/** A figure pointed at ("the $89", "that 89.50"), not a count or a measure ("the 2 dogs", "the 30 minutes"). */
const QUOTED = /\b(?:the|that|this|your|ur|is)\s+(\$)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))?(?![\d,.]*\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|miles?|mi|feet|ft|foot|inch\w*|lbs?|pounds?|gallons?|sq\w*|am|pm|a\.m|p\.m|o'?clock|kw|amps?|volts?|bedrooms?|story|stories|people|pets?|dogs?|cats?|cars?|rooms?|units?|windows?|doors?|th|st|nd|rd)\b)/i;

/** The price pattern of the figure the question quotes, or null. */
function quotedPrice(question: string): RegExp | null {
  const m = QUOTED.exec(question);
  if (!m) return null;
  const whole = m[2]!.replace(/,/g, '');
  // ("how much is the 10 PASS": a number that names a thing by its count, "10-visit punch card", quotes no price.)
  if ((whole.length < 2 || namesByCount(question, m[2]!)) && !m[1]) return null;
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, ',?');
  // ("the 89" is said of "$89.50": people drop the cents.)
  return new RegExp(`\\$\\s?${digits}${m[3] ? `\\.${m[3]}` : '(?:\\.\\d\\d)?'}(?!\\d|,\\d)`);
}

/**
 * The guide's unit that states the price the question quotes, when `answer` does not lead with it
 * and exactly one unit states it (two that state it leave it open which one was meant); null otherwise.
 */
export function figureAnswer(question: string, answer: GroundedAnswer | null, hits: SearchHit[]): GroundedAnswer | null {
  const price = quotedPrice(question);
  // (An answer that leads with another sentence, the figure's unit only after it, leads with the wrong thing.)
  const lead = answer?.text.replace(/^(?:yes|no)\.\s*/i, '').split(/(?<=[.!?])\s+/)[0] ?? '';
  if (!price || price.test(lead)) return null;
  const units = unitsOf(hits).filter((u) => price.test(u.text) || (u.cells ?? []).some((c) => price.test(c.value)));
  const texts = [...new Set(units.map((u) => (u.kind === 'row' ? renderRow(u, null) : u.text)))];
  if (texts.length !== 1) return null;
  return { text: texts[0]!, sources: [{ title: units[0]!.title, chunkId: units[0]!.chunkId }] };
}
