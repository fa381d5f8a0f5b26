import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { twilioSignature } from '../../src/twilio/signature.js';

// A fake of Twilio's REST API (2010-04-01) for the real `twilio` client, reached through
// TWILIO_API_BASE_URL. It checks HTTP basic auth (account SID : auth token) like Twilio,
// answers with Twilio's JSON shapes and error codes, and records every request so tests can
// assert what was sent.
//   Calls                POST .../Calls.json (To, From, Twiml|Url, MachineDetection, AsyncAmd...)
//                        POST|GET .../Calls/{CallSid}.json  (update Twiml/Url/Status, fetch)
//   Messages             POST .../Messages.json (To, From|MessagingServiceSid, Body)
//   AvailablePhoneNumbers GET .../AvailablePhoneNumbers/{Country}/Local.json (AreaCode, Contains, VoiceEnabled, PageSize)
//   IncomingPhoneNumbers POST .../IncomingPhoneNumbers.json (buy: PhoneNumber|AreaCode, VoiceUrl, StatusCallback...)
//                        GET  .../IncomingPhoneNumbers.json (PhoneNumber filter)
//                        POST|GET|DELETE .../IncomingPhoneNumbers/{PN…}.json
// Like Twilio, it POSTs the asynchronous AMD verdict (signed with the auth token) to the
// call's AsyncAmdStatusCallback when a test calls `amd(callSid, answeredBy)`.

export interface TwilioRestRequest {
  method: string;
  path: string;
  /** 'create' | 'update' | 'fetch' | 'message' | 'search' | 'buy' | 'list-numbers' | 'update-number' | 'fetch-number' | 'release-number' | 'unknown' */
  action: string;
  accountSid: string;
  callSid?: string;
  numberSid?: string;
  /** Form parameters (POST body) or the query (GET). */
  params: Record<string, string>;
  authorized: boolean;
  at: number;
  /** The HTTP status the fake answered with. */
  status?: number;
  /** The SID of what a successful create made (CA… call, SM… message, PN… number). */
  sid?: string;
}

export interface FakeNumber {
  sid: string;
  phone_number: string;
  friendly_name: string;
  voice_url: string;
  voice_method: string;
  status_callback: string;
  status_callback_method: string;
  /** True when bought through this API (false: added by the test as already owned). */
  bought: boolean;
}

export type AnsweredBy = 'human' | 'machine_start' | 'machine_end_beep' | 'machine_end_silence' | 'machine_end_other' | 'fax' | 'unknown';

