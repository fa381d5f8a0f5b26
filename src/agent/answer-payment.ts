import { isStopWord, normalizeCasual } from '../ai/lexical.js';
import type { SearchHit, Vocabulary } from '../knowledge/service.js';
import type { GroundedAnswer } from './answer-extract.js';
import { unitsOf, type Unit } from './answer-units.js';
import { bestChunkUnits, notSureAbout } from './answer-area.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// "can i pay with venmo", "do you take apple pay": a way of paying the guide never names. No
// sentence can say yes or no to it, but the visitor is best served by the ways of paying the guide
// does name, said as what it is: we are not sure about that one (as answer-area does for towns).

const METHOD = `([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2})`;
const OPEN = `^(?:and |so |hi |hey |also )?`;
const YOU = `(?:you|you guys|you all|y'?all|u|u guys)`;
/** Names of ways to pay (what "do you take X" must name to be about paying, not "walk-ins" or "insurance"). */
const PAYMENT_NAME = /\b(?:pay|venmo|paypal|zelle|cash ?app|crypto|bitcoin|ethereum|amex|american express|discover|diners|klarna|afterpay|affirm|sezzle|e-?transfer|interac|wire|ach|money order|cheques?|checks?|cash|cards?|credit|debit|visa|mastercard|gift cards?|financing)\b/;
const ASKS: Array<{ re: RegExp; named: boolean }> = [
  // "can i pay with venmo", "can we pay by bitcoin", "is it ok to pay using klarna"
  // ("can i pay RENT with cash", "pay the deposit by check": what is paid, then the way.)
  { re: new RegExp(`${OPEN}(?:can|could|may) (?:i|we) (?:still )?pay (?:you |(?:the |my |our )?(?:rent|bill|deposit|invoice|balance|fees?|it|this|that) )?(?:with|by|using|via|through|in|on) (?:a |an |my |our )?${METHOD}[?.!]*$`), named: false },
  // "do you take venmo", "do you guys accept apple pay"
  { re: new RegExp(`${OPEN}(?:do|does|can|will|would) ${YOU} (?:take|accept|do|allow) ${METHOD}(?: payments?| too| as well| at all)?[?.!]*$`), named: true },
  // "is venmo ok", "is apple pay accepted"
  { re: new RegExp(`${OPEN}(?:is|are) ${METHOD} (?:ok|okay|fine|accepted|an option|possible|good)[?.!]*$`), named: true },
];
/**
 * The method as the visitor wrote it: an abbreviation the casual reading expanded ("amex" ->
 * "amex american express") is said back as typed (QA: "I'm not sure about Amex American Express").
 */
function asTyped(method: string, question: string): string {
  const typed = question.toLowerCase();
  const ws = method.split(' ');
  for (let n = ws.length; n > 1; n--) if (typed.includes(ws.slice(0, n).join(' '))) return ws.slice(0, n).join(' ');
  return typed.includes(ws[0]!) ? ws[0]! : method;
}

/** Words that point back or name nothing ("can i pay with that", "do you take it"). */
const NO_METHOD = /^(?:it|that|this|them|those|me|us|my|the|a|an)$/;
/** Paying over time is financing, no way of paying: the casual reading says so ("pay in installments" -> "monthly payments financing"). */
const OVER_TIME = /\bfinanc\w*/;

/** Words that say paying, not which way ("credit card", "bank transfer"). */
const GENERIC_PAYMENT = new Set(['card', 'cards', 'credit', 'debit', 'pay', 'payment', 'payments', 'transfer', 'bank', 'online', 'mobile']);

/**
 * The way of paying a question asks about, lower case, when the guide never names it (none of its
 * words is in the vocabulary); null otherwise, also without the vocabulary.
 */
export function unnamedPayment(question: string, vocabulary: Vocabulary | null): string | null {
  if (!vocabulary) return null;
  const asked = askedPayment(question);
  if (!asked) return null;
  const { method, ws } = asked;
  // ("a check" is named by "checks", "cards" by "card".)
  // ("care credit" is named by "CareCredit".)
  const has = (w: string) => [w, w.replace(/s$/, ''), `${w}s`, `${w}es`].some((x) => vocabulary.words.has(x));
  // The words the visitor typed name it when the guide says one of them; the words the casual
  // reading added ("amex" -> "amex american express") only all together (QA: a bike shop's
  // "express service" named Amex).
  const typed = asTyped(method, question);
  const own = ws.filter((w) => typed.split(' ').includes(w));
  const added = ws.filter((w) => !own.includes(w));
  // (Of several words typed, the ones that say which way are all needed: "american express" is not
  // named by an "express service", "credit card" is by "cards".)
  const which = own.filter((w) => !GENERIC_PAYMENT.has(w));
  // ("apple pay" is not named by an "Apple iPhone" of the repairs offered: a brand that pays, typed with
  // "pay", needs the guide's "pay" beside it.)
  const brandPay = which.length === 1 && /\bpay\b/.test(typed);
  const ownNamed = which.length > 1 ? which.every(has) : brandPay ? [which[0]!, 'pay'].every(has) || has(`${which[0]}pay`) : [...own, own.join('')].some(has);
  // ("credit cards" is named by the card brands a guide lists: "We take cash, Visa, Mastercard".)
  const cardBrand = which.length === 0 && own.some((w) => /^(?:card|cards|credit)$/.test(w)) && ['visa', 'mastercard', 'amex'].some(has);
  // (A Visa or a Mastercard is named by the credit cards a guide says it takes.)
  const network = which.length > 0 && which.every((w) => /^(?:visa|mastercard)$/.test(w)) && has('credit');
  if (ownNamed || cardBrand || network || (!brandPay && has(own.join(''))) || (added.length > 0 && added.every(has))) return null;
  // ("etransfer" is named by "E-transfer": QA got "I'm not sure about Etransfer. E-transfer, credit card or cash.")
  const joined = new Set([...ws, ws.join('')].map((w) => w.replace(/-/g, '')));
  for (const word of vocabulary.words.keys()) if (word.includes('-') && joined.has(word.replace(/-/g, ''))) return null;
  return typed;
}

