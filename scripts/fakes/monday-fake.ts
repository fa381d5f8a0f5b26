import { createHmac, randomBytes } from 'node:crypto';
import { buildSchema, graphql } from 'graphql';
import { json, startFakeServer, type FakeServer } from './fake-http.js';

// A local monday.com GraphQL API (POST /v2) built with graphql-js over a subset of the real
// schema, so a misspelt field or argument fails exactly as it would at monday: `me`, `boards`
// (limit/page/ids/state/board_kind), `items_page` + `next_items_page` cursor pagination, and
// `create_webhook` / `delete_webhook`. create_webhook first POSTs {"challenge"} to the URL and
// requires it echoed. Deliveries may carry an HS256 JWT in Authorization (an app's signing
// secret), as monday sends for app-owned webhooks.

const SCHEMA = buildSchema(`
  enum State { active all archived deleted }
  enum BoardKind { public private share }
  enum WebhookEventType { change_column_value change_status_column_value create_item item_deleted item_archived change_name create_update }
  type Account { id: ID! name: String! }
  type User { id: ID! name: String! email: String! account: Account! }
  type Column { id: ID! title: String! }
  type ColumnValue { id: ID! type: String! text: String column: Column! }
  type Item { id: ID! name: String! state: State column_values: [ColumnValue!]! }
  type ItemsResponse { cursor: String items: [Item!]! }
  type Board { id: ID! name: String! description: String state: State! url: String! items_page(limit: Int, cursor: String): ItemsResponse! }
  type Webhook { id: ID! board_id: ID! event: WebhookEventType! }
  type Query {
    me: User
    boards(ids: [ID!], limit: Int, page: Int, state: State, board_kind: BoardKind): [Board]
    next_items_page(limit: Int!, cursor: String!): ItemsResponse!
  }
  type Mutation {
    create_webhook(board_id: ID!, url: String!, event: WebhookEventType!, config: String): Webhook
    delete_webhook(id: ID!): Webhook
  }
`);

export interface MondayItem {
  id: string;
  name: string;
  status: string;
  client?: string;
  email?: string;
  date?: string;
  state?: 'active' | 'archived' | 'deleted';
}

export interface MondayBoard {
  id: string;
  name: string;
  description?: string;
  state?: 'active' | 'archived' | 'deleted';
  items: MondayItem[];
}

export interface MondayWebhook {
  id: string;
  boardId: string;
  url: string;
  event: string;
}

export interface MondayFake extends FakeServer {
  apiToken: string;
  boards: MondayBoard[];
  webhooks: MondayWebhook[];
  itemPageSize: number;
  /** Sends an event for a board to its webhook URL; `jwtSecret` adds the Authorization JWT. */
  deliver(boardId: string, event: Record<string, unknown>, opts?: { jwtSecret?: string; jwt?: string; tamper?: boolean; expired?: boolean }): Promise<{ status: number; sent: string }>;
}

export function mondayJwt(secret: string, claims: Record<string, unknown>): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

