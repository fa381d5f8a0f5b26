import { useState } from 'react';
import { useNavigate } from 'react-router';
import { auth, failureOf, type ApiFailure } from './api.js';

/**
 * The one submit flow of the pages that end signed in (sign in, sign up, reset password, accept
 * an invitation): busy while the mutation runs; the token it returns signs in and opens `to`; a
 * failure the page pins to one of its fields goes there (`onFailure` returns true), any other
 * shows under the form.
 */
export function useSignInSubmit() {
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run(getToken: () => Promise<string>, options: { to?: string; onFailure?: (failure: ApiFailure) => boolean } = {}): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      auth.set(await getToken());
      navigate(options.to ?? '/', { replace: true });
    } catch (err) {
      if (!options.onFailure?.(failureOf(err))) setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
