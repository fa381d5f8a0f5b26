import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { gql } from '../api.js';
import { useSignInSubmit } from '../auth-submit.js';
import { ErrorNote, SelectField, TextField } from '../ui.js';
import { NewPasswordField } from '../password-field.js';
import type { Trade } from '../../../genql/index.js';

// The API's Trade enum: it picks the starting lead questions, emergency words and persona.
export const TRADES: ReadonlyArray<readonly [Trade, string]> = [
  ['PLUMBING_HVAC', 'Plumbing, heating or air conditioning'],
  ['ELECTRICAL', 'Electrical'],
  ['CLEANING', 'Cleaning'],
  ['CLINIC', 'Clinic or practice'],
  ['STUDIO_AGENCY', 'Studio or agency'],
  ['OTHER', 'Something else'],
];

function browserTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export default function SignUp() {
  // No trade chosen for the owner: a child care center that kept a preselected "Plumbing" got a
  // plumbing dispatcher's greeting, persona and emergency words (QA 34).
  const [form, setForm] = useState({ businessName: '', name: '', email: '', password: '', trade: '' as Trade | '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, error, run } = useSignInSubmit();
  const timezone = browserTimezone();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!form.businessName.trim()) found.businessName = 'Enter the name of your business';
    if (!form.trade) found.trade = 'Choose the kind of business you run ("Something else" if none fits)';
    if (!/^[^\s@]+@[^\s@]+$/.test(form.email.trim())) found.email = 'Enter an e-mail address like you@example.com';
    if (form.password.length < 10) found.password = 'Use at least 10 characters';
    setErrors(found);
    if (Object.keys(found).length) return;
    const input = { businessName: form.businessName.trim(), email: form.email.trim(), password: form.password, name: form.name.trim() || undefined, trade: form.trade || undefined, timezone };
    await run(async () => (await gql.mutation({ signUp: { __args: { input }, token: true } })).signUp.token, {
      onFailure: (f) => {
        if (f.code === 'CONFLICT') setErrors({ email: 'An account with this e-mail exists. Sign in instead.' });
        else if (f.field === 'password' || f.field === 'email' || f.field === 'businessName' || f.field === 'trade') setErrors({ [f.field]: f.message });
        else return false;
        return true;
      },
    });
  }

  return (
    <main className="auth-page" id="main">
      <div className="card">
        <h1>Create your account</h1>
        <form onSubmit={submit} noValidate>
          <TextField label="Business name" autoComplete="organization" value={form.businessName} onChange={set('businessName')} error={errors.businessName} required />
          <SelectField
            label="Trade"
            options={[['', 'Choose the kind of business'], ...TRADES]}
            value={form.trade}
            onChange={set('trade')}
            error={errors.trade}
            required
            hint="Sets up your agent's first lead questions, emergency words and tone; all editable later."
          />
          <TextField label="Your name" autoComplete="name" value={form.name} onChange={set('name')} />
          <TextField label="Email" type="email" autoComplete="username" value={form.email} onChange={set('email')} error={errors.email} required />
          <NewPasswordField label="Password" value={form.password} onChange={(v) => setForm((f) => ({ ...f, password: v }))} error={errors.password} email={form.email.trim() || undefined} />
          <p className="hint">Time zone: {timezone} (from this browser; change it later under Agent).</p>
          <ErrorNote error={error} />
          <p>
            <button type="submit" disabled={busy}>
              Create account
            </button>
          </p>
        </form>
        <p>
          Already have an account? <Link to="/signin">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
