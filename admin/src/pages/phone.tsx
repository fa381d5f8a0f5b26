import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { gql } from '../api.js';
import { canWrite, feature, sessionKey, useSession } from '../session.js';
import { Card, ErrorNote, Gate, Loading, PageHeader, SelectField, TextField, announce } from '../ui.js';
import { formatPhone } from '../phone-format.js';

// The business's phone line (PRO): search and buy a number on the platform's Twilio account,
// connect one already on it, release it (after a confirm step), choose who transfer_call rings,
// and how to forward the owner's existing line to the agent when they are busy or do not answer.
// A business below PRO keeps its number and may still release it.

const COUNTRIES = [
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['GB', 'United Kingdom'],
  ['AU', 'Australia'],
  ['IE', 'Ireland'],
] as const;

const SOURCE_TEXT: Record<string, string> = {
  PROVISIONED: 'Bought through this console: releasing it gives it back and it cannot be recovered.',
  CONNECTED: 'A number you already had on the platform account: releasing it only stops it ringing your agent.',
  ASSIGNED: 'Set up by your platform operator.',
};

const phoneKey = ['phone'] as const;

function usePhone(withTransfer: boolean) {
  return useQuery({
    queryKey: [...phoneKey, withTransfer],
    queryFn: async () => {
      const r = await gql.query({ me: { business: { id: true, twilioNumber: true, phoneNumberSource: true } } });
      const transfer = withTransfer ? (await gql.query({ callTransfer: { numbers: true, ringSeconds: true } })).callTransfer : null;
      return { number: r.me.business.twilioNumber ?? null, source: r.me.business.phoneNumberSource ?? null, transfer };
    },
  });
}

function NumberCard({ number, source, writer }: { number: string | null; source: string | null; writer: boolean }) {
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const release = useMutation({
    mutationFn: () => gql.mutation({ releasePhoneNumber: { id: true, twilioNumber: true } }),
    onSuccess: () => {
      setConfirming(false);
      announce('Number released');
      void qc.invalidateQueries({ queryKey: phoneKey });
      void qc.invalidateQueries({ queryKey: sessionKey });
    },
  });
  return (
    <Card title="Your agent's number" id="phone-number">
      {number ? (
        <>
          <p className="stat">
            <a href={`tel:${number}`}>{formatPhone(number)}</a>
          </p>
          {source && SOURCE_TEXT[source] ? <p className="muted small">{SOURCE_TEXT[source]}</p> : null}
          {writer && !confirming ? (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Release this number
            </button>
          ) : null}
          {writer && confirming ? (
            <div className="stack" role="group" aria-label="Confirm release">
              <p>
                <strong>Release {formatPhone(number)}?</strong> Calls to it stop reaching your agent at once.
                {source === 'PROVISIONED' ? ' The number goes back to the phone company; you may not get it again.' : ''}
              </p>
              <p className="row">
                <button type="button" className="danger" disabled={release.isPending} onClick={() => release.mutate()}>
                  Yes, release it
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </p>
            </div>
          ) : null}
          <ErrorNote error={release.error} />
        </>
      ) : (
        <p>No number yet. {writer ? 'Find one below, or connect one you already have.' : 'The owner or an admin can get one here.'}</p>
      )}
    </Card>
  );
}

