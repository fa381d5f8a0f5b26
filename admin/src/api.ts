import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import {
  createClient,
  GenqlError,
  generateSubscriptionOp,
  type SubscriptionGenqlSelection,
  type SubscriptionResult,
} from '../../genql/index.js';
import type { ExecutionResult } from '../../genql/runtime/types.js';

// The console's only door to the server: the generated Genql client over POST /graphql, and
// graphql-ws on the same path for subscriptions. The token lives in localStorage so a reload
// or a second tab stays signed in; signing out (or any UNAUTHENTICATED answer) forgets it.

const TOKEN_KEY = 'smb-console:token';
type Listener = () => void;
const listeners = new Set<Listener>();

export const auth = {
  token(): string | null {
    try {
      return localStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
    closeSubscriptions();
    for (const l of listeners) l();
  },
  onChange(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

/** A failure as the pages show it: a code from the API (or NETWORK) and a sentence. */
export interface ApiFailure {
  code: string;
  message: string;
  requiredPlan?: string;
  feature?: string;
  /** The input a BAD_USER_INPUT names, when it names one. */
  field?: string;
}

export function failureOf(err: unknown): ApiFailure {
  if (err instanceof GenqlError) {
    const first = err.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof ext.code === 'string' ? ext.code : 'INTERNAL',
      message: first?.message ?? 'Something went wrong',
      requiredPlan: typeof ext.requiredPlan === 'string' ? ext.requiredPlan : undefined,
      feature: typeof ext.feature === 'string' ? ext.feature : undefined,
      field: typeof ext.field === 'string' ? ext.field : undefined,
    };
  }
  if (err instanceof TypeError) return { code: 'NETWORK', message: 'The server cannot be reached. Check your connection and try again.' };
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : 'Something went wrong' };
}

/** A refusal made outside GraphQL, as a coded GraphQL error (Genql throws it as a GenqlError). */
const refused = (message: string, code: string): ExecutionResult => ({ data: null, errors: [Object.assign(new Error(message), { extensions: { code } })] });

export const gql = createClient({
  // Parse the JSON whatever the status (400 for a bad query, 429 when rate-limited) so every
  // answer carries its coded errors.
  fetcher: async (operation) => {
    const token = auth.token();
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(operation),
    });
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('json')) {
      const body = (await res.json()) as ExecutionResult & { error?: { code?: unknown; message?: unknown } };
      // Refused before GraphQL ran (503 load shedding, the connection cap): the REST error shape
      // `{ error: { code, message } }`. Without this the page got no data and no error, and showed
      // "… data is undefined" instead of retrying (SERVICE_UNAVAILABLE is retried) or saying why.
      if (body && !('data' in body) && !('errors' in body) && body.error) {
        const code = typeof body.error.code === 'string' ? body.error.code : 'INTERNAL';
        const message = typeof body.error.message === 'string' ? body.error.message : `The server answered ${res.status}`;
        return refused(message, code);
      }
      return body;
    }
    const code = res.status === 429 ? 'RATE_LIMITED' : res.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
    return refused(res.status === 429 ? 'Too many attempts; wait a minute and try again' : `The server answered ${res.status}`, code);
  },
});

let ws: WsClient | null = null;

function wsClient(): WsClient {
  if (!ws) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    ws = createWsClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: () => ({ authorization: `Bearer ${auth.token() ?? ''}` }),
    });
  }
  return ws;
}

function closeSubscriptions(): void {
  if (ws) void ws.dispose();
  ws = null;
}

/** Subscribes with a typed Genql selection; returns the unsubscribe function. */
export function subscribe<R extends SubscriptionGenqlSelection>(selection: R, onData: (data: SubscriptionResult<R>) => void): () => void {
  const op = generateSubscriptionOp(selection);
  return wsClient().subscribe<SubscriptionResult<R>>(
    { query: op.query, variables: op.variables },
    {
      next: (msg) => {
        if (msg.data) onData(msg.data as SubscriptionResult<R>);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
