import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { failureOf, gql } from '../api.js';
import type { LeadStatus } from '../../../genql/index.js';
import { canWrite, useSession } from '../session.js';
import { Badge, Card, ErrorNote, Loading, PageHeader, SelectField, TextArea, announce, formatDateTime, humanize, kindName, priorityTone } from '../ui.js';
import { formatPhone } from '../phone-format.js';
import { leadTitle } from '../lead-title.js';
import { STATUSES } from './leads.js';
import { Transcript } from './conversations.js';

// The lead page every owner e-mail links to (/admin/leads/:id): who, how to reach them, what
// they said, and what to do next.

const LABELS: Record<string, string> = { preferredTime: 'Preferred time', emergencyKeywords: 'Flagged as an emergency because of' };

function show(v: unknown): string {
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (v && typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([a, b]) => `${a}: ${show(b)}`).join('; ');
  const s = String(v);
  return /^\+\d{8,15}$/.test(s) ? formatPhone(s) : s;
}

const empty = (v: unknown) => v == null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Captured answers as question/answer pairs a person reads: the agent stores
 * { answers: [{ question, answer }], preferredTime, emergencyKeywords }; other keys (API leads)
 * are shown with readable names. Empty values are left out.
 */
export function readableAnswers(data: unknown): [string, string][] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const rows: { label: string; value: string; listed: boolean }[] = [];
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    // (A chat left before every question was answered is said by its badge, not as an answer.)
    if (empty(v) || k === 'unfinished') continue;
    if (k === 'answers' && Array.isArray(v)) {
      for (const a of v as { question?: unknown; answer?: unknown }[]) {
        if (a && typeof a === 'object' && typeof a.question === 'string' && !empty(a.answer)) rows.push({ label: a.question, value: show(a.answer), listed: true });
      }
      continue;
    }
    const label = LABELS[k] ?? (/[\s?]/.test(k) ? k : humanize(k.replace(/([a-z])([A-Z])/g, '$1 $2')));
    rows.push({ label, value: show(v), listed: false });
  }
  // preferredTime repeats the answer to the visit question: said once.
  const said = new Set(rows.filter((r) => r.listed).map((r) => r.value));
  return rows.filter((r) => r.listed || !said.has(r.value)).map((r) => [r.label, r.value]);
}

/** The visitor left the chat before every question was answered; the lead holds what they gave. */
export const leftUnfinished = (data: unknown): boolean => !!data && typeof data === 'object' && (data as { unfinished?: unknown }).unfinished === true;

