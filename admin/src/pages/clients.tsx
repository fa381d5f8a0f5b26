import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api.js';
import type { ClientLinkRuleKind } from '../../../genql/index.js';
import { Card, ErrorNote, Loading, SelectField, TextField, announce, formatDay, humanize, plural } from '../ui.js';

// The clients the agent may tell about their projects, on the integrations page: the rules that
// tie synced projects to clients, the clients with their projects, a form to add a client, and
// the synced projects that belong to nobody yet (the agent tells their status to no one), each
// with a way to give it to a client. (Found in QA: after connecting Asana an owner saw "No
// clients yet" and had no way to add one or to see the projects that had come in.)

export const PROVIDER_NAMES: Record<string, string> = { ASANA: 'Asana', JIRA: 'Jira', MONDAY: 'monday.com' };
const sourceOf = (provider: string) => (provider === 'MANUAL' ? 'added by hand' : `from ${PROVIDER_NAMES[provider] ?? humanize(provider)}`);

interface ProjectLine {
  name: string;
  status: string;
  progress?: number | null;
  dueDate?: string | null;
}
function projectLine(p: ProjectLine): string {
  return `${p.name}: ${humanize(p.status)}${p.progress != null && p.status !== 'COMPLETED' ? `, ${p.progress}% done` : ''}${p.dueDate ? `, ${p.status === 'COMPLETED' ? 'finished' : 'due'} ${formatDay(p.dueDate)}` : ''}`;
}

const EMPTY_CLIENT = { name: '', email: '', phone: '', company: '' };

function AddClient({ onDone }: { onDone: () => void }) {
  const [c, setC] = useState(EMPTY_CLIENT);
  const add = useMutation({
    mutationFn: () =>
      gql.mutation({
        createClient: {
          __args: { input: { name: c.name.trim(), ...Object.fromEntries(Object.entries({ email: c.email, phone: c.phone, company: c.company }).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()])) } },
          name: true,
          projects: { id: true },
        },
      }),
    onSuccess: (d) => {
      const n = d.createClient.projects.length;
      announce(`${d.createClient.name} added${n ? `, with ${plural(n, 'project')}` : ''}`);
      setC(EMPTY_CLIENT);
      onDone();
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <h3>Add a client</h3>
      <p className="muted small">Projects whose contact has this e-mail are linked to the client. A client proves who they are with a code sent to this e-mail or phone before the agent tells them anything.</p>
      <div className="filters">
        <TextField label="Client name" value={c.name} onChange={(e) => setC({ ...c, name: e.target.value })} autoComplete="off" maxLength={200} />
        <TextField label="Client e-mail" type="text" inputMode="email" value={c.email} onChange={(e) => setC({ ...c, email: e.target.value })} autoComplete="off" maxLength={254} />
        <TextField label="Client phone" type="tel" value={c.phone} onChange={(e) => setC({ ...c, phone: e.target.value })} autoComplete="off" maxLength={40} />
        <TextField label="Company" value={c.company} onChange={(e) => setC({ ...c, company: e.target.value })} autoComplete="off" maxLength={200} />
      </div>
      <ErrorNote error={add.error} />
      <button type="submit" disabled={add.isPending || !c.name.trim()}>
        {add.isPending ? 'Adding…' : 'Add client'}
      </button>
    </form>
  );
}

