import twilio from 'twilio';
import { say, response, dial, record } from './twiml.js';

// Controls a live call through the Twilio REST API (the real `twilio` client; its base URL is
// rewritten to TWILIO_API_BASE_URL so tests and proxies can stand in for api.twilio.com).

export interface CallControl {
  /** Replaces the call's TwiML: the media stream stops and Twilio dials `number`. */
  transfer(callSid: string, number: string, message: string, o?: { voice?: string; language?: string }): Promise<void>;
  hangup(callSid: string): Promise<void>;
  /** Apologise and record a voicemail (the realtime side is gone). */
  voicemail(callSid: string, message: string, recordAction: string, transcribeCallback: string, o?: { voice?: string; language?: string }): Promise<void>;
  readonly configured: boolean;
}

export interface CallControlOptions {
  accountSid?: string;
  authToken?: string;
  apiBaseUrl?: string;
}

export function createCallControl(o: CallControlOptions): CallControl {
  let client: twilio.Twilio | undefined;
  const get = (): twilio.Twilio => {
    if (!o.accountSid || !o.authToken) throw new Error('Twilio is not configured (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)');
    if (!client) {
      const base = o.apiBaseUrl;
      const httpClient = new twilio.RequestClient();
      if (base) {
        const original = httpClient.request.bind(httpClient);
        httpClient.request = ((opts: Parameters<typeof original>[0]) =>
          original({ ...opts, uri: opts.uri.replace(/^https:\/\/[a-z0-9.-]*twilio\.com/i, base) })) as typeof httpClient.request;
      }
      client = twilio(o.accountSid, o.authToken, { httpClient });
    }
    return client;
  };
  return {
    get configured() {
      return Boolean(o.accountSid && o.authToken);
    },
    async transfer(callSid, number, message, so = {}) {
      await get().calls(callSid).update({ twiml: response(say(message, so), dial(number)) });
    },
    async hangup(callSid) {
      await get().calls(callSid).update({ status: 'completed' });
    },
    async voicemail(callSid, message, recordAction, transcribeCallback, so = {}) {
      await get().calls(callSid).update({ twiml: response(say(message, so), record(recordAction, transcribeCallback)) });
    },
  };
}
