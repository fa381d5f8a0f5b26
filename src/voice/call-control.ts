import { createTwilioRestClient, type TwilioRestClient } from '../notify/twilio-rest.js';
import type { Config } from '../config.js';
import { say, response, dial, record } from './twiml.js';

// Controls a live call through the Twilio REST API: the real `twilio` client (shared factory
// with notify, so TWILIO_API_BASE_URL reaches proxies and test fakes the same way).

export interface CallControl {
  /** Replaces the call's TwiML (the media stream, if any, stops). */
  update(callSid: string, twiml: string): Promise<void>;
  /** Replaces the call's TwiML: the media stream stops and Twilio dials `number`. */
  transfer(callSid: string, number: string, message: string, o?: { voice?: string; language?: string }): Promise<void>;
  hangup(callSid: string): Promise<void>;
  /** Apologise and record a voicemail (the realtime side is gone). */
  voicemail(callSid: string, message: string, recordAction: string, transcribeCallback: string, o?: { voice?: string; language?: string }): Promise<void>;
  readonly configured: boolean;
}

export function createCallControl(config: Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_API_BASE_URL'>): CallControl {
  let client: TwilioRestClient | null | undefined;
  const get = (): TwilioRestClient => {
    client ??= createTwilioRestClient(config, { timeoutMs: 5000 });
    if (!client) throw new Error('Twilio is not configured (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)');
    return client;
  };
  return {
    get configured() {
      return Boolean(config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN);
    },
    async update(callSid, twiml) {
      await get().calls(callSid).update({ twiml });
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
