import { fetchJson, ProviderError } from './http.js';
import { asArray, asRecord, emailsIn, progressOf, statusFromTasks, str, text, isoDate } from './normalize.js';
import { sha256Hex, verifyHs256Jwt } from './signatures.js';
import type { NormalizedProject, PmProvider, ProviderContext, WebhookChange } from './types.js';

// monday.com (API token, GraphQL at MONDAY_API_URL). A board is a project and its items are the
// tasks: boards are paged with `page`, items with `items_page` / `next_items_page` cursors.
// Webhooks come from the `create_webhook` mutation; monday first POSTs {"challenge"} which we
// echo. Deliveries carry a JWT in Authorization (HS256 with the app's signing secret) when the
// webhook belongs to an app; it is verified (signature + exp) when the owner gave us the
// signing secret, and the secret URL token is required in every case.

const API_VERSION = '2024-10';
const ITEM_FIELDS = 'id name state column_values { id type text column { title } }';
const WEBHOOK_EVENTS = ['change_column_value', 'create_item', 'item_deleted'] as const;

function url(ctx: ProviderContext): string {
  return ctx.config.MONDAY_API_URL ?? 'https://api.monday.com/v2';
}

async function gql<T>(ctx: ProviderContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = ctx.credentials.apiToken;
  if (!token) throw new ProviderError('monday.com needs an API token');
  const res = await fetchJson<{ data?: T; errors?: Array<{ message?: string }>; error_message?: string }>(ctx.fetch, url(ctx), {
    method: 'POST',
    headers: { authorization: token, 'api-version': API_VERSION },
    body: { query, variables },
  });
  if (!res || res.errors?.length || res.error_message || !res.data) {
    throw new ProviderError(`monday.com error: ${(res?.errors?.[0]?.message ?? res?.error_message ?? 'empty response').slice(0, 200)}`);
  }
  return res.data;
}

interface Board {
  id: string;
  name: string;
  description?: string | null;
  state?: string;
  url?: string;
  items_page?: { cursor: string | null; items: unknown[] };
}

async function boardItems(ctx: ProviderContext, board: Board): Promise<unknown[]> {
  const items = [...(board.items_page?.items ?? [])];
  let cursor = board.items_page?.cursor ?? null;
  for (let i = 0; cursor && i < 1000; i++) {
    const data = await gql<{ next_items_page: { cursor: string | null; items: unknown[] } }>(
      ctx,
      `query ($cursor: String!) { next_items_page (limit: 100, cursor: $cursor) { cursor items { ${ITEM_FIELDS} } } }`,
      { cursor },
    );
    items.push(...data.next_items_page.items);
    cursor = data.next_items_page.cursor;
  }
  return items;
}

function settingsOf(ctx: ProviderContext | null): { customerColumn: string; doneLabels: string[] } {
  const s = ctx?.settings ?? {};
  return {
    customerColumn: typeof s.customerColumn === 'string' && s.customerColumn ? s.customerColumn : 'Client',
    doneLabels: Array.isArray(s.doneLabels) ? s.doneLabels.filter((x): x is string => typeof x === 'string') : ['Done'],
  };
}

function normalize(data: unknown, opts = settingsOf(null)): NormalizedProject {
  const b = asRecord(data);
  const id = str(b.id);
  if (!id) throw new ProviderError('monday.com board without id');
  const items = asArray(b.items).map(asRecord).filter((i) => i.state !== 'deleted' && i.state !== 'archived');
  let completed = 0;
  let customerRef: string | null = null;
  let dueDate: string | null = null;
  const emails: unknown[] = [];
  const done = new Set(opts.doneLabels.map((l) => l.toLowerCase()));
  for (const item of items) {
    const cols = asArray(item.column_values).map(asRecord);
    if (cols.some((c) => c.type === 'status' && typeof c.text === 'string' && done.has(c.text.toLowerCase()))) completed++;
    for (const c of cols) {
      const title = str(asRecord(c.column).title) ?? '';
      if (title.toLowerCase() === opts.customerColumn.toLowerCase()) customerRef ??= text(c.text, 300);
      if (c.type === 'email') emails.push(c.text);
      if (c.type === 'date') {
        const d = isoDate(c.text);
        if (d && (!dueDate || d > dueDate)) dueDate = d;
      }
    }
  }
  return {
    externalId: id,
    name: text(b.name, 300) ?? `Board ${id}`,
    status: b.state === 'archived' ? 'COMPLETED' : statusFromTasks(completed, items.length),
    progress: progressOf(completed, items.length),
    dueDate,
    description: text(b.description),
    url: text(b.url, 500),
    customerRef,
    contactEmails: emailsIn([...emails, customerRef]),
    taskCount: items.length,
    completedTaskCount: completed,
    raw: { id, state: b.state ?? null },
  };
}

