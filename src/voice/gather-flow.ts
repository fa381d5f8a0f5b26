import type { AgentService, ConversationState } from '../agent/index.js';
import { acknowledgement } from '../agent/validate.js';
import type { SessionNamespace } from '../sessions/index.js';
import { dial, gather, hangup, redirect, response, say, type SayOptions } from '../twilio/twiml.js';

// The no-key phone agent: a turn-by-turn <Gather input="speech"> loop. Twilio transcribes what
// the caller says and posts it to /api/voice/gather; the same agent brain as the website chat
// answers (knowledge, lead questions, emergencies), and its reply is read out with <Say>.
// The conversation state lives in keyv under the CallSid between turns.

export interface GatherCall {
  state: ConversationState;
  silentTurns: number;
  say: SayOptions;
  transferNumber: string | null;
}

export interface GatherFlowDeps {
  agent: AgentService;
  calls: SessionNamespace<GatherCall>;
  gatherUrl: string;
  /** An emergency caller asked to be connected: write the URGENT lead before dialling. */
  onEmergencyTransfer(call: GatherCall): Promise<void>;
  log: { warn(obj: object, msg: string): void };
}

const MAX_TURNS = 40;
const MAX_SILENT = 2;
const CONNECT = /\b(?:connect|call (?:now|them|you)|put me through|transfer|talk to (?:a |someone|somebody|a person|a human))\b/i;

export function createGatherFlow(deps: GatherFlowDeps) {
  const next = (c: GatherCall, text: string): string => response(gather(deps.gatherUrl, text, c.say), redirect(deps.gatherUrl));

  async function start(input: { businessId: string; conversationId: string; callSid: string; fromNumber: string | null; toNumber: string | null; say: SayOptions; transferNumber: string | null }): Promise<string> {
    const { agent } = deps;
    const { state, greeting } = await agent.startConversation({
      businessId: input.businessId,
      channel: 'CALL',
      callSid: input.callSid,
      fromNumber: input.fromNumber ?? undefined,
      toNumber: input.toNumber ?? undefined,
      conversationId: input.conversationId,
    });
    const call: GatherCall = { state, silentTurns: 0, say: input.say, transferNumber: input.transferNumber };
    await deps.calls.set(input.callSid, call);
    return next(call, greeting);
  }

  async function turn(p: Record<string, string>): Promise<string> {
    const callSid = p.CallSid ?? '';
    const call = callSid ? await deps.calls.get(callSid) : undefined;
    const { agent } = deps;
    if (!call) return response(say('Sorry, this call has expired. Please call again.'), hangup());
    const speech = (p.SpeechResult ?? '').trim().slice(0, 1000);
    if (!speech) {
      call.silentTurns++;
      await deps.calls.set(callSid, call);
      if (call.silentTurns > MAX_SILENT) return response(say('I did not hear anything, so I will hang up now. Please call again any time. Goodbye.', call.say), hangup());
      return next(call, 'Sorry, I did not catch that. How can I help?');
    }
    call.silentTurns = 0;
    if (call.state.turns >= MAX_TURNS) return response(say('Thanks for calling. The team will follow up with you. Goodbye.', call.say), hangup());
    const wasChoosing = call.state.phase === 'EMERGENCY_CHOICE';
    if (wasChoosing && call.transferNumber && CONNECT.test(speech)) {
      await deps.onEmergencyTransfer(call).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'emergency lead before transfer failed'));
      await deps.calls.delete(callSid);
      return response(say('Connecting you now. Please hold.', call.say), dial(call.transferNumber));
    }
    const r = await agent.handleTurn(call.state, speech);
    call.state = r.state;
    await deps.calls.set(callSid, call);
    if (/^(?:no|nope|that's all|that is all|nothing else|bye|goodbye)\b/i.test(speech) && call.state.phase === 'DONE') {
      return response(say(`${r.reply} Thanks for calling. Goodbye.`, call.say), hangup());
    }
    // "ok bye" with no questions pending ends the call (the chat's "just ask here" means nothing on a phone).
    if (acknowledgement(speech) === 'bye' && call.state.phase === 'CHAT') {
      return response(say('Thanks for calling. Goodbye.', call.say), hangup());
    }
    return next(call, r.reply);
  }

  return { start, turn };
}
