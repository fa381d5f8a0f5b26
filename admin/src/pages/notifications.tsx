import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { gql } from '../api.js';
import type { NotificationStatus, WebhookEvent } from '../../../genql/index.js';
import { canWrite, useSession } from '../session.js';
import { Badge, Card, Checkbox, ErrorNote, Gate, Loading, PageHeader, SelectField, TextField, announce, formatDateTime, humanize, kindName } from '../ui.js';
import { formatPhone } from '../phone-format.js';

// Where leads are sent: the notification e-mail and emergency phone, a test e-mail, the
// outbox history (retry what died), and outgoing webhooks.

const statusTone = (s: string) => (s === 'SENT' ? 'green' : s === 'DEAD' ? 'red' : 'amber') as 'green' | 'red' | 'amber';
const EVENTS: readonly [WebhookEvent, string][] = [
  ['LEAD_CREATED', 'A lead is captured'],
  ['LEAD_UPDATED', 'A lead changes'],
  ['EMERGENCY_REPORTED', 'An emergency is reported'],
  ['CONVERSATION_ENDED', 'A conversation ends'],
];

function Contacts() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const writer = canWrite(session);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [ladder, setLadder] = useState<string[]>(['', '', '']);
  // The fields follow the saved settings, not every new session: the session is fetched again
  // after other pages' saves (the phone number, the profile), and that refetch landing while
  // the owner typed here used to put the old values back over what they typed.
  const settings = session?.me.business.notificationSettings;
  const saved = settings ? JSON.stringify(settings) : null;
  useEffect(() => {
    if (settings) {
      setEmail(settings.notificationEmail ?? '');
      setPhone(settings.notificationPhoneNumber ?? '');
      setLadder([0, 1, 2].map((i) => settings.escalationContacts[i] ?? ''));
    }
  }, [saved]);
  const business = session?.me.business;
  const save = useMutation({
    mutationFn: async () => {
      const input = { notificationEmail: email.trim() || null, notificationPhoneNumber: phone.trim() || null, escalationContacts: ladder.map((n) => n.trim()).filter(Boolean) };
      const r = await gql.mutation({ updateNotificationSettings: { __args: { input }, notificationEmailVerified: true } });
      // A new address is unverified: send its link at once.
      if (email.trim() && !r.updateNotificationSettings.notificationEmailVerified) await gql.mutation({ resendVerificationEmail: true });
      return r;
    },
    onSuccess: () => {
      announce('Notification settings saved');
      void qc.invalidateQueries({ queryKey: ['session'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  const verify = useMutation({
    mutationFn: () => gql.mutation({ resendVerificationEmail: true }),
    onSuccess: () => announce(`Verification link sent to ${business?.notificationSettings.notificationEmail ?? 'your notification e-mail'}: open it within 24 hours`),
  });
  const test = useMutation({
    mutationFn: () => gql.mutation({ sendTestEmail: { success: true, to: true, error: true, delivery: true } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['outbox'] }),
  });
  const loginEmail = session?.me.user?.email;
  return (
    <Card title="Where leads go">
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <fieldset disabled={!writer}>
          <TextField
            label="Notification e-mail"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            hint={email ? 'New leads and emergencies are e-mailed here.' : `Empty: lead e-mails go to your login e-mail${loginEmail ? ` (${loginEmail})` : ''}.`}
          />
          {business?.notificationSettings.notificationEmail ? (
            <div className="row" id="email-verification">
              {business.notificationEmailVerified ? (
                <span className="badge green">Verified</span>
              ) : (
                <>
                  <span className="badge amber">Not verified</span>
                  <span className="small">
                    {business.leadEmailRecipient === business.notificationSettings.notificationEmail
                      ? 'Lead e-mails go here already (it is your login e-mail): verify it to be sure they arrive.'
                      : `Until you verify ${business.notificationSettings.notificationEmail}, lead e-mails go to ${business.leadEmailRecipient ?? 'your login e-mail'}.`}
                  </span>
                  <button type="button" className="secondary" onClick={() => verify.mutate()} disabled={verify.isPending}>
                    Send verification link
                  </button>
                </>
              )}
            </div>
          ) : null}
          <ErrorNote error={verify.error} />
          <TextField label="Emergency phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} hint="Called for emergencies (PRO). A number in your own country needs no country code; others start with +, e.g. +44 20 7946 0958." />
          <fieldset className="stack" id="escalation-contacts">
            <legend>Emergency escalation (PRO)</legend>
            <p className="hint">During an emergency your agent calls and texts these people in order until one answers and presses 1. A number in your own country needs no country code. Empty: the emergency phone above.</p>
            {ladder.map((n, i) => (
              <TextField key={i} label={`Escalation contact ${i + 1}`} type="tel" value={n} onChange={(e) => setLadder((all) => all.map((x, j) => (j === i ? e.target.value : x)))} />
            ))}
          </fieldset>
          <ErrorNote error={save.error} />
          <div className="row">
            <button type="submit" disabled={save.isPending}>
              Save
            </button>
            <button type="button" className="secondary" onClick={() => test.mutate()} disabled={test.isPending}>
              Send a test e-mail
            </button>
          </div>
        </fieldset>
      </form>
      {test.data ? (
        <p role="status" className={test.data.sendTestEmail.success ? 'readonly-note' : 'error'}>
          {test.data.sendTestEmail.success ? `Test e-mail sent to ${test.data.sendTestEmail.to}.` : `The test e-mail to ${test.data.sendTestEmail.to} failed: ${test.data.sendTestEmail.error ?? 'unknown error'}`}
        </p>
      ) : null}
      <ErrorNote error={test.error} />
    </Card>
  );
}

function Outbox() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const [status, setStatus] = useState('');
  const q = useQuery({
    queryKey: ['outbox', status],
    queryFn: () => gql.query({ notifications: { __args: { limit: 50, ...(status ? { status: status as NotificationStatus } : {}) }, id: true, kind: true, channel: true, recipient: true, status: true, attempts: true, maxAttempts: true, lastError: true, createdAt: true, sentAt: true, leadId: true } }),
  });
  // A webhook row's recipient is its endpoint's id: show the endpoint's address when the
  // Webhooks card below has it (read from its cache; this card never fetches it).
  const hooks = useQuery<{ webhookEndpoints: { id: string; url: string }[] }>({ queryKey: ['webhooks'], enabled: false });
  const recipient = (n: { kind: string; channel: string; recipient: string }) =>
    n.kind === 'webhook' ? (hooks.data ? (hooks.data.webhookEndpoints.find((w) => w.id === n.recipient)?.url ?? 'a deleted webhook endpoint') : 'your webhook endpoint') : n.channel === 'PHONE' ? formatPhone(n.recipient) : n.recipient;
  const retry = useMutation({
    mutationFn: (id: string) => gql.mutation({ retryNotification: { __args: { id }, id: true } }),
    onSuccess: () => {
      announce('Queued again');
      void qc.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
  return (
    <Card title="Sent notifications">
      <SelectField label="Show" options={[['', 'All'], ['SENT', 'Sent'], ['PENDING', 'Waiting'], ['DEAD', 'Failed']]} value={status} onChange={(e) => setStatus(e.target.value)} />
      {q.error ? <ErrorNote error={q.error} /> : null}
      {q.isPending ? <Loading /> : null}
      {q.data && !q.data.notifications.length ? <p className="muted">Nothing sent yet.</p> : null}
      <ul className="list">
        {q.data?.notifications.map((n) => (
          <li key={n.id} className="lead-row">
            <span>
              {kindName(n.kind)} · {recipient(n)}
            </span>
            <span className="row">
              <Badge tone={statusTone(n.status)}>{n.status === 'DEAD' ? 'Failed' : humanize(n.status)}</Badge>
              {n.status === 'DEAD' && canWrite(session) ? (
                <button type="button" className="secondary" onClick={() => retry.mutate(n.id)}>
                  Retry
                </button>
              ) : null}
            </span>
            <span className="meta">
              {formatDateTime(n.sentAt ?? n.createdAt, session?.me.business.timezone)} · attempt {n.attempts} of {n.maxAttempts}
              {n.lastError ? ` · ${n.lastError}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <ErrorNote error={retry.error} />
    </Card>
  );
}

function Webhooks() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const writer = canWrite(session);
  const q = useQuery({
    queryKey: ['webhooks'],
    queryFn: () => gql.query({ webhookEndpoints: { id: true, url: true, description: true, enabled: true, events: true, secretHint: true, deliveries: { __args: { limit: 5 }, id: true, status: true, createdAt: true, lastError: true } } }),
  });
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['LEAD_CREATED', 'EMERGENCY_REPORTED']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['webhooks'] });
  const create = useMutation({
    mutationFn: () => gql.mutation({ createWebhookEndpoint: { __args: { input: { url: url.trim(), description: description.trim() || undefined, events } }, secret: true, endpoint: { url: true } } }),
    onSuccess: (d) => {
      setSecret({ url: d.createWebhookEndpoint.endpoint.url, secret: d.createWebhookEndpoint.secret });
      setUrl('');
      setDescription('');
      refresh();
    },
  });
  const rotate = useMutation({
    mutationFn: (id: string) => gql.mutation({ rotateWebhookSecret: { __args: { id }, secret: true, endpoint: { url: true } } }),
    onSuccess: (d) => {
      setSecret({ url: d.rotateWebhookSecret.endpoint.url, secret: d.rotateWebhookSecret.secret });
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => gql.mutation({ deleteWebhookEndpoint: { __args: { id } } }), onSuccess: refresh });
  return (
    <Card title="Webhooks">
      {secret ? (
        <div className="locked" role="status">
          <p>
            Signing secret for {secret.url}. <strong>Copy it now: it is shown only once.</strong>
          </p>
          <p className="secret">{secret.secret}</p>
          <button type="button" className="secondary" onClick={() => setSecret(null)}>
            I have stored it
          </button>
        </div>
      ) : null}
      {q.error ? <ErrorNote error={q.error} /> : null}
      <ul className="list">
        {q.data?.webhookEndpoints.map((w) => (
          <li key={w.id}>
            <div className="row">
              <strong>{w.url}</strong> <Badge tone={w.enabled ? 'green' : 'grey'}>{w.enabled ? 'On' : 'Off'}</Badge>
            </div>
            <div className="muted small">
              {w.description ? `${w.description} · ` : ''}
              {w.events.map(humanize).join(', ')} · signing secret {w.secretHint}
            </div>
            <div className="small">
              Last deliveries:{' '}
              {w.deliveries.length
                ? w.deliveries.map((d) => (
                    <Badge key={d.id} tone={statusTone(d.status)}>
                      {humanize(d.status)}
                    </Badge>
                  ))
                : 'none yet'}
            </div>
            {writer ? (
              <div className="row">
                <button type="button" className="secondary" onClick={() => rotate.mutate(w.id)}>
                  New secret
                </button>
                <button type="button" className="danger" onClick={() => remove.mutate(w.id)}>
                  Delete
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {writer ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            // The server decides (https, public addresses; plain http only where the operator allows it).
            if (!/^https?:\/\/\S+$/i.test(url.trim())) return setUrlError('Use a web address starting with https://');
            setUrlError(null);
            create.mutate();
          }}
          noValidate
        >
          <h3>Add an endpoint</h3>
          <TextField label="URL" type="url" value={url} onChange={(e) => setUrl(e.target.value)} error={urlError} placeholder="https://hooks.example.com/leads" />
          <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
          <fieldset>
            <legend className="small muted">Events</legend>
            {EVENTS.map(([ev, text]) => (
              <Checkbox key={ev} label={text} checked={events.includes(ev)} onChange={(e) => setEvents((all) => (e.target.checked ? [...all, ev] : all.filter((x) => x !== ev)))} />
            ))}
          </fieldset>
          <ErrorNote error={create.error ?? rotate.error ?? remove.error} />
          <button type="submit" disabled={create.isPending}>
            Add endpoint
          </button>
        </form>
      ) : null}
    </Card>
  );
}

export default function Notifications() {
  return (
    <>
      <PageHeader title="Notifications">How you hear about new leads and emergencies.</PageHeader>
      <Contacts />
      <Outbox />
      <Gate featureKey="outgoingWebhooks">
        <Webhooks />
      </Gate>
    </>
  );
}
