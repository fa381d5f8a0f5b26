// The agent's own evaluation: `npm run eval [-- --split tune|heldout|all] [--verbose] [--check]`.
//
// Starts the app in-process on the embedded defaults (local provider, in-memory PGlite, memory
// sessions), creates one business per knowledge base through the GraphQL API (signUp, setPlan
// with the platform operator token, createKnowledgeItem), then talks to the PUBLIC chat API as a
// visitor would: a fresh chat session per item. Prints ONE JSON line on stdout; --verbose prints
// each failure with the agent's reply on stderr. --check exits 1 when a split is below a floor.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSessionStore } from '../src/sessions/index.js';
import { scoreAnswer, type AnswerItem, type AnswerOutcome } from './score.js';
import { triageMetrics, type TriageItem, type TriageOutcome } from './triage-metrics.js';
import { runTriageItem, type ChatClient } from './visitor.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, 'data');

export const FLOORS = { coveredAccuracy: 0.85, inventedFacts: 0, saidDontKnow: 0.9, emergencyRecall: 0.97, emergencyPrecision: 0.9, priorityAccuracy: 0.8 };

interface KbSpec {
  id: string;
  businessName: string;
  trade: string;
  items: Array<{ title: string; file: string }>;
}

function readJsonl<T>(file: string): T[] {
  let text: string;
  try {
    text = readFileSync(join(dataDir, file), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

function args(argv: string[]) {
  const split = (() => {
    const i = argv.indexOf('--split');
    const v = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith('--split='))?.slice(8) ?? 'all');
    if (v !== 'tune' && v !== 'heldout' && v !== 'all') throw new Error('--split must be tune, heldout or all');
    return v;
  })();
  // --ids a,b: only these items (a quick look at a few while working; metrics then cover only them).
  const idsArg = (() => {
    const i = argv.indexOf('--ids');
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--ids='))?.slice(6);
  })();
  const ids = idsArg ? new Set(idsArg.split(',').map((s) => s.trim()).filter(Boolean)) : null;
  if (ids && split !== 'tune') throw new Error('--ids looks at tune items only: add --split tune');
  return { split, ids, verbose: argv.includes('--verbose') || !!ids, check: argv.includes('--check') };
}

async function startApp(adminToken: string): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  // The embedded defaults, whatever the caller's environment says: no OpenAI, no Redis, no
  // external database. The per-minute limits are raised: the eval sends ~2000 messages in about a minute.
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', MAX_EVENT_LOOP_DELAY: '0' }),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PLATFORM_ADMIN_TOKEN: adminToken,
    CHAT_RATE_LIMIT_PER_MINUTE: 1_000_000,
    CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 1_000_000,
    CHAT_IDLE_END: 0,
  };
  const logger = { warn() {}, info() {} };
  const database = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
  await migrateToLatest(database.db);
  const sessions = await createSessionStore({ logger, keyPrefix: 'eval:' });
  const app = await buildApp(config, { database, sessions, skipMigrations: true });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await sessions.close();
      await database.close();
    },
  };
}

async function gql(app: FastifyInstance, query: string, variables: Record<string, unknown>, token?: string, remoteAddress?: string): Promise<Record<string, any>> {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    ...(remoteAddress ? { remoteAddress } : {}),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: { query, variables },
  });
  const body = res.json() as { data?: Record<string, any>; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data!;
}

