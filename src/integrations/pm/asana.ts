import { fetchJson, ProviderError } from './http.js';
import { asArray, asRecord, emailsIn, isoDate, progressOf, statusFromTasks, str, text } from './normalize.js';
import { hmacSha256Hex, safeEqual, sha256Hex } from './signatures.js';
import type { NormalizedProject, PmProvider, ProjectStatus, ProviderContext, WebhookChange } from './types.js';

// Asana (personal access token). Projects of one workspace, walked with `offset` pagination;
// tasks per project for the counts. Webhooks are per project: Asana sends an X-Hook-Secret
// handshake to the target *while* POST /webhooks is in flight; each later delivery carries
// X-Hook-Signature = HMAC-SHA256(secret, raw body). Asana delivers at most once, so the
// scheduler's periodic full sync doubles as the reconciliation poll.

const PROJECT_FIELDS = [
  'name',
  'notes',
  'archived',
  'completed',
  'due_on',
  'due_date',
  'permalink_url',
  'current_status_update.status_type',
  'owner.email',
  'members.email',
  'custom_fields.name',
  'custom_fields.display_value',
].join(',');

interface Page<T> {
  data: T[];
  next_page: { offset: string } | null;
}

const STATUS_TYPES: Record<string, ProjectStatus> = {
  on_track: 'IN_PROGRESS',
  at_risk: 'AT_RISK',
  off_track: 'AT_RISK',
  on_hold: 'ON_HOLD',
  complete: 'COMPLETED',
  achieved: 'COMPLETED',
  partial: 'COMPLETED',
  missed: 'CANCELLED',
  dropped: 'CANCELLED',
};

function base(ctx: ProviderContext): string {
  return ctx.config.ASANA_API_BASE_URL ?? 'https://app.asana.com/api/1.0';
}

function auth(ctx: ProviderContext): Record<string, string> {
  const token = ctx.credentials.accessToken;
  if (!token) throw new ProviderError('Asana needs a personal access token');
  return { authorization: `Bearer ${token}` };
}

async function pages<T>(ctx: ProviderContext, path: string, params: Record<string, string>): Promise<T[]> {
  const out: T[] = [];
  let offset: string | undefined;
  // A hard stop against a vendor that never ends its pages.
  for (let i = 0; i < 1000; i++) {
    const q = new URLSearchParams({ ...params, limit: '100', ...(offset ? { offset } : {}) });
    const page = await fetchJson<Page<T>>(ctx.fetch, `${base(ctx)}${path}?${q}`, { headers: auth(ctx) });
    out.push(...(page?.data ?? []));
    offset = page?.next_page?.offset;
    if (!offset) return out;
  }
  throw new ProviderError('Asana pagination did not end');
}

async function taskCounts(ctx: ProviderContext, projectGid: string): Promise<{ total: number; completed: number }> {
  const tasks = await pages<{ completed?: boolean }>(ctx, `/projects/${encodeURIComponent(projectGid)}/tasks`, { opt_fields: 'completed' });
  return { total: tasks.length, completed: tasks.filter((t) => t.completed === true).length };
}

function customerFieldName(ctx: ProviderContext | null): string {
  return (typeof ctx?.settings.customerField === 'string' && ctx.settings.customerField) || 'Client';
}

function normalize(data: unknown, customerField = 'Client'): NormalizedProject {
  const p = asRecord(data);
  const counts = asRecord(p._counts);
  const total = Number(counts.total ?? 0);
  const completed = Number(counts.completed ?? 0);
  const statusType = str(asRecord(p.current_status_update).status_type);
  let status: ProjectStatus = statusType && STATUS_TYPES[statusType] ? STATUS_TYPES[statusType] : statusFromTasks(completed, total);
  if (p.completed === true) status = 'COMPLETED';
  const customer = asArray(p.custom_fields)
    .map(asRecord)
    .find((f) => typeof f.name === 'string' && f.name.toLowerCase() === customerField.toLowerCase());
  const gid = str(p.gid);
  if (!gid) throw new ProviderError('Asana project without gid');
  return {
    externalId: gid,
    name: text(p.name, 300) ?? `Project ${gid}`,
    status,
    progress: status === 'COMPLETED' && total === 0 ? 100 : progressOf(completed, total),
    dueDate: isoDate(p.due_on) ?? isoDate(p.due_date),
    description: text(p.notes),
    url: text(p.permalink_url, 500),
    customerRef: text(customer?.display_value, 300),
    contactEmails: emailsIn([asRecord(p.owner).email, ...asArray(p.members).map((m) => asRecord(m).email), customer?.display_value]),
    taskCount: total,
    completedTaskCount: completed,
    raw: { gid, status_type: statusType ?? null, archived: p.archived ?? false },
  };
}