/** The question asks whether a way of paying is taken ("do you take credit cards", "can i pay with venmo"). */
export function asksAboutPaying(question: string): boolean {
  return askedPayment(question) !== null;
}

/** The way of paying a question asks about ("do you take credit cards"), and its own words; null when it asks no such thing. */
function askedPayment(question: string): { method: string; ws: string[] } | null {
  const q = normalizeCasual(question).replace(/\s+/g, ' ').trim();
  for (const { re, named } of ASKS) {
    const method = re.exec(q)?.[1]?.replace(/[.,]+$/, '').trim();
    if (!method || NO_METHOD.test(method) || OVER_TIME.test(method)) continue;
    if (named && !PAYMENT_NAME.test(method)) continue;
    const ws = method.split(' ').filter((w) => !isStopWord(w) && w !== 'pay' && w !== 'payment' && w !== 'payments');
    if (ws.length) return { method, ws };
  }
  return null;
}

/** Cards by their kind or their networks: "credit cards" are named by "Visa, Mastercard and Amex". */
const CARD = /\b(?:cards?|credit|debit|visa|mastercard|amex|american express|discover)\b/i;
const CARD_ASKED = /^(?:credit|debit|cards?|credit cards?|debit cards?|a card)$/;

/**
 * "do you take credit cards" on a guide with "ID and a credit card are required for rentals" and
 * "We accept cash, Visa, Mastercard and Amex": a question about paying is answered by what the
 * guide says about the ways it takes, not by a sentence that names the card for another purpose.
 * Null when `answer` already is such a sentence, or the guide says nothing of the way asked about.
 */
export function paymentInstead(question: string, answer: GroundedAnswer | null, hits: SearchHit[]): GroundedAnswer | null {
  const asked = askedPayment(question);
  if (!asked) return null;
  // (Every sentence about paying, not only the best chunk's first two: the insurance sentences of a
  // "# Insurance and paying" section come before the one that says which ways are taken.)
  const units = unitsOf(hits).filter(aboutPaying);
  if (!units.length) return null;
  const asPayment = wayOfPayingSaid(question, asked);
  if (!asPayment) return null;
  const ws = wordsOfWay(question, asked);
  // (The answer already is such a sentence: it stands, without a sentence after it that only shares a
  // word of the way's name: "can i pay w CREDIT card" -> no "We check CREDIT, rental history and income"
  // after the cards; the question asks only of that way.)
  const own = answer ? units.find((u) => answer.text.includes(u.text) && asPayment(u.text)) : undefined;
  if (answer && own) {
    const end = answer.text.indexOf(own.text) + own.text.length;
    const rest = answer.text.slice(end).trim();
    return rest && !units.some((u) => rest.includes(u.text)) ? { ...answer, text: answer.text.slice(0, end) } : null;
  }
  const unit = units.find((u) => asPayment(u.text));
  if (!unit) return null;
  const no = new RegExp(`\\b(?:no|not|don't|do not|never)\\b[^.;]*\\b${stemOf(ws[0]!)}`, 'i').test(unit.text);
  return { text: `${no ? 'No.' : 'Yes.'} ${unit.text}`, sources: [{ title: unit.title, chunkId: unit.chunkId }] };
}

