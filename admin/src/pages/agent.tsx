import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { gql } from '../api.js';
import { formatPhone } from '../phone-format.js';
import { canWrite, useSession } from '../session.js';
import { Card, Checkbox, ErrorNote, Gate, Loading, PageHeader, SelectField, TextArea, TextField, announce } from '../ui.js';

// Who the agent is and what it knows about the business: profile, greeting, persona, FAQ,
// opening hours and holidays, emergencies, and (PRO) the phone voice.

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

type Week = Record<string, { open: boolean; from: string; to: string }>;

function timezones(current: string): string[] {
  let all: string[] = [];
  try {
    all = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  return all.includes(current) ? all : [current, ...all];
}

function useAgentData() {
  return useQuery({
    queryKey: ['agent'],
    queryFn: () =>
      gql.query({
        business: { name: true, description: true, address: true, website: true, phoneNumber: true, timezone: true, emergencyMessageTemplate: true, businessHours: { holidays: true, weekly: { day: true, ranges: { open: true, close: true } } } },
        agentConfig: { agentName: true, persona: true, instructions: true, greeting: true, emergencyKeywords: true, emergencySensitivity: true, faq: { question: true, answer: true } },
      }),
  });
}

function ProfileAndHours({ data, writer }: { data: NonNullable<ReturnType<typeof useAgentData>['data']>; writer: boolean }) {
  const qc = useQueryClient();
  const b = data.business;
  const [p, setP] = useState({ name: b.name, description: b.description, address: b.address ?? '', website: b.website ?? '', phoneNumber: b.phoneNumber ? formatPhone(b.phoneNumber) : '', timezone: b.timezone });
  const initialWeek: Week = Object.fromEntries(
    DAYS.map(([d]) => {
      const r = b.businessHours.weekly.find((w) => w.day === d)?.ranges[0];
      return [d, { open: !!r, from: r?.open ?? '09:00', to: r?.close ?? '17:00' }];
    }),
  );
  const [week, setWeek] = useState<Week>(initialWeek);
  const [holidays, setHolidays] = useState(b.businessHours.holidays.join('\n'));
  const [err, setErr] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const hol = holidays.split(/[\s,]+/).filter(Boolean);
      const bad = hol.find((h) => !/^\d{4}-\d{2}-\d{2}$/.test(h));
      if (bad) {
        setErr(`"${bad}" is not a date like 2026-12-25`);
        throw new Error('Check the holidays');
      }
      setErr(null);
      return gql.mutation({
        updateBusiness: {
          __args: {
            input: {
              name: p.name.trim(),
              description: p.description,
              address: p.address.trim() || undefined,
              website: p.website.trim() || undefined,
              phoneNumber: p.phoneNumber.trim() || null,
              timezone: p.timezone,
              businessHours: { weekly: DAYS.map(([d]) => ({ day: d, ranges: week[d]!.open ? [{ open: week[d]!.from, close: week[d]!.to }] : [] })), holidays: hol },
            },
          },
          id: true,
        },
      });
    },
    onSuccess: () => {
      announce('Profile saved');
      void qc.invalidateQueries({ queryKey: ['agent'] });
      void qc.invalidateQueries({ queryKey: ['session'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  const set = (k: keyof typeof p) => (e: { target: { value: string } }) => setP((x) => ({ ...x, [k]: e.target.value }));
  return (
    <Card title="Business profile and hours">
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <fieldset disabled={!writer}>
          <TextField label="Business name" value={p.name} onChange={set('name')} maxLength={200} />
          <TextArea label="What you do" value={p.description} onChange={set('description')} rows={3} hint="Your agent answers visitors from this: services, areas you cover, prices you are happy to quote, how you take payment." />
          <div className="grid">
            <TextField label="Address" value={p.address} onChange={set('address')} />
            <TextField label="Website" value={p.website} onChange={set('website')} />
            <TextField label="Public phone" type="tel" value={p.phoneNumber} onChange={set('phoneNumber')} hint="Shown to visitors in an emergency." />
            <SelectField label="Time zone" options={timezones(p.timezone).map((z) => [z, z] as const)} value={p.timezone} onChange={set('timezone')} />
          </div>
          <h3>Opening hours</h3>
          {DAYS.map(([d, name]) => (
            <div key={d} className="row day-row" role="group" aria-label={name}>
              <Checkbox label={name} checked={week[d]!.open} onChange={(e) => setWeek((w) => ({ ...w, [d]: { ...w[d]!, open: e.target.checked } }))} />
              {week[d]!.open ? (
                <>
                  <TextField label="Opens" aria-label={`${name} opens`} type="time" value={week[d]!.from} onChange={(e) => setWeek((w) => ({ ...w, [d]: { ...w[d]!, from: e.target.value } }))} />
                  <TextField label="Closes" aria-label={`${name} closes`} type="time" value={week[d]!.to} onChange={(e) => setWeek((w) => ({ ...w, [d]: { ...w[d]!, to: e.target.value } }))} />
                </>
              ) : null}
            </div>
          ))}
          <TextArea label="Holidays (closed dates)" value={holidays} onChange={(e) => setHolidays(e.target.value)} error={err} rows={2} hint="One date per line, like 2026-12-25." />
          <ErrorNote error={save.error && !err ? save.error : null} />
          <button type="submit" disabled={save.isPending}>
            Save profile
          </button>
        </fieldset>
      </form>
    </Card>
  );
}

function AgentSettings({ data, writer }: { data: NonNullable<ReturnType<typeof useAgentData>['data']>; writer: boolean }) {
  const qc = useQueryClient();
  const a = data.agentConfig;
  const [s, setS] = useState({ agentName: a.agentName, persona: a.persona, instructions: a.instructions, greeting: a.greeting, keywords: a.emergencyKeywords.join(', '), sensitivity: a.emergencySensitivity, template: data.business.emergencyMessageTemplate ?? '' });
  const [faq, setFaq] = useState(a.faq.map((f) => ({ ...f })));
  const save = useMutation({
    mutationFn: async () => {
      await gql.mutation({
        updateAgentConfig: {
          __args: {
            input: {
              agentName: s.agentName.trim(),
              persona: s.persona,
              instructions: s.instructions,
              greeting: s.greeting,
              emergencyKeywords: s.keywords.split(',').map((k) => k.trim()).filter(Boolean),
              emergencySensitivity: s.sensitivity,
              faq: faq.filter((f) => f.question.trim() && f.answer.trim()),
            },
          },
          id: true,
        },
        updateBusiness: { __args: { input: { emergencyMessageTemplate: s.template } }, id: true },
      });
    },
    onSuccess: () => {
      announce('Agent saved');
      void qc.invalidateQueries({ queryKey: ['agent'] });
      void qc.invalidateQueries({ queryKey: ['widget'] });
    },
  });
  const set = (k: keyof typeof s) => (e: { target: { value: string } }) => setS((x) => ({ ...x, [k]: e.target.value }));
  return (
    <Card title="Your agent">
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <fieldset disabled={!writer}>
          <TextField label="Agent name" value={s.agentName} onChange={set('agentName')} maxLength={100} />
          <TextArea label="Greeting" value={s.greeting} onChange={set('greeting')} rows={2} maxLength={500} hint="The first thing the agent says in every chat. The same greeting is on the Widget page." />
          <TextArea label="Personality" value={s.persona} onChange={set('persona')} rows={2} hint="For example: friendly, brief, never promises prices." />
          <TextArea label="Instructions" value={s.instructions} onChange={set('instructions')} rows={3} />
          <h3>Frequent questions</h3>
          {faq.map((f, i) => (
            <div key={i} className="card">
              <TextField label={`Question ${i + 1}`} value={f.question} onChange={(e) => setFaq((all) => all.map((x, j) => (j === i ? { ...x, question: e.target.value } : x)))} />
              <TextArea label={`Answer ${i + 1}`} value={f.answer} rows={2} onChange={(e) => setFaq((all) => all.map((x, j) => (j === i ? { ...x, answer: e.target.value } : x)))} />
              <button type="button" className="danger" onClick={() => setFaq((all) => all.filter((_, j) => j !== i))}>
                Remove question {i + 1}
              </button>
            </div>
          ))}
          <p>
            <button type="button" className="secondary" onClick={() => setFaq((all) => [...all, { question: '', answer: '' }])}>
              Add a frequent question
            </button>
          </p>
          <h3>Emergencies</h3>
          <TextField label="Emergency words" value={s.keywords} onChange={set('keywords')} hint="Comma separated, e.g. burst pipe, gas smell, flooding." />
          <TextField
            label={`Sensitivity: ${s.sensitivity} of 10`}
            type="range"
            min={1}
            max={10}
            value={s.sensitivity}
            onChange={(e) => setS((x) => ({ ...x, sensitivity: Number(e.target.value) }))}
            hint="1 flags only obvious emergencies, 10 flags anything urgent."
          />
          <TextArea label="Emergency call message" value={s.template} onChange={set('template')} rows={2} hint="What the automated call to you says; {name}, {phone}, {issue} and {address} are filled in." />
          <ErrorNote error={save.error} />
          <button type="submit" disabled={save.isPending}>
            Save agent
          </button>
        </fieldset>
      </form>
    </Card>
  );
}

function Voice({ writer }: { writer: boolean }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['voice'], queryFn: () => gql.query({ agentConfig: { realtimeEnabled: true, realtimeVoice: true, twilioVoice: true, twilioLanguage: true, voiceGreeting: true, interruptionDelayMs: true } }) });
  const [v, setV] = useState<null | { realtimeEnabled: boolean; realtimeVoice: string; twilioVoice: string; twilioLanguage: string; voiceGreeting: string; interruptionDelayMs: number }>(null);
  useEffect(() => {
    if (q.data) setV({ ...q.data.agentConfig });
  }, [q.data]);
  const save = useMutation({
    mutationFn: () => gql.mutation({ updateVoiceSettings: { __args: { input: v! }, id: true } }),
    onSuccess: () => {
      announce('Voice saved');
      void qc.invalidateQueries({ queryKey: ['voice'] });
    },
  });
  if (q.error) return <ErrorNote error={q.error} />;
  if (!v) return <Loading />;
  return (
    <Card title="Phone voice">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <fieldset disabled={!writer}>
          <Checkbox label="Answer calls with the realtime voice agent" checked={v.realtimeEnabled} onChange={(e) => setV({ ...v, realtimeEnabled: e.target.checked })} />
          <div className="grid">
            <SelectField label="Realtime voice" options={['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'].map((x) => [x, x] as const)} value={v.realtimeVoice} onChange={(e) => setV({ ...v, realtimeVoice: e.target.value })} />
            <TextField label="Fallback voice" value={v.twilioVoice} onChange={(e) => setV({ ...v, twilioVoice: e.target.value })} hint="Twilio voice, e.g. Polly.Joanna" />
            <TextField label="Language" value={v.twilioLanguage} onChange={(e) => setV({ ...v, twilioLanguage: e.target.value })} hint="e.g. en-US" />
            <TextField label="Interruption delay (ms)" type="number" min={0} max={2000} value={v.interruptionDelayMs} onChange={(e) => setV({ ...v, interruptionDelayMs: Number(e.target.value) })} />
          </div>
          <TextArea label="Phone greeting" value={v.voiceGreeting} onChange={(e) => setV({ ...v, voiceGreeting: e.target.value })} rows={2} />
          <ErrorNote error={save.error} />
          <button type="submit" disabled={save.isPending}>
            Save voice
          </button>
        </fieldset>
      </form>
    </Card>
  );
}

export default function Agent() {
  const { data: session } = useSession();
  const q = useAgentData();
  const writer = canWrite(session);
  return (
    <>
      <PageHeader title="Agent">How your agent introduces itself, what it knows about you, and when it raises the alarm.</PageHeader>
      {q.error ? <ErrorNote error={q.error} /> : null}
      {q.data ? (
        <>
          <ProfileAndHours data={q.data} writer={writer} />
          <AgentSettings data={q.data} writer={writer} />
        </>
      ) : (
        <Loading />
      )}
      <Gate featureKey="voiceConfiguration">
        <Voice writer={writer} />
      </Gate>
    </>
  );
}
