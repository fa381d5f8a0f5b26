import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';

// A fake of Twilio's REST API (2010-04-01 Calls resource) for the real `twilio` client, reached
// through TWILIO_API_BASE_URL. It checks HTTP basic auth (account SID : auth token) like
// Twilio, answers with Twilio's JSON shapes (201 on create, 401 with code 20003 on bad auth),
// and records every request so tests can assert what was sent.
//   POST /2010-04-01/Accounts/{AccountSid}/Calls.json            create (To, From, Twiml|Url, ...)
//   POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json  update (Twiml, Url, Status)
//   GET  /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json  fetch

export interface TwilioRestRequest {
  method: string;
  path: string;
  /** 'create' | 'update' | 'fetch' | 'unknown' */
  action: string;
  accountSid: string;
  callSid?: string;
  /** Form parameters (application/x-www-form-urlencoded body). */
  params: Record<string, string>;
  authorized: boolean;
  at: number;
  /** The HTTP status the fake answered with. */
  status?: number;
}

export interface TwilioRestFake {
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  readonly requests: TwilioRestRequest[];
  /** Successful (201) calls.create requests. */
  readonly creates: TwilioRestRequest[];
  readonly updates: TwilioRestRequest[];
  /** The next `count` creates answer with this HTTP status (Twilio error JSON). */
  failNextCreates(count: number, status?: number, code?: number): void;
  /** Makes an inbound call (placed by a caller, not via create) known, so it can be updated. */
  addInboundCall(callSid: string, from: string, to: string): void;
  waitForCreates(count: number, timeoutMs?: number): Promise<TwilioRestRequest[]>;
  close(): Promise<void>;
}

const CALLS = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Calls\.json$/;
const CALL = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Calls\/(CA[0-9a-fA-F]{32})\.json$/;

export async function startTwilioRestFake(t?: { teardown(fn: () => unknown): void }, opts: { accountSid?: string; authToken?: string } = {}): Promise<TwilioRestFake> {
  const accountSid = opts.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = opts.authToken ?? randomBytes(16).toString('hex');
  const requests: TwilioRestRequest[] = [];
  const calls = new Map<string, Record<string, unknown>>();
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

  const callResource = (sid: string, params: Record<string, string>, status = 'queued') => {
    const now = new Date().toUTCString();
    return {
      sid,
      account_sid: accountSid,
      to: params.To ?? null,
      to_formatted: params.To ?? null,
      from: params.From ?? null,
      from_formatted: params.From ?? null,
      status,
      direction: 'outbound-api',
      api_version: '2010-04-01',
      date_created: now,
      date_updated: now,
      start_time: null,
      end_time: null,
      duration: null,
      price: null,
      parent_call_sid: null,
      uri: `/2010-04-01/Accounts/${accountSid}/Calls/${sid}.json`,
      subresource_uris: {},
    };
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const params = Object.fromEntries(new URLSearchParams(body));
    const send = (status: number, json: unknown) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
      for (const w of waiters) w();
    };
    const create = CALLS.exec(url.pathname);
    const one = CALL.exec(url.pathname);
    const record: TwilioRestRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      action: create && req.method === 'POST' ? 'create' : one && req.method === 'POST' ? 'update' : one && req.method === 'GET' ? 'fetch' : 'unknown',
      accountSid: (create ?? one)?.[1] ?? '',
      callSid: one?.[2],
      params,
      authorized: isAuthorized(req),
      at: Date.now(),
    };
    requests.push(record);

    if (record.action === 'unknown') return send(404, error(404, 20404, 'The requested resource was not found'));
    if (!record.authorized || record.accountSid !== accountSid) return send(401, error(401, 20003, 'Authenticate'));

    if (record.action === 'create') {
      if (failures.count > 0) {
        failures.count--;
        return send(failures.status, error(failures.status, failures.code, 'Injected failure (test)'));
      }
      if (!params.To || !params.From) return send(400, error(400, 21201, "A 'To' and 'From' phone number are required."));
      if (!params.Twiml && !params.Url && !params.ApplicationSid) return send(400, error(400, 21205, 'Url, Twiml or ApplicationSid is required'));
      const sid = `CA${randomBytes(16).toString('hex')}`;
      const call = callResource(sid, params);
      calls.set(sid, call);
      return send(201, call);
    }
    const existing = calls.get(record.callSid!);
    if (!existing) return send(404, error(404, 20404, `The requested resource ${url.pathname} was not found`));
    if (record.action === 'update') {
      if (params.Status === 'completed' || params.Status === 'canceled') existing.status = params.Status;
      existing.date_updated = new Date().toUTCString();
    }
    return send(200, existing);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;

  const ok = (action: string) => requests.filter((r) => r.action === action && r.authorized && r.status !== undefined && r.status < 300);
  const api: TwilioRestFake = {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    get creates() {
      return ok('create');
    },
    get updates() {
      return ok('update');
    },
    failNextCreates(count, status = 500, code = 20500) {
      failures = { count, status, code };
    },
    addInboundCall(callSid, from, to) {
      calls.set(callSid, { ...callResource(callSid, { From: from, To: to }, 'in-progress'), direction: 'inbound' });
    },
    waitForCreates(count, timeoutMs = 10_000) {
      if (api.creates.length >= count) return Promise.resolve(api.creates);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Twilio fake: expected ${count} calls.create, got ${api.creates.length}`));
        }, timeoutMs);
        const check = () => {
          if (api.creates.length >= count) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(api.creates);
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