export default function LeadDetail() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const { data: session } = useSession();
  const tz = session?.me.business.timezone;
  const q = useQuery({
    queryKey: ['leads', 'one', id],
    queryFn: () =>
      gql.query({
        lead: {
          __args: { id },
          id: true,
          name: true,
          phone: true,
          email: true,
          address: true,
          issue: true,
          priority: true,
          status: true,
          channel: true,
          notes: true,
          isEmergency: true,
          emergencyNotes: true,
          acknowledgedAt: true,
          createdAt: true,
          capturedData: true,
          client: { id: true, name: true },
          notifications: { id: true, kind: true, channel: true, recipient: true, status: true, sentAt: true, createdAt: true, lastError: true },
          conversation: { id: true, channel: true, summary: true, durationSeconds: true, messages: { __args: { first: 200 }, id: true, role: true, content: true, createdAt: true } },
        },
      }),
  });
  const lead = q.data?.lead;
  const [status, setStatus] = useState<string>('');
  const [notes, setNotes] = useState('');
  useEffect(() => {
    if (lead) {
      setStatus(lead.status);
      setNotes(lead.notes ?? '');
    }
  }, [lead?.id, lead?.status, lead?.notes]);
  const save = useMutation({
    mutationFn: (input: { status?: LeadStatus; notes?: string | null; acknowledged?: boolean }) => gql.mutation({ updateLead: { __args: { id, input }, id: true, status: true, notes: true, acknowledgedAt: true } }),
    onSuccess: (_d, input) => {
      announce(input.acknowledged ? 'Emergency acknowledged' : 'Lead saved');
      void qc.invalidateQueries({ queryKey: ['leads'] });
    },
  });

  if (q.error) {
    const f = failureOf(q.error);
    return (
      <>
        <PageHeader title={f.code === 'NOT_FOUND' ? 'Lead not found' : 'Lead'} />
        {f.code === 'NOT_FOUND' ? <p>This lead does not exist in your business, or it was deleted.</p> : <ErrorNote error={q.error} />}
        <Link to="/leads">Back to leads</Link>
      </>
    );
  }
  if (!lead) return <Loading />;
  const writer = canWrite(session);
  const answers = readableAnswers(lead.capturedData);
  return (
    <>
      <p>
        <Link to="/leads">← All leads</Link>
      </p>
      <PageHeader title={leadTitle(lead)}>
        {humanize(lead.channel)} lead · {formatDateTime(lead.createdAt, tz)}
      </PageHeader>
      <p className="row">
        <Badge tone={priorityTone(lead.priority)}>{humanize(lead.priority)} priority</Badge>
        <Badge>{humanize(lead.status)}</Badge>
        {lead.client ? <Badge tone="green">Client: {lead.client.name}</Badge> : null}
        {leftUnfinished(lead.capturedData) ? <Badge>Left the chat before finishing</Badge> : null}
      </p>
      {lead.isEmergency ? (
        <div className="emergency" role="region" aria-label="Emergency">
          <h2>Emergency</h2>
          {lead.emergencyNotes ? <p>{lead.emergencyNotes}</p> : null}
          {lead.acknowledgedAt ? (
            <p>Acknowledged {formatDateTime(lead.acknowledgedAt, tz)}.</p>
          ) : writer ? (
            <button type="button" onClick={() => save.mutate({ acknowledged: true })} disabled={save.isPending}>
              Acknowledge emergency
            </button>
          ) : (
            <p>Not acknowledged yet.</p>
          )}
        </div>
      ) : null}
      <div className="grid">
        <Card title="Contact">
          <dl className="answers">
            <dt>Phone</dt>
            <dd>{lead.phone ? <a href={`tel:${lead.phone}`}>{formatPhone(lead.phone)}</a> : '—'}</dd>
            <dt>E-mail</dt>
            <dd>{lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : '—'}</dd>
            <dt>Address</dt>
            <dd>{lead.address ?? '—'}</dd>
            <dt>Issue</dt>
            <dd>{lead.issue ?? '—'}</dd>
          </dl>
        </Card>
        <Card title="Follow-up">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate({ status: status as LeadStatus, notes: notes.trim() ? notes : null });
            }}
          >
            <fieldset disabled={!writer}>
              <SelectField label="Status" options={STATUSES.map((s) => [s, humanize(s)] as const)} value={status} onChange={(e) => setStatus(e.target.value)} />
              <TextArea label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={5000} hint="Only your team sees these." />
              <button type="submit">Save</button>
            </fieldset>
            <ErrorNote error={save.error} />
          </form>
        </Card>
      </div>
      <Card title="Answers">
        {answers.length ? (
          <dl className="answers">
            {answers.map(([k, v]) => (
              <div key={k} style={{ display: 'contents' }}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">No answers were captured.</p>
        )}
      </Card>
      {lead.conversation ? (
        <Card title="Conversation">
          {lead.conversation.summary ? (
            <>
              <h3>Summary</h3>
              <p>{lead.conversation.summary}</p>
            </>
          ) : null}
          <h3>Transcript</h3>
          <Transcript messages={lead.conversation.messages} />
          <p>
            <Link to={`/conversations/${lead.conversation.id}`}>Open the conversation</Link>
          </p>
        </Card>
      ) : null}
      <Card title="Notifications sent">
        {lead.notifications.length ? (
          <ul className="list">
            {lead.notifications.map((n) => (
              <li key={n.id}>
                <strong>{kindName(n.kind)}</strong> · {n.channel === 'PHONE' ? formatPhone(n.recipient) : n.recipient}{' '}
                <Badge tone={n.status === 'SENT' ? 'green' : n.status === 'DEAD' ? 'red' : 'grey'}>{n.status === 'DEAD' ? 'Failed' : humanize(n.status)}</Badge>{' '}
                <span className="muted small">{formatDateTime(n.sentAt ?? n.createdAt, tz)}</span>
                {n.lastError ? <div className="small muted">{n.lastError}</div> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None.</p>
        )}
      </Card>
    </>
  );
}