export function createMondayProvider(): PmProvider {
  return {
    name: 'MONDAY',
    label: 'monday.com',
    credentialFields: ['apiToken', 'signingSecret'],
    hintField: 'apiToken',

    async connect(ctx) {
      const data = await gql<{ me: { id: string; name?: string; account?: { name?: string } } }>(ctx, '{ me { id name account { id name } } }');
      return { accountLabel: `${data.me.name ?? 'monday user'} / ${data.me.account?.name ?? ''}`.trim(), settings: {} };
    },

    async listProjects(ctx) {
      const out: NormalizedProject[] = [];
      for (let page = 1; page < 1000; page++) {
        const data = await gql<{ boards: Board[] }>(
          ctx,
          `query ($page: Int!) { boards (limit: 25, page: $page, state: active, board_kind: public) { id name description state url items_page (limit: 100) { cursor items { ${ITEM_FIELDS} } } } }`,
          { page },
        );
        for (const board of data.boards) out.push(normalize({ ...board, items: await boardItems(ctx, board) }, settingsOf(ctx)));
        if (data.boards.length < 25) break;
      }
      return out;
    },

    async fetchProject(ctx, externalId) {
      if (!/^\d{1,20}$/.test(externalId)) return null;
      const data = await gql<{ boards: Board[] }>(
        ctx,
        `query ($ids: [ID!]) { boards (ids: $ids) { id name description state url items_page (limit: 100) { cursor items { ${ITEM_FIELDS} } } } }`,
        { ids: [externalId] },
      );
      const board = data.boards[0];
      if (!board || board.state === 'deleted') return null;
      return normalize({ ...board, items: await boardItems(ctx, board) }, settingsOf(ctx));
    },

    async setupWebhooks(ctx, projects) {
      if (!ctx.webhookTarget) return { webhookIds: [] };
      const webhooks = { ...(asRecord(ctx.settings.webhooks) as Record<string, string[]>) };
      for (const p of projects) {
        if (webhooks[p.externalId]) continue;
        const ids: string[] = [];
        for (const event of WEBHOOK_EVENTS) {
          const data = await gql<{ create_webhook: { id: string } }>(
            ctx,
            'mutation ($board: ID!, $url: String!, $event: WebhookEventType!) { create_webhook (board_id: $board, url: $url, event: $event) { id board_id } }',
            { board: p.externalId, url: ctx.webhookTarget, event },
          );
          ids.push(String(data.create_webhook.id));
        }
        webhooks[p.externalId] = ids;
      }
      return { webhookIds: Object.values(webhooks).flat(), settings: { webhooks } };
    },

    async teardownWebhooks(ctx, webhookIds) {
      for (const id of webhookIds) {
        await gql(ctx, 'mutation ($id: ID!) { delete_webhook (id: $id) { id } }', { id }).catch(() => {});
      }
    },

    handleWebhook(req, secrets, now) {
      // The URL-verification challenge writes nothing and reveals nothing but the echo, and
      // monday sends it before the webhook (and any JWT) exists; the URL token guards it.
      if (typeof req.body.challenge === 'string') {
        if (req.body.challenge.length > 500) return { kind: 'rejected', reason: 'bad challenge' };
        return { kind: 'handshake', status: 200, body: { challenge: req.body.challenge } };
      }
      // The JWT authenticates the sender (it does not sign the body); required when the owner
      // gave the signing secret, on top of the URL token.
      const authz = req.headers.authorization;
      if (secrets.secret) {
        if (!authz) return { kind: 'rejected', reason: 'missing signature' };
        const token = authz.replace(/^Bearer\s+/i, '');
        if (!verifyHs256Jwt(token, secrets.secret, now)) return { kind: 'rejected', reason: 'bad signature' };
      }
      const event = asRecord(req.body.event);
      const trigger = str(event.triggerUuid);
      const deliveryKey = trigger && /^[\w-]{1,100}$/.test(trigger) ? `monday:${trigger}` : `sha256:${sha256Hex(req.rawBody)}`;
      const board = str(event.boardId);
      const changes: WebhookChange[] = board && /^\d{1,20}$/.test(board) ? [{ kind: 'refresh', externalId: board }] : [];
      return { kind: 'events', deliveryKey, changes };
    },

    normalizeData: (data) => normalize(data),
  };
}
