import type { AgentConfig, AgentConfigsTable, LeadQuestion, WidgetConfig } from '../db/schema.js';
import type { Updateable } from 'kysely';
import { getAgentConfig, getLeadQuestion, getWidgetConfig, listLeadQuestions, reorderLeadQuestions } from '../admin/agent.js';
import { cleanColor, cleanOptionalText, cleanText } from '../admin/validate.js';
import { AppError, badInput } from '../errors.js';
import { cheapestPlanWith, limit } from '../plans/index.js';
import { builder, requireFeature } from './builder.js';
import { ExpectedFormatEnum, MapsToEnum } from './enums.js';

// What the agent says and how it sounds, the widget's look, and the lead questions it asks.

const FaqEntryRef = builder.objectRef<{ question: string; answer: string }>('FaqEntry').implement({
  fields: (t) => ({ question: t.exposeString('question'), answer: t.exposeString('answer') }),
});

const AgentConfigRef = builder.objectRef<AgentConfig>('AgentConfig').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    agentName: t.exposeString('agent_name'),
    persona: t.exposeString('persona'),
    instructions: t.exposeString('instructions'),
    welcomeMessage: t.exposeString('welcome_message'),
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
    welcomeMessage: t.string(),
    faq: t.field({ type: [FaqEntryInput] }),
    emergencySensitivity: t.int(),
    emergencyKeywords: t.stringList(),
  }),
});

async function saveAgentConfig(db: Parameters<typeof getAgentConfig>[0], businessId: string, set: Updateable<AgentConfigsTable>, now: Date) {
  await getAgentConfig(db, businessId);
  return db.updateTable('agent_configs').set({ ...set, updated_at: now }).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
}

builder.mutationField('updateAgentConfig', (t) =>
  t.withAuth({ writer: true }).field({
    type: AgentConfigRef,
    args: { input: t.arg({ type: UpdateAgentConfigInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const set: Updateable<AgentConfigsTable> = {};
      if (input.agentName != null) set.agent_name = cleanText(input.agentName, 'Agent name', 60, { required: true });
      if (input.persona != null) set.persona = cleanText(input.persona, 'Persona', 2000);
      if (input.instructions != null) set.instructions = cleanText(input.instructions, 'Instructions', 8000);
      if (input.welcomeMessage != null) set.welcome_message = cleanText(input.welcomeMessage, 'Welcome message', 500);
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

// ---- widget ----

const WidgetPositionEnum = builder.enumType('WidgetPosition', { values: ['BOTTOM_RIGHT', 'BOTTOM_LEFT'] as const });

const WidgetConfigRef = builder.objectRef<WidgetConfig>('WidgetConfig').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    primaryColor: t.exposeString('primary_color'),
    textColor: t.exposeString('text_color'),
    backgroundColor: t.exposeString('background_color'),
    position: t.field({ type: WidgetPositionEnum, resolve: (w) => w.position }),
    greeting: t.exposeString('greeting', { nullable: true }),
    launcherText: t.exposeString('launcher_text'),
    showBranding: t.exposeBoolean('show_branding', { description: 'Hiding the "Powered by" line needs brandingRemoval' }),
    updatedAt: t.field({ type: 'DateTime', resolve: (w) => w.updated_at }),
  }),
});

builder.queryField('widgetConfig', (t) =>
  t.withAuth({ authenticated: true }).field({ type: WidgetConfigRef, resolve: (_r, _a, ctx) => getWidgetConfig(ctx.deps.db, ctx.actor.businessId) }),
);

const UpdateWidgetConfigInput = builder.inputType('UpdateWidgetConfigInput', {
  fields: (t) => ({
    primaryColor: t.string(),
    textColor: t.string(),
    backgroundColor: t.string(),
    position: t.field({ type: WidgetPositionEnum }),
    greeting: t.string(),
    launcherText: t.string(),
    showBranding: t.boolean(),
  }),
});

builder.mutationField('updateWidgetConfig', (t) =>
  t.withAuth({ writer: true }).field({
    type: WidgetConfigRef,
    args: { input: t.arg({ type: UpdateWidgetConfigInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Turning branding off is the gated part; turning it back on is always allowed.
      if (input.showBranding === false) requireFeature(ctx.actor, 'brandingRemoval');
      const set: Partial<Record<string, unknown>> & { updated_at: Date } = { updated_at: new Date(ctx.deps.now()) };
      if (input.primaryColor != null) set.primary_color = cleanColor(input.primaryColor, 'Primary colour');
      if (input.textColor != null) set.text_color = cleanColor(input.textColor, 'Text colour');
      if (input.backgroundColor != null) set.background_color = cleanColor(input.backgroundColor, 'Background colour');
      if (input.position != null) set.position = input.position;
      if (input.greeting !== undefined) set.greeting = cleanOptionalText(input.greeting, 'Greeting', 500);
      if (input.launcherText != null) set.launcher_text = cleanText(input.launcherText, 'Launcher text', 40, { required: true });
      if (input.showBranding != null) set.show_branding = input.showBranding;
      await getWidgetConfig(ctx.deps.db, ctx.actor.businessId);
      return ctx.deps.db.updateTable('widget_configs').set(set).where('business_id', '=', ctx.actor.businessId).returningAll().executeTakeFirstOrThrow();
    },
  }),
);

// ---- lead questions ----

const LeadQuestionRef = builder.objectRef<LeadQuestion>('LeadQuestion').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    question: t.exposeString('question'),
    expectedFormat: t.field({ type: ExpectedFormatEnum, resolve: (q) => q.expected_format }),
    required: t.exposeBoolean('required'),
    mapsTo: t.field({ type: MapsToEnum, nullable: true, description: 'Lead field the answer fills', resolve: (q) => q.maps_to }),
    essentialForEmergency: t.exposeBoolean('essential_for_emergency', { description: 'Still asked when the caller reports an emergency' }),
  }),
});