/** Creates the business of one knowledge base the way an owner would, through GraphQL. */
async function createBusiness(app: FastifyInstance, kb: KbSpec, adminToken: string, n: number): Promise<{ businessId: string; token: string }> {
  const signUpInput: Record<string, unknown> = {
    businessName: kb.businessName,
    email: `owner-${kb.id}-${randomBytes(3).toString('hex')}@eval.local`,
    password: `eval-${randomBytes(8).toString('hex')}`,
    name: 'Eval Owner',
  };
  // `trade` is an optional addition to SignUpInput; send it only when the schema has it.
  const hasTrade = await gql(app, '{ __type(name: "SignUpInput") { inputFields { name } } }', {}).then(
    (d) => (d.__type?.inputFields ?? []).some((f: { name: string }) => f.name === 'trade'),
    () => false,
  );
  let tradeValue: string | null = null;
  if (hasTrade) {
    const t = await gql(app, '{ __type(name: "SignUpInput") { inputFields { name type { name kind ofType { name } } } } }', {});
    const field = (t.__type.inputFields as Array<{ name: string; type: { name: string | null; ofType: { name: string } | null } }>).find((f) => f.name === 'trade')!;
    const typeName = field.type.name ?? field.type.ofType?.name;
    if (typeName && typeName !== 'String') {
      const e = await gql(app, `{ __type(name: "${typeName}") { enumValues { name } } }`, {});
      const values = (e.__type?.enumValues ?? []).map((v: { name: string }) => v.name) as string[];
      tradeValue = values.find((v) => v.toUpperCase().includes(kb.trade.toUpperCase())) ?? values.find((v) => /OTHER/i.test(v)) ?? null;
    } else tradeValue = kb.trade;
  }
  if (tradeValue) signUpInput.trade = tradeValue;
  // Each owner signs up from their own address (the per-address sign-up limit is for one person).
  const { signUp } = await gql(app, 'mutation($input: SignUpInput!) { signUp(input: $input) { token businessId } }', { input: signUpInput }, undefined, `10.255.0.${n + 1}`);
  await gql(app, 'mutation($id: ID!) { setPlan(businessId: $id, plan: PRO) { id } }', { id: signUp.businessId }, adminToken);
  for (const item of kb.items) {
    const content = readFileSync(join(dataDir, 'kb', item.file), 'utf8');
    const { createKnowledgeItem } = await gql(
      app,
      'mutation($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { id status } }',
      { input: { title: item.title, content, format: 'MARKDOWN' } },
      signUp.token,
    );
    if (createKnowledgeItem.status !== 'READY') throw new Error(`knowledge item ${item.title} is ${createKnowledgeItem.status}`);
  }
  return { businessId: signUp.businessId, token: signUp.token };
}

function chatClient(app: FastifyInstance): ChatClient {
  // Each item is a different visitor, so each session comes from its own address (the per-address
  // limits on session starts and messages then apply to one visitor, as they do for real).
  let visitors = 0;
  const addressOf = new Map<string, string>();
  return {
    async start(businessId) {
      const n = ++visitors;
      const remoteAddress = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId }, remoteAddress });
      if (res.statusCode !== 201) throw new Error(`POST /api/chat ${res.statusCode}: ${res.body}`);
      const sessionId = (res.json() as { sessionId: string }).sessionId;
      addressOf.set(sessionId, remoteAddress);
      return sessionId;
    },
    async send(sessionId, text) {
      const res = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text }, remoteAddress: addressOf.get(sessionId) });
      if (res.statusCode !== 200) throw new Error(`POST /api/chat/:id/message ${res.statusCode}: ${res.body}`);
      return res.json();
    },
  };
}

function ratio(n: number, d: number): number | null {
  return d ? Math.round((n / d) * 1000) / 1000 : null;
}

function answerMetrics(outcomes: AnswerOutcome[]) {
  const covered = outcomes.filter((o) => o.covered);
  const uncovered = outcomes.filter((o) => !o.covered);
  const perKb: Record<string, { n: number; accuracy: number | null }> = {};
  for (const kb of [...new Set(outcomes.map((o) => o.kb))].sort()) {
    const of = outcomes.filter((o) => o.kb === kb);
    perKb[kb] = { n: of.length, accuracy: ratio(of.filter((o) => o.pass).length, of.length) };
  }
  return {
    n: outcomes.length,
    accuracy: ratio(outcomes.filter((o) => o.pass).length, outcomes.length),
    answerable: { n: covered.length, accuracy: ratio(covered.filter((o) => o.pass).length, covered.length) },
    unanswerable: {
      n: uncovered.length,
      accuracy: ratio(uncovered.filter((o) => o.pass).length, uncovered.length),
      saidDontKnow: ratio(uncovered.filter((o) => o.saidDontKnow).length, uncovered.length),
      inventedFacts: uncovered.filter((o) => o.invented).length,
    },
    perKb,
    failing: outcomes.filter((o) => !o.pass).map((o) => o.id),
  };
}

