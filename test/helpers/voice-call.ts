import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/config.js';
import { buildTestApp, createTestBusiness } from './app.js';
import { startFakeRealtime } from './openai-realtime-fake.js';
import { seedDemo } from '../../src/seed/demo.js';
import { TwilioSim, newCallSid } from './twilio-sim.js';
import { startTwilioRestFake } from './twilio-rest-fake.js';

// Voice tests import these from here; they live in the one helpers module.
export { sleep, until } from './common.js';

/**
 * The real app listening on loopback with realtime voice configured against a fake OpenAI
 * Realtime server, a Twilio simulator, and a PRO business on `number`.
 */
export async function startRealtimeCallApp(
  t: { teardown(fn: () => unknown): void },
  opts: {
    number: string;
    authToken: string;
    publicBaseUrl: string;
    config?: Partial<Config>;
    /** Point the app's Twilio REST client at this account (the REST fake's). */
    account?: { accountSid: string; apiBaseUrl: string };
    businessName?: string;
  },
) {
  const fake = await startFakeRealtime({ apiKey: 'sk-test-realtime' });
  t.teardown(() => fake.close());
  const { app, database } = await buildTestApp(t, {
    config: {
      TWILIO_AUTH_TOKEN: opts.authToken,
      TWILIO_ACCOUNT_SID: opts.account?.accountSid ?? 'ACtest',
      ...(opts.account ? { TWILIO_API_BASE_URL: opts.account.apiBaseUrl } : {}),
      PUBLIC_BASE_URL: opts.publicBaseUrl,
      OPENAI_API_KEY: 'sk-test-realtime',
      OPENAI_REALTIME_URL: fake.url,
      ...opts.config,
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sim = new TwilioSim({ serverUrl, publicBaseUrl: opts.publicBaseUrl, authToken: opts.authToken, accountSid: opts.account?.accountSid });
  const business = await createTestBusiness(app, { plan: 'PRO', twilioNumber: opts.number, name: opts.businessName });

  /** Dials in, opens the media stream, and waits for the session.update on the OpenAI side. */
  async function placeCall(from = '+15557770000') {
    const callSid = newCallSid();
    const index = fake.connections.length;
    const answer = await sim.inbound({ callSid, from, to: opts.number });
    if (!answer.twiml?.stream) throw new Error(`expected <Stream>: ${answer.body}`);
    const call = await sim.openStream(answer.twiml, { callSid });
    const rt = await fake.connection(index);
    await rt.waitFor('session.update');
    return { call, rt, callSid };
  }

  return { app, database, fake, sim, serverUrl, business, placeCall };
}

/**
 * The real app listening on loopback with no OpenAI key (the <Gather> speech loop), a Twilio
 * simulator, and the demo business seeded on `number` with its knowledge ingested.
 */
export async function startGatherCallApp(
  t: { teardown(fn: () => unknown): void },
  opts: {
    number: string;
    authToken: string;
    publicBaseUrl: string;
    /** Point the app's Twilio REST client at this account (the REST fake's). */
    account?: { accountSid: string; apiBaseUrl: string };
  },
) {
  const account = opts.account ? { TWILIO_ACCOUNT_SID: opts.account.accountSid, TWILIO_API_BASE_URL: opts.account.apiBaseUrl } : {};
  const { app, database } = await buildTestApp(t, { config: { TWILIO_AUTH_TOKEN: opts.authToken, PUBLIC_BASE_URL: opts.publicBaseUrl, MAX_EVENT_LOOP_DELAY: 0, ...account } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const sim = new TwilioSim({ serverUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, publicBaseUrl: opts.publicBaseUrl, authToken: opts.authToken });
  const seeded = await seedDemo(database.db, { phoneNumber: opts.number, ownerEmail: 'owner@demo.local', ownerPassword: 'demo-password-123' });
  await app.services.knowledge.ingestPending();
  return { app, database, db: database.db, sim, businessId: seeded.businessId! };
}

/**
 * A business as a real owner creates one, called through the Gather loop (no OpenAI key): signed up
 * through GraphQL with a trade and a timezone, raised to PRO by the operator, a number bought on
 * the platform's Twilio account (the REST fake), its hours, phone and notification phone set, and
 * its own knowledge (a Markdown file under test/fixtures/) pasted in and ingested. `now` is the
 * app's clock (tests move it to try opening hours).
 */
export async function startSignedUpCallApp(
  t: { teardown(fn: () => unknown): void },
  opts: {
    publicBaseUrl: string;
    businessName: string;
    trade: string;
    timezone: string;
    /** Path under test/fixtures/. */
    knowledge: string;
    weekly: Array<{ day: string; ranges: Array<{ open: string; close: string }> }>;
    phoneNumber: string;
    notificationPhoneNumber: string;
    now: () => number;
    config?: Partial<Config>;
  },
) {
  const rest = await startTwilioRestFake(t);
  const { app, database } = await buildTestApp(t, {
    config: { TWILIO_ACCOUNT_SID: rest.accountSid, TWILIO_AUTH_TOKEN: rest.authToken, TWILIO_API_BASE_URL: rest.url, TWILIO_FROM_NUMBER: '+15555550199', PUBLIC_BASE_URL: opts.publicBaseUrl, MAX_EVENT_LOOP_DELAY: 0, ...opts.config },
    overrides: { now: opts.now },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const sim = new TwilioSim({ serverUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, publicBaseUrl: opts.publicBaseUrl, authToken: rest.authToken, accountSid: rest.accountSid });
  const gql = async (token: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', remoteAddress: '10.31.0.1', headers: token ? { authorization: `Bearer ${token}` } : {}, payload: { query, variables } });
    const body = res.json() as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const email = `owner-${randomBytes(4).toString('hex')}@example.com`;
  const signed = await gql(null, 'mutation($i: SignUpInput!) { signUp(input: $i) { token businessId } }', {
    i: { businessName: opts.businessName, email, password: 'a good long password', trade: opts.trade, timezone: opts.timezone },
  });
  const token = signed.signUp.token as string;
  const businessId = signed.signUp.businessId as string;
  await database.db.updateTable('businesses').set({ plan: 'PRO' }).where('id', '=', businessId).execute();
  const available = await gql(token, '{ availablePhoneNumbers { phoneNumber } }');
  const number = available.availablePhoneNumbers[0].phoneNumber as string;
  await gql(token, 'mutation($n: String!) { provisionPhoneNumber(phoneNumber: $n) { id } }', { n: number });
  await gql(token, 'mutation($i: UpdateBusinessInput!) { updateBusiness(input: $i) { id } }', { i: { phoneNumber: opts.phoneNumber, businessHours: { weekly: opts.weekly } } });
  await gql(token, 'mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { id } }', { i: { notificationPhoneNumber: opts.notificationPhoneNumber } });
  await gql(token, 'mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }', {
    i: { title: opts.businessName, content: readFileSync(new URL(`../fixtures/${opts.knowledge}`, import.meta.url), 'utf8') },
  });
  await app.services.knowledge.ingestPending(10);
  return { app, db: database.db, sim, rest, businessId, number, email, token, gql };
}

/**
 * A caller on a signed-up business's line (startSignedUpCallApp), through the Gather loop: each turn
 * is Twilio posting what it heard (null: the caller said nothing). `heard` collects every <Say>,
 * the greeting first; `talk` says each line in turn and returns the prompts heard back.
 */
export async function dialGather(app: Pick<Awaited<ReturnType<typeof startSignedUpCallApp>>, 'sim' | 'rest' | 'number' | 'db'>, from: string) {
  const { sim, rest, number, db } = app;
  const callSid = newCallSid();
  rest.addInboundCall(callSid, from, number);
  const answer = await sim.inbound({ callSid, from, to: number });
  if (!answer.twiml?.gather) throw new Error(`expected the Gather loop: ${answer.body}`);
  const heard: string[] = [answer.twiml.gather.prompt];
  const turn = async (speech: string | null) => {
    const res = await sim.webhook('/api/voice/gather', { CallSid: callSid, From: from, To: number, ...(speech === null ? {} : { SpeechResult: speech, Confidence: '0.9' }) });
    if (res.status !== 200 || !res.twiml) throw new Error(`gather turn failed: ${res.status} ${res.body}`);
    heard.push(...res.twiml.says);
    return res.twiml;
  };
  const talk = async (...lines: string[]) => {
    const prompts: string[] = [];
    for (const line of lines) prompts.push((await turn(line)).gather?.prompt ?? '');
    return prompts;
  };
  const hangUp = () => sim.webhook('/api/voice/status', { CallSid: callSid, From: from, To: number, CallStatus: 'completed', CallDuration: '45' });
  const conversation = () => db.selectFrom('conversations').selectAll().where('call_sid', '=', callSid).executeTakeFirstOrThrow();
  const leads = async () => db.selectFrom('leads').selectAll().where('conversation_id', '=', (await conversation()).id).execute();
  return { callSid, greeting: answer.twiml.gather.prompt, heard, turn, talk, hangUp, conversation, leads };
}
