import type { CallSetup } from '../src/voice/call-bridge.js';

/** A call's setup for the voice benchmarks: a PRO business with nothing configured (the bridge's hot path only). */
export function benchCallSetup(callSid: string): CallSetup {
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
