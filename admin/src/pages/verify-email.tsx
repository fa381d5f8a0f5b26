import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { failureOf, gql } from '../api.js';

export default function VerifyEmail() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{ ok: true; email: string } | { ok: false; message: string } | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (!token) return setState({ ok: false, message: 'This link is incomplete.' });
    gql
      .mutation({ verifyNotificationEmail: { __args: { token } } })
      .then((d) => setState({ ok: true, email: d.verifyNotificationEmail }))
      .catch((err: unknown) => setState({ ok: false, message: failureOf(err).message }));
  }, [token]);
  return (
    <main className="auth-page" id="main">
      <div className="card">
        <h1>Verify your e-mail</h1>
        {!state ? <p role="status">Checking the link…</p> : null}
        {state?.ok ? <p role="status">Thank you: {state.email} is verified. New leads are e-mailed there.</p> : null}
        {state && !state.ok ? (
          <p className="error" role="alert">
            {state.message}
          </p>
        ) : null}
        <p>
          <Link to="/notifications">Go to your notification settings</Link>
        </p>
      </div>
    </main>
  );
}
