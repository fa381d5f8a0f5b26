// The SDK's VoiceResponse alone: the package root also loads its REST client (~150 ms of CPU at
// every start), which only src/twilio/client.ts needs, when Twilio is configured.
import VoiceResponseClass from 'twilio/lib/twiml/VoiceResponse.js';

// TwiML documents, built with the SDK's VoiceResponse only (it escapes every text and
// attribute). A verb is a function that adds itself to a response, so documents compose the
// way they read: `response(say('Hello', o), hangup())`.

export type VoiceResponse = VoiceResponseClass;
/** The SDK's TwiML builder (for documents that do not compose from the verbs below). */
export const TwimlVoiceResponse = VoiceResponseClass;
export type Verb = (r: VoiceResponse) => void;

export interface SayOptions {
  voice?: string;
  language?: string;
}

type SayAttributes = Parameters<VoiceResponse['say']>[0] & object;

function sayAttributes(o: SayOptions): SayAttributes {
  const attrs: Record<string, string> = {};
  if (o.voice) attrs.voice = o.voice;
  if (o.language) attrs.language = o.language;
  return attrs as SayAttributes;
}

/** The document: the XML declaration and <Response> with the verbs in order. */
export function response(...verbs: Verb[]): string {
  const r = new VoiceResponseClass();
  for (const verb of verbs) verb(r);
  return r.toString();
}

export const say =
  (text: string, o: SayOptions = {}): Verb =>
  (r) => {
    r.say(sayAttributes(o), text);
  };

export const play =
  (url: string): Verb =>
  (r) => {
    r.play(url);
  };

export const pause =
  (seconds: number): Verb =>
  (r) => {
    r.pause({ length: seconds });
  };

export const hangup = (): Verb => (r) => {
  r.hangup();
};

export const redirect =
  (url: string): Verb =>
  (r) => {
    r.redirect({ method: 'POST' }, url);
  };

/** <Dial> a number; with `action`, Twilio posts the outcome there (DialCallStatus). */
export const dial =
  (number: string, o: { timeoutSec?: number; action?: string; callerId?: string } = {}): Verb =>
  (r) => {
    const attrs: Record<string, string | number> = {};
    if (o.timeoutSec) attrs.timeout = o.timeoutSec;
    if (o.action) {
      attrs.action = o.action;
      attrs.method = 'POST';
    }
    if (o.callerId) attrs.callerId = o.callerId;
    r.dial(attrs as never, number);
  };

/** <Connect><Stream>: custom values travel as <Parameter>s (the URL may not carry a query). */
export const connectStream =
  (streamUrl: string, parameters: Record<string, string>): Verb =>
  (r) => {
    const stream = r.connect().stream({ url: streamUrl });
    for (const [name, value] of Object.entries(parameters)) stream.parameter({ name, value });
  };

/** One speech turn: the prompt inside <Gather input="speech">, posted to `action`. */
export const gather =
  (action: string, prompt: string, o: SayOptions & { timeoutSec?: number } = {}): Verb =>
  (r) => {
    const g = r.gather({
      input: ['speech'],
      action,
      method: 'POST',
      speechTimeout: 'auto',
      timeout: o.timeoutSec ?? 6,
      ...(o.language ? { language: o.language as never } : {}),
    });
    g.say(sayAttributes(o), prompt);
  };

/** Key presses: the verbs inside <Gather input="dtmf" numDigits=…>, posted to `action`. */
export const gatherDigits =
  (action: string, inner: Verb[], o: { numDigits?: number; timeoutSec?: number } = {}): Verb =>
  (r) => {
    const g = r.gather({ input: ['dtmf'], numDigits: o.numDigits ?? 1, timeout: o.timeoutSec ?? 8, action, method: 'POST', actionOnEmptyResult: false });
    // A Gather nests <Say>, <Play> and <Pause>: the same methods as the response itself.
    for (const verb of inner) verb(g as unknown as VoiceResponse);
  };

/** A voicemail: <Record> with a beep and Twilio's transcription posted to `transcribeCallback`. */
export const record =
  (action: string, transcribeCallback: string, maxLengthSec = 120): Verb =>
  (r) => {
    r.record({ action, method: 'POST', maxLength: maxLengthSec, playBeep: true, transcribe: true, transcribeCallback });
  };
