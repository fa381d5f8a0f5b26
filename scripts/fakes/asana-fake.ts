import { createHmac, randomBytes } from 'node:crypto';
import { json, startFakeServer, type FakeServer } from './fake-http.js';

// A local Asana REST API (https://app.asana.com/api/1.0) speaking the documented shapes:
// { data, next_page: { offset, path, uri } } pages with `limit`/`offset`, `opt_fields`
// projections (only requested fields come back), bearer-token auth, and webhooks with the
// X-Hook-Secret handshake done *during* POST /webhooks, then deliveries signed with
// X-Hook-Signature = HMAC-SHA256(secret, body).

export interface AsanaTask {
  gid: string;
  name: string;
  completed: boolean;
}

export interface AsanaProject {
  gid: string;
  name: string;
  notes?: string;
  due_on?: string | null;
  archived?: boolean;
  completed?: boolean;
  permalink_url?: string;
  current_status_update?: { status_type: string } | null;
  owner?: { gid: string; email: string } | null;
  members?: Array<{ gid: string; email: string }>;
  custom_fields?: Array<{ gid: string; name: string; display_value: string | null }>;
  tasks: AsanaTask[];
}

export interface AsanaWebhook {
  gid: string;
  resource: string;
  target: string;
  secret: string;
}

export interface AsanaFake extends FakeServer {
  token: string;
  workspace: { gid: string; name: string };
  projects: AsanaProject[];
  webhooks: AsanaWebhook[];
  /** Largest page the fake serves, whatever `limit` asks (to force several pages). */
  pageSize: number;
  /** Sends a signed event delivery for a project's webhook; returns the receiver's status. */
  deliver(resource: string, events: unknown[], opts?: { tamper?: boolean; signature?: string }): Promise<{ status: number; body: string; sent: string }>;
  /** Re-sends exactly the bytes and headers of an earlier delivery (a replay). */
  replay(sent: string, resource: string): Promise<number>;
}

function pick(obj: Record<string, unknown>, optFields: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = { gid: obj.gid };
  if (!optFields) return { gid: obj.gid, name: obj.name, resource_type: obj.resource_type };
  const groups = new Map<string, string[]>();
  for (const f of optFields.split(',')) {
    const [head, ...rest] = f.split('.');
    if (!groups.has(head!)) groups.set(head!, []);
    if (rest.length) groups.get(head!)!.push(rest.join('.'));
  }
  for (const [field, sub] of groups) {
    const v = obj[field];
    if (v === undefined) continue;
    if (!sub.length) out[field] = v;
    else if (Array.isArray(v)) out[field] = v.map((x) => pick(x as Record<string, unknown>, sub.join(',')));
    else if (v && typeof v === 'object') out[field] = pick(v as Record<string, unknown>, sub.join(','));
    else out[field] = v;
  }
  return out;
}