function GetNumber() {
  const qc = useQueryClient();
  const [country, setCountry] = useState('US');
  const [areaCode, setAreaCode] = useState('');
  const [contains, setContains] = useState('');
  const [existing, setExisting] = useState('');
  const search = useMutation({
    mutationFn: (args: { country: string; areaCode?: string; contains?: string }) =>
      gql.query({ availablePhoneNumbers: { __args: args, phoneNumber: true, friendlyName: true, locality: true, region: true, isoCountry: true } }),
  });
  const done = (what: string) => {
    announce(what);
    void qc.invalidateQueries({ queryKey: phoneKey });
    void qc.invalidateQueries({ queryKey: sessionKey });
  };
  const buy = useMutation({
    mutationFn: (phoneNumber: string) => gql.mutation({ provisionPhoneNumber: { __args: { phoneNumber }, id: true, twilioNumber: true } }),
    onSuccess: (r) => done(`${formatPhone(r.provisionPhoneNumber.twilioNumber)} is now your agent's number`),
  });
  const connect = useMutation({
    mutationFn: (phoneNumber: string) => gql.mutation({ connectPhoneNumber: { __args: { phoneNumber }, id: true, twilioNumber: true } }),
    onSuccess: (r) => {
      setExisting('');
      done(`${formatPhone(r.connectPhoneNumber.twilioNumber)} is connected`);
    },
  });
  function find(e: FormEvent) {
    e.preventDefault();
    search.mutate({ country, areaCode: areaCode.trim() || undefined, contains: contains.trim() || undefined });
  }
  const results = search.data?.availablePhoneNumbers;
  return (
    <div className="grid">
      <Card title="Get a new number">
        <form onSubmit={find} className="stack" noValidate>
          <SelectField label="Country" options={COUNTRIES} value={country} onChange={(e) => setCountry(e.target.value)} />
          <TextField label="Area code" inputMode="numeric" value={areaCode} onChange={(e) => setAreaCode(e.target.value)} maxLength={3} hint="Optional, e.g. 415 (US and Canada)." />
          <TextField label="Contains" value={contains} onChange={(e) => setContains(e.target.value)} maxLength={16} hint="Optional digits or letters, e.g. 555 or PLUMB." />
          <button type="submit" disabled={search.isPending}>
            {search.isPending ? 'Searching…' : 'Search numbers'}
          </button>
        </form>
        <ErrorNote error={search.error} />
        {results && !results.length ? <p className="muted">No numbers match. Try another area code or fewer digits.</p> : null}
        {results?.length ? (
          <ul className="list" aria-label="Available numbers">
            {results.map((n) => (
              <li key={n.phoneNumber} className="lead-row" data-number={n.phoneNumber}>
                <span>
                  <strong>{formatPhone(n.phoneNumber)}</strong> <span className="muted small">{[n.locality, n.region, n.isoCountry].filter(Boolean).join(', ')}</span>
                </span>
                <button type="button" disabled={buy.isPending} onClick={() => buy.mutate(n.phoneNumber)} aria-label={`Buy ${formatPhone(n.phoneNumber)}`}>
                  Buy
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <ErrorNote error={buy.error} />
      </Card>
      <Card title="Connect a number you already have">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (existing.trim()) connect.mutate(existing.trim());
          }}
          className="stack"
          noValidate
        >
          <TextField label="Number on the platform's Twilio account" type="tel" autoComplete="off" value={existing} onChange={(e) => setExisting(e.target.value)} hint="With country code, e.g. +1 415 555 0199. Your operator can tell you which numbers are on the account." />
          <button type="submit" disabled={connect.isPending || !existing.trim()}>
            Connect number
          </button>
        </form>
        <ErrorNote error={connect.error} />
      </Card>
    </div>
  );
}

function Transfers({ initial }: { initial: { numbers: string[]; ringSeconds: number } }) {
  const qc = useQueryClient();
  const [numbers, setNumbers] = useState<string[]>([0, 1, 2].map((i) => initial.numbers[i] ?? ''));
  const [ring, setRing] = useState(String(initial.ringSeconds));
  const save = useMutation({
    mutationFn: () => gql.mutation({ setCallTransfer: { __args: { numbers: numbers.map((n) => n.trim()).filter(Boolean), ringSeconds: Number(ring) || undefined }, numbers: true, ringSeconds: true } }),
    onSuccess: (r) => {
      setNumbers([0, 1, 2].map((i) => r.setCallTransfer.numbers[i] ?? ''));
      setRing(String(r.setCallTransfer.ringSeconds));
      announce('Transfer numbers saved');
      void qc.invalidateQueries({ queryKey: phoneKey });
    },
  });
  return (
    <Card title="Transfers to a person" id="call-transfer">
      <p>When a caller asks for a person, your agent rings these numbers in order and tells whoever answers who is calling and why. Empty: your business phone.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
        className="stack"
        noValidate
      >
        {numbers.map((n, i) => (
          <TextField key={i} label={`Transfer number ${i + 1}`} type="tel" value={n} onChange={(e) => setNumbers((all) => all.map((x, j) => (j === i ? e.target.value : x)))} />
        ))}
        <TextField label="Ring each for (seconds)" type="number" min={5} max={60} value={ring} onChange={(e) => setRing(e.target.value)} hint="5 to 60." />
        <ErrorNote error={save.error} />
        <button type="submit" disabled={save.isPending}>
          Save transfer numbers
        </button>
      </form>
    </Card>
  );
}

function Forwarding({ number }: { number: string | null }) {
  const digits = number?.replace(/[^\d+]/g, '') ?? '';
  return (
    <Card title="Keep your own number: forward calls you miss">
      <p>Customers keep calling your usual number. When you are busy or do not pick up, your phone company passes the call to your agent. Dial these codes from your own phone:</p>
      <h3>Most mobile networks (GSM: AT&amp;T, T-Mobile, Vodafone…)</h3>
      <ul>
        <li>
          Forward when busy, unanswered or unreachable: <code>**004*{digits || 'agent number'}#</code> then call
        </li>
        <li>
          Only when unanswered: <code>**61*{digits || 'agent number'}#</code>
        </li>
        <li>
          Turn it off: <code>##004#</code>
        </li>
      </ul>
      <h3>Verizon and other CDMA networks</h3>
      <ul>
        <li>
          Forward when busy or unanswered: <code>*71{digits.replace(/^\+1/, '') || 'agent number'}</code>
        </li>
        <li>
          Turn it off: <code>*73</code>
        </li>
      </ul>
      <p className="muted small">Landlines and office systems: ask your provider for "conditional call forwarding" (busy / no answer) to the number above.</p>
    </Card>
  );
}

export default function Phone() {
  const { data: session } = useSession();
  const pro = feature(session, 'realtimeVoice')?.included ?? false;
  const q = usePhone(pro);
  if (!session) return <Loading />;
  const writer = canWrite(session);
  const number = q.data ? q.data.number : (session.me.business.twilioNumber ?? null);
  return (
    <>
      <PageHeader title="Phone">Your AI receptionist answers calls on this number.</PageHeader>
      {q.error ? <ErrorNote error={q.error} /> : null}
      {q.isPending ? <Loading /> : pro || number ? <NumberCard number={number} source={q.data?.source ?? null} writer={writer} /> : null}
      <Gate featureKey="realtimeVoice">
        {writer && q.data && !q.data.number ? <GetNumber /> : null}
        {writer && q.data?.transfer ? <Transfers key={q.data.transfer.numbers.join(',')} initial={q.data.transfer} /> : null}
        <Forwarding number={number} />
      </Gate>
    </>
  );
}
