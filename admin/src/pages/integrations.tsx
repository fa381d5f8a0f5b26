import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { gql } from '../api.js';
import type { PmProvider } from '../../../genql/index.js';
import { Clients, PROVIDER_NAMES } from './clients.js';
import { canWrite, useSession } from '../session.js';
import { Badge, Card, ErrorNote, Gate, Loading, PageHeader, SelectField, TextArea, TextField, announce, formatDateTime, humanize, plural } from '../ui.js';

// Project tools (Asana, Jira, monday.com) so the agent can tell clients how their projects
// stand, Google Drive as a knowledge source, the rules that tie projects to clients, and the
// clients with their projects.

const PROVIDERS: Record<string, { name: string; fields: [key: string, label: string, hint?: string][] }> = {
  ASANA: { name: PROVIDER_NAMES.ASANA!, fields: [['accessToken', 'Personal access token'], ['workspaceGid', 'Workspace id', 'Optional: the first workspace is used otherwise']] },
  JIRA: { name: PROVIDER_NAMES.JIRA!, fields: [['siteUrl', 'Site address', 'e.g. https://acme.atlassian.net'], ['email', 'Account e-mail'], ['apiToken', 'API token'], ['jql', 'Which issues (JQL)', 'Optional']] },
  MONDAY: { name: PROVIDER_NAMES.MONDAY!, fields: [['apiToken', 'API token'], ['signingSecret', 'App signing secret', 'Optional: verifies monday.com webhooks']] },
};

function Connect({ onDone }: { onDone: () => void }) {
  const [provider, setProvider] = useState('ASANA');
  const [values, setValues] = useState<Record<string, string>>({});
  const connect = useMutation({
    mutationFn: () => gql.mutation({ connectIntegration: { __args: { input: { provider: provider as PmProvider, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim())) } }, id: true, status: true } }),
    onSuccess: () => {
      announce(`${PROVIDERS[provider]!.name} connected`);
      setValues({});
      onDone();
    },
  });
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        connect.mutate();
      }}
    >
      <h3>Connect a project tool</h3>
      <SelectField label="Tool" options={Object.entries(PROVIDERS).map(([k, v]) => [k, v.name] as const)} value={provider} onChange={(e) => setProvider(e.target.value)} />
      {PROVIDERS[provider]!.fields.map(([key, label, hint]) => (
        <TextField key={`${provider}-${key}`} label={label} hint={hint} type={/token|secret/i.test(key) ? 'password' : 'text'} autoComplete="off" value={values[key] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
      ))}
      <ErrorNote error={connect.error} />
      <button type="submit" disabled={connect.isPending}>
        {connect.isPending ? 'Checking…' : 'Connect'}
      </button>
    </form>
  );
}

