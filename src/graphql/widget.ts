import type { Updateable } from 'kysely';
import type { WidgetConfig, WidgetConfigsTable } from '../db/schema.js';
import { getWidgetConfig, saveWidgetConfig } from '../settings/widget-config.js';
import { getAgentConfig, saveAgentConfig } from '../settings/agent-config.js';
import { cleanGreeting } from '../settings/greeting.js';
import { cleanColor, cleanText } from '../validate.js';
import { builder, requireFeature } from './builder.js';
import { BusinessRef } from './business.js';

// The chat widget's look.

const WidgetPositionEnum = builder.enumType('WidgetPosition', { values: ['BOTTOM_RIGHT', 'BOTTOM_LEFT'] as const });

const WidgetConfigRef = builder.objectRef<WidgetConfig>('WidgetConfig').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    primaryColor: t.exposeString('primary_color'),
    textColor: t.exposeString('text_color'),
    backgroundColor: t.exposeString('background_color'),
    position: t.expose('position', { type: WidgetPositionEnum }),
    greeting: t.string({
      nullable: true,
      deprecationReason: 'Use agentConfig.greeting (the one greeting of the chat and the widget); this reads the same setting',
      resolve: async (w, _a, ctx) => (await getAgentConfig(ctx.deps.db, w.business_id)).welcome_message,
    }),
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
    greeting: t.string({ deprecationReason: 'Use updateAgentConfig(input: { greeting }); writes the same setting (null leaves it as it is)' }),
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
      const set: Updateable<WidgetConfigsTable> = {};
      if (input.primaryColor != null) set.primary_color = cleanColor(input.primaryColor, 'Primary colour');
      if (input.textColor != null) set.text_color = cleanColor(input.textColor, 'Text colour');
      if (input.backgroundColor != null) set.background_color = cleanColor(input.backgroundColor, 'Background colour');
      if (input.position != null) set.position = input.position;
      // The one greeting lives with the agent; null (the old "no widget greeting") changes nothing.
      if (input.greeting != null) await saveAgentConfig(ctx.deps.db, ctx.actor.businessId, { welcome_message: cleanGreeting(input.greeting) }, new Date(ctx.deps.now()));
      if (input.launcherText != null) set.launcher_text = cleanText(input.launcherText, 'Launcher text', 40, { required: true });
      if (input.showBranding != null) set.show_branding = input.showBranding;
      return saveWidgetConfig(ctx.deps.db, ctx.actor.businessId, set, new Date(ctx.deps.now()));
    },
  }),
);

// Whether the widget runs on the owner's website: the allowed origin it last started a chat
// from (recorded by the public chat start), for the first-run checklist.
const WidgetSeenRef = builder.objectRef<{ origin: string; at: Date; firstAt: Date }>('WidgetSeen').implement({
  fields: (t) => ({
    origin: t.exposeString('origin', { description: 'One of the allowed origins' }),
    at: t.field({ type: 'DateTime', description: 'The last chat start from it (refreshed at most once a minute)', resolve: (s) => s.at }),
    firstAt: t.field({ type: 'DateTime', description: 'The first chat start from any allowed origin', resolve: (s) => s.firstAt }),
  }),
});

builder.objectField(BusinessRef, 'widgetLastSeen', (t) =>
  t.field({
    type: WidgetSeenRef,
    nullable: true,
    description: 'The last time the widget started a chat from one of the allowed origins; null until it has',
    resolve: (b) =>
      b.widget_seen_origin && b.widget_last_seen_at ? { origin: b.widget_seen_origin, at: b.widget_last_seen_at, firstAt: b.widget_first_seen_at ?? b.widget_last_seen_at } : null,
  }),
);
