import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { gql } from '../api.js';
import { useSignInSubmit } from '../auth-submit.js';
import { ErrorNote, TextField } from '../ui.js';

/** Only same-console paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignIn() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSignInSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => (await gql.mutation({ login: { __args: { email: email.trim(), password }, token: true } })).login.token, { to: safeNext(params.get('next')) });
  }

  return (
    <main className="auth-page" id="main">
      <div className="card">
        <h1>Sign in</h1>
        {params.get('reset') ? <p className="readonly-note">Your password is changed. Sign in with the new one.</p> : null}
        <form onSubmit={submit} noValidate>
          <TextField label="Email" type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          <ErrorNote error={error} />
          <p>
            <button type="submit" disabled={busy}>
              Sign in
            </button>
          </p>
        </form>
        <p>
          <Link to="/forgot-password" state={{ email }}>
            Forgot your password?
          </Link>
        </p>
        <p>
          New here? <Link to="/signup">Create your business account</Link>
        </p>
      </div>
    </main>
  );
}