export async function startAsanaFake(opts: { token?: string; pageSize?: number } = {}): Promise<AsanaFake> {
  const token = opts.token ?? `2/${randomBytes(8).toString('hex')}`;
  let state: { workspace: { gid: string; name: string }; projects: AsanaProject[]; webhooks: AsanaWebhook[]; pageSize: number } = {
    workspace: { gid: '1100', name: 'Acme Agency' },
    projects: [],
    webhooks: [],
    pageSize: opts.pageSize ?? 2,
  };
  let nextGid = 9000;

  function page<T extends Record<string, unknown>>(items: T[], q: URLSearchParams, path: string) {
    const limit = Math.min(Number(q.get('limit') ?? 100), 100, state.pageSize);
    const start = q.get('offset') ? Number(Buffer.from(q.get('offset')!, 'base64url').toString()) : 0;
    const slice = items.slice(start, start + limit).map((i) => pick(i, q.get('opt_fields')));
    const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64url') : null;
    return { data: slice, next_page: next ? { offset: next, path: `${path}?limit=${limit}&offset=${next}`, uri: `https://app.asana.com/api/1.0${path}?offset=${next}` } : null };
  }

  const server = await startFakeServer(async (req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { errors: [{ message: 'Not Authorized' }] });
    const p = req.path.replace(/^\/api\/1\.0/, '');
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && p === '/users/me') {
      return json(res, 200, { data: pick({ gid: '42', name: 'Alex Agency', email: 'alex@acme.example', workspaces: [{ gid: state.workspace.gid, name: state.workspace.name, resource_type: 'workspace' }] }, req.query.get('opt_fields')) });
    }
    if (req.method === 'GET' && p === '/projects') {
      if (req.query.get('workspace') !== state.workspace.gid) return json(res, 400, { errors: [{ message: 'workspace: Not a recognized ID' }] });
      const list = state.projects.filter((x) => req.query.get('archived') !== 'false' || !x.archived);
      return json(res, 200, page(list as unknown as Record<string, unknown>[], req.query, p));
    }
    if (req.method === 'GET' && (m = /^\/projects\/(\d+)\/tasks$/.exec(p))) {
      const proj = state.projects.find((x) => x.gid === m![1]);
      if (!proj) return json(res, 404, { errors: [{ message: 'project: Unknown object' }] });
      return json(res, 200, page(proj.tasks as unknown as Record<string, unknown>[], req.query, p));
    }
    if (req.method === 'GET' && (m = /^\/projects\/(\d+)$/.exec(p))) {
      const proj = state.projects.find((x) => x.gid === m![1]);
      if (!proj) return json(res, 404, { errors: [{ message: 'project: Unknown object' }] });
      return json(res, 200, { data: pick(proj as unknown as Record<string, unknown>, req.query.get('opt_fields')) });
    }
    if (req.method === 'POST' && p === '/webhooks') {
      const body = JSON.parse(req.body) as { data?: { resource?: string; target?: string } };
      const resource = body.data?.resource;
      const target = body.data?.target;
      if (!resource || !target) return json(res, 400, { errors: [{ message: 'resource, target: Missing input' }] });
      // The handshake, while this request is still open.
      const secret = randomBytes(32).toString('hex');
      const hs = await fetch(target, { method: 'POST', headers: { 'X-Hook-Secret': secret } }).catch(() => null);
      if (!hs || (hs.status !== 200 && hs.status !== 204) || hs.headers.get('x-hook-secret') !== secret) {
        return json(res, 400, { errors: [{ message: 'The remote server did not respond with the handshake secret.' }] });
      }
      const hook = { gid: String(nextGid++), resource, target, secret };
      state.webhooks.push(hook);
      return json(res, 201, { data: { gid: hook.gid, resource_type: 'webhook', resource: { gid: resource }, target, active: true } });
    }
    if (req.method === 'DELETE' && (m = /^\/webhooks\/(\d+)$/.exec(p))) {
      state.webhooks.splice(0, state.webhooks.length, ...state.webhooks.filter((w) => w.gid !== m![1]));
      return json(res, 200, { data: {} });
    }
    return json(res, 404, { errors: [{ message: `No route ${req.method} ${p}` }] });
  });

  const fake: AsanaFake = {
    ...server,
    close: server.close,
    token,
    workspace: state.workspace,
    projects: state.projects,
    webhooks: state.webhooks,
    pageSize: state.pageSize,
    async deliver(resource, events, o = {}) {
      const hook = state.webhooks.find((w) => w.resource === resource);
      if (!hook) throw new Error(`no webhook for ${resource}`);
      const sent = JSON.stringify({ events });
      const signature = o.signature ?? createHmac('sha256', hook.secret).update(sent).digest('hex');
      const body = o.tamper ? sent.replace('"changed"', '"removed"') : sent;
      const r = await fetch(hook.target, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': signature }, body });
      return { status: r.status, body: await r.text(), sent };
    },
    async replay(sent, resource) {
      const hook = state.webhooks.find((w) => w.resource === resource)!;
      const signature = createHmac('sha256', hook.secret).update(sent).digest('hex');
      const r = await fetch(hook.target, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': signature }, body: sent });
      await r.text();
      return r.status;
    },
  };
  // The handler reads the live object, so tests mutate `fake.projects` / `fake.pageSize` directly.
  state = fake;
  return fake;
}
