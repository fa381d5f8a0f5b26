import { terms } from '../ai/lexical.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// Safety sections and instructions: a sentence that tells the visitor what to do in a risk is no yes
// or no to a question about the business's work, and a fact beside it (what the business has) still is.

/** A section about safety or emergencies (fire drills, gas, floods): its sentences are instructions for those. */
const SAFETY_HEADING = /\b(?:safety|safe|emergenc(?:y|ies)|urgent|hazards?|fire|evacuat\w*|danger\w*|what to do (?:if|when|in))\b/i;
/** A question about a risk or what to do in one ("what if i smell gas", "is it safe", "fire exit"). */
const SAFETY_ASKED = /\b(?:safety|safe|unsafe|emergenc(?:y|ies)|urgent|urgently|hazards?|fire|smoke|gas|carbon monoxide|co alarm|alarm|leak\w*|flood\w*|burst|sparks?|shock|evacuat\w*|danger\w*|injur\w*|hurt|bleeding|what (?:do|should) (?:i|we) do|what if|in case)\b/i;

/**
 * A sentence of a safety or emergency section that a question about something else names in
 * passing ("do you have PARKING" -> the fire drill's "Meet in the PARKING lot"): it answers only
 * questions about safety, so it loses a tie to any other.
 */
export function safetyAside(heading: string, question: string): boolean {
  return SAFETY_HEADING.test(innermostHeading(heading)) && !safetyAsked(question);
}

/** A device named by the danger it warns of or fights ("a CO DETECTOR", "smoke alarms", "a fire extinguisher"). */
const SAFETY_DEVICE = /\b(?:(?:co |carbon monoxide |smoke |gas |lp |propane |fire |leak |flood |water |radon )+(?:detectors?|alarms?|sensors?|extinguishers?|monitors?|blankets?))\b/g;
/** A request for the business's work ("can you REPLACE ...", "do you INSTALL ...", "do u sell ..."). */
const ASKS_WORK = /^(?:(?:can|could|will|would|do|does) (?:you|u|ya|y'all|you guys|your \w+)|is it possible to have you) (?!do\b|know\b|recommend\b|suggest\b|think\b|mind\b)[a-z]+\b/;

/**
 * Whether a question is about a risk or what to do in one. A request for work on a safety device
 * ("can you replace my CO DETECTOR", "do you install smoke alarms") asks for a job, no word on the
 * danger: the device's name alone does not make it one.
 */
function safetyAsked(question: string): boolean {
  return SAFETY_ASKED.test(ASKS_WORK.test(question) ? question.replace(SAFETY_DEVICE, ' ') : question);
}

/** An instruction, after the case it is for ("In a fire drill, LEAVE by the nearest exit", "Don't go back in until ..."), about another act than the question's ("should i SPRAY the nest myself" -> "Do not SPRAY it" is its answer). */
export function isInstruction(text: string, question = ''): boolean {
  const m = INSTRUCTION.exec(text);
  if (!m) return false;
  const act = /(?:never|don't|do not)$/i.test(m[0]) ? /^\s+([a-z]+)/i.exec(text.slice(m[0].length))?.[1] : /([a-z]+)$/i.exec(m[0])?.[1];
  return !act || !terms(question).includes(terms(act)[0] ?? act);
}

/** The visitor asks the business to do something ("can you CHARGE it", "will u come"), not for advice ("can you TELL me what to do"). */
export function asksForWork(question: string): boolean {
  return /\b(?:can|could|will|would|do) (?:you guys|u guys|you all|y'?all|you|u)\s+(?!tell|recommend|suggest|explain|advise|help|say|let)[a-z]+/.test(question);
}

/** A section about safety itself (a fire drill, hazards), not about emergency call-outs (their fees and times answer any question). */
const SAFETY_ONLY_HEADING = /\b(?:safety|hazards?|fire|evacuat\w*|danger\w*)\b/i;

/** A question about what the business has or does ("do you have parking", "is there a lift"). */
const ABOUT_BUSINESS = /^(?:do|does|is|are|can|will) (?:you|u|ya|y'all|you guys|there|your \w+|the \w+)\b/;
/** An instruction, after the case it is for ("In a fire drill, LEAVE by the nearest exit"). */
const INSTRUCTION = /^(?:(?:in|if|when|during|before|after|once|while) [^,]{1,60},\s*)?(?:please )?(?:never|don't|do not|meet|leave|call|keep|get|go|turn|shut|stay|move|unplug|evacuate|use|switch|pull|wait|head|walk|exit|gather|follow|open|close)\b/i;

/** A sentence that tells what to do or not do ("Shut the gas off", "Fire or smoke you can see: get out", "Dogs must stay on a leash"), not a fact ("We have 8 auto belays"). */
export function tellsWhatToDo(text: string, question = ''): boolean {
  const tells = INSTRUCTION.test(text) || INSTRUCTION.test(text.replace(/^[^:]{1,60}:\s*/, '')) || /\b(?:must|should|need to|needs to|have to|has to)\b/i.test(text);
  return tells && !factAfterInstruction(text, question);
}

/**
 * A clause of its own after an instruction that names what was asked, which the instruction does not,
 * says a fact: "If someone is hurt, tell the front desk right away; ... we have an AED by the front desk"
 * answers "do you have an aed".
 */
export function factAfterInstruction(text: string, question: string): boolean {
  const [instruction, ...rest] = text.split(/\s*;\s*/);
  const asked = new Set(terms(question));
  return rest.some((c) => terms(c).some((t) => asked.has(t))) && !terms(instruction!).some((t) => asked.has(t));
}

/**
 * A safety instruction ("In a fire drill, meet in the parking lot.") is no yes to a question about
 * what the business has ("do you have parking"); a safety section's statements of policy ("we do
 * not move furniture heavier than 50 lbs") still answer.
 */
export function safetyOnly(heading: string, question: string, text: string): boolean {
  return SAFETY_ONLY_HEADING.test(innermostHeading(heading)) && !safetyAsked(question) && ABOUT_BUSINESS.test(question) && INSTRUCTION.test(text);
}
