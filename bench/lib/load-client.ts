import { Agent, request } from 'node:http';
import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';

// The load generator, run in its own process by harness.ts (never in the server's): it gets
// one spec over IPC, prepares (chat sessions), says 'start', runs, and sends the result.

export type ClientSpec =
  | {
      kind: 'autocannon';
      url: string;
      method: string;
      headers: Record<string, string>;
      body?: string;
      connections: number;
      seconds: number;
    }
  | {
      kind: 'chat';
      baseUrl: string;
      businessId: string;
      script: string[];
      seconds: number;
      /** Open loop: this many messages per second, latency counted from each one's scheduled time. */
      rate?: number;
      /** Closed loop: this many visitors, each sending its next message when the last is answered. */
      concurrency?: number;
    }
  | {
      kind: 'asana-webhooks';
      /** One entry per registered webhook: where Asana would deliver, its secret, its project. */
      hooks: Array<{ target: string; secret: string; resource: string }>;
      deliveries: number;
      concurrency: number;
    };

export interface ClientResult {
  requests: number;
  seconds: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  /** Chat only: replies that announced a captured lead, and sessions used. */
  leads?: number;
  sessions?: number;
  /** Open loop only: messages that came due while every session awaited a reply (queued, latency counted from the due time). */
  waitedForSession?: number;
  /** Open loop only: messages still queued when the window plus as long again had passed (counted in errors). */
  unsent?: number;
}

async function runAutocannon(spec: Extract<ClientSpec, { kind: 'autocannon' }>): Promise<ClientResult> {
  process.send!({ type: 'start' });
  const r = await autocannon({ url: spec.url, method: spec.method, headers: spec.headers, body: spec.body, connections: spec.connections, duration: spec.seconds });
  return { requests: r.requests.total, seconds: r.duration, p50Ms: r.latency.p50, p90Ms: r.latency.p90, p99Ms: r.latency.p99, maxMs: r.latency.max, non2xx: r.non2xx, errors: r.errors };
}

function percentiles(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { p50Ms: pct(50), p90Ms: pct(90), p99Ms: pct(99), maxMs: sorted.at(-1) ?? 0 };
}

async function runChat(spec: Extract<ClientSpec, { kind: 'chat' }>): Promise<ClientResult> {
  const url = new URL(spec.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const post = (path: string, body: unknown) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = request(
        { host: url.hostname, port: url.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  let errors = 0;
  let non2xx = 0;
  let leads = 0;
  let sessions = 0;
  const startSession = async (): Promise<string | undefined> => {
    const r = await post('/api/chat', { businessId: spec.businessId }).catch(() => undefined);
    if (!r) errors++;
    else if (r.status !== 201) non2xx++;
    else {
      sessions++;
      return (JSON.parse(r.body) as { sessionId: string }).sessionId;
    }
    return undefined;
  };
  const latencies: number[] = [];
  const send = async (sessionId: string, text: string, from: number) => {
    const r = await post(`/api/chat/${sessionId}/message`, { text }).catch(() => undefined);
    latencies.push(performance.now() - from);
    if (!r) errors++;
    else if (r.status !== 200) non2xx++;
    else if (r.body.includes('"lead"')) leads++;
  };

  if (spec.rate) {
    // Sessions are started before the window (a start is not a message): enough for every
    // message of the window, each visitor walking the script one message at a time.
    const total = Math.round(spec.rate * spec.seconds);
    const need = Math.ceil(total / spec.script.length) + 32;
    const idle: Array<{ id: string; step: number }> = [];
    for (let i = 0; i < need; i += 16) {
      const ids = await Promise.all(Array.from({ length: Math.min(16, need - i) }, startSession));
      for (const id of ids) if (id) idle.push({ id, step: 0 });
    }
    const startErrors = errors + non2xx;
    errors = 0;
    non2xx = 0;
    if (idle.length === 0) throw new Error(`no chat session could be started (${startErrors} failures)`);
    process.send!({ type: 'start' });
    const t0 = performance.now();
    const inflight = new Set<Promise<void>>();
    // A message due while every session is waiting for a reply queues here (its latency still
    // counts from its due time): the generator never drops or delays load the server is slow on.
    const due: number[] = [];
    let waited = 0;
    let unsent = 0;
    const dispatch = () => {
      while (due.length && idle.length) {
        const v = idle.shift()!;
        const p = send(v.id, spec.script[v.step]!, due.shift()!).then(() => {
          if (++v.step < spec.script.length) idle.push(v);
          inflight.delete(p);
          dispatch();
        });
        inflight.add(p);
      }
    };
    for (let i = 0; i < total; i++) {
      const at = t0 + (i * 1000) / spec.rate;
      const wait = at - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      due.push(at);
      if (!idle.length) waited++;
      dispatch();
    }
    // An overloaded server gets as long again as the schedule to catch up; what is still
    // queued then is reported as unsent (errors), never silently dropped.
    const giveUp = t0 + 2 * spec.seconds * 1000;
    while (due.length || inflight.size) {
      if (due.length && performance.now() > giveUp) unsent += due.splice(0).length;
      if (!inflight.size && !idle.length) {
        errors += due.splice(0).length; // every session finished its script (cannot happen with the pool above)
        break;
      }
      await Promise.race([...inflight, new Promise((r) => setTimeout(r, 50))]);
    }
    const seconds = (performance.now() - t0) / 1000;
    agent.destroy();
    return { requests: latencies.length, seconds, ...percentiles(latencies), non2xx, errors: errors + unsent, leads, sessions, waitedForSession: waited, unsent };
  }

  // Closed loop: `concurrency` visitors, each runs the script (a new session when it ends).
  process.send!({ type: 'start' });
  const t0 = performance.now();
  const deadline = t0 + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.concurrency ?? 16 }, async () => {
      while (performance.now() < deadline) {
        const id = await startSession();
        if (!id) continue;
        for (const text of spec.script) {
          if (performance.now() >= deadline) return;
          await send(id, text, performance.now());
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { requests: latencies.length, seconds, ...percentiles(latencies), non2xx, errors, leads, sessions };
}

/** Signed Asana webhook deliveries (a task changed), `concurrency` in flight. */
async function runAsanaWebhooks(spec: Extract<ClientSpec, { kind: 'asana-webhooks' }>): Promise<ClientResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let next = 0;
  process.send!({ type: 'start' });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      while (next < spec.deliveries) {
        const i = next++;
        const hook = spec.hooks[i % spec.hooks.length]!;
        const body = JSON.stringify({ events: [{ action: 'changed', resource: { gid: `${hook.resource}0`, resource_type: 'task' }, parent: { gid: hook.resource, resource_type: 'project' }, created_at: new Date(Date.now() + i).toISOString() }] });
        const started = performance.now();
        try {
          const res = await fetch(hook.target, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': createHmac('sha256', hook.secret).update(body).digest('hex') }, body });
          await res.text();
          if (res.status !== 200) non2xx++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { requests: latencies.length, seconds: (performance.now() - t0) / 1000, ...percentiles(latencies), non2xx, errors };
}

const RUNNERS = { autocannon: runAutocannon, chat: runChat, 'asana-webhooks': runAsanaWebhooks } as const;

process.once('message', (spec: ClientSpec) => {
  (RUNNERS[spec.kind] as (s: ClientSpec) => Promise<ClientResult>)(spec).then(
    (result) => process.send!({ type: 'done', result }, () => process.exit(0)),
    (err: unknown) => process.send!({ type: 'error', message: (err as Error).stack ?? String(err) }, () => process.exit(1)),
  );
});
// The server process is gone (crashed or killed): stop generating load.
process.on('disconnect', () => process.exit(1));
