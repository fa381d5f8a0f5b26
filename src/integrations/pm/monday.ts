import { fetchJson, ProviderError } from './http.js';
import { asArray, asRecord, emailsIn, progressOf, statusFromTasks, str, text, isoDate } from './normalize.js';
import { sha256Hex, verifyHs256Jwt } from './signatures.js';
import type { NormalizedProject, PmProvider, ProviderContext, WebhookChange } from './types.js';

// monday.com (API token, GraphQL at MONDAY_API_URL). A board is a project and its items are the
// tasks, unless the items belong to different clients (a "Projects" board with a Client column):
// then each item is a project of its own (id "board:item"), so a client is told about their own
// job, never a total that counts another client's. Boards are paged with `page`, items with
// `items_page` / `next_items_page` cursors.
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

/** What ties an item to its client: its client column's text (as written) and its e-mails. */
function clientCells(item: Record<string, unknown>, opts: ReturnType<typeof settingsOf>): { client: string | null; emails: string[] } {
  const cols = asArray(item.column_values).map(asRecord);
  const named = cols.find((c) => (str(asRecord(c.column).title) ?? '').toLowerCase() === opts.customerColumn.toLowerCase());
  return { client: text(named?.text, 300), emails: emailsIn(cols.filter((c) => c.type === 'email').map((c) => c.text)) };
}

/**
 * Items that belong to different clients: two client names, or, on a board without a client
 * column filled in, e-mails at two domains (one client's contacts share theirs).
 */
function sharedByClients(items: Array<Record<string, unknown>>, opts: ReturnType<typeof settingsOf>): boolean {
  const cells = items.map((i) => clientCells(i, opts));
  const clients = new Set(cells.map((c) => c.client?.toLowerCase()).filter(Boolean));
  if (clients.size) return clients.size > 1;
  return new Set(cells.flatMap((c) => c.emails).map((e) => e.split('@')[1])).size > 1;
}

/** One item of a board shared by several clients, as a project: its own status label, date, client and e-mail. */
function itemProject(board: Record<string, unknown>, item: Record<string, unknown>, opts: ReturnType<typeof settingsOf>): NormalizedProject {
  const boardId = str(board.id)!;
  const itemId = str(item.id);
  if (!itemId) throw new ProviderError('monday.com item without id');
  const cols = asArray(item.column_values).map(asRecord);
  const label = text(cols.find((c) => c.type === 'status')?.text, 100);
  const done = !!label && opts.doneLabels.some((l) => l.toLowerCase() === label.toLowerCase());
  const { client: customerRef, emails } = clientCells(item, opts);
  const dates = cols.filter((c) => c.type === 'date').map((c) => isoDate(c.text)).filter((d): d is string => !!d);
  return {
    externalId: `${boardId}:${itemId}`,
    name: text(item.name, 300) ?? `Item ${itemId}`,
    status: done ? 'COMPLETED' : !label ? 'NOT_STARTED' : /\b(?:stuck|blocked|on hold|waiting)\b/i.test(label) ? 'ON_HOLD' : 'IN_PROGRESS',
    progress: done ? 100 : null,
    dueDate: dates.sort().at(-1) ?? null,
    // (No board name as its notes: a client read "Make-ready projects." after each of their jobs.)
    description: null,
    url: text(board.url, 500),
    customerRef,
    contactEmails: emailsIn([...emails, customerRef]),
    taskCount: 0,
    completedTaskCount: 0,
    raw: { id: `${boardId}:${itemId}`, state: item.state ?? null },
  };
}

/** A board as projects: one, or one per item when its items name two clients or more. */
function projectsOf(data: unknown, opts: ReturnType<typeof settingsOf>): NormalizedProject[] {
  const b = asRecord(data);
  const items = asArray(b.items).map(asRecord).filter((i) => i.state !== 'deleted' && i.state !== 'archived');
  if (!str(b.id) || !sharedByClients(items, opts)) return [normalize(data, opts)];
  return items.map((i) => itemProject(b, i, opts));
}

/** "3001" (a board) or "3001:11" (an item of a board shared by clients): the board's id. */
const PROJECT_ID = /^(\d{1,20})(?::\d{1,20})?$/;

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
        for (const board of data.boards) out.push(...projectsOf({ ...board, items: await boardItems(ctx, board) }, settingsOf(ctx)));
        if (data.boards.length < 25) break;
      }
      return out;
    },

    async fetchProject(ctx, externalId) {
      const boardId = PROJECT_ID.exec(externalId)?.[1];
      if (!boardId) return null;
      const data = await gql<{ boards: Board[] }>(
        ctx,
        `query ($ids: [ID!]) { boards (ids: $ids) { id name description state url items_page (limit: 100) { cursor items { ${ITEM_FIELDS} } } } }`,
        { ids: [boardId] },
      );
      const board = data.boards[0];
      if (!board || board.state === 'deleted') return null;
      // (Null when the board is now shared by clients and the board itself is asked, or the item is gone: that project goes.)
      return projectsOf({ ...board, items: await boardItems(ctx, board) }, settingsOf(ctx)).find((p) => p.externalId === externalId) ?? null;
    },

    async setupWebhooks(ctx, projects) {
      if (!ctx.webhookTarget) return { webhookIds: [] };
      const webhooks = { ...(asRecord(ctx.settings.webhooks) as Record<string, string[]>) };
      for (const boardId of new Set(projects.map((p) => PROJECT_ID.exec(p.externalId)?.[1]).filter((b): b is string => !!b))) {
        if (webhooks[boardId]) continue;
        const ids: string[] = [];
        for (const event of WEBHOOK_EVENTS) {
          const data = await gql<{ create_webhook: { id: string } }>(
            ctx,
            'mutation ($board: ID!, $url: String!, $event: WebhookEventType!) { create_webhook (board_id: $board, url: $url, event: $event) { id board_id } }',
            { board: boardId, url: ctx.webhookTarget, event },
          );
          ids.push(String(data.create_webhook.id));
        }
        webhooks[boardId] = ids;
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
      const item = str(event.pulseId) ?? str(event.itemId);
      // The board (a project, or gone as one once shared by clients) and, on a shared board, the item.
      const changes: WebhookChange[] = board && /^\d{1,20}$/.test(board) ? [{ kind: 'refresh', externalId: board }] : [];
      if (changes.length && item && /^\d{1,20}$/.test(item)) changes.push({ kind: 'refresh', externalId: `${board}:${item}` });
      return { kind: 'events', deliveryKey, changes };
    },

    normalizeData: (data) => normalize(data),
  };
}
