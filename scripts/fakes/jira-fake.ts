import { createHmac, randomUUID } from 'node:crypto';
import { json, startFakeServer, type FakeServer } from './fake-http.js';

// A local Jira Cloud REST API: basic auth (e-mail:API token), GET /rest/api/3/myself,
// GET /rest/api/3/project/{id}, the enhanced JQL search GET /rest/api/3/search/jql
// (nextPageToken / isLast, `fields` projection), and admin webhooks
// (POST/DELETE /rest/webhooks/1.0/webhook) whose deliveries carry
// X-Hub-Signature: sha256=<HMAC of the body> when registered with a secret, plus
// X-Atlassian-Webhook-Identifier.

export interface JiraIssue {
  id: string;
  key: string;
  projectId: string;
  summary: string;
  done: boolean;
  duedate?: string | null;
  reporterEmail?: string;
  custom?: Record<string, unknown>;
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  description?: string;
}

export interface JiraWebhook {
  id: string;
  url: string;
  secret?: string;
  events: string[];
}

export interface JiraFake extends FakeServer {
  email: string;
  apiToken: string;
  projects: JiraProject[];
  issues: JiraIssue[];
  webhooks: JiraWebhook[];
  pageSize: number;
  /** POSTs an event to the registered webhook URL, signed when it has a secret. */
  deliver(event: Record<string, unknown>, opts?: { identifier?: string; tamper?: boolean; signature?: string | null }): Promise<{ status: number; sent: string; identifier: string }>;
}

export async function startJiraFake(opts: { email?: string; apiToken?: string; pageSize?: number } = {}): Promise<JiraFake> {
  const email = opts.email ?? 'admin@agency.example';
  const apiToken = opts.apiToken ?? `ATATT${randomUUID().replace(/-/g, '')}`;
  let self!: JiraFake;
  let nextId = 10_000;

  function issueJson(i: JiraIssue, fields: string[]) {
    const project = self.projects.find((p) => p.id === i.projectId)!;
    const all: Record<string, unknown> = {
      summary: i.summary,
      status: { name: i.done ? 'Done' : 'In Progress', statusCategory: { key: i.done ? 'done' : 'indeterminate' } },
      project: { id: project.id, key: project.key, name: project.name },
      duedate: i.duedate ?? null,
      reporter: i.reporterEmail ? { emailAddress: i.reporterEmail } : null,
      ...i.custom,
    };
    const picked: Record<string, unknown> = {};
    for (const f of fields) if (f in all) picked[f] = all[f];
    return { id: i.id, key: i.key, fields: picked };
  }

  const server = await startFakeServer((req, res) => {
    const expected = `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return json(res, 401, { errorMessages: ['Client must be authenticated to access this resource.'] });
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && req.path === '/rest/api/3/myself') {
      return json(res, 200, { accountId: '5b10a2844c20165700ede21g', emailAddress: email, displayName: 'Agency Admin', active: true });
    }
    if (req.method === 'GET' && (m = /^\/rest\/api\/3\/project\/(\w+)$/.exec(req.path))) {
      const p = self.projects.find((x) => x.id === m![1] || x.key === m![1]);
      if (!p) return json(res, 404, { errorMessages: ['No project could be found with id'] });
      return json(res, 200, { id: p.id, key: p.key, name: p.name, description: p.description ?? '' });
    }
    if (req.method === 'GET' && req.path === '/rest/api/3/search/jql') {
      const jql = req.query.get('jql') ?? '';
      if (!jql.trim() || /^\s*ORDER BY/i.test(jql)) return json(res, 400, { errorMessages: ['Unbounded JQL queries are not allowed here.'] });
      const pm = /project\s*=\s*"?(\w+)"?/i.exec(jql);
      let list = self.issues.filter((i) => self.projects.some((p) => p.id === i.projectId));
      if (pm) list = list.filter((i) => i.projectId === pm[1] || self.projects.find((p) => p.id === i.projectId)?.key === pm[1]);
      const max = Math.min(Number(req.query.get('maxResults') ?? 50), self.pageSize);
      const start = req.query.get('nextPageToken') ? Number(Buffer.from(req.query.get('nextPageToken')!, 'base64url').toString()) : 0;
      const fields = (req.query.get('fields') ?? 'id').split(',');
      const slice = list.slice(start, start + max).map((i) => issueJson(i, fields));
      const more = start + max < list.length;
      return json(res, 200, { issues: slice, isLast: !more, ...(more ? { nextPageToken: Buffer.from(String(start + max)).toString('base64url') } : {}) });
    }
    if (req.method === 'POST' && req.path === '/rest/webhooks/1.0/webhook') {
      const body = JSON.parse(req.body) as { name?: string; url?: string; events?: string[]; secret?: string };
      if (!body.name || !body.url || !Array.isArray(body.events)) return json(res, 400, { errorMessages: ['name, url and events are required'] });
      const id = String(nextId++);
      self.webhooks.push({ id, url: body.url, secret: body.secret, events: body.events });
      return json(res, 201, { self: `${self.url}/rest/webhooks/1.0/webhook/${id}`, name: body.name, url: body.url, events: body.events, enabled: true });
    }
    if (req.method === 'DELETE' && (m = /^\/rest\/webhooks\/1\.0\/webhook\/(\d+)$/.exec(req.path))) {
      const idx = self.webhooks.findIndex((w) => w.id === m![1]);
      if (idx < 0) return json(res, 404, { errorMessages: ['not found'] });
      self.webhooks.splice(idx, 1);
      res.writeHead(204).end();
      return;
    }
    return json(res, 404, { errorMessages: [`No route ${req.method} ${req.path}`] });
  });

  self = {
    ...server,
    close: server.close,
    email,
    apiToken,
    projects: [],
    issues: [],
    webhooks: [],
    pageSize: opts.pageSize ?? 3,
    async deliver(event, o = {}) {
      const hook = self.webhooks[0];
      if (!hook) throw new Error('no webhook registered');
      const sent = JSON.stringify({ timestamp: Date.now(), ...event });
      const identifier = o.identifier ?? randomUUID();
      const headers: Record<string, string> = { 'content-type': 'application/json', 'X-Atlassian-Webhook-Identifier': identifier };
      const sig = o.signature !== undefined ? o.signature : hook.secret ? `sha256=${createHmac('sha256', hook.secret).update(sent).digest('hex')}` : null;
      if (sig) headers['X-Hub-Signature'] = sig;
      const body = o.tamper ? sent.replace(/"summary":"[^"]*"/, '"summary":"tampered"').replace(/\d{4}/, '9999') : sent;
      const r = await fetch(hook.url, { method: 'POST', headers, body });
      await r.text();
      return { status: r.status, sent, identifier };
    },
  };
  return self;
}
