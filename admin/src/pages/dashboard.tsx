import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { gql } from '../api.js';
import { HBars, Heatmap, StackedBars, lastDays } from '../charts.js';
import { feature, useSession, canWrite, type Session } from '../session.js';
import { Card, ErrorNote, Loading, Locked, PageHeader, formatDateTime, formatDuration, humanize, announce } from '../ui.js';
import { formatPhone } from '../phone-format.js';
import { leadTitle } from '../lead-title.js';

// The owner's first screen: the first-run checklist until everything is set up, then what
// happened in the last 30 days as pictures, with unacknowledged emergencies on top.

function useChecklist(session: Session | undefined) {
  return useQuery({
    queryKey: ['dashboard', 'checklist'],
    enabled: !!session,
    queryFn: async () => {
      const knowledge = feature(session, 'knowledgeBase')?.included;
      const d = await gql.query({
        business: { description: true, address: true, phoneNumber: true, allowedOrigins: true, widgetLastSeen: { origin: true, at: true }, twilioNumber: true, businessHours: { weekly: { day: true, ranges: { open: true } } }, notificationSettings: { notificationEmail: true }, notificationEmailVerified: true, leadEmailRecipient: true },
        leadQuestions: { id: true },
        conversations: { __args: { first: 1, filter: { channel: 'CHAT' } }, nodes: { id: true } },
        ...(knowledge ? { knowledgeItems: { id: true } } : {}),
      });
      return d as typeof d & { knowledgeItems?: { id: string }[] };
    },
  });
}

interface Step {
  key: string;
  title: string;
  done: boolean;
  to: string;
  detail: string;
  lockedPlan?: string;
}

