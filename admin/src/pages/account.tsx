import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { auth, failureOf, gql } from '../api.js';
import { useSession } from '../session.js';
import { Card, ErrorNote, PageHeader, TextField, announce, humanize } from '../ui.js';
import { NewPasswordField } from '../password-field.js';

export default function Account() {
  const { data: session } = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  async function change(e: FormEvent) {
    e.preventDefault();
    const found = { ...(current ? {} : { current: 'Enter your current password' }), ...(next.length < 10 ? { next: 'Use at least 10 characters' } : {}) };
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(null);
    try {
      const { changePassword } = await gql.mutation({ changePassword: { __args: { currentPassword: current, newPassword: next }, token: true } });
      auth.set(changePassword.token);
      setCurrent('');
      setNext('');
      setDone(true);
      announce('Password changed');
    } catch (err) {
      const f = failureOf(err);
      if (f.field === 'currentPassword') setErrors({ current: f.message });
      else if (f.field === 'newPassword') setErrors({ next: f.message });
      else setError(err);
    } finally {
      setBusy(false);
    }
  }
  function signOut() {
    auth.set(null);
    navigate('/signin', { replace: true });
  }
  const user = session?.me.user;
  return (
    <>
      <PageHeader title="Account">{user ? `${user.name ?? user.email} · ${humanize(session.me.role)}` : ''}</PageHeader>
      <Card title="Change password">
        {done ? <p role="status" className="readonly-note">Your password is changed. Other devices signed in to this account are signed out.</p> : null}
        <form onSubmit={change} noValidate>
          <input type="text" name="username" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
          <TextField label="Current password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={errors.current} />
          <NewPasswordField label="New password" value={next} onChange={setNext} error={errors.next} email={user?.email} />
          <ErrorNote error={error} />
          <button type="submit" disabled={busy}>
            Change password
          </button>
        </form>
      </Card>
      <Card title="Sign out">
        <p>Sign out of this browser.</p>
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </Card>
    </>
  );
}
