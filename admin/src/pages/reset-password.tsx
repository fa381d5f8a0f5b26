import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { gql } from '../api.js';
import { useSignInSubmit } from '../auth-submit.js';
import { ErrorNote, TextField } from '../ui.js';
import { NewPasswordField } from '../password-field.js';

export default function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; token?: string }>({});
  const { busy, error, run } = useSignInSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = { ...(password.length < 10 ? { password: 'Use at least 10 characters' } : {}), ...(confirm !== password ? { confirm: 'The two passwords differ' } : {}) };
    setErrors(found);
    if (Object.keys(found).length) return;
    await run(async () => (await gql.mutation({ resetPassword: { __args: { token, newPassword: password }, token: true } })).resetPassword.token, {
      onFailure: (f) => {
        if (f.field === 'newPassword') setErrors({ password: f.message });
        else if (f.field === 'token') setErrors({ token: f.message });
        else return false;
        return true;
      },
    });
  }
  return (
    <main className="auth-page" id="main">
      <div className="card">
        <h1>Choose a new password</h1>
        {!token || errors.token ? (
          <p className="error" role="alert">
            {errors.token ?? 'This link is incomplete.'} <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <NewPasswordField label="New password" value={password} onChange={setPassword} error={errors.password} />
          <TextField label="Repeat the new password" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.confirm} />
          <ErrorNote error={error} />
          <button type="submit" disabled={busy || !token}>
            Set password and sign in
          </button>
        </form>
      </div>
    </main>
  );
}