export interface TwilioRestFake {
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  readonly requests: TwilioRestRequest[];
  /** Successful (201) calls.create requests. */
  readonly creates: TwilioRestRequest[];
  readonly updates: TwilioRestRequest[];
  /** Successful (201) messages.create requests. */
  readonly messages: TwilioRestRequest[];
  /** The numbers on the account, by SID (bought or added), after every update/release. */
  readonly numbers: Map<string, FakeNumber>;
  /** The next `count` calls.create answer with this HTTP status (Twilio error JSON). */
  failNextCreates(count: number, status?: number, code?: number): void;
  /** Makes an inbound call (placed by a caller, not via create) known, so it can be updated. */
  addInboundCall(callSid: string, from: string, to: string): void;
  /** A leg a <Dial> placed from `parentCallSid` (ringing until `setCallStatus`): returns its CallSid. */
  addDialedCall(parentCallSid: string, to: string): string;
  /** A call's status as the fake holds it (undefined: unknown call). */
  callStatus(callSid: string): string | undefined;
  /** Moves a known call on (a leg answered: 'in-progress'). */
  setCallStatus(callSid: string, status: string): void;
  /** A number already on the account (bought elsewhere): connectPhoneNumber finds it. */
  addOwnedNumber(phoneNumber: string, voiceUrl?: string): FakeNumber;
  /** The signed AMD callback Twilio would POST for this call (for tests that inject requests). */
  amdRequest(callSid: string, answeredBy: AnsweredBy): { url: string; form: Record<string, string>; signature: string };
  /** Posts the async AMD verdict to the call's AsyncAmdStatusCallback, signed; returns the HTTP status. */
  amd(callSid: string, answeredBy: AnsweredBy): Promise<number>;
  waitForCreates(count: number, timeoutMs?: number): Promise<TwilioRestRequest[]>;
  waitFor<T>(what: string, fn: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

interface Teardown {
  teardown(fn: () => unknown): void;
}

const ACCOUNT = '/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})';
const ROUTES: Array<[RegExp, string, string]> = [
  [new RegExp(`^${ACCOUNT}/Calls\\.json$`), 'POST', 'create'],
  [new RegExp(`^${ACCOUNT}/Calls/(CA[0-9a-fA-F]{32})\\.json$`), 'POST', 'update'],
  [new RegExp(`^${ACCOUNT}/Calls/(CA[0-9a-fA-F]{32})\\.json$`), 'GET', 'fetch'],
  [new RegExp(`^${ACCOUNT}/Messages\\.json$`), 'POST', 'message'],
  [new RegExp(`^${ACCOUNT}/AvailablePhoneNumbers/([A-Z]{2})/Local\\.json$`), 'GET', 'search'],
  [new RegExp(`^${ACCOUNT}/IncomingPhoneNumbers\\.json$`), 'POST', 'buy'],
  [new RegExp(`^${ACCOUNT}/IncomingPhoneNumbers\\.json$`), 'GET', 'list-numbers'],
  [new RegExp(`^${ACCOUNT}/IncomingPhoneNumbers/(PN[0-9a-fA-F]{32})\\.json$`), 'POST', 'update-number'],
  [new RegExp(`^${ACCOUNT}/IncomingPhoneNumbers/(PN[0-9a-fA-F]{32})\\.json$`), 'GET', 'fetch-number'],
  [new RegExp(`^${ACCOUNT}/IncomingPhoneNumbers/(PN[0-9a-fA-F]{32})\\.json$`), 'DELETE', 'release-number'],
];

const MACHINE_DETECTION = new Set(['Enable', 'DetectMessageEnd']);

/** Twilio's sellable inventory in the fake: US numbers in 415 and 212, GB numbers in 20. */
function defaultInventory(): Map<string, Array<{ phone_number: string; locality: string; region: string }>> {
  const us: Array<{ phone_number: string; locality: string; region: string }> = [];
  for (let i = 0; i < 30; i++) us.push({ phone_number: `+1415555${String(1000 + i * 37).padStart(4, '0')}`, locality: 'San Francisco', region: 'CA' });
  for (let i = 0; i < 10; i++) us.push({ phone_number: `+1212555${String(2000 + i * 53).padStart(4, '0')}`, locality: 'New York', region: 'NY' });
  const gb = Array.from({ length: 5 }, (_, i) => ({ phone_number: `+4420794609${String(10 + i)}`, locality: 'London', region: 'London' }));
  return new Map([['US', us], ['GB', gb]]);
}

/** Twilio's `Contains`: digits and letters (phone keypad), `*` any one digit. */
function containsPattern(value: string): RegExp {
  const keypad: Record<string, string> = { abc: '2', def: '3', ghi: '4', jkl: '5', mno: '6', pqrs: '7', tuv: '8', wxyz: '9' };
  const digit = (c: string) => {
    if (/\d/.test(c)) return c;
    if (c === '*') return '\\d';
    const key = Object.keys(keypad).find((k) => k.includes(c.toLowerCase()));
    return key ? keypad[key]! : c;
  };
  return new RegExp([...value].map(digit).join(''));
}

export async function startTwilioRestFake(t?: Teardown, opts: { accountSid?: string; authToken?: string } = {}): Promise<TwilioRestFake> {
  const accountSid = opts.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = opts.authToken ?? randomBytes(16).toString('hex');
  const requests: TwilioRestRequest[] = [];
  const calls = new Map<string, Record<string, unknown>>();
  const callParams = new Map<string, Record<string, string>>();
  const numbers = new Map<string, FakeNumber>();
  const inventory = defaultInventory();
  const waiters = new Set<() => void>();
  let failures: { count: number; status: number; code: number } = { count: 0, status: 500, code: 20500 };

  const expectedAuth = Buffer.from(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`);
  const isAuthorized = (req: IncomingMessage) => {
    const given = Buffer.from(String(req.headers.authorization ?? ''));
    return given.length === expectedAuth.length && timingSafeEqual(given, expectedAuth);
  };

  const error = (status: number, code: number, message: string) => ({
    code,
    message,
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
  const now = () => new Date().toUTCString();
  const page = (key: string, items: unknown[], path: string, pageSize: number) => ({
    [key]: items,
    uri: path,
    first_page_uri: path,
    next_page_uri: null,
    previous_page_uri: null,
    page: 0,
    page_size: pageSize,
    start: 0,
    end: Math.max(items.length - 1, 0),
  });

  const callResource = (sid: string, params: Record<string, string>, status = 'queued') => ({
    sid,
    account_sid: accountSid,
    to: params.To ?? null,
    to_formatted: params.To ?? null,
    from: params.From ?? null,
    from_formatted: params.From ?? null,
    status,
    direction: 'outbound-api',
    api_version: '2010-04-01',
    date_created: now(),
    date_updated: now(),
    start_time: null,
    end_time: null,
    duration: null,
    price: null,
    answered_by: null,
    parent_call_sid: null,
    uri: `/2010-04-01/Accounts/${accountSid}/Calls/${sid}.json`,
    subresource_uris: {},
  });

  const numberResource = (n: FakeNumber) => ({
    sid: n.sid,
    account_sid: accountSid,
    phone_number: n.phone_number,
    friendly_name: n.friendly_name,
    voice_url: n.voice_url,
    voice_method: n.voice_method,
    status_callback: n.status_callback,
    status_callback_method: n.status_callback_method,
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    api_version: '2010-04-01',
    date_created: now(),
    date_updated: now(),
    status: 'in-use',
    origin: 'twilio',
    uri: `/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers/${n.sid}.json`,
  });

  const applyNumberParams = (n: FakeNumber, params: Record<string, string>) => {
    if ('VoiceUrl' in params) n.voice_url = params.VoiceUrl!;
    if ('VoiceMethod' in params) n.voice_method = params.VoiceMethod!;
    if ('StatusCallback' in params) n.status_callback = params.StatusCallback!;
    if ('StatusCallbackMethod' in params) n.status_callback_method = params.StatusCallbackMethod!;
    if ('FriendlyName' in params) n.friendly_name = params.FriendlyName!;
  };

  const addNumber = (phoneNumber: string, bought: boolean): FakeNumber => {
    const n: FakeNumber = {
      sid: `PN${randomBytes(16).toString('hex')}`,
      phone_number: phoneNumber,
      friendly_name: phoneNumber,
      voice_url: '',
      voice_method: 'POST',
      status_callback: '',
      status_callback_method: 'POST',
      bought,
    };
    numbers.set(n.sid, n);
    return n;
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const params = method === 'GET' ? Object.fromEntries(url.searchParams) : Object.fromEntries(new URLSearchParams(body));
    let match: RegExpExecArray | null = null;
    let action = 'unknown';
    for (const [re, m, a] of ROUTES) {
      const found = m === method ? re.exec(url.pathname) : null;
      if (found) {
        match = found;
        action = a;
        break;
      }
    }
    const record: TwilioRestRequest = {
      method,
      path: url.pathname,
      action,
      accountSid: match?.[1] ?? '',
      callSid: match?.[2]?.startsWith('CA') ? match[2] : undefined,
      numberSid: match?.[2]?.startsWith('PN') ? match[2] : undefined,
      params,
      authorized: isAuthorized(req),
      at: Date.now(),
    };
    requests.push(record);
    const send = (status: number, json?: unknown) => {
      record.status = status;
      if (json === undefined) res.writeHead(status).end();
      else {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      }
      for (const w of waiters) w();
    };

    if (action === 'unknown') return send(404, error(404, 20404, 'The requested resource was not found'));
    if (!record.authorized || record.accountSid !== accountSid) return send(401, error(401, 20003, 'Authenticate'));

    switch (action) {
      case 'create': {
        if (failures.count > 0) {
          failures.count--;
          return send(failures.status, error(failures.status, failures.code, 'Injected failure (test)'));
        }
        if (!params.To || !params.From) return send(400, error(400, 21201, "A 'To' and 'From' phone number are required."));
        if (!params.Twiml && !params.Url && !params.ApplicationSid) return send(400, error(400, 21205, 'Url, Twiml or ApplicationSid is required'));
        if (params.MachineDetection !== undefined && !MACHINE_DETECTION.has(params.MachineDetection)) {
          return send(400, error(400, 21218, 'MachineDetection must be Enable or DetectMessageEnd'));
        }
        if (params.AsyncAmd !== undefined && !['true', 'false'].includes(params.AsyncAmd)) return send(400, error(400, 21218, 'AsyncAmd must be true or false'));
        const sid = `CA${randomBytes(16).toString('hex')}`;
        record.sid = sid;
        const call = callResource(sid, params);
        calls.set(sid, call);
        callParams.set(sid, params);
        return send(201, call);
      }
      case 'update':
      case 'fetch': {
        const existing = calls.get(record.callSid!);
        if (!existing) return send(404, error(404, 20404, `The requested resource ${url.pathname} was not found`));
        if (action === 'update') {
          // Like Twilio: 'canceled' ends a call still queued or ringing and leaves an answered one be; 'completed' ends any.
          const live = ['queued', 'ringing', 'in-progress'].includes(String(existing.status));
          if (params.Status === 'completed' && live) existing.status = 'completed';
          if (params.Status === 'canceled' && (existing.status === 'queued' || existing.status === 'ringing')) existing.status = 'canceled';
          existing.date_updated = now();
        }
        return send(200, existing);
      }
      case 'message': {
        if (!params.To) return send(400, error(400, 21604, "A 'To' phone number is required."));
        if (!params.From && !params.MessagingServiceSid) return send(400, error(400, 21603, "A 'From' phone number is required."));
        if (!params.Body && !params.MediaUrl) return send(400, error(400, 21602, 'Message body is required.'));
        if (params.Body && params.Body.length > 1600) return send(400, error(400, 21617, 'The concatenated message body exceeds the 1600 character limit.'));
        const sid = `SM${randomBytes(16).toString('hex')}`;
        record.sid = sid;
        return send(201, {
          sid,
          account_sid: accountSid,
          to: params.To,
          from: params.From ?? null,
          body: params.Body ?? '',
          status: 'queued',
          direction: 'outbound-api',
          num_segments: String(Math.ceil((params.Body ?? '').length / 153) || 1),
          api_version: '2010-04-01',
          date_created: now(),
          date_updated: now(),
          uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
        });
      }
      case 'search': {
        const country = match![2]!;
        const owned = new Set([...numbers.values()].map((n) => n.phone_number));
        let list = (inventory.get(country) ?? []).filter((n) => !owned.has(n.phone_number));
        if (params.AreaCode) {
          if (!/^\d{3}$/.test(params.AreaCode)) return send(400, error(400, 21452, 'AreaCode is invalid'));
          list = list.filter((n) => n.phone_number.startsWith(`+1${params.AreaCode}`));
        }
        if (params.Contains) list = list.filter((n) => containsPattern(params.Contains!).test(n.phone_number.slice(1)));
        const pageSize = Math.min(Number(params.PageSize ?? 50) || 50, 1000);
        const items = list.slice(0, pageSize).map((n) => ({
          friendly_name: n.phone_number.startsWith('+1') ? `(${n.phone_number.slice(2, 5)}) ${n.phone_number.slice(5, 8)}-${n.phone_number.slice(8)}` : n.phone_number,
          phone_number: n.phone_number,
          lata: null,
          locality: n.locality,
          rate_center: n.locality.toUpperCase(),
          latitude: null,
          longitude: null,
          region: n.region,
          postal_code: null,
          iso_country: country,
          address_requirements: 'none',
          beta: false,
          capabilities: { voice: true, SMS: true, MMS: true, fax: false },
        }));
        return send(200, page('available_phone_numbers', items, url.pathname, pageSize));
      }
      case 'buy': {
        if (!params.PhoneNumber && !params.AreaCode) return send(400, error(400, 21421, 'PhoneNumber or AreaCode is required'));
        const wanted = params.PhoneNumber;
        const sellable = [...inventory.values()].flat().some((n) => n.phone_number === wanted);
        const taken = [...numbers.values()].some((n) => n.phone_number === wanted);
        if (!wanted || !sellable || taken) return send(400, error(400, 21422, 'PhoneNumber requested is not available'));
        const n = addNumber(wanted, true);
        record.sid = n.sid;
        applyNumberParams(n, params);
        return send(201, numberResource(n));
      }
      case 'list-numbers': {
        const list = [...numbers.values()].filter((n) => !params.PhoneNumber || n.phone_number === params.PhoneNumber);
        const pageSize = Math.min(Number(params.PageSize ?? 50) || 50, 1000);
        return send(200, page('incoming_phone_numbers', list.slice(0, pageSize).map(numberResource), url.pathname, pageSize));
      }
      default: {
        const n = numbers.get(record.numberSid!);
        if (!n) return send(404, error(404, 20404, `The requested resource ${url.pathname} was not found`));
        if (action === 'release-number') {
          numbers.delete(n.sid);
          return send(204);
        }
        if (action === 'update-number') applyNumberParams(n, params);
        return send(200, numberResource(n));
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;

  const ok = (action: string) => requests.filter((r) => r.action === action && r.authorized && r.status !== undefined && r.status < 300);
  const api: TwilioRestFake = {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    numbers,
    get creates() {
      return ok('create');
    },
    get updates() {
      return ok('update');
    },
    get messages() {
      return ok('message');
    },
    failNextCreates(count, status = 500, code = 20500) {
      failures = { count, status, code };
    },
    addInboundCall(callSid, from, to) {
      calls.set(callSid, { ...callResource(callSid, { From: from, To: to }, 'in-progress'), direction: 'inbound' });
    },
    addDialedCall(parentCallSid, to) {
      const sid = `CA${randomBytes(16).toString('hex')}`;
      calls.set(sid, { ...callResource(sid, { To: to }, 'ringing'), direction: 'outbound-dial', parent_call_sid: parentCallSid });
      return sid;
    },
    callStatus: (callSid) => calls.get(callSid)?.status as string | undefined,
    setCallStatus(callSid, status) {
      const call = calls.get(callSid);
      if (!call) throw new Error(`Twilio fake: unknown call ${callSid}`);
      call.status = status;
    },
    addOwnedNumber(phoneNumber, voiceUrl = 'https://elsewhere.example/voice') {
      const n = addNumber(phoneNumber, false);
      n.voice_url = voiceUrl;
      return n;
    },
    amdRequest(callSid, answeredBy) {
      const p = callParams.get(callSid);
      const target = p?.AsyncAmdStatusCallback;
      if (!p || !target || p.AsyncAmd !== 'true') throw new Error(`Twilio fake: call ${callSid} was not placed with async AMD`);
      calls.get(callSid)!.answered_by = answeredBy;
      const form: Record<string, string> = { AccountSid: accountSid, CallSid: callSid, AnsweredBy: answeredBy, MachineDetectionDuration: '2150' };
      return { url: target, form, signature: twilioSignature(authToken, target, form) };
    },
    async amd(callSid, answeredBy) {
      const { url: target, form, signature } = api.amdRequest(callSid, answeredBy);
      const res = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(form).toString(),
      });
      await res.arrayBuffer();
      return res.status;
    },
    waitForCreates(count, timeoutMs = 10_000) {
      return api.waitFor(`${count} calls.create`, () => api.creates.length >= count && api.creates, timeoutMs);
    },
    waitFor(what, fn, timeoutMs = 10_000) {
      const first = fn();
      if (first) return Promise.resolve(first);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Twilio fake: timed out waiting for ${what}`));
        }, timeoutMs);
        const check = () => {
          const v = fn();
          if (v) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(v);
          }
        };
        waiters.add(check);
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  t?.teardown(() => api.close());
  return api;
}
