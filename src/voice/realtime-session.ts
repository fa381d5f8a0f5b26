import type { RealtimeSessionCreateRequest, RealtimeFunctionTool } from 'openai/resources/realtime/realtime';
import { toolSchema, VOICE_TOOLS as VOICE_TOOL_SET } from '../tools/index.js';

// session.update for the OpenAI Realtime GA API, built from the business's agent config.
// mu-law in and out (audio/pcmu): what Twilio sends and plays, so nothing is transcoded.

export interface VoiceAgentProfile {
  businessName: string;
  description: string;
  address: string | null;
  website: string | null;
  agentName: string;
  persona: string;
  instructions: string;
  voiceGreeting: string;
  voice: string;
  faq: Array<{ question: string; answer: string }>;
  leadQuestions: Array<{ question: string; required: boolean; essentialForEmergency: boolean }>;
  emergencyKeywords: string[];
  /** Ms the caller must keep talking before the agent stops (0 = interrupt at once). */
  interruptionDelayMs: number;
  /** null: the business set no hours (hoursText says so). */
  openNow: boolean | null;
  /** The hours as schedule/hoursForModel words them for chat and phone alike. */
  hoursText: string;
}

/** The phone agent's tools, from the one registry (src/tools/): the shared ones plus call control. */
export const VOICE_TOOLS: RealtimeFunctionTool[] = VOICE_TOOL_SET.map((t) => ({ type: 'function', ...toolSchema(t) }));

export function voiceInstructions(p: VoiceAgentProfile): string {
  const lines = [
    `You are ${p.agentName}, the phone assistant of ${p.businessName}. ${p.persona}`.trim(),
    p.description && `About the business: ${p.description}`,
    p.address && `Address: ${p.address}.`,
    p.website && `Website: ${p.website}.`,
    p.hoursText,
    p.openNow !== false ? '' : 'Tell the caller the office is closed, take their details so someone calls back, and still escalate emergencies at once.',
    'You are on a phone call: keep answers short (one to three sentences), speak naturally, never read out lists or URLs.',
    'Use search_knowledge before answering questions about services, prices, hours or policies; never invent prices.',
    p.leadQuestions.length
      ? `To help a caller, collect these details one at a time, then call capture_lead: ${p.leadQuestions.map((q) => q.question + (q.required ? '' : ' (optional)')).join(' | ')}`
      : 'Collect the caller name, phone and what they need, then call capture_lead.',
    `If the caller describes an emergency (${['flooding', 'burst pipe', 'gas smell', ...p.emergencyKeywords].join(', ')}), call report_emergency immediately with what you know, give safety advice, then collect the remaining details.`,
    'Use check_project_status when a caller asks about their project. Use transfer_call only if the caller asks for a person. Use end_call once the caller says goodbye.',
    p.faq.length ? `FAQ:\n${p.faq.map((f) => `Q: ${f.question}\nA: ${f.answer}`).join('\n')}` : '',
    p.instructions,
  ];
  return lines.filter(Boolean).join('\n');
}

export interface SessionOptions {
  model: string;
  transcriptionModel?: string;
}

export function buildSessionUpdate(p: VoiceAgentProfile, o: SessionOptions): { type: 'session.update'; session: RealtimeSessionCreateRequest } {
  return {
    type: 'session.update',
    session: {
      type: 'realtime',
      model: o.model,
      output_modalities: ['audio'],
      instructions: voiceInstructions(p),
      audio: {
        input: {
          format: { type: 'audio/pcmu' },
          transcription: { model: o.transcriptionModel ?? 'gpt-4o-mini-transcribe' },
          noise_reduction: { type: 'near_field' },
          turn_detection: {
            type: 'server_vad',
            threshold: 0.5,
            prefix_padding_ms: 300,
            silence_duration_ms: 500,
            create_response: true,
            // With a confirmation delay the bridge decides when the caller really interrupts
            // (speech must last the delay), so the server must not cancel on its own.
            interrupt_response: p.interruptionDelayMs === 0,
          },
        },
        output: { format: { type: 'audio/pcmu' }, voice: p.voice },
      },
      tools: VOICE_TOOLS,
      tool_choice: 'auto',
    },
  };
}

/** The first response: the business's own greeting, word for word. */
export function greetingResponse(p: VoiceAgentProfile): { type: 'response.create'; response: { instructions: string } } {
  return {
    type: 'response.create',
    response: { instructions: `Greet the caller by saying exactly this and nothing else: "${p.voiceGreeting}"` },
  };
}

/**
 * What a fresh model session is told once it is ready: the session, the conversation so far
 * (after a reconnect, or a transfer nobody took), and the first response to give.
 */
export function openingEvents(
  p: VoiceAgentProfile,
  o: SessionOptions & { history: ReadonlyArray<{ role: 'user' | 'assistant'; text: string }>; opening: 'greeting' | 'transfer-failed' | 'reconnected' },
): object[] {
  const events: object[] = [buildSessionUpdate(p, o)];
  for (const h of o.history) {
    events.push({
      type: 'conversation.item.create',
      item: { type: 'message', role: h.role, content: [{ type: h.role === 'user' ? 'input_text' : 'output_text', text: h.text }] },
    });
  }
  if (o.opening === 'greeting') events.push(greetingResponse(p));
  else if (o.opening === 'transfer-failed') {
    events.push({
      type: 'response.create',
      response: {
        instructions:
          'The transfer did not go through: nobody at the business could take the call. Tell the caller so in one sentence, offer to take a message, collect their name, number and what they need, then call capture_lead.',
      },
    });
  } else events.push({ type: 'response.create', response: { instructions: 'Apologise briefly for the interruption on the line and continue the conversation.' } });
  return events;
}