export function createAsanaProvider(): PmProvider {
  const provider: PmProvider = {
    name: 'ASANA',
    label: 'Asana',
    credentialFields: ['accessToken', 'workspaceGid'],
    hintField: 'accessToken',

    async connect(ctx) {
      const me = await fetchJson<{ data: { gid: string; name?: string; workspaces?: Array<{ gid: string; name?: string }> } }>(
        ctx.fetch,
        `${base(ctx)}/users/me?opt_fields=name,workspaces.name`,
        { headers: auth(ctx) },
      );
      const workspaces = me?.data.workspaces ?? [];
      const wanted = ctx.credentials.workspaceGid;
      const ws = wanted ? workspaces.find((w) => w.gid === wanted) : workspaces[0];
      if (!ws) throw new ProviderError(wanted ? 'That Asana workspace is not visible to this token' : 'This Asana token sees no workspace');
      return { accountLabel: `${me?.data.name ?? 'Asana user'} / ${ws.name ?? ws.gid}`, settings: { workspaceGid: ws.gid, workspaceName: ws.name ?? null } };
    },

    async listProjects(ctx) {
      const workspace = str(ctx.settings.workspaceGid);
      if (!workspace) throw new ProviderError('Asana integration has no workspace');
      const projects = await pages<Record<string, unknown>>(ctx, '/projects', { workspace, archived: 'false', opt_fields: PROJECT_FIELDS });
      const out: NormalizedProject[] = [];
      for (const p of projects) {
        const counts = await taskCounts(ctx, String(p.gid));
        out.push(normalize({ ...p, _counts: counts }, customerFieldName(ctx)));
      }
      return out;
    },

    async fetchProject(ctx, externalId) {
      const res = await fetchJson<{ data: Record<string, unknown> }>(
        ctx.fetch,
        `${base(ctx)}/projects/${encodeURIComponent(externalId)}?opt_fields=${PROJECT_FIELDS}`,
        { headers: auth(ctx), allow: [404] },
      );
      if (!res) return null;
      const counts = await taskCounts(ctx, externalId);
      return normalize({ ...res.data, _counts: counts }, customerFieldName(ctx));
    },

    async setupWebhooks(ctx, projects) {
      if (!ctx.webhookTarget) return { webhookIds: [] };
      const existing = asRecord(ctx.settings.webhooks) as Record<string, string>;
      // Asana deletes a webhook with its project, so only listed projects keep an entry.
      const webhooks: Record<string, string> = {};
      for (const p of projects) {
        const id = existing[p.externalId];
        if (id) webhooks[p.externalId] = id;
      }
      for (const p of projects) {
        if (webhooks[p.externalId]) continue;
        const target = `${ctx.webhookTarget}&resource=${encodeURIComponent(p.externalId)}`;
        const res = await fetchJson<{ data: { gid: string } }>(ctx.fetch, `${base(ctx)}/webhooks`, {
          method: 'POST',
          headers: auth(ctx),
          body: { data: { resource: p.externalId, target } },
        });
        if (res?.data.gid) webhooks[p.externalId] = res.data.gid;
      }
      return { webhookIds: Object.values(webhooks), settings: { webhooks } };
    },

    async teardownWebhooks(ctx, webhookIds) {
      for (const id of webhookIds) {
        await fetchJson(ctx.fetch, `${base(ctx)}/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth(ctx), allow: [404] }).catch(() => {});
      }
    },

    handleWebhook(req, secrets) {
      const resource = req.query.resource;
      const handshake = req.headers['x-hook-secret'];
      if (handshake !== undefined) {
        if (!resource || !/^\d{1,30}$/.test(resource) || !/^[\w-]{8,200}$/.test(handshake)) return { kind: 'rejected', reason: 'bad handshake' };
        // A handshake may only set a secret once: nobody can re-key an established webhook.
        if (secrets.secretsByResource[resource]) return { kind: 'rejected', reason: 'webhook already established' };
        return { kind: 'handshake', status: 200, headers: { 'X-Hook-Secret': handshake }, storeSecret: { resource, secret: handshake } };
      }
      const signature = req.headers['x-hook-signature'];
      const secret = resource ? secrets.secretsByResource[resource] : undefined;
      if (!signature || !secret) return { kind: 'rejected', reason: 'missing signature' };
      if (!safeEqual(hmacSha256Hex(secret, req.rawBody), signature.toLowerCase())) return { kind: 'rejected', reason: 'bad signature' };
      const changes: WebhookChange[] = [];
      const gid = (v: unknown) => {
        const x = str(v);
        return x && /^\d{1,30}$/.test(x) ? x : undefined;
      };
      for (const e of asArray(req.body.events).slice(0, 500).map(asRecord)) {
        const res = asRecord(e.resource);
        const parent = asRecord(e.parent);
        const action = str(e.action);
        if (res.resource_type === 'project' && gid(res.gid)) {
          changes.push({ kind: action === 'deleted' || action === 'removed' ? 'delete' : 'refresh', externalId: gid(res.gid)! });
        } else if (parent.resource_type === 'project' && gid(parent.gid)) {
          changes.push({ kind: 'refresh', externalId: gid(parent.gid)! });
        } else if (resource) {
          changes.push({ kind: 'refresh', externalId: resource });
        }
      }
      return { kind: 'events', deliveryKey: `sha256:${sha256Hex(req.rawBody)}`, changes };
    },

    normalizeData: (data) => normalize(data),
  };
  return provider;
}
