import type { Updateable } from 'kysely';
import type { AgentConfig, AgentConfigsTable } from '../db/schema.js';
import { getAgentConfig, saveAgentConfig } from '../settings/agent-config.js';
import { cleanText } from '../validate.js';
import { cleanGreeting } from '../settings/greeting.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';

// What the agent says and how it sounds on the phone.

const FaqEntryRef = builder.objectRef<{ question: string; answer: string }>('FaqEntry').implement({
  fields: (t) => ({ question: t.exposeString('question'), answer: t.exposeString('answer') }),
});

const AgentConfigRef = builder.objectRef<AgentConfig>('AgentConfig').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    agentName: t.exposeString('agent_name'),
    persona: t.exposeString('persona'),
    instructions: t.exposeString('instructions'),
    greeting: t.exposeString('welcome_message', { description: 'The first thing the agent says in a chat (the widget shows the same text)' }),
    welcomeMessage: t.exposeString('welcome_message', { deprecationReason: 'Use greeting (the one greeting of the chat and the widget)' }),
    faq: t.field({ type: [FaqEntryRef], resolve: (c) => c.faq ?? [] }),
    emergencySensitivity: t.exposeInt('emergency_sensitivity', { description: '1 (only obvious emergencies) to 10 (flag anything urgent)' }),
    emergencyKeywords: t.exposeStringList('emergency_keywords'),
    voiceGreeting: t.exposeString('voice_greeting'),
    realtimeEnabled: t.exposeBoolean('realtime_enabled'),
    realtimeVoice: t.exposeString('realtime_voice'),
    twilioVoice: t.exposeString('twilio_voice'),
    twilioLanguage: t.exposeString('twilio_language'),
    interruptionDelayMs: t.exposeInt('interruption_delay_ms'),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updated_at }),
  }),
});

builder.queryField('agentConfig', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AgentConfigRef,
    resolve: (_root, _args, ctx) => getAgentConfig(ctx.deps.db, ctx.actor.businessId),
  }),
);

const FaqEntryInput = builder.inputType('FaqEntryInput', {
  fields: (t) => ({ question: t.string({ required: true }), answer: t.string({ required: true }) }),
});

const UpdateAgentConfigInput = builder.inputType('UpdateAgentConfigInput', {
  fields: (t) => ({
    agentName: t.string(),
    persona: t.string(),
    instructions: t.string(),
    greeting: t.string({ description: 'The one greeting: the first message of every chat, also shown by the widget' }),
    welcomeMessage: t.string({ deprecationReason: 'Use greeting; writes the same setting' }),
    faq: t.field({ type: [FaqEntryInput] }),
    emergencySensitivity: t.int(),
    emergencyKeywords: t.stringList(),
  }),
});

builder.mutationField('updateAgentConfig', (t) =>
  t.withAuth({ writer: true }).field({
    type: AgentConfigRef,
    args: { input: t.arg({ type: UpdateAgentConfigInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const set: Updateable<AgentConfigsTable> = {};
      if (input.agentName != null) set.agent_name = cleanText(input.agentName, 'Agent name', 60, { required: true });
      if (input.persona != null) set.persona = cleanText(input.persona, 'Persona', 2000);
      if (input.instructions != null) set.instructions = cleanText(input.instructions, 'Instructions', 8000);
      const greeting = input.greeting ?? input.welcomeMessage;
      if (input.greeting != null && input.welcomeMessage != null && input.greeting !== input.welcomeMessage) throw badInput('Give the greeting once (welcomeMessage is its old name)');
      if (greeting != null) set.welcome_message = cleanGreeting(greeting);
      if (input.faq != null) {
        if (input.faq.length > 100) throw badInput('At most 100 FAQ entries');
        set.faq = JSON.stringify(
          input.faq.map((f) => ({ question: cleanText(f.question, 'FAQ question', 500, { required: true }), answer: cleanText(f.answer, 'FAQ answer', 4000, { required: true }) })),
        );
      }
      if (input.emergencySensitivity != null) {
        if (input.emergencySensitivity < 1 || input.emergencySensitivity > 10) throw badInput('Emergency sensitivity must be between 1 and 10');
        set.emergency_sensitivity = input.emergencySensitivity;
      }
      if (input.emergencyKeywords != null) {
        if (input.emergencyKeywords.length > 50) throw badInput('At most 50 emergency keywords');
        set.emergency_keywords = [...new Set(input.emergencyKeywords.map((k) => cleanText(k, 'Emergency keyword', 60, { required: true }).toLowerCase()))];
      }
      return saveAgentConfig(ctx.deps.db, ctx.actor.businessId, set, new Date(ctx.deps.now()));
    },
  }),
);

const UpdateVoiceSettingsInput = builder.inputType('UpdateVoiceSettingsInput', {
  fields: (t) => ({
    voiceGreeting: t.string(),
    realtimeEnabled: t.boolean(),
    realtimeVoice: t.string({ description: 'OpenAI Realtime voice, e.g. alloy, marin, cedar' }),
    twilioVoice: t.string({ description: 'Twilio <Say> voice for the fallback loop, e.g. Polly.Joanna' }),
    twilioLanguage: t.string({ description: 'BCP-47, e.g. en-US' }),
    interruptionDelayMs: t.int({ description: 'How long the caller must speak before the agent stops talking (0-2000)' }),
  }),
});

const REALTIME_VOICES = ['alloy', 'ash', 'ballad', 'cedar', 'coral', 'echo', 'marin', 'sage', 'shimmer', 'verse'];

builder.mutationField('updateVoiceSettings', (t) =>
  t.withAuth({ writer: true, feature: 'voiceConfiguration' }).field({
    type: AgentConfigRef,
    args: { input: t.arg({ type: UpdateVoiceSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const set: Updateable<AgentConfigsTable> = {};
      if (input.voiceGreeting != null) set.voice_greeting = cleanText(input.voiceGreeting, 'Voice greeting', 500, { required: true });
      if (input.realtimeEnabled != null) set.realtime_enabled = input.realtimeEnabled;
      if (input.realtimeVoice != null) {
        if (!REALTIME_VOICES.includes(input.realtimeVoice)) throw badInput(`Realtime voice must be one of ${REALTIME_VOICES.join(', ')}`);
        set.realtime_voice = input.realtimeVoice;
      }
      if (input.twilioVoice != null) {
        if (!/^[A-Za-z0-9.\-_]{2,60}$/.test(input.twilioVoice)) throw badInput('Twilio voice must look like Polly.Joanna or alice');
        set.twilio_voice = input.twilioVoice;
      }
      if (input.twilioLanguage != null) {
        if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(input.twilioLanguage)) throw badInput('Language must be a BCP-47 tag like en-US');
        set.twilio_language = input.twilioLanguage;
      }
      if (input.interruptionDelayMs != null) {
        if (input.interruptionDelayMs < 0 || input.interruptionDelayMs > 2000) throw badInput('Interruption delay must be between 0 and 2000 ms');
        set.interruption_delay_ms = input.interruptionDelayMs;
      }
      return saveAgentConfig(ctx.deps.db, ctx.actor.businessId, set, new Date(ctx.deps.now()));
    },
  }),
);