async function main() {
  const started = Date.now();
  const opts = args(process.argv.slice(2));
  const kbs = JSON.parse(readFileSync(join(dataDir, 'kbs.json'), 'utf8')) as KbSpec[];
  const questions = readJsonl<AnswerItem>('questions.jsonl');
  const triage = readJsonl<TriageItem>('triage.jsonl');
  const splits = opts.split === 'all' ? (['tune', 'heldout'] as const) : ([opts.split] as const);
  const adminToken = randomBytes(24).toString('hex');
  const { app, close } = await startApp(adminToken);
  // Held-out failures are counted, never shown: nobody tunes on what they cannot see.
  const log = (s: string, split: string) => opts.verbose && split === 'tune' && process.stderr.write(`${s}\n`);
  try {
    const businesses = new Map<string, string>();
    for (const [n, kb] of kbs.entries()) businesses.set(kb.id, (await createBusiness(app, kb, adminToken, n)).businessId);
    const businessOf = (kb: string) => businesses.get(kb) ?? businesses.get(kbs[0]!.id)!;
    const chat = chatClient(app);

    const answerOutcomes: AnswerOutcome[] = [];
    const picked = (x: { id: string; split: string }) => (splits as readonly string[]).includes(x.split) && (!opts.ids || opts.ids.has(x.id));
    for (const q of questions.filter(picked)) {
      const session = await chat.start(businessOf(q.kb));
      const r = await chat.send(session, q.text);
      const o = scoreAnswer(q, String(r.reply ?? ''));
      answerOutcomes.push(o);
      if (!o.pass || opts.ids) log(`ANSWER ${o.pass ? 'PASS' : 'FAIL'} ${q.id} [${q.split}] ${JSON.stringify(q.text)}\n  reply: ${JSON.stringify(r.reply)}\n  ${o.why}`, q.split);
    }

    const triageOutcomes: TriageOutcome[] = [];
    for (const item of triage.filter(picked)) {
      const o = await runTriageItem(chat, businessOf(item.kb), item);
      triageOutcomes.push(o);
      if (o.emergency !== item.emergency || o.priority !== item.priority) {
        log(`TRIAGE FAIL ${item.id} [${item.split}] ${JSON.stringify(item.text)} expected emergency=${item.emergency} ${item.priority}, got emergency=${o.emergency} ${o.priority}\n  first reply: ${JSON.stringify(o.firstReply)}`, item.split);
      }
    }

    const result: Record<string, unknown> = { provider: 'local', floors: FLOORS };
    let ok = true;
    for (const split of splits) {
      const a = answerMetrics(answerOutcomes.filter((o) => o.split === split));
      const t = triageMetrics(triageOutcomes.filter((o) => o.split === split));
      const below: string[] = [];
      if ((a.answerable.accuracy ?? 0) < FLOORS.coveredAccuracy) below.push('answer accuracy (covered)');
      if (a.unanswerable.inventedFacts > FLOORS.inventedFacts) below.push('invented facts');
      if ((a.unanswerable.saidDontKnow ?? 0) < FLOORS.saidDontKnow) below.push('"don\'t know" rate');
      if (t.n) {
        if ((t.emergency.recall ?? 0) < FLOORS.emergencyRecall) below.push('emergency recall');
        if ((t.emergency.precision ?? 0) < FLOORS.emergencyPrecision) below.push('emergency precision');
        if ((t.priority.accuracy ?? 0) < FLOORS.priorityAccuracy) below.push('priority accuracy');
      } else below.push('no triage data');
      if (below.length) ok = false;
      result[split] = { answers: a, triage: t, belowFloors: below };
    }
    result.pass = ok;
    result.seconds = Math.round((Date.now() - started) / 100) / 10;
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (opts.check && !ok) process.exitCode = 1;
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`eval failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 2;
});
