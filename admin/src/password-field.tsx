import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { gql } from './api.js';
import { TextField } from './ui.js';

// A new-password field that asks the server's own policy (passwordStrength) as the owner
// types, so "too weak" shows before the form is sent.

export function NewPasswordField({ label, value, onChange, error, email }: { label: string; value: string; onChange: (v: string) => void; error?: string | null; email?: string }) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), 350);
    return () => clearTimeout(t);
  }, [value]);
  const check = useQuery({
    queryKey: ['passwordStrength', debounced, email ?? ''],
    enabled: debounced.length >= 10,
    staleTime: Infinity,
    queryFn: () => gql.query({ passwordStrength: { __args: { password: debounced, ...(email ? { email } : {}) }, ok: true, score: true, message: true } }),
  });
  const r = check.data?.passwordStrength;
  const hint = value.length < 10 ? 'At least 10 characters; a few unusual words work well.' : !r || debounced !== value ? 'Checking…' : r.ok ? `Strong enough (${r.score} of 4).` : (r.message ?? 'Too easy to guess.');
  return <TextField label={label} type="password" autoComplete="new-password" value={value} onChange={(e) => onChange(e.target.value)} error={error} hint={hint} />;
}