function ProjectTools({ writer }: { writer: boolean }) {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const q = useQuery({ queryKey: ['integrations'], queryFn: () => gql.query({ integrations: { id: true, provider: true, status: true, accountLabel: true, lastSyncAt: true, lastError: true, projectCount: true, taskCount: true, webhooksActive: true } }) });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['integrations'] });
    void qc.invalidateQueries({ queryKey: ['clients'] });
  };
  const sync = useMutation({ mutationFn: (id: string) => gql.mutation({ syncProjects: { __args: { integrationId: id }, projectCount: true, taskCount: true } }), onSuccess: (d) => (announce(`Synced ${plural(d.syncProjects.projectCount, 'project')}`), refresh()) });
  const disconnect = useMutation({ mutationFn: (id: string) => gql.mutation({ disconnectIntegration: { __args: { id } } }), onSuccess: () => (announce('Disconnected'), refresh()) });
  const tools = q.data?.integrations.filter((i) => i.provider !== 'GDRIVE') ?? [];
  return (
    <Card title="Project tools">
      {q.error ? <ErrorNote error={q.error} /> : null}
      {q.isPending ? <Loading /> : null}
      {q.data && !tools.length ? <p className="muted">None connected.</p> : null}
      <ul className="list">
        {tools.map((i) => (
          <li key={i.id}>
            <div className="row">
              <strong>{PROVIDERS[i.provider]?.name ?? humanize(i.provider)}</strong>
              <Badge tone={i.status === 'CONNECTED' ? 'green' : i.status === 'ERROR' ? 'red' : 'amber'}>{humanize(i.status)}</Badge>
              {i.accountLabel ? <span className="muted">{i.accountLabel}</span> : null}
            </div>
            <div className="small muted">
              {plural(i.projectCount, 'project')}{i.taskCount ? `, ${plural(i.taskCount, 'task')}` : ''} · last sync {formatDateTime(i.lastSyncAt, session?.me.business.timezone)} · {i.webhooksActive ? 'live updates on' : 'periodic sync only'}
            </div>
            {i.lastError ? <p className="error small">{i.lastError}</p> : null}
            {writer ? (
              <div className="row">
                <button type="button" className="secondary" onClick={() => sync.mutate(i.id)} disabled={sync.isPending}>
                  Sync now
                </button>
                <button type="button" className="danger" onClick={() => disconnect.mutate(i.id)}>
                  Disconnect
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorNote error={sync.error ?? disconnect.error} />
      {writer ? <Connect onDone={refresh} /> : null}
    </Card>
  );
}

function Drive({ writer }: { writer: boolean }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['integrations'], queryFn: () => gql.query({ integrations: { id: true, provider: true, status: true, accountLabel: true, lastSyncAt: true, lastError: true, projectCount: true, taskCount: true, webhooksActive: true } }) });
  // Until the integrations load nothing is known: the card shows neither the connect form nor
  // "Not connected" (an owner with Drive connected saw the form first).
  const drive = q.data?.integrations.find((i) => i.provider === 'GDRIVE');
  const [folderId, setFolderId] = useState('');
  const [key, setKey] = useState('');
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['integrations'] });
    void qc.invalidateQueries({ queryKey: ['knowledge'] });
  };
  const connect = useMutation({
    mutationFn: () => gql.mutation({ connectGoogleDrive: { __args: { input: { folderId: folderId.trim(), ...(key.trim().startsWith('{') ? { serviceAccountKey: key.trim() } : { accessToken: key.trim() }) } }, id: true } }),
    onSuccess: () => (announce('Google Drive connected'), refresh()),
  });
  const sync = useMutation({ mutationFn: () => gql.mutation({ syncGoogleDrive: { added: true, updated: true, removed: true, skipped: true, unchanged: true } }), onSuccess: (d) => (announce(`Drive synced: ${d.syncGoogleDrive.added} added, ${d.syncGoogleDrive.updated} updated`), refresh()) });
  const disconnect = useMutation({ mutationFn: (id: string) => gql.mutation({ disconnectIntegration: { __args: { id } } }), onSuccess: refresh });
  return (
    <Card title="Google Drive (knowledge)">
      {q.isPending ? (
        <Loading />
      ) : drive ? (
        <>
          <p className="row">
            <Badge tone={drive.status === 'CONNECTED' ? 'green' : 'red'}>{humanize(drive.status)}</Badge> {plural(drive.taskCount, 'file')} · last sync {formatDateTime(drive.lastSyncAt)}
          </p>
          {drive.lastError ? <p className="error small">{drive.lastError}</p> : null}
          {writer ? (
            <div className="row">
              <button type="button" className="secondary" onClick={() => sync.mutate()}>
                Sync now
              </button>
              <button type="button" className="danger" onClick={() => disconnect.mutate(drive.id)}>
                Disconnect
              </button>
            </div>
          ) : null}
        </>
      ) : writer ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            connect.mutate();
          }}
        >
          <p>Documents in a Drive folder become knowledge your agent answers from.</p>
          <TextField label="Folder id" value={folderId} onChange={(e) => setFolderId(e.target.value)} hint="The last part of the folder's address." />
          <TextArea label="Service account key (JSON) or access token" value={key} onChange={(e) => setKey(e.target.value)} rows={3} autoComplete="off" />
          <button type="submit" disabled={connect.isPending || !folderId.trim() || !key.trim()}>
            Connect Google Drive
          </button>
        </form>
      ) : (
        <p className="muted">Not connected.</p>
      )}
      <ErrorNote error={connect.error ?? sync.error ?? disconnect.error} />
    </Card>
  );
}

export default function Integrations() {
  const { data: session } = useSession();
  const writer = canWrite(session);
  return (
    <>
      <PageHeader title="Integrations">Connect the tools you already use.</PageHeader>
      <Gate featureKey="projectSync">
        <ProjectTools writer={writer} />
        <Clients writer={writer} />
      </Gate>
      <Gate featureKey="knowledgeBase" what="Documents in a Google Drive folder become knowledge your agent answers from.">
        <Drive writer={writer} />
      </Gate>
    </>
  );
}