export async function startMondayFake(opts: { apiToken?: string; itemPageSize?: number } = {}): Promise<MondayFake> {
  const apiToken = opts.apiToken ?? `eyJ${randomBytes(16).toString('hex')}`;
  let self!: MondayFake;
  let nextWebhook = 500;
  const cursors = new Map<string, { boardId: string; offset: number }>();

  function itemJson(i: MondayItem) {
    return {
      id: i.id,
      name: i.name,
      state: i.state ?? 'active',
      column_values: [
        { id: 'status', type: 'status', text: i.status, column: { id: 'status', title: 'Status' } },
        { id: 'text0', type: 'text', text: i.client ?? '', column: { id: 'text0', title: 'Client' } },
        { id: 'email', type: 'email', text: i.email ?? '', column: { id: 'email', title: 'Contact' } },
        { id: 'date4', type: 'date', text: i.date ?? '', column: { id: 'date4', title: 'Due' } },
      ],
    };
  }
  function pageOf(boardId: string, offset: number, limit: number) {
    const board = self.boards.find((b) => b.id === boardId)!;
    const size = Math.min(limit, self.itemPageSize);
    const items = board.items.slice(offset, offset + size).map(itemJson);
    let cursor: string | null = null;
    if (offset + size < board.items.length) {
      cursor = randomBytes(12).toString('base64url');
      cursors.set(cursor, { boardId, offset: offset + size });
    }
    return { cursor, items };
  }
  const boardJson = (b: MondayBoard) => ({
    id: b.id,
    name: b.name,
    description: b.description ?? null,
    state: b.state ?? 'active',
    url: `https://agency.monday.com/boards/${b.id}`,
    items_page: ({ limit, cursor }: { limit?: number; cursor?: string }) => {
      if (cursor) {
        const c = cursors.get(cursor);
        if (!c) throw new Error('CursorExpiredError');
        return pageOf(b.id, c.offset, limit ?? 25);
      }
      return pageOf(b.id, 0, limit ?? 25);
    },
  });

  const root = {
    me: () => ({ id: '77', name: 'Mona Day', email: 'mona@agency.example', account: { id: '9', name: 'Agency' } }),
    boards: (args: { ids?: string[]; limit?: number; page?: number; state?: string }) => {
      let list = self.boards.filter((b) => (args.state === 'all' ? true : (b.state ?? 'active') === (args.state ?? 'active')));
      if (args.ids) list = self.boards.filter((b) => args.ids!.includes(b.id));
      const limit = args.limit ?? 25;
      const page = args.page ?? 1;
      return list.slice((page - 1) * limit, page * limit).map(boardJson);
    },
    next_items_page: ({ limit, cursor }: { limit: number; cursor: string }) => {
      const c = cursors.get(cursor);
      if (!c) throw new Error('CursorExpiredError: the cursor is invalid or expired');
      return pageOf(c.boardId, c.offset, limit);
    },
    create_webhook: async ({ board_id, url, event }: { board_id: string; url: string; event: string }) => {
      const challenge = randomBytes(24).toString('base64url');
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ challenge }) }).catch(() => null);
      const echoed = r && r.ok ? ((await r.json().catch(() => ({}))) as { challenge?: string }) : {};
      if (echoed.challenge !== challenge) throw new Error('Failed to communicate with URL provided.');
      const hook = { id: String(nextWebhook++), boardId: board_id, url, event };
      self.webhooks.push(hook);
      return { id: hook.id, board_id, event };
    },
    delete_webhook: ({ id }: { id: string }) => {
      const idx = self.webhooks.findIndex((w) => w.id === id);
      if (idx < 0) throw new Error('Webhook not found');
      const [hook] = self.webhooks.splice(idx, 1);
      return { id: hook!.id, board_id: hook!.boardId, event: hook!.event };
    },
  };

  const server = await startFakeServer(async (req, res) => {
    if (req.method !== 'POST' || req.path !== '/v2') return json(res, 404, { error_message: 'Not found' });
    if (req.headers.authorization !== apiToken) return json(res, 401, { errors: [{ message: 'Not Authenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { query, variables } = JSON.parse(req.body) as { query: string; variables?: Record<string, unknown> };
    const result = await graphql({ schema: SCHEMA, source: query, rootValue: root, variableValues: variables });
    return json(res, 200, { ...result, account_id: 9 });
  });

  self = {
    ...server,
    close: server.close,
    apiToken,
    boards: [],
    webhooks: [],
    itemPageSize: opts.itemPageSize ?? 2,
    async deliver(boardId, event, o = {}) {
      const hook = self.webhooks.find((w) => w.boardId === boardId);
      if (!hook) throw new Error(`no webhook for board ${boardId}`);
      const sent = JSON.stringify({ event: { app: 'monday', type: 'update_column_value', triggerTime: new Date().toISOString(), boardId: Number(boardId), ...event } });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (o.jwt) headers.authorization = o.jwt;
      else if (o.jwtSecret) {
        const now = Math.floor(Date.now() / 1000);
        headers.authorization = mondayJwt(o.jwtSecret, { dat: { client_id: 'app', account_id: 9 }, iat: now - 5, exp: o.expired ? now - 1 : now + 60 });
      }
      const body = o.tamper ? sent.replace(/"boardId":\d+/, '"boardId":1') : sent;
      const r = await fetch(hook.url, { method: 'POST', headers, body });
      await r.text();
      return { status: r.status, sent };
    },
  };
  return self;
}