function Unlinked({ projects, clients, writer, onDone }: { projects: (ProjectLine & { id: string; provider: string })[]; clients: { id: string; name: string }[]; writer: boolean; onDone: () => void }) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const link = useMutation({
    mutationFn: (v: { projectId: string; clientId: string }) => gql.mutation({ linkProjectToClient: { __args: v, name: true, client: { name: true } } }),
    onSuccess: (d) => {
      announce(`${d.linkProjectToClient.name} linked to ${d.linkProjectToClient.client?.name ?? 'the client'}`);
      onDone();
    },
  });
  if (!projects.length) return null;
  return (
    <Card title="Projects without a client">
      <p className="muted">The agent tells no one about these until they belong to a client.</p>
      <ul className="list">
        {projects.map((p) => (
          <li key={p.id}>
            <div>
              {projectLine(p)}
              <span className="muted small"> · {sourceOf(p.provider)}</span>
            </div>
            {writer && clients.length ? (
              <form
                className="filters"
                onSubmit={(e) => {
                  e.preventDefault();
                  link.mutate({ projectId: p.id, clientId: chosen[p.id]! });
                }}
              >
                <SelectField label={`Client for ${p.name}`} options={[['', 'Choose…'], ...clients.map((c) => [c.id, c.name] as const)]} value={chosen[p.id] ?? ''} onChange={(e) => setChosen({ ...chosen, [p.id]: e.target.value })} />
                <div className="field">
                  <button type="submit" className="secondary" aria-label={`Link ${p.name}`} disabled={!chosen[p.id] || link.isPending}>
                    Link
                  </button>
                </div>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {writer && !clients.length ? <p className="muted small">Add a client first, then give each project to its client here.</p> : null}
      <ErrorNote error={link.error} />
    </Card>
  );
}

export function Clients({ writer }: { writer: boolean }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['clients'],
    queryFn: () =>
      gql.query({
        clients: { __args: { first: 100 }, nodes: { id: true, name: true, email: true, company: true, projects: { id: true, name: true, status: true, progress: true, dueDate: true, provider: true } } },
        clientLinkRules: { id: true, clientId: true, kind: true, value: true },
        projects: { __args: { first: 100 }, nodes: { id: true, name: true, status: true, progress: true, dueDate: true, provider: true, client: { id: true } } },
      }),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['clients'] });
  const [rule, setRule] = useState({ clientId: '', kind: 'DOMAIN', value: '' });
  const add = useMutation({
    mutationFn: () => gql.mutation({ addClientLinkRule: { __args: { input: { clientId: rule.clientId, kind: rule.kind as ClientLinkRuleKind, value: rule.value.trim() } }, id: true } }),
    onSuccess: () => {
      announce('Rule added');
      setRule((r) => ({ ...r, value: '' }));
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => gql.mutation({ removeClientLinkRule: { __args: { id } } }), onSuccess: refresh });
  if (q.error) return <ErrorNote error={q.error} />;
  if (!q.data) return <Loading />;
  const clients = q.data.clients.nodes;
  const unlinked = q.data.projects.nodes.filter((p) => !p.client);
  const nameOf = (id: string) => clients.find((c) => c.id === id)?.name ?? 'a client';
  return (
    <>
      <Card title="Clients and their projects">
        {!clients.length ? <p className="muted">No clients yet.</p> : null}
        <ul className="list">
          {clients.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <span className="muted">{[c.company, c.email].filter(Boolean).join(' · ')}</span>
              {c.projects.length ? (
                <ul>
                  {c.projects.map((p) => (
                    <li key={p.id}>
                      {projectLine(p)}
                      <span className="muted small"> · {sourceOf(p.provider)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="muted small">No projects.</div>
              )}
            </li>
          ))}
        </ul>
        {writer ? <AddClient onDone={refresh} /> : null}
      </Card>
      <Unlinked projects={unlinked} clients={clients} writer={writer} onDone={refresh} />
      <Card title="Client link rules">
        <p className="muted">Projects whose customer e-mail matches a rule belong to that client.</p>
        <ul className="list">
          {q.data.clientLinkRules.map((r) => (
            <li key={r.id} className="row">
              {r.kind === 'DOMAIN' ? `Anyone at ${r.value}` : r.value} → {nameOf(r.clientId)}
              {writer ? (
                <button type="button" className="danger" onClick={() => remove.mutate(r.id)}>
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {writer && clients.length ? (
          <form
            className="filters"
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate();
            }}
          >
            <SelectField label="Client" options={[['', 'Choose…'], ...clients.map((c) => [c.id, c.name] as const)]} value={rule.clientId} onChange={(e) => setRule({ ...rule, clientId: e.target.value })} />
            <SelectField label="Match" options={[['DOMAIN', 'E-mail domain'], ['EMAIL', 'Exact e-mail']]} value={rule.kind} onChange={(e) => setRule({ ...rule, kind: e.target.value })} />
            <TextField label="Value" value={rule.value} onChange={(e) => setRule({ ...rule, value: e.target.value })} placeholder="example.com" />
            <div className="field">
              <button type="submit" disabled={!rule.clientId || !rule.value.trim()}>
                Add rule
              </button>
            </div>
          </form>
        ) : writer ? (
          <p className="muted small">Add a client first.</p>
        ) : null}
        <ErrorNote error={add.error ?? remove.error} />
      </Card>
    </>
  );
}
