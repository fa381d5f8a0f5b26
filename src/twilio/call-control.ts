import { lazyTwilioClient, twilioConfigured, type TwilioConfig, type TwilioRestClient } from './client.js';
import { dial, record, response, say, type SayOptions } from './twiml.js';

// Controls calls through the Twilio REST API (the real `twilio` client, TWILIO_API_BASE_URL
// honoured): replace a live call's TwiML, hang it up, or place a new outbound call.

export interface OutboundCall {
  to: string;
  from: string;
  twiml: string;
  /** Seconds to let it ring. */
  timeoutSec?: number;
  statusCallback?: string;
  /** Answering-machine detection, asynchronous: the call starts at once, the verdict is POSTed. */
  machineDetection?: { callbackUrl: string; mode?: 'Enable' | 'DetectMessageEnd' };
}

export interface CallControl {
  readonly configured: boolean;
  /** Replaces the call's TwiML (the media stream, if any, stops). */
  update(callSid: string, twiml: string): Promise<void>;
  /** Replaces the call's TwiML: Twilio says `message` and dials `number`. */
  transfer(callSid: string, number: string, message: string, o?: SayOptions): Promise<void>;
  hangup(callSid: string): Promise<void>;
  /** Ends a call by status: 'canceled' stops one still queued or ringing (an answered call is not touched), 'completed' hangs up any. */
  end(callSid: string, status: 'canceled' | 'completed'): Promise<void>;
  /** Apologise and record a voicemail (the realtime side is gone). */
  voicemail(callSid: string, message: string, recordAction: string, transcribeCallback: string, o?: SayOptions): Promise<void>;
  /** Places an outbound call; returns its CallSid. */
  call(input: OutboundCall): Promise<string>;
}

export const TWILIO_NOT_CONFIGURED_MESSAGE = 'Twilio is not configured (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)';

export function createCallControl(config: TwilioConfig, opts: { client?: () => TwilioRestClient | null; timeoutMs?: number } = {}): CallControl {
  const client = opts.client ?? lazyTwilioClient(config, { timeoutMs: opts.timeoutMs ?? 5000 });
  const get = (): TwilioRestClient => {
    const c = client();
    if (!c) throw new Error(TWILIO_NOT_CONFIGURED_MESSAGE);
    return c;
  };
  const update = async (callSid: string, twiml: string) => {
    await get().calls(callSid).update({ twiml });
  };
  return {
    get configured() {
      return twilioConfigured(config);
    },
    update,
    transfer: (callSid, number, message, o = {}) => update(callSid, response(say(message, o), dial(number))),
    async hangup(callSid) {
      await get().calls(callSid).update({ status: 'completed' });
    },
    async end(callSid, status) {
      await get().calls(callSid).update({ status });
    },
    voicemail: (callSid, message, recordAction, transcribeCallback, o = {}) =>
      update(callSid, response(say(message, o), record(recordAction, transcribeCallback))),
    async call(input) {
      const amd = input.machineDetection;
      const created = await get().calls.create({
        to: input.to,
        from: input.from,
        twiml: input.twiml,
        timeout: input.timeoutSec ?? 30,
        ...(input.statusCallback ? { statusCallback: input.statusCallback, statusCallbackMethod: 'POST' } : {}),
        ...(amd
          ? {
              machineDetection: amd.mode ?? 'DetectMessageEnd',
              asyncAmd: 'true',
              asyncAmdStatusCallback: amd.callbackUrl,
              asyncAmdStatusCallbackMethod: 'POST',
            }
          : {}),
      });
      return created.sid;
    },
  };
}
