import { createHmac, timingSafeEqual } from 'node:crypto';
import { spellPhone } from '../contacts/phone-display.js';
import type { Lead } from '../db/schema.js';
import { TwimlVoiceResponse } from '../twilio/twiml.js';

// The emergency phone alert: the TwiML of the call and the signed acknowledgement callback.

export const DEFAULT_EMERGENCY_TEMPLATE =
  'Urgent alert from {business}. A customer reported an emergency: {issue}. Their phone number is {phone}. Please call them back now.';

export const ALERT_TONE_PATH = '/api/notify/alert-tone.wav';
export const ACK_PATH = '/api/notify/emergency/ack';
/** Twilio's asynchronous answering-machine verdict for one alert call. */
export const AMD_PATH = '/api/notify/emergency/amd';
/** The acknowledge link of the SMS (opened in a browser: GET shows a button, POST acknowledges). */
export const ACK_LINK_PATH = '/api/notify/emergency/ack-link';

/** AnsweredBy values (DetectMessageEnd) that mean nobody is there to press 1. */
export const MACHINE_ANSWERS = new Set(['machine_start', 'machine_end_beep', 'machine_end_silence', 'machine_end_other', 'fax']);

const MAX_VALUE_LENGTH = 300;
const MAX_MESSAGE_LENGTH = 1200;

/** The default when the visitor left no number (a chat): nobody is told to call back "not given". */
const NO_PHONE_TEMPLATE = 'Urgent alert from {business}. A customer reported an emergency: {issue}. They left no phone number.';

/** Fills {business} {issue} {phone} {name} {address} {severity} in the business's template. */
export function renderEmergencyMessage(template: string | null, values: { business: string; lead: Lead }): string {
  const { lead } = values;
  const fields: Record<string, string> = {
    business: values.business,
    issue: lead.issue || lead.emergency_notes || 'no details given',
    phone: lead.phone ? spellPhone(lead.phone) : 'not given',
    name: lead.name || 'the customer',
    address: lead.address || 'not given',
    severity: lead.emergency_severity === null ? 'unknown' : String(lead.emergency_severity),
  };
  const fallback = lead.phone ? DEFAULT_EMERGENCY_TEMPLATE : `${NO_PHONE_TEMPLATE}${lead.address ? ' The address given is {address}.' : ''}${lead.email ? ' Their e-mail is in the lead.' : ''}`;
  const text = (template?.trim() || fallback).replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in fields ? speakable(fields[key]!) : whole,
  );
  return speakable(text, MAX_MESSAGE_LENGTH);
}

export interface AlertTwimlInput {
  message: string;
  voice: string;
  language: string;
  /** Absolute URL of the alert tone, or null when the server has no public URL. */
  toneUrl: string | null;
  /** Absolute, signed Gather action URL, or null when the server has no public URL. */
  ackUrl: string | null;
  willCallAgain: boolean;
}

/** Tone, the message twice, then "press 1" -- inside one Gather so a key press anywhere counts. */
export function buildAlertTwiml(input: AlertTwimlInput): string {
  const response = new TwimlVoiceResponse();
  const sayAttrs = { voice: input.voice as never, language: input.language as never };
  if (input.toneUrl) response.play(input.toneUrl);
  const prompt = input.ackUrl
    ? response.gather({ input: ['dtmf'], numDigits: 1, timeout: 8, action: input.ackUrl, method: 'POST', actionOnEmptyResult: false })
    : response;
  prompt.say(sayAttrs, input.message);
  prompt.pause({ length: 1 });
  prompt.say(sayAttrs, `Again: ${input.message}`);
  if (input.ackUrl) prompt.say(sayAttrs, 'Press 1 to acknowledge this alert.');
  response.say(sayAttrs, input.willCallAgain ? 'No acknowledgement received. We will call you again.' : 'No acknowledgement received. Goodbye.');
  response.hangup();
  return response.toString();
}

/** The TwiML answering a key press: thanks on 1, otherwise the prompt once more. */
export function buildAckResponseTwiml(input: { acknowledged: boolean; voice: string; language: string; message: string; ackUrl: string; callback?: string | null }): string {
  const response = new TwimlVoiceResponse();
  const sayAttrs = { voice: input.voice as never, language: input.language as never };
  if (input.acknowledged) {
    response.say(sayAttrs, `Thank you. The alert is acknowledged.${input.callback ? ` The customer's number is ${input.callback}.` : ''} Goodbye.`);
    response.hangup();
    return response.toString();
  }
  const gather = response.gather({ input: ['dtmf'], numDigits: 1, timeout: 8, action: input.ackUrl, method: 'POST', actionOnEmptyResult: false });
  gather.say(sayAttrs, input.message);
  gather.say(sayAttrs, 'Press 1 to acknowledge this alert.');
  response.hangup();
  return response.toString();
}

/** HMAC over the outbox row id: the Gather action cannot be forged for another lead. */
export function signAck(secret: string, notificationId: string): string {
  return createHmac('sha256', ackKey(secret)).update(`emergency-ack:${notificationId}`).digest('base64url');
}

export function verifyAck(secret: string, notificationId: string, token: string): boolean {
  const expected = Buffer.from(signAck(secret, notificationId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function ackUrl(baseUrl: string, secret: string, notificationId: string): string {
  return signedUrl(ACK_PATH, baseUrl, secret, notificationId);
}

export function amdUrl(baseUrl: string, secret: string, notificationId: string): string {
  return signedUrl(AMD_PATH, baseUrl, secret, notificationId);
}

export function linkAckUrl(baseUrl: string, secret: string, notificationId: string): string {
  return signedUrl(ACK_LINK_PATH, baseUrl, secret, notificationId);
}

function signedUrl(path: string, baseUrl: string, secret: string, notificationId: string): string {
  const u = new URL(path, `${baseUrl}/`);
  u.searchParams.set('n', notificationId);
  u.searchParams.set('t', signAck(secret, notificationId));
  return u.toString();
}

/** For an answering machine, after the beep: the alert once, clearly not acknowledged, then hang up. */
export function buildVoicemailAlertTwiml(input: { message: string; voice: string; language: string; moreContacts: boolean }): string {
  const response = new TwimlVoiceResponse();
  const sayAttrs = { voice: input.voice as never, language: input.language as never };
  response.say(sayAttrs, `This is an automated emergency alert. ${input.message}`);
  response.pause({ length: 1 });
  response.say(
    sayAttrs,
    input.moreContacts
      ? 'This message does not acknowledge the alert. We are calling the next contact now.'
      : 'This message does not acknowledge the alert. Please call the customer back as soon as you can.',
  );
  response.hangup();
  return response.toString();
}

function ackKey(secret: string): Buffer {
  // A key of its own, so this token is useless as anything else signed with the app secret.
  return createHmac('sha256', secret).update('notify/emergency-ack/v1').digest();
}

/** One line, bounded, without characters a speech engine would read out as symbols. */
function speakable(value: string, max = MAX_VALUE_LENGTH): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

