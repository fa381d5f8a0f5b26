import { getBusiness } from '../business/data.js';
import {
  conversationTotals as conversationTotalsQuery,
  hourlyHeatmap,
  leadsPerDay,
  leadsPerDayBy,
  leadTotals as leadTotalsQuery,
  questionDropOff,
  type Range,
} from '../dashboard/analytics.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { LeadStatusEnum } from './enums.js';

// Dashboard: every plan gets the basic figures; `enhanced` and `advanced` are gated by the
// plan's analytics features (PLAN_UPGRADE_REQUIRED names the feature and tier).

const MAX_RANGE_DAYS = 366;

/** The dashboard's parent object: one per request, so it can hold that request's totals. */
interface DashboardRange extends Range {
  memo: Map<string, Promise<unknown>>;
}

type Db = Parameters<typeof leadTotalsQuery>[0];

// Several fields read the same totals: run each aggregate once per request.
function once<T>(r: Range, key: string, run: () => Promise<T>): Promise<T> {
  const memo = (r as DashboardRange).memo;
  if (!memo) return run();
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = run();
    memo.set(key, p);
  }
  return p;
}
const leadTotals = (db: Db, r: Range) => once(r, 'leads', () => leadTotalsQuery(db, r));
const conversationTotals = (db: Db, r: Range) => once(r, 'conversations', () => conversationTotalsQuery(db, r));
const DAY_MS = 86_400_000;

const DayCountRef = builder.objectRef<{ date: string; count: number }>('DayCount').implement({
  fields: (t) => ({ date: t.exposeString('date', { description: 'YYYY-MM-DD in the business timezone' }), count: t.exposeInt('count') }),
});
const DayKeyCountRef = builder.objectRef<{ date: string; key: string; count: number }>('DayKeyCount').implement({
  fields: (t) => ({ date: t.exposeString('date'), key: t.exposeString('key', { description: 'The priority or channel' }), count: t.exposeInt('count') }),
});
const StatusCountRef = builder.objectRef<{ status: 'NEW' | 'CONTACTED' | 'QUALIFIED' | 'CONVERTED' | 'LOST'; count: number }>('StatusCount').implement({
  fields: (t) => ({ status: t.expose('status', { type: LeadStatusEnum }), count: t.exposeInt('count') }),
});
const HeatCellRef = builder.objectRef<{ dayOfWeek: number; hour: number; count: number }>('HeatmapCell').implement({
  fields: (t) => ({
    dayOfWeek: t.exposeInt('dayOfWeek', { description: '0 = Sunday' }),
    hour: t.exposeInt('hour', { description: '0-23, business timezone' }),
    count: t.exposeInt('count'),
  }),
});
const DropOffRef = builder.objectRef<{ questionId: string; question: string; position: number; required: boolean; answered: number; dropOffRate: number }>('QuestionDropOff').implement({
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    question: t.exposeString('question'),
    position: t.exposeInt('position'),
    required: t.exposeBoolean('required', { description: 'Whether the agent insists on an answer; an optional question a visitor skips counts as not answered' }),
    answered: t.exposeInt('answered', { description: 'Leads that answered this question' }),
    dropOffRate: t.exposeFloat('dropOffRate', { description: 'Share of leads without an answer, 0..1' }),
  }),
});

const EnhancedRef = builder.objectRef<Range>('EnhancedAnalytics').implement({
  fields: (t) => ({
    leadsPerDayByPriority: t.field({ type: [DayKeyCountRef], resolve: (r, _a, ctx) => leadsPerDayBy(ctx.deps.db, r, 'priority') }),
    leadsPerDayByChannel: t.field({ type: [DayKeyCountRef], resolve: (r, _a, ctx) => leadsPerDayBy(ctx.deps.db, r, 'channel') }),
    conversionRate: t.float({
      description: 'CONVERTED leads / all leads, 0..1',
      resolve: async (r, _a, ctx) => {
        const totals = await leadTotals(ctx.deps.db, r);
        const converted = totals.byStatus.find((s) => s.status === 'CONVERTED')?.count ?? 0;
        return totals.total ? Math.round((converted / totals.total) * 1000) / 1000 : 0;
      },
    }),
    averageChatDurationSeconds: t.float({ nullable: true, resolve: async (r, _a, ctx) => (await conversationTotals(ctx.deps.db, r)).averageChatDurationSeconds }),
    averageCallDurationSeconds: t.float({ nullable: true, resolve: async (r, _a, ctx) => (await conversationTotals(ctx.deps.db, r)).averageCallDurationSeconds }),
  }),
});

const AdvancedRef = builder.objectRef<Range>('AdvancedAnalytics').implement({
  fields: (t) => ({
    hourlyHeatmap: t.field({ type: [HeatCellRef], description: 'Leads per weekday and hour', resolve: (r, _a, ctx) => hourlyHeatmap(ctx.deps.db, r) }),
    questionDropOff: t.field({ type: [DropOffRef], description: 'Share of leads without an answer to each lead question (an optional question counts when skipped)', resolve: async (r, _a, ctx) => (await questionDropOff(ctx.deps.db, r)).questions }),
  }),
});

const DashboardRef = builder.objectRef<Range>('Dashboard').implement({
  fields: (t) => ({
    from: t.field({ type: 'DateTime', resolve: (r) => r.from }),
    to: t.field({ type: 'DateTime', resolve: (r) => r.to }),
    timezone: t.exposeString('timezone'),
    leadsTotal: t.int({ resolve: async (r, _a, ctx) => (await leadTotals(ctx.deps.db, r)).total }),
    emergencies: t.int({ resolve: async (r, _a, ctx) => (await leadTotals(ctx.deps.db, r)).emergencies }),
    leadsByStatus: t.field({ type: [StatusCountRef], resolve: async (r, _a, ctx) => (await leadTotals(ctx.deps.db, r)).byStatus }),
    leadsPerDay: t.field({ type: [DayCountRef], resolve: (r, _a, ctx) => leadsPerDay(ctx.deps.db, r) }),
    chats: t.int({ resolve: async (r, _a, ctx) => (await conversationTotals(ctx.deps.db, r)).chats }),
    calls: t.int({ resolve: async (r, _a, ctx) => (await conversationTotals(ctx.deps.db, r)).calls }),
    enhanced: t.field({ type: EnhancedRef, authScopes: { feature: 'enhancedAnalytics' }, resolve: (r) => r }),
    advanced: t.field({ type: AdvancedRef, authScopes: { feature: 'advancedAnalytics' }, resolve: (r) => r }),
  }),
});

builder.queryField('dashboard', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: DashboardRef,
    description: 'Figures for [from, to); defaults to the last 30 days',
    args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
    resolve: async (_root, args, ctx) => {
      const to = args.to ?? new Date(ctx.deps.now());
      const from = args.from ?? new Date(to.getTime() - 30 * DAY_MS);
      if (from >= to) throw badInput('from must be before to');
      if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) throw badInput(`The range can span at most ${MAX_RANGE_DAYS} days`);
      const business = await getBusiness(ctx.deps.db, ctx.actor.businessId);
      const range: DashboardRange = { businessId: business.id, from, to, timezone: business.timezone, memo: new Map() };
      return range;
    },
  }),
);
