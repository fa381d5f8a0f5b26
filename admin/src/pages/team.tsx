import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { gql } from '../api.js';
import type { TeamRole } from '../../../genql/index.js';
import { canWrite, useSession } from '../session.js';
import { Badge, Card, ErrorNote, Loading, PageHeader, SelectField, TextField, announce, formatDateTime, humanize } from '../ui.js';

// People who can sign in (the owner invites; the invitee sets their own password from the
// e-mailed link), and API keys for integrations (the secret is shown once).

const ROLES = [
  ['ADMIN', 'Admin: can change everything but the team'],
  ['MEMBER', 'Member: can look, not change'],
] as const;

function TeamCard() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  // Who may invite is known once the session is in (before it, an owner read "Only the owner
  // can invite people"): the invite part waits for it.
  const owner = session?.me.role === 'OWNER';
  const tz = session?.me.business.timezone;
  const q = useQuery({ queryKey: ['team'], queryFn: () => gql.query({ team: { id: true, email: true, name: true, role: true, lastLoginAt: true, invitationPending: true } }) });
  const [form, setForm] = useState({ email: '', name: '', role: 'MEMBER' });
  const [emailError, setEmailError] = useState<string | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['team'] });
  const invite = useMutation({
    mutationFn: () => gql.mutation({ inviteTeamMember: { __args: { input: { email: form.email.trim(), name: form.name.trim() || undefined, role: form.role as TeamRole } }, id: true, email: true } }),
    onSuccess: (d) => {
      announce(`Invitation sent to ${d.inviteTeamMember.email}`);
      setForm({ email: '', name: '', role: 'MEMBER' });
      refresh();
    },
  });
  const resend = useMutation({ mutationFn: (userId: string) => gql.mutation({ resendInvitation: { __args: { userId }, id: true } }), onSuccess: () => announce('Invitation sent again') });
  const setRole = useMutation({ mutationFn: (v: { userId: string; role: TeamRole }) => gql.mutation({ setTeamMemberRole: { __args: v, id: true } }), onSuccess: () => (announce('Role changed'), refresh()) });
  const remove = useMutation({ mutationFn: (userId: string) => gql.mutation({ removeTeamMember: { __args: { userId } } }), onSuccess: () => (announce('Removed'), refresh()) });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+$/.test(form.email.trim())) return setEmailError('Enter an e-mail address like sam@example.com');
    setEmailError(null);
    invite.mutate();
  }
  return (
    <Card title="Team">
      {q.error ? <ErrorNote error={q.error} /> : null}
      {q.isPending ? <Loading /> : null}
      <ul className="list" aria-label="Team members">
        {q.data?.team.map((u) => (
          <li key={u.id} className="lead-row">
            <span>
              <strong>{u.name ?? u.email}</strong> {u.name ? <span className="muted">{u.email}</span> : null}
            </span>
            <span className="row">
              <Badge tone={u.role === 'OWNER' ? 'blue' : 'grey'}>{humanize(u.role)}</Badge>
              {u.invitationPending ? <Badge tone="amber">Invitation sent</Badge> : null}
            </span>
            <span className="meta">{u.invitationPending ? 'Has not set a password yet' : `Last sign-in ${formatDateTime(u.lastLoginAt, tz)}`}</span>
            {owner && u.role !== 'OWNER' ? (
              <div className="row" style={{ gridColumn: '1 / -1' }}>
                <label className="sr-only" htmlFor={`role-${u.id}`}>
                  Role of {u.email}
                </label>
                <select id={`role-${u.id}`} value={u.role} onChange={(e) => setRole.mutate({ userId: u.id, role: e.target.value as TeamRole })} style={{ width: 'auto' }}>
                  <option value="ADMIN">Admin</option>
                  <option value="MEMBER">Member</option>
                </select>
                {u.invitationPending ? (
                  <button type="button" className="secondary" onClick={() => resend.mutate(u.id)}>
                    Send the invitation again
                  </button>
                ) : null}
                <button type="button" className="danger" onClick={() => remove.mutate(u.id)} aria-label={`Remove ${u.email}`}>
                  Remove
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorNote error={setRole.error ?? remove.error ?? resend.error} />
      {!session ? null : owner ? (
        <form onSubmit={submit} noValidate>
          <h3>Invite someone</h3>
          <p className="muted small">They get an e-mail with a link to set their own password.</p>
          <TextField label="Their e-mail" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} error={emailError} />
          <TextField label="Their name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <SelectField label="Role" options={ROLES} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })} />
          <ErrorNote error={invite.error} />
          <button type="submit" disabled={invite.isPending}>
            Send invitation
          </button>
        </form>
      ) : (
        <p className="muted small">Only the owner can invite people.</p>
      )}
    </Card>
  );
}

function ApiKeys() {
  const qc = useQueryClient();
  const { data: session } = useSession();
  const writer = canWrite(session);
  const tz = session?.me.business.timezone;
  const q = useQuery({ queryKey: ['apiKeys'], enabled: writer, queryFn: () => gql.query({ apiKeys: { __args: { includeRevoked: true }, id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { email: true, name: true } } }) });
  const [name, setName] = useState('');
  const [role, setRole] = useState('ADMIN');
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['apiKeys'] });
  const create = useMutation({
    mutationFn: () => gql.mutation({ createApiKey: { __args: { name: name.trim(), role: role as TeamRole }, secret: true } }),
    onSuccess: (d) => {
      setSecret(d.createApiKey.secret);
      setName('');
      refresh();
    },
  });
  const revoke = useMutation({ mutationFn: (id: string) => gql.mutation({ revokeApiKey: { __args: { id }, id: true } }), onSuccess: () => (announce('Key revoked'), refresh()) });
  if (!writer) return null;
  return (
    <Card title="API keys">
      <p className="muted small">For Zapier, your CRM or your own scripts: they call the same API as this console.</p>
      {secret ? (
        <div className="locked" role="status">
          <p>
            <strong>Copy this key now: it is shown only once.</strong>
          </p>
          <p className="secret">{secret}</p>
          <button type="button" className="secondary" onClick={() => setSecret(null)}>
            I have stored it
          </button>
        </div>
      ) : null}
      {q.error ? <ErrorNote error={q.error} /> : null}
      <ul className="list" aria-label="API keys">
        {q.data?.apiKeys.map((k) => (
          <li key={k.id} className="lead-row">
            <span>
              <strong>{k.name}</strong> <code>{k.prefix}…</code>
            </span>
            <span className="row">
              <Badge>{humanize(k.role)}</Badge>
              {k.revokedAt ? <Badge tone="red">Revoked</Badge> : <button type="button" className="danger" onClick={() => revoke.mutate(k.id)} aria-label={`Revoke ${k.name}`}>Revoke</button>}
            </span>
            <span className="meta">
              Created {formatDateTime(k.createdAt, tz)} by {k.createdBy ? (k.createdBy.name ?? k.createdBy.email) : 'a removed user'} · last used {k.lastUsedAt ? formatDateTime(k.lastUsedAt, tz) : 'never'}
            </span>
          </li>
        ))}
      </ul>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) create.mutate();
        }}
      >
        <TextField label="Key name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Zapier" maxLength={100} />
        <SelectField label="Key role" options={[['ADMIN', 'Admin'], ['MEMBER', 'Member (read only)']]} value={role} onChange={(e) => setRole(e.target.value)} />
        <div className="field">
          <button type="submit" disabled={create.isPending || !name.trim()}>
            Create key
          </button>
        </div>
      </form>
      <ErrorNote error={create.error ?? revoke.error} />
    </Card>
  );
}

export default function Team() {
  return (
    <>
      <PageHeader title="Team & API keys">Who can use this console, and keys for other tools.</PageHeader>
      <TeamCard />
      <ApiKeys />
    </>
  );
}