function Checklist({ session }: { session: Session }) {
  const q = useChecklist(session);
  if (q.error) return <ErrorNote error={q.error} />;
  if (!q.data) return <Loading label="Loading your setup…" />;
  const b = q.data.business;
  const kb = feature(session, 'knowledgeBase');
  const voice = feature(session, 'realtimeVoice');
  const hasHours = b.businessHours.weekly.some((d) => d.ranges.length > 0);
  const chatted = q.data.conversations.nodes.length > 0;
  const steps: Step[] = [
    { key: 'profile', title: 'Business profile and hours', done: !!b.description.trim() && hasHours, to: '/agent', detail: 'What you do and when you are open, so your agent can say so.' },
    { key: 'questions', title: 'Lead questions', done: q.data.leadQuestions.length > 0, to: '/questions', detail: 'What your agent asks every new customer.' },
    {
      key: 'knowledge',
      title: 'Knowledge',
      done: (q.data.knowledgeItems?.length ?? 0) > 0,
      to: '/knowledge',
      detail: 'Prices, services and policies your agent answers from.',
      lockedPlan: kb && !kb.included ? kb.requiredPlan : undefined,
    },
    {
      key: 'email',
      title: 'Notification e-mail',
      done: !!b.notificationSettings.notificationEmail && b.notificationEmailVerified,
      to: '/notifications',
      detail: b.notificationEmailVerified
        ? `Leads go to ${b.notificationSettings.notificationEmail}.`
        : b.notificationSettings.notificationEmail && b.notificationSettings.notificationEmail === b.leadEmailRecipient
          ? // (Before: "Verify a@x.com; until then leads go to a@x.com", the same address twice.)
            `Leads go to ${b.leadEmailRecipient}. Confirm it with a link we e-mail there, so you know they arrive.`
          : `Verify ${b.notificationSettings.notificationEmail ?? 'your notification e-mail'}; until then leads go to ${b.leadEmailRecipient ?? 'your login e-mail'}.`,
    },
    {
      key: 'widget',
      title: 'Widget on your website',
      done: !!b.widgetLastSeen,
      to: '/widget',
      detail: b.widgetLastSeen
        ? `Working on ${b.widgetLastSeen.origin}: last chat started ${formatDateTime(b.widgetLastSeen.at, session.me.business.timezone)}.`
        : b.allowedOrigins.length
          ? `Allowed on ${b.allowedOrigins.join(', ')}; not loaded from there yet. Paste the snippet into your site and open a chat.`
          : 'Add your website and paste the snippet.',
    },
    { key: 'phone', title: 'Phone number', done: !!b.twilioNumber, to: '/phone', detail: b.twilioNumber ? `Callers reach your agent on ${formatPhone(b.twilioNumber)}.` : 'Let your agent answer calls.', lockedPlan: voice && !voice.included ? voice.requiredPlan : undefined },
    { key: 'chat', title: 'A test chat', done: chatted, to: '/widget', detail: 'Try your agent the way a visitor would.' },
  ];
  const counted = steps.filter((s) => !s.lockedPlan);
  const done = counted.filter((s) => s.done).length;
  if (done === counted.length) return null;
  return (
    <Card title="Get your agent ready" id="checklist">
      <p className="muted">
        {done} of {counted.length} done
        {/* (Seven steps listed under "1 of 5 done" on FREE: the two on a paid plan are said apart.) */}
        {steps.length > counted.length ? ` · ${steps.length - counted.length} more on a paid plan` : ''}
      </p>
      <div className="progress" role="progressbar" aria-label="Setup progress" aria-valuemin={0} aria-valuemax={counted.length} aria-valuenow={done}>
        <span style={{ width: `${(100 * done) / counted.length}%` }} />
      </div>
      <ul className="checklist">
        {steps.map((s) => (
          <li key={s.key} className={s.done ? 'done' : ''} data-step={s.key} data-done={s.done}>
            <span className="mark" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            <div>
              <Link to={s.to}>{s.title}</Link> <span className="sr-only">{s.done ? '(done)' : '(to do)'}</span>
              {s.lockedPlan ? <span className="badge amber">{s.lockedPlan} plan</span> : null}
              <div className="muted small">{s.lockedPlan ? `Available on the ${s.lockedPlan} plan.` : s.detail}</div>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Emergencies({ session }: { session: Session }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['leads', 'emergencies'],
    queryFn: () => gql.query({ leads: { __args: { first: 5, filter: { isEmergency: true } }, nodes: { id: true, name: true, issue: true, createdAt: true, acknowledgedAt: true, phone: true, email: true, channel: true } } }),
  });
  const ack = useMutation({
    mutationFn: (id: string) => gql.mutation({ updateLead: { __args: { id, input: { acknowledged: true } }, id: true } }),
    onSuccess: () => {
      announce('Emergency acknowledged');
      void qc.invalidateQueries({ queryKey: ['leads'] });
    },
  });
  const open = q.data?.leads.nodes.filter((l) => !l.acknowledgedAt) ?? [];
  if (!open.length) return null;
  return (
    <Card title="Emergencies waiting for you">
      <ul className="list">
        {open.map((l) => (
          <li key={l.id} className="row">
            <span className="badge red">Emergency</span>
            <Link to={`/leads/${l.id}`}>{leadTitle(l)}</Link>
            <span className="muted small">{l.issue ?? ''} · {formatDateTime(l.createdAt, session.me.business.timezone)}</span>
            {canWrite(session) ? (
              <button type="button" className="secondary" onClick={() => ack.mutate(l.id)} disabled={ack.isPending}>
                Acknowledge
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorNote error={ack.error} />
    </Card>
  );
}

function Figures({ session }: { session: Session }) {
  const tz = session.me.business.timezone;
  const enhanced = feature(session, 'enhancedAnalytics')?.included;
  const advanced = feature(session, 'advancedAnalytics')?.included;
  const basic = useQuery({
    queryKey: ['dashboard', 'basic'],
    queryFn: () => gql.query({ dashboard: { leadsTotal: true, chats: true, calls: true, emergencies: true, timezone: true, leadsPerDay: { date: true, count: true }, leadsByStatus: { status: true, count: true } } }),
  });
  const more = useQuery({
    queryKey: ['dashboard', 'enhanced'],
    enabled: !!enhanced,
    queryFn: () =>
      gql.query({
        dashboard: {
          enhanced: {
            averageCallDurationSeconds: true,
            averageChatDurationSeconds: true,
            conversionRate: true,
            leadsPerDayByChannel: { date: true, key: true, count: true },
            leadsPerDayByPriority: { date: true, key: true, count: true },
          },
        },
      }),
  });
  const adv = useQuery({
    queryKey: ['dashboard', 'advanced'],
    enabled: !!advanced,
    queryFn: () => gql.query({ dashboard: { advanced: { hourlyHeatmap: { dayOfWeek: true, hour: true, count: true }, questionDropOff: { question: true, dropOffRate: true, position: true, required: true } } } }),
  });
  if (basic.error) return <ErrorNote error={basic.error} />;
  if (!basic.data) return <Loading />;
  const d = basic.data.dashboard;
  const days = lastDays(30, d.timezone || tz);
  const e = more.data?.dashboard.enhanced;
  return (
    <>
      <div className="stats">
        <Card title="Leads (30 days)">
          <p className="stat">{d.leadsTotal}</p>
          <p className="muted small">{e ? `${Math.round(e.conversionRate * 100)}% converted` : `${d.emergencies} ${d.emergencies === 1 ? 'emergency' : 'emergencies'}`}</p>
        </Card>
        <Card title="Chats">
          <p className="stat">{d.chats}</p>
          <p className="muted small">{e ? `Average ${formatDuration(e.averageChatDurationSeconds)}` : 'Website conversations'}</p>
        </Card>
        <Card title="Calls">
          <p className="stat">{d.calls}</p>
          <p className="muted small">{e ? `Average ${formatDuration(e.averageCallDurationSeconds)}` : 'Phone conversations'}</p>
        </Card>
        <Card title="Emergencies">
          <p className="stat">{d.emergencies}</p>
          <p className="muted small">Flagged as urgent risks</p>
        </Card>
      </div>
      {e ? (
        <>
          <Card title="Leads per day by priority">
            <StackedBars label="Leads per day by priority" points={e.leadsPerDayByPriority} keys={['URGENT', 'HIGH', 'NORMAL', 'LOW']} days={days} />
          </Card>
          <Card title="Leads per day by channel">
            <StackedBars label="Leads per day by channel" points={e.leadsPerDayByChannel} keys={['CHAT', 'CALL', 'VOICEMAIL', 'API']} days={days} />
          </Card>
        </>
      ) : (
        <>
          <Card title="Leads per day">
            <StackedBars label="Leads per day" points={d.leadsPerDay.map((p) => ({ date: p.date, key: 'total', count: p.count }))} keys={['total']} days={days} />
          </Card>
          {enhanced === false ? <Locked featureKey="enhancedAnalytics" /> : null}
        </>
      )}
      <Card title="Leads by status">
        {d.leadsByStatus.some((s) => s.count > 0) ? (
          <HBars label="Leads by status" rows={d.leadsByStatus.map((s) => ({ name: humanize(s.status), value: s.count }))} />
        ) : (
          <p className="muted">No leads in the last 30 days yet: they appear here as your agent captures them.</p>
        )}
      </Card>
      {advanced ? (
        adv.data ? (
          <>
            <Card title="When leads arrive">
              <Heatmap label="Leads per weekday and hour" cells={adv.data.dashboard.advanced.hourlyHeatmap} />
            </Card>
            {adv.data.dashboard.advanced.questionDropOff.length ? (
              <Card title="Questions leads leave unanswered">
                {/* (QA, a shooting range: every visitor skipped the optional address question, and the card said
                    visitors "stop answering" there at 100% although each went on to the end.) */}
                <p className="muted">Share of leads without an answer to each question. Optional questions count when a visitor skips them.</p>
                <HBars
                  label="Share of leads without an answer, per question"
                  rows={adv.data.dashboard.advanced.questionDropOff.map((q) => ({ name: `${q.position + 1}. ${q.question}${q.required ? '' : ' (optional)'}`, value: q.dropOffRate }))}
                  format={(n) => `${Math.round(n * 100)}%`}
                />
              </Card>
            ) : null}
          </>
        ) : (
          <ErrorNote error={adv.error} />
        )
      ) : (
        <Locked featureKey="advancedAnalytics" />
      )}
    </>
  );
}

export default function Dashboard() {
  const { data: session } = useSession();
  return (
    <>
      <PageHeader title="Dashboard">{session ? `${session.me.business.name}: the last 30 days` : ''}</PageHeader>
      {session ? (
        <>
          <Checklist session={session} />
          <Emergencies session={session} />
          <Figures session={session} />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
