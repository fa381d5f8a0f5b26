import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { auth, failureOf, gql } from '../api.js';
import { ErrorNote, TextField } from '../ui.js';
import { NewPasswordField } from '../password-field.js';

export default function AcceptInvitation() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ password?: string; token?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < 10) return setErrors({ password: 'Use at least 10 characters' });
    setErrors({});
    setBusy(true);
    setError(null);
    try {
      const { acceptInvitation } = await gql.mutation({ acceptInvitation: { __args: { token, password, ...(name.trim() ? { name: name.trim() } : {}) }, token: true } });
      auth.set(acceptInvitation.token);
      navigate('/', { replace: true });
    } catch (err) {
      const f = failureOf(err);
      if (f.field === 'password' || f.field === 'newPassword') setErrors({ password: f.message });
      else if (f.field === 'token') setErrors({ token: f.message });
      else setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <main className="auth-page" id="main">
      <div className="card">
        <h1>Join your team</h1>
        <p>Choose a password to finish setting up your account.</p>
        {!token || errors.token ? (
          <p className="error" role="alert">
            {errors.token ?? 'This link is incomplete.'} Ask the owner to send the invitation again.
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <TextField label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          <NewPasswordField label="Password" value={password} onChange={setPassword} error={errors.password} />
          <ErrorNote error={error} />
          <button type="submit" disabled={busy || !token}>
            Set password and sign in
          </button>
        </form>
      </div>
    </main>
  );
}
