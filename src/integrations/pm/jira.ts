import { randomBytes } from 'node:crypto';
import { fetchJson, ProviderError } from './http.js';
import { asArray, asRecord, emailsIn, isoDate, progressOf, statusFromTasks, str, text } from './normalize.js';
import { hmacSha256Hex, safeEqual, sha256Hex } from './signatures.js';
import type { NormalizedProject, PmProvider, ProviderContext, WebhookChange } from './types.js';

// Jira Cloud (e-mail + API token, basic auth). A Jira project is a project here and its issues
// are the tasks, read with the enhanced JQL search (GET /rest/api/3/search/jql, nextPageToken
// pagination). Webhooks are admin webhooks (POST /rest/webhooks/1.0/webhook) registered with a
// secret we generate, so deliveries carry `X-Hub-Signature: sha256=<hmac of raw body>`; a
// webhook an admin created without a secret is accepted on the secret URL token alone.
// Duplicates are dropped by X-Atlassian-Webhook-Identifier.

const DEFAULT_JQL = 'project IS NOT EMPTY ORDER BY project ASC';

interface SearchPage {
  issues?: Array<Record<string, unknown>>;
  nextPageToken?: string;
  isLast?: boolean;
}

/**
 * The Jira site an owner typed, as people type it: "https://acme.atlassian.net", "acme.atlassian.net",
 * a page's address ("https://acme.atlassian.net/jira/software/projects/ACME/boards/1") or the site's
 * name alone ("acme"). Null when it is no address at all.
 */
export function jiraSite(raw: string | undefined): URL | null {
  let s = (raw ?? '').trim();
  if (!s) return null;
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(s)) s = /^[a-z\d][a-z\d-]*$/i.test(s) ? `https://${s}.atlassian.net` : `https://${s}`;
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

function base(ctx: ProviderContext): string {
  // JIRA_API_BASE_URL overrides every integration's site (proxies, tests).
  const site = ctx.config.JIRA_API_BASE_URL ?? jiraSite(ctx.credentials.siteUrl)?.origin;
  if (!site) throw new ProviderError('Jira needs the site URL');
  return site.replace(/\/+$/, '');
}

function auth(ctx: ProviderContext): Record<string, string> {
  const { email, apiToken } = ctx.credentials;
  if (!email || !apiToken) throw new ProviderError('Jira needs an e-mail and an API token');
  return { authorization: `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}` };
}

function customerField(ctx: ProviderContext): string | null {
  const f = ctx.settings.customerField;
  return typeof f === 'string' && /^[\w.-]{1,100}$/.test(f) ? f : null;
}

async function searchIssues(ctx: ProviderContext, jql: string): Promise<Array<Record<string, unknown>>> {
  const fields = ['summary', 'status', 'project', 'duedate', 'reporter', customerField(ctx)].filter(Boolean).join(',');
  const out: Array<Record<string, unknown>> = [];
  let token: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const q = new URLSearchParams({ jql, fields, maxResults: '100', ...(token ? { nextPageToken: token } : {}) });
    const page = await fetchJson<SearchPage>(ctx.fetch, `${base(ctx)}/rest/api/3/search/jql?${q}`, { headers: auth(ctx) });
    out.push(...(page?.issues ?? []));
    token = page?.nextPageToken;
    if (page?.isLast !== false || !token) return out;
  }
  throw new ProviderError('Jira pagination did not end');
}

/** Groups issues by project into the provider-neutral shape normalizeData expects. */
function groupByProject(ctx: ProviderContext, issues: Array<Record<string, unknown>>): Map<string, Record<string, unknown>> {
  const cf = customerField(ctx);
  const byProject = new Map<string, Record<string, unknown>>();
  for (const issue of issues) {
    const fields = asRecord(issue.fields);
    const project = asRecord(fields.project);
    const id = str(project.id);
    if (!id) continue;
    const entry = byProject.get(id) ?? { project, issues: [] as unknown[], site: ctx.credentials.siteUrl ?? null, customerField: cf };
    (entry.issues as unknown[]).push(issue);
    byProject.set(id, entry);
  }
  return byProject;
}

function customerValue(v: unknown): string | null {
  if (typeof v === 'string') return text(v, 300);
  const r = asRecord(v);
  return text(r.value ?? r.name ?? r.displayName ?? r.emailAddress, 300);
}

function normalize(data: unknown): NormalizedProject {
  const d = asRecord(data);
  const project = asRecord(d.project);
  const issues = asArray(d.issues).map(asRecord);
  const id = str(project.id);
  if (!id) throw new ProviderError('Jira project without id');
  let completed = 0;
  let dueDate: string | null = null;
  let customerRef: string | null = null;
  const emails: unknown[] = [];
  for (const issue of issues) {
    const f = asRecord(issue.fields);
    if (asRecord(asRecord(f.status).statusCategory).key === 'done') completed++;
    const due = isoDate(f.duedate);
    if (due && (!dueDate || due > dueDate)) dueDate = due;
    const cf = typeof d.customerField === 'string' ? f[d.customerField] : undefined;
    customerRef ??= customerValue(cf);
    emails.push(asRecord(f.reporter).emailAddress, typeof cf === 'string' ? cf : asRecord(cf).emailAddress);
  }
  const key = str(project.key);
  const site = typeof d.site === 'string' ? d.site.replace(/\/+$/, '') : null;
  return {
    externalId: id,
    name: text(project.name, 300) ?? key ?? `Project ${id}`,
    status: statusFromTasks(completed, issues.length),
    progress: progressOf(completed, issues.length),
    dueDate,
    description: text(project.description),
    url: site && key ? `${site}/browse/${encodeURIComponent(key)}` : null,
    customerRef,
    contactEmails: emailsIn([...emails, customerRef]),
    taskCount: issues.length,
    completedTaskCount: completed,
    raw: { id, key: key ?? null },
  };
}

