import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { gql } from '../api.js';
import { useSignInSubmit } from '../auth-submit.js';
import { ErrorNote, TextField } from '../ui.js';
import { NewPasswordField } from '../password-field.js';

export default function AcceptInvitation() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ password?: string; token?: string }>({});
  const { busy, error, run } = useSignInSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < 10) return setErrors({ password: 'Use at least 10 characters' });
    setErrors({});
    await run(async () => (await gql.mutation({ acceptInvitation: { __args: { token, password, ...(name.trim() ? { name: name.trim() } : {}) }, token: true } })).acceptInvitation.token, {
      onFailure: (f) => {
        if (f.field === 'password' || f.field === 'newPassword') setErrors({ password: f.message });
        else if (f.field === 'token') setErrors({ token: f.message });
        else return false;
        return true;
      },
    });
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
