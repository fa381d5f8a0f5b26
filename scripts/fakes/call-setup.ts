import type { BridgeHooks, CallSetup } from '../../src/voice/call-bridge.js';

/** A call's setup for the bridge alone (the voice benchmarks, the bridge's tests): a PRO business with nothing configured. */
export function bareCallSetup(callSid: string): CallSetup {
  return {
    businessId: 'b',
    conversationId: 'c',
    callSid,
    plan: 'PRO',
    fromNumber: null,
    transferNumbers: [],
    say: { voice: 'Polly.Joanna', language: 'en-US' },
    leadIds: [],
    emergency: false,
    profile: {
      businessName: 'Bench',
      description: '',
      address: null,
      website: null,
      agentName: 'Sam',
      persona: '',
      instructions: '',
      voiceGreeting: 'Hello',
      voice: 'alloy',
      faq: [],
      leadQuestions: [],
      emergencyKeywords: [],
      interruptionDelayMs: 0,
      openNow: true,
      hoursText: '',
    },
  };
}

/** The bridge's hooks for the bridge alone: everything but the call, the OpenAI socket and the clock does nothing. */
export function bareHooks(own: Pick<BridgeHooks, 'authorize' | 'openRealtime' | 'now'>): BridgeHooks {
  return {
    ...own,
    executeTool: async () => ({ output: '{}' }),
    onTranscript() {},
    fallback: async () => {},
    hangup: async () => {},
    onEnd() {},
    log: { warn() {}, info() {} },
    model: 'gpt-realtime',
  };
}
