import { SAYS_RULE } from './answer-unanswered.js';

// Whether a booking is needed, answered by a page that welcomes people without one.

/** Whether a booking is needed, asked ("do i need a reservation", "do we have to book", "is an appointment required"). */
const BOOKING_NEED_ASKED = /\b(?:need|needs|have to|has to|require|must)\b.{0,30}\b(?:reserv\w*|book(?:ing|ings)?|appointments?|appts?)\b|\b(?:reservations?|bookings?|appointments?)\b.{0,20}\b(?:required|necessary|needed|mandatory)\b/;
/** Coming without a booking said welcome ("Walk-ins welcome", "walk-ins are always welcome", "walk-ins accepted"). */
const WALK_INS_WELCOME = /\bwalk-?ins? (?:are |is )?(?:always |very |also )?(?:welcome|accepted|ok|okay|fine)\b/i;

/**
 * "do i need a reservation" -> "Walk-ins welcome; on weekends lanes fill up, so you can reserve a lane online": people
 * welcome without one is a no to needing it (range QA: it said "Yes." from the reserving the sentence offers), unless the
 * page also makes it a rule ("Walk-ins welcome; reservations required for groups": the page's words, no verdict of ours).
 */
export function walkInsWelcomed(plainQuestion: string, text: string): boolean {
  return BOOKING_NEED_ASKED.test(plainQuestion) && !/\bwalk-?ins?\b/.test(plainQuestion) && WALK_INS_WELCOME.test(text) && !SAYS_RULE.test(text) && !WALK_INS_SCOPED.test(text);
}

/**
 * Walk-ins welcome for some things or days only, or with bookings first (reviewer: "do i need an appointment for brakes"
 * got "No. Oil changes and tire rotations: walk-ins welcome ..."; "Walk-ins are welcome on Fridays ...; every other day is
 * by appointment"): no verdict of ours.
 */
const WALK_INS_SCOPED = /\S\s*[:\u2014\u2013]\s*walk-?ins?\b|\bwalk-?ins?\b[^.;]*\b(?:on|for) (?:mon|tue|wed|thu|fri|sat|sun)\w*|\bby appointment\b|\bappointments? (?:get|have|take) (?:priority|precedence)\b|\bonly\b/i;
