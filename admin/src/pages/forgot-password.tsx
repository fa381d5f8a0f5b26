import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { gql } from '../api.js';
import { ErrorNote, TextField } from '../ui.js';

export default function ForgotPassword() {
  // The address typed on the sign-in page comes along, so the owner does not type it twice.
  const carried = (useLocation().state as { email?: unknown } | null)?.email;
  const [email, setEmail] = useState(typeof carried === 'string' ? carried : '');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return setFieldError('Enter the e-mail address you sign in with');
    setFieldError(null);
    setBusy(true);
    setError(null);
    try {
      await gql.mutation({ requestPasswordReset: { __args: { email: email.trim() } } });
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <main className="auth-page" id="main">
      <div className="card">
        <h1>Reset your password</h1>
        {sent ? (
          <p role="status">If an account exists for {email.trim()}, we sent it a link to choose a new password. The link works for one hour.</p>
        ) : (
          <form onSubmit={submit} noValidate>
            <TextField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError} />
            <ErrorNote error={error} />
            <button type="submit" disabled={busy}>
              Send me a link
            </button>
          </form>
        )}
        <p>
          <Link to="/signin">Back to sign in</Link>
        </p>
      </div>
    </main>
  );
}