const stemOf = (w: string) => w.replace(/(?:es|s)$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words of the way asked, as typed: "amex", not the casual reading's "amex american express". */
const wordsOfWay = (question: string, asked: { method: string; ws: string[] }) => asTyped(asked.method, question).split(' ').filter((w) => asked.ws.includes(w));

/**
 * Whether a text names the way of paying asked as a way of paying; null when the question's way has no
 * words of its own to look for.
 * ("do you take checks" -> "we bill Medicare ... for glaucoma CHECKS", "can i pay by check" -> "if we
 * cannot CHECK your benefits ... you will pay in full": the way asked must be said as a way of
 * paying, after a verb that takes it or in a list beside another way.)
 * ("Pay rent online through the tenant portal (bank transfer is free; CARDS cost 2.9%)": a sentence that
 * opens with paying and names the ways it may be done names each of them as a way of paying.)
 */
function wayOfPayingSaid(question: string, asked: { method: string; ws: string[] }): ((text: string) => boolean) | null {
  const ws = wordsOfWay(question, asked);
  if (!ws.length) return null;
  const named = CARD_ASKED.test(asked.method) ? CARD : new RegExp(`\\b${stemOf(ws[0]!)}`, 'i');
  const names = (text: string) => (CARD_ASKED.test(asked.method) ? CARD.test(text) : ws.every((w) => new RegExp(`\\b${stemOf(w)}`, 'i').test(text)));
  return (text: string) =>
    (PAYING_OPENS.test(text) && names(text) && (text.match(METHODS_ALL) ?? []).length >= 2) ||
    text.split(/[;.]\s/).some((clause) => {
      const at = named.exec(clause)?.index;
      // ("We're a CASH-ONLY stand": the only way taken.)
      return at !== undefined && names(clause) && (TAKEN_BEFORE.test(clause.slice(0, at)) || /^[\w -]*?\b(?:is|are)? ?accepted\b|^\w+[- ]only\b/i.test(clause.slice(at)) || (clause.match(METHODS_ALL) ?? []).length >= 2);
    });
}

/**
 * "can i pay with a check" -> "Yes. Our team CHECKS every car ...": an answer to a way of paying (one
 * named as such: a check, a card, cash) that never says it as a way of paying speaks of the word in
 * another sense. The guide's ways of paying are said instead when it has any ("I'm not sure about
 * check. ..."), else nothing: no yes or no is known. Otherwise the answer paymentInstead gives.
 */
export function paymentReply(question: string, answer: GroundedAnswer | null, hits: SearchHit[]): GroundedAnswer | null {
  const instead = paymentInstead(question, answer, hits);
  const asked = askedPayment(question);
  if (instead || !answer || !asked) return instead ?? answer;
  const asPayment = PAYMENT_NAME.test(asked.method) ? wayOfPayingSaid(question, asked) : null;
  const way = asTyped(asked.method, question);
  // (A row or an item named by the way is about it: "Yes. Venmo — Taken?: Yes.")
  const opens = new RegExp(`^(?:(?:yes|no)[.,!]\\s*)?${stemOf(way.split(' ')[0]!)}`, 'i');
  if (!asPayment || asPayment(answer.text) || opens.test(answer.text) || /\b(?:pay|paid|paying|payments?|accept(?:s|ed)?|takes?)\b/i.test(answer.text)) return answer;
  return paymentAnswer(way, hits);
}

/** A sentence that opens with paying ("Pay rent online ...", "Payment is due ..."). */
const PAYING_OPENS = /^(?:pay|payments?)\b/i;
const PAYMENT_HEADING = /\b(?:pay|paying|payments?|billing|money|deposits?)\b/i;
/** A sentence that names ways of paying ("We take cards, checks and Zelle."). */
const NAMES_METHODS = /\b(?:cash|cards?|credit|debit|checks?|cheques?|visa|mastercard|amex|american express|discover|zelle|venmo|paypal|apple pay|google pay|bank transfer|e-?transfer|invoice)\b/i;
const METHODS_ALL = new RegExp(NAMES_METHODS.source, 'gi');
/** A verb that takes a way of paying, said before it ("we TAKE cash", "we do not ACCEPT checks", "PAY BY card", "payment: cash"). */
const TAKEN_BEFORE = /\b(?:take|takes|taken|accept|accepts|accepted|pay(?:ing)? (?:by|with|using|via|in)|payments?\b[^,]*?(?:by|with|:))\b|(?:^|\s)(?:no|not)\s+(?:[a-z]+\s+)?$/i;
const ACCEPTS = /\b(?:we (?:take|accept)|(?:is|are) accepted|pay (?:by|with|in|using)|payment (?:by|with|methods?)|\bpayments?(?: options| methods)?\s*:|we don't (?:take|accept)|we do not (?:take|accept))\b/i;

/** The guide's sentences (or rows) naming the ways of paying it takes, best chunk first. */
export function paymentUnits(hits: SearchHit[]): Unit[] {
  return bestChunkUnits(unitsOf(hits).filter(aboutPaying), 2);
}

/** A sentence naming ways of paying, that says it takes them or stands under a heading about paying. */
function aboutPaying(u: Unit): boolean {
  return u.kind === 'sentence' && NAMES_METHODS.test(u.text) && (ACCEPTS.test(u.text) || PAYING_OPENS.test(u.text) || PAYMENT_HEADING.test(innermostHeading(u.heading)));
}

/** "I'm not sure about Venmo. We take cards, checks and Zelle." or null when the guide names no way of paying. */
export function paymentAnswer(method: string, hits: SearchHit[]): GroundedAnswer | null {
  return notSureAbout(method, paymentUnits(hits));
}
