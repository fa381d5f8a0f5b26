import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { gql } from '../api.js';
import type { ConversationChannel, ConversationStatus } from '../../../genql/index.js';
import { feature, useSession } from '../session.js';
import { Badge, Card, ErrorNote, Loading, PageHeader, SelectField, formatDateTime, formatDuration, humanize } from '../ui.js';
import { formatPhone } from '../phone-format.js';
import { leadTitle } from '../lead-title.js';

/** Who the conversation was with: the lead's name, else the caller's number, else "Visitor". */
function who(c: { fromNumber?: string | null; leads: Array<{ name?: string | null }> }): string {
  return c.leads.find((l) => l.name)?.name ?? (c.fromNumber ? formatPhone(c.fromNumber) : null) ?? 'Visitor';
}

/**
 * What a row says under its title: the summary once the conversation has one (it opens with the
 * length: "Chat of 26s."); before that (a chat still open, a call just ended) a call's length and
 * the visitor's first words, so the owner sees what each one is about without opening it (QA: a
 * column of bare dashes).
 */
function rowDetail(c: { durationSeconds?: number | null; summary?: string | null; messages: Array<{ role: string; content: string }> }): string {
  const first = c.messages.find((m) => m.role === 'user')?.content.trim();
  const clip = (x: string) => (x.length > 140 ? `${x.slice(0, 139)}…` : x);
  const said = c.summary ? clip(c.summary) : first ? `“${clip(first)}”` : null;
  // (A summary opens with the length, "Chat of 26s.": said once.)
  const parts = [c.durationSeconds != null && !c.summary ? formatDuration(c.durationSeconds) : null, said];
  return parts.filter(Boolean).join(' · ') || 'No messages yet';
}

// Chats and calls: a list with live status (the live feed refreshes it), one conversation's
// transcript and summary, and for PRO the calls in progress right now.

export function Transcript({ messages }: { messages: readonly { id: string; role: string; content: string }[] }) {
  const shown = messages.filter((m) => m.role === 'user' || m.role === 'assistant');
  if (!shown.length) return <p className="muted">No messages.</p>;
  return (
    <ol className="transcript" aria-label="Transcript">
      {shown.map((m) => (
        <li key={m.id} className={m.role}>
          <span className="who">{m.role === 'user' ? 'Customer' : 'Agent'}</span>
          {m.content}
        </li>
      ))}
    </ol>
  );
}

const tone = (s: string) => (s === 'ACTIVE' ? 'green' : s === 'FAILED' || s === 'MISSED' ? 'red' : 'grey') as 'green' | 'red' | 'grey';

function ConversationView({ id, tz }: { id: string; tz?: string }) {
  const q = useQuery({
    queryKey: ['conversation', id],
    queryFn: () =>
      gql.query({
        conversation: {
          __args: { id },
          id: true,
          channel: true,
          status: true,
          startedAt: true,
          endedAt: true,
          durationSeconds: true,
          fromNumber: true,
          summary: true,
          leads: { id: true, name: true, phone: true, email: true, channel: true },
          messages: { __args: { first: 500 }, id: true, role: true, content: true },
        },
      }),
  });
  if (q.error) return <ErrorNote error={q.error} />;
  if (!q.data) return <Loading />;
  const c = q.data.conversation;
  return (
    <Card title={`${humanize(c.channel)} · ${formatDateTime(c.startedAt, tz)}`}>
      <p className="row">
        <Badge tone={tone(c.status)}>{humanize(c.status)}</Badge>
        <span>Duration {formatDuration(c.durationSeconds)}</span>
        {c.fromNumber ? <a href={`tel:${c.fromNumber}`}>{formatPhone(c.fromNumber)}</a> : null}
        {c.leads.map((l) => (
          <Link key={l.id} to={`/leads/${l.id}`}>
            Lead: {leadTitle(l)}
          </Link>
        ))}
      </p>
      {c.summary ? (
        <>
          <h3>Summary</h3>
          <p>{c.summary}</p>
        </>
      ) : null}
      <h3>Transcript</h3>
      <Transcript messages={c.messages} />
    </Card>
  );
}

function LiveCalls() {
  const q = useQuery({ queryKey: ['conversations', 'live'], refetchInterval: 5000, queryFn: () => gql.query({ liveCalls: { callSid: true, conversationId: true, connectionStatus: true, durationSeconds: true } }) });
  if (!q.data?.liveCalls.length) return null;
  return (
    <Card title="Calls in progress">
      <ul className="list">
        {q.data.liveCalls.map((c) => (
          <li key={c.callSid}>
            <Link to={`/conversations/${c.conversationId}`}>Call</Link> · {c.connectionStatus} · {formatDuration(c.durationSeconds)}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export default function Conversations() {
  const { id } = useParams();
  const { data: session } = useSession();
  const tz = session?.me.business.timezone;
  const [channel, setChannel] = useState('');
  const [status, setStatus] = useState('');
  const filter = { ...(channel ? { channel: channel as ConversationChannel } : {}), ...(status ? { status: status as ConversationStatus } : {}) };
  const q = useInfiniteQuery({
    queryKey: ['conversations', 'list', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      gql.query({
        conversations: {
          __args: { first: 20, filter, ...(pageParam ? { after: pageParam } : {}) },
          pageInfo: { hasNextPage: true, endCursor: true },
          nodes: { id: true, channel: true, status: true, startedAt: true, durationSeconds: true, summary: true, fromNumber: true, leads: { id: true, name: true }, messages: { __args: { first: 4 }, role: true, content: true } },
        },
      }),
    getNextPageParam: (last) => (last.conversations.pageInfo.hasNextPage ? last.conversations.pageInfo.endCursor : null),
  });
  const items = q.data?.pages.flatMap((p) => p.conversations.nodes) ?? [];
  return (
    <>
      <PageHeader title="Conversations">Website chats and phone calls, with what was said.</PageHeader>
      {id ? <ConversationView id={id} tz={tz} /> : null}
      {feature(session, 'sessionMonitoring')?.included ? <LiveCalls /> : null}
      <Card title="All conversations">
        <div className="filters">
          <SelectField label="Channel" options={[['', 'Any'], ['CHAT', 'Chat'], ['CALL', 'Call']]} value={channel} onChange={(e) => setChannel(e.target.value)} />
          <SelectField label="Status" options={[['', 'Any'], ['ACTIVE', 'Active'], ['ENDED', 'Ended'], ['MISSED', 'Missed'], ['FAILED', 'Failed']]} value={status} onChange={(e) => setStatus(e.target.value)} />
        </div>
        {q.error ? <ErrorNote error={q.error} /> : null}
        {q.isPending ? <Loading /> : null}
        {!q.isPending && !items.length ? <p className="muted">No conversations yet.</p> : null}
        <ul className="list">
          {items.map((c) => (
            <li key={c.id} className="lead-row">
              <Link to={`/conversations/${c.id}`} aria-current={c.id === id ? 'page' : undefined}>
                {who(c)} · {humanize(c.channel)} · {formatDateTime(c.startedAt, tz)}
              </Link>
              <Badge tone={tone(c.status)}>{humanize(c.status)}</Badge>
              <span className="meta">{rowDetail(c)}</span>
            </li>
          ))}
        </ul>
        {q.hasNextPage ? (
          <button type="button" className="secondary" onClick={() => void q.fetchNextPage()}>
            Show more
          </button>
        ) : null}
      </Card>
    </>
  );
}
