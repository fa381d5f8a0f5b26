import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { gql } from '../api.js';
import type { LeadChannel, LeadFilter, LeadStatus, Priority } from '../../../genql/index.js';
import { useSession } from '../session.js';
import { Badge, Card, ErrorNote, Loading, PageHeader, SelectField, TextField, formatDateTime, humanize, priorityTone } from '../ui.js';
import { leadTitle } from '../lead-title.js';

// The leads inbox: filters live in the URL (so a filtered view can be bookmarked), pages are
// keyset pages from the API ("Show more"), and new leads arrive through the live feed.

export const STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'LOST'] as const;
const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;
const CHANNELS = ['CHAT', 'CALL', 'VOICEMAIL', 'API'] as const;
const any = (items: readonly string[]) => [['', 'Any'] as const, ...items.map((s) => [s, humanize(s)] as const)];

function startOfDay(date: string, end = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const d = new Date(`${date}T00:00:00`);
  if (end) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

export default function Leads() {
  const [params, setParams] = useSearchParams();
  const { data: session } = useSession();
  const tz = session?.me.business.timezone;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const get = (k: string) => params.get(k) ?? '';
  const setParam = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const filter: LeadFilter = {
    ...(get('status') ? { status: [get('status') as LeadStatus] } : {}),
    ...(get('priority') ? { priority: [get('priority') as Priority] } : {}),
    ...(get('channel') ? { channel: [get('channel') as LeadChannel] } : {}),
    ...(get('q') ? { search: get('q') } : {}),
    ...(startOfDay(get('from')) ? { createdAfter: startOfDay(get('from')) } : {}),
    ...(startOfDay(get('to'), true) ? { createdBefore: startOfDay(get('to'), true) } : {}),
  };
  const q = useInfiniteQuery({
    queryKey: ['leads', 'list', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      gql.query({
        leads: {
          __args: { first: 20, filter, ...(pageParam ? { after: pageParam } : {}) },
          pageInfo: { hasNextPage: true, endCursor: true },
          nodes: { id: true, name: true, phone: true, email: true, issue: true, priority: true, status: true, channel: true, isEmergency: true, acknowledgedAt: true, createdAt: true },
        },
      }),
    getNextPageParam: (last) => (last.leads.pageInfo.hasNextPage ? last.leads.pageInfo.endCursor : null),
  });
  const leads = q.data?.pages.flatMap((p) => p.leads.nodes) ?? [];
  return (
    <>
      <PageHeader title="Leads">Everyone your agent captured, newest first. New leads appear here as they arrive.</PageHeader>
      <Card title="Filters">
        <form
          className="filters"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setParam('q', search.trim());
          }}
        >
          <SelectField label="Status" options={any(STATUSES)} value={get('status')} onChange={(e) => setParam('status', e.target.value)} />
          <SelectField label="Priority" options={any(PRIORITIES)} value={get('priority')} onChange={(e) => setParam('priority', e.target.value)} />
          <SelectField label="Channel" options={any(CHANNELS)} value={get('channel')} onChange={(e) => setParam('channel', e.target.value)} />
          <TextField label="From" type="date" value={get('from')} onChange={(e) => setParam('from', e.target.value)} />
          <TextField label="To" type="date" value={get('to')} onChange={(e) => setParam('to', e.target.value)} />
          <TextField label="Search" type="search" placeholder="Name, phone, address…" value={search} onChange={(e) => setSearch(e.target.value)} onBlur={() => setParam('q', search.trim())} />
        </form>
      </Card>
      <Card>
        {q.error ? <ErrorNote error={q.error} /> : null}
        {q.isPending ? <Loading /> : null}
        {!q.isPending && !leads.length ? <p className="muted">No leads match. When your agent captures one, it shows up here at once.</p> : null}
        <ul className="list" aria-label="Leads" id="lead-list">
          {leads.map((l) => (
            <li key={l.id} className={`lead-row${l.status === 'NEW' ? ' unread' : ''}`}>
              <Link to={`/leads/${l.id}`}>{leadTitle(l)}</Link>
              <span className="row">
                {l.isEmergency && !l.acknowledgedAt ? <Badge tone="red">Emergency</Badge> : null}
                <Badge tone={priorityTone(l.priority)}>{humanize(l.priority)}</Badge>
                <Badge>{humanize(l.status)}</Badge>
              </span>
              <span className="meta">
                {humanize(l.channel)} · {formatDateTime(l.createdAt, tz)}
                {l.issue ? ` · ${l.issue}` : ''}
              </span>
            </li>
          ))}
        </ul>
        {q.hasNextPage ? (
          <p>
            <button type="button" className="secondary" onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
              Show more
            </button>
          </p>
        ) : null}
      </Card>
    </>
  );
}