builder.queryField('leadQuestions', (t) =>
  t.withAuth({ authenticated: true }).field({ type: [LeadQuestionRef], resolve: (_r, _a, ctx) => listLeadQuestions(ctx.deps.db, ctx.actor.businessId) }),
);

const LeadQuestionInput = builder.inputType('LeadQuestionInput', {
  fields: (t) => ({
    question: t.string({ required: true }),
    expectedFormat: t.field({ type: ExpectedFormatEnum, defaultValue: 'TEXT' }),
    required: t.boolean({ defaultValue: true }),
    mapsTo: t.field({ type: MapsToEnum }),
    essentialForEmergency: t.boolean({ defaultValue: false }),
  }),
});

const UpdateLeadQuestionInput = builder.inputType('UpdateLeadQuestionInput', {
  fields: (t) => ({
    question: t.string(),
    expectedFormat: t.field({ type: ExpectedFormatEnum }),
    required: t.boolean(),
    mapsTo: t.field({ type: MapsToEnum }),
    essentialForEmergency: t.boolean(),
  }),
});

builder.mutationField('createLeadQuestion', (t) =>
  t.withAuth({ writer: true }).field({
    type: LeadQuestionRef,
    args: { input: t.arg({ type: LeadQuestionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { db } = ctx.deps;
      const businessId = ctx.actor.businessId;
      const question = cleanText(input.question, 'Question', 300, { required: true });
      return db.transaction().execute(async (trx) => {
        // Lock the business row so two concurrent creates cannot both pass the limit check.
        await trx.selectFrom('businesses').select('id').where('id', '=', businessId).forUpdate().executeTakeFirst();
        const existing = await trx.selectFrom('lead_questions').select(['position']).where('business_id', '=', businessId).execute();
        const max = limit(ctx.actor.plan, 'leadQuestions');
        if (existing.length >= max) {
          const requiredPlan = cheapestPlanWith('unlimitedLeadQuestions');
          throw new AppError('PLAN_UPGRADE_REQUIRED', `Your plan allows ${max} lead questions; the ${requiredPlan} plan allows unlimited questions`, {
            feature: 'unlimitedLeadQuestions',
            requiredPlan,
          });
        }
        if (existing.length >= 100) throw badInput('At most 100 lead questions');
        const position = existing.reduce((m, r) => Math.max(m, r.position + 1), 0);
        return trx
          .insertInto('lead_questions')
          .values({
            business_id: businessId,
            position,
            question,
            expected_format: input.expectedFormat ?? 'TEXT',
            required: input.required ?? true,
            maps_to: input.mapsTo ?? null,
            essential_for_emergency: input.essentialForEmergency ?? false,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
);

builder.mutationField('updateLeadQuestion', (t) =>
  t.withAuth({ writer: true }).field({
    type: LeadQuestionRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateLeadQuestionInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const q = await getLeadQuestion(ctx.deps.db, ctx.actor.businessId, String(id));
      return ctx.deps.db
        .updateTable('lead_questions')
        .set({
          question: input.question != null ? cleanText(input.question, 'Question', 300, { required: true }) : q.question,
          expected_format: input.expectedFormat ?? q.expected_format,
          required: input.required ?? q.required,
          maps_to: input.mapsTo !== undefined ? input.mapsTo : q.maps_to,
          essential_for_emergency: input.essentialForEmergency ?? q.essential_for_emergency,
          updated_at: new Date(ctx.deps.now()),
        })
        .where('id', '=', q.id)
        .where('business_id', '=', ctx.actor.businessId)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  }),
);

builder.mutationField('deleteLeadQuestion', (t) =>
  t.withAuth({ writer: true }).field({
    type: 'Boolean',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const q = await getLeadQuestion(ctx.deps.db, ctx.actor.businessId, String(id));
      await ctx.deps.db.deleteFrom('lead_questions').where('id', '=', q.id).where('business_id', '=', ctx.actor.businessId).execute();
      return true;
    },
  }),
);

builder.mutationField('reorderLeadQuestions', (t) =>
  t.withAuth({ writer: true }).field({
    type: [LeadQuestionRef],
    args: { ids: t.arg.idList({ required: true, description: 'Every lead question id, in the new order' }) },
    resolve: (_root, { ids }, ctx) => {
      if (ids.length > 100) throw badInput('Too many ids');
      return reorderLeadQuestions(ctx.deps.db, ctx.actor.businessId, ids.map(String), new Date(ctx.deps.now()));
    },
  }),
);