export function createJiraProvider(): PmProvider {
  return {
    name: 'JIRA',
    label: 'Jira',
    credentialFields: ['siteUrl', 'email', 'apiToken'],
    hintField: 'apiToken',

    async connect(ctx) {
      const parsed = jiraSite(ctx.credentials.siteUrl);
      if (!parsed) throw new ProviderError('The Jira site address is not valid (e.g. https://acme.atlassian.net)');
      // Credentials only ever go to Atlassian Cloud, unless an operator pinned JIRA_API_BASE_URL.
      if (!ctx.config.JIRA_API_BASE_URL && (parsed.protocol !== 'https:' || !parsed.hostname.endsWith('.atlassian.net'))) {
        throw new ProviderError('The Jira site must be an https://<name>.atlassian.net address');
      }
      const me = await fetchJson<{ accountId: string; displayName?: string; emailAddress?: string }>(ctx.fetch, `${base(ctx)}/rest/api/3/myself`, {
        headers: auth(ctx),
      });
      return { accountLabel: `${me?.displayName ?? ctx.credentials.email} @ ${parsed.hostname}`, settings: { siteUrl: parsed.origin } };
    },

    async listProjects(ctx) {
      const jql = typeof ctx.settings.jql === 'string' && ctx.settings.jql ? ctx.settings.jql : DEFAULT_JQL;
      const grouped = groupByProject(ctx, await searchIssues(ctx, jql));
      return [...grouped.values()].map(normalize);
    },

    async fetchProject(ctx, externalId) {
      if (!/^\d{1,20}$/.test(externalId)) return null;
      const project = await fetchJson<Record<string, unknown>>(ctx.fetch, `${base(ctx)}/rest/api/3/project/${externalId}`, {
        headers: auth(ctx),
        allow: [404],
      });
      if (!project) return null;
      const issues = await searchIssues(ctx, `project = ${externalId} ORDER BY key ASC`);
      return normalize({ project, issues, site: ctx.credentials.siteUrl ?? null, customerField: customerField(ctx) });
    },

    async setupWebhooks(ctx) {
      if (!ctx.webhookTarget) return { webhookIds: [] };
      if (typeof ctx.settings.webhookId === 'string') return { webhookIds: [ctx.settings.webhookId] };
      const secret = randomBytes(32).toString('hex');
      const res = await fetchJson<{ self?: string; id?: number | string }>(ctx.fetch, `${base(ctx)}/rest/webhooks/1.0/webhook`, {
        method: 'POST',
        headers: auth(ctx),
        body: {
          name: 'SMB agent project sync',
          url: ctx.webhookTarget,
          events: ['jira:issue_created', 'jira:issue_updated', 'jira:issue_deleted', 'project_updated', 'project_deleted'],
          filters: { 'issue-related-events-section': 'project IS NOT EMPTY' },
          excludeBody: false,
          secret,
        },
      });
      const id = str(res?.id) ?? str(res?.self)?.split('/').pop();
      if (!id) throw new ProviderError('Jira did not return the webhook id');
      return { webhookIds: [id], secret, settings: { webhookId: id } };
    },

    async teardownWebhooks(ctx, webhookIds) {
      for (const id of webhookIds) {
        await fetchJson(ctx.fetch, `${base(ctx)}/rest/webhooks/1.0/webhook/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth(ctx), allow: [404] }).catch(() => {});
      }
    },

    handleWebhook(req, secrets) {
      if (secrets.secret) {
        const header = req.headers['x-hub-signature'] ?? '';
        const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header);
        if (!m) return { kind: 'rejected', reason: 'missing signature' };
        if (!safeEqual(hmacSha256Hex(secrets.secret, req.rawBody), m[1]!.toLowerCase())) return { kind: 'rejected', reason: 'bad signature' };
      }
      const delivery = req.headers['x-atlassian-webhook-identifier'];
      const deliveryKey = delivery && /^[\w.:-]{1,150}$/.test(delivery) ? `jira:${delivery}` : `sha256:${sha256Hex(req.rawBody)}`;
      const event = str(req.body.webhookEvent) ?? '';
      const changes: WebhookChange[] = [];
      const id = (v: unknown) => {
        const x = str(v);
        return x && /^\d{1,20}$/.test(x) ? x : undefined;
      };
      const projectFromIssue = id(asRecord(asRecord(asRecord(req.body.issue).fields).project).id);
      const project = id(asRecord(req.body.project).id);
      if (event === 'project_deleted' && project) changes.push({ kind: 'delete', externalId: project });
      else if (projectFromIssue) changes.push({ kind: 'refresh', externalId: projectFromIssue });
      else if (project) changes.push({ kind: 'refresh', externalId: project });
      return { kind: 'events', deliveryKey, changes };
    },

    normalizeData: normalize,
  };
}
