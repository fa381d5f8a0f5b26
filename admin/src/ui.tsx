import { useId, useSyncExternalStore, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Link } from 'react-router';
import { failureOf } from './api.js';
import { feature, useSession } from './session.js';

// Small building blocks with one job each. Every field has a visible <label>, its hint and
// inline error are tied to it with aria-describedby, and errors are announced.

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {children ? <p className="lede">{children}</p> : null}
    </header>
  );
}

export function Card({ title, children, actions, id }: { title?: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  const hid = useId();
  return (
    <section className="card" aria-labelledby={title ? hid : undefined} id={id}>
      {title || actions ? (
        <div className="card-head">
          {title ? <h2 id={hid}>{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}

interface FieldBits {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldFrame({ id, label, hint, error, children }: FieldBits & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-err`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, error, ...rest }: FieldBits & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...rest} />
    </FieldFrame>
  );
}

export function TextArea({ label, hint, error, ...rest }: FieldBits & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...rest} />
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, options, ...rest }: FieldBits & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly (readonly [string, string])[] }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...rest}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function Checkbox({ label, hint, ...rest }: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="check">
      <input type="checkbox" id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** What each gated feature does for an owner, in their words (the plan table names it). */
const WHAT_IT_DOES: Record<string, string> = {
  knowledgeBase: 'Add your price list, service pages and policies (text, Markdown, HTML or PDF) and your agent answers visitors from them, citing the source.',
  unlimitedLeadQuestions: 'Ask visitors as many questions as you need before a lead is sent to you.',
  enhancedAnalytics: 'Leads per day by priority and by channel, average chat and call length, and your conversion rate.',
  advancedAnalytics: 'When your leads come in (day and hour) and which lead question visitors give up on.',
  realtimeVoice: 'An AI receptionist answers your phone line, captures leads and spots emergencies.',
  voiceConfiguration: 'Choose the voice, language, greeting and interruption delay of your phone agent.',
  emergencyVoiceCalls: 'An automated phone call wakes you up when an emergency comes in.',
  projectSync: 'Connect Asana, Jira or monday.com so your agent can tell clients how their projects stand.',
  sessionMonitoring: 'See the calls your agent is taking right now, live.',
  brandingRemoval: 'Hide the "Powered by" line in your chat widget.',
  outgoingWebhooks: 'Send every new lead to your own systems (Zapier, a CRM) as signed JSON.',
  priorityEmailNotifications: 'Urgent leads jump the e-mail queue.',
};

export function Locked({ featureKey, what }: { featureKey: string; what?: string }) {
  const { data } = useSession();
  const info = feature(data, featureKey);
  const hid = useId();
  const plan = info?.requiredPlan ?? 'a higher';
  return (
    <section className="locked" aria-labelledby={hid} data-locked={featureKey}>
      <h2 id={hid}>
        <svg className="lock-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" fill="#a16207" />
        </svg>
        {info?.description ?? featureKey}
      </h2>
      <p>{what ?? WHAT_IT_DOES[featureKey] ?? ''}</p>
      <p className="upgrade">
        Upgrade to the <strong>{plan}</strong> plan to unlock this. You are on the {data?.plan.tier ?? '…'} plan.{' '}
        <Link to="/plan">Compare plans</Link>
      </p>
    </section>
  );
}

/** Renders the children when the plan includes the feature, else what it would unlock. */
export function Gate({ featureKey, children, what }: { featureKey: string; children: ReactNode; what?: string }) {
  const { data } = useSession();
  const info = feature(data, featureKey);
  if (!data) return <Loading />;
  if (info && !info.included) return <Locked featureKey={featureKey} what={what} />;
  return <>{children}</>;
}

/** An API failure in words; a plan gate becomes the upgrade message, never a raw error. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const f = failureOf(error);
  if (f.code === 'PLAN_UPGRADE_REQUIRED') {
    return (
      <div className="locked small" role="alert">
        <p>
          {f.message}. {f.requiredPlan ? <>Upgrade to the <strong>{f.requiredPlan}</strong> plan to unlock it. </> : null}
          <Link to="/plan">Compare plans</Link>
        </p>
      </div>
    );
  }
  if (f.code === 'TWILIO_NOT_CONFIGURED') {
    return (
      <p className="error" role="alert" data-code={f.code}>
        Phone numbers are not configured on this server. Ask your platform operator to connect its Twilio account.
      </p>
    );
  }
  return (
    <p className="error" role="alert">
      {f.message}
    </p>
  );
}

export function ReadOnlyNote() {
  return <p className="readonly-note">You can look but not change this: your role is Member. Ask the owner for admin rights.</p>;
}

// A single polite live region for "Saved" / "Copied" confirmations.
let notice = '';
let seq = 0;
const noticeListeners = new Set<() => void>();
export function announce(text: string): void {
  notice = text;
  seq++;
  for (const l of noticeListeners) l();
  const mine = seq;
  setTimeout(() => {
    if (seq === mine) {
      notice = '';
      for (const l of noticeListeners) l();
    }
  }, 4000);
}
export function NoticeRegion() {
  const text = useSyncExternalStore(
    (l) => {
      noticeListeners.add(l);
      return () => noticeListeners.delete(l);
    },
    () => notice,
  );
  return (
    <div className={`notice${text ? ' show' : ''}`} role="status" aria-live="polite">
      {text}
    </div>
  );
}

export function Badge({ tone = 'plain', children }: { tone?: 'plain' | 'red' | 'amber' | 'green' | 'blue' | 'grey'; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}

export const priorityTone = (p: string) => (p === 'URGENT' ? 'red' : p === 'HIGH' ? 'amber' : p === 'LOW' ? 'grey' : 'blue') as 'red' | 'amber' | 'grey' | 'blue';

export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return new Date(iso).toLocaleString();
  }
}

/** A calendar day ("2026-12-18") as the owner reads it ("Dec 18, 2026"), without shifting it by a time zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : day);
  return Number.isNaN(d.getTime()) ? day : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

// Words an enum cannot spell (acronyms and brand names).
const WORDS: Record<string, string> = { API: 'API', GDRIVE: 'Google Drive', SMS: 'SMS', MONDAY: 'monday.com' };

export function humanize(s: string): string {
  if (WORDS[s]) return WORDS[s]!;
  const t = s.replace(/_/g, ' ').toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** What an outbox row is, in words. */
const KINDS: Record<string, string> = {
  'email.lead_owner': 'New lead e-mail to you',
  'email.lead_confirmation': 'Confirmation to the customer',
  'email.test': 'Test e-mail',
  'call.emergency': 'Emergency call to you',
  webhook: 'Webhook delivery',
};
export const kindName = (k: string) => KINDS[k] ?? humanize(k.replace(/^\w+\./, '').replace(/_/g, ' '));

/** "1 project", "3 projects" (every count the console prints goes through here). */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
