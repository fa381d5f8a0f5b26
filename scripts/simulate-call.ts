// A simulated phone call against the running server: Twilio (simulated: signed webhook, signed
// media stream, 20 ms frames, a real-time playback clock) calls the demo business, and a
// scripted OpenAI Realtime stand-in (scripts/fakes/openai-realtime-fake.ts, GA protocol)
// plays the model. The caller is greeted, asks a knowledge question, interrupts twice,
// reports a burst pipe (URGENT lead + owner phone alert) and hangs up; the transcript,
// summary and call analytics are then read back through GraphQL. With its own server it then
// plays Twilio for the owner alert (answering-machine detection: the first contact's voicemail
// gets the alert, the second contact is a person who presses 1, with an SMS beside each call)
// and for a second caller whom the agent warm-transfers to the business (whisper, press 1).
//
//   npm run call:simulate                 starts its own server (npm start settings, temp data)
//   npm run call:simulate -- --url http://127.0.0.1:3000 [--public https://your.public.url]
//        against a server you started with the variables printed by `--print-env`
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeRealtime, type FakeRealtimeConnection } from './fakes/openai-realtime-fake.js';
import { TwilioSim, newCallSid, parseTwiml } from './fakes/twilio-sim.js';
import { startTwilioRestFake, type TwilioRestFake } from './fakes/twilio-rest-fake.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const FAKE_PORT = Number(arg('fake-port') ?? 8089);
const AUTH_TOKEN = process.env.TWILIO_AUTH_TOKEN ?? 'simulated-twilio-auth-token';
const API_KEY = 'sk-simulated';
const DEMO_NUMBER = process.env.DEMO_PHONE_NUMBER ?? '+15555550100';
const OWNER_EMAIL = process.env.DEMO_OWNER_EMAIL ?? 'owner@demo.local';
const OWNER_PASSWORD = process.env.DEMO_OWNER_PASSWORD ?? 'simulated-owner-password';
const CALLER = '+15557770123';
const SECOND_CALLER = '+15557770456';
/** The demo business's escalation ladder during the simulation (valid E.164 numbers). */
const LADDER = ['+14155550111', '+14155550112'];
/** The first attribute `name` of the first `tag` element in `xml`, entities decoded. */
const attr = (xml: string, tag: string, name: string): string => {
  const el = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  return (new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] ?? '').replace(/&amp;/g, '&');
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * fetch, sent again while the server sheds load (503 with Retry-After: it refused before reading
 * the request, so sending again is safe), as it may for a while after starting on a busy machine.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, init);
    if (res.status !== 503 || attempt >= 20) return res;
    await res.arrayBuffer();
    await sleep(Math.min(5, Number(res.headers.get('retry-after')) || 1) * 1000);
  }
}
const log = (...a: unknown[]) => console.log(...a);

function serverEnv(port: number, dataDir: string, rest?: TwilioRestFake): Record<string, string> {
  return {
    ...(rest ? { TWILIO_ACCOUNT_SID: rest.accountSid, TWILIO_API_BASE_URL: rest.url, TWILIO_FROM_NUMBER: '+15555550100' } : {}),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    TWILIO_AUTH_TOKEN: rest?.authToken ?? AUTH_TOKEN,
    OPENAI_API_KEY: API_KEY,
    OPENAI_REALTIME_URL: `ws://127.0.0.1:${FAKE_PORT}/v1/realtime`,
    OPENAI_BASE_URL: `http://127.0.0.1:${FAKE_PORT}/v1`,
    DEMO_OWNER_PASSWORD: OWNER_PASSWORD,
    LOG_LEVEL: 'warn',
  };
}

if (args.includes('--print-env')) {
  for (const [k, v] of Object.entries(serverEnv(3000, './data'))) log(`${k}=${v}`);
  process.exit(0);
}

async function waitForHealth(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error(`server at ${url} did not become healthy`);
}

/** The model's side of the conversation, driven by what the bridge sends. */
function scriptModel(conn: FakeRealtimeConnection, state: { knowledge?: string }): void {
  conn.responseHandler = (c, ev) => {
    const instructions = String((ev.response as { instructions?: string } | undefined)?.instructions ?? '');
    const greeting = /saying exactly this and nothing else: "(.*)"/.exec(instructions)?.[1];
    if (greeting) return void c.speak(1500, { fill: 0x11, transcript: greeting });
    // Right after a search_knowledge result, answer from it (as the model would).
    const prev = c.events[c.events.length - 2];
    const output = prev?.type === 'conversation.item.create' ? String((prev.item as { output?: string }).output ?? '') : '';
    const price = /\$\d+/.exec(output)?.[0];
    if (price && output.includes('passages')) {
      state.knowledge = `A standard call-out costs ${price}, including the first 30 minutes of labour.`;
      return void c.speak(2500, { fill: 0x22, transcript: state.knowledge });
    }
    if (/goodbye/i.test(output)) return void c.speak(1000, { fill: 0x55, transcript: 'Thanks for calling Demo Plumbing. Help is on the way. Goodbye!' });
    if (/being alerted/.test(output)) return void c.speak(1200, { fill: 0x33, transcript: 'I have alerted the owner. Please turn off the main water valve if you can do it safely.' });
    void c.speak(800, { fill: 0x33, transcript: 'Got it, thank you.' });
  };
}

async function main(): Promise<void> {
  const fake = await startFakeRealtime({ apiKey: API_KEY, port: FAKE_PORT });
  let server: ChildProcess | undefined;
  let rest: TwilioRestFake | undefined;
  let authToken = AUTH_TOKEN;
  let dataDir: string | undefined;
  let url = arg('url');
  try {
    if (!url) {
      const port = 3900 + Math.floor(Math.random() * 500);
      dataDir = mkdtempSync(join(tmpdir(), 'smb-call-sim-'));
      // A stand-in for Twilio's REST API too: transfer, hang-up and the owner's alert call.
      rest = await startTwilioRestFake(undefined, { accountSid: `AC${'5'.repeat(32)}` });
      authToken = rest.authToken;
      log(`starting the server on :${port} (data in ${dataDir})`);
      server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, ...serverEnv(port, dataDir, rest) }, stdio: ['ignore', 'ignore', 'inherit'] });
      url = `http://127.0.0.1:${port}`;
    }
    await waitForHealth(url);
    const publicBase = arg('public') ?? (server ? url : (process.env.PUBLIC_BASE_URL ?? url));
    const login = await send(`${url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: OWNER_EMAIL, password: OWNER_PASSWORD }) });
    if (!login.ok) throw new Error(`demo owner login failed (${login.status}): set DEMO_OWNER_EMAIL / DEMO_OWNER_PASSWORD as the server has them`);
    const { token } = (await login.json()) as { token: string };
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const r = (await (await send(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) })).json()) as { data?: any; errors?: unknown[] };
      if (r.errors || !r.data) throw new Error(`GraphQL: ${JSON.stringify(r.errors ?? r).slice(0, 300)}`);
      return r.data;
    };
    // The demo knowledge is embedded in the background on first start.
    for (let i = 0; i < 100; i++) {
      const items = (await gql('{ knowledgeItems { status } }')).knowledgeItems as Array<{ status: string }>;
      if (items.length && items.every((k) => k.status === 'READY')) break;
      await sleep(500);
    }

    if (rest) {
      // Two contacts on the emergency ladder, so the alert can go on after a voicemail.
      const set = await gql(`mutation($c: [String!]) { updateNotificationSettings(input: { escalationContacts: $c }) { notificationSettings { escalationContacts } } }`, { c: LADDER });
      log(`escalation ladder: ${set.updateNotificationSettings.notificationSettings.escalationContacts.join(' -> ')}`);
    }
    const sim = new TwilioSim({ serverUrl: url, publicBaseUrl: publicBase, authToken, accountSid: rest?.accountSid });
    const callSid = newCallSid();
    rest?.addInboundCall(callSid, CALLER, DEMO_NUMBER);
    log(`\n1. Twilio calls ${DEMO_NUMBER} from ${CALLER} (signed webhook)`);
    const answer = await sim.inbound({ callSid, from: CALLER, to: DEMO_NUMBER });
    if (!answer.twiml?.stream) throw new Error(`expected <Connect><Stream>, got ${answer.status}: ${answer.body}`);
    log(`   TwiML: <Connect><Stream url="${answer.twiml.stream.url}"> with a signed token parameter`);
    const index = fake.connections.length;
    const state: { knowledge?: string } = {};
    const connected = fake.connection(index, 10_000).then((c) => (scriptModel(c, state), c));
    const call = await sim.openStream(answer.twiml, { callSid });
    const rt = await connected;
    call.startSpeaking(0xff);
    await rt.waitFor('session.update');
    log(`2. Media stream open; OpenAI session.update accepted: ${rt.rejections.length === 0}`);
    await rt.waitFor('response.create');
    while ((call.playedByFill.get(0x11) ?? 0) < 1500 || call.queuedMs > 0) await sleep(20);
    log(`3. Greeted first: ${Math.round(call.playedByFill.get(0x11)!)} ms of the greeting played before anything else`);

    log('4. Caller: "How much is a call-out?"');
    rt.speechStarted();
    await sleep(300);
    rt.speechStopped();
    rt.userTranscript('How much is a call-out?');
    const search = await rt.functionCall('search_knowledge', { query: 'call-out fee price' });
    const text = JSON.stringify(search.output);
    const price = /\$\d+[^".]*/.exec(text)?.[0] ?? 'unknown';
    log(`   search_knowledge -> ${price}`);
    while ((call.playedByFill.get(0x22) ?? 0) < 800) await sleep(20);
    log('5. Caller interrupts the answer (barge-in #1)');
    const clears0 = call.clears.length;
    rt.speechStarted();
    const t1 = await rt.next('conversation.item.truncate');
    // What the caller heard is what Twilio had played when the clear reached it.
    while (call.clears.length === clears0) await sleep(5);
    log(`   truncate at ${t1.audio_end_ms} ms; the caller heard ${Math.round(call.clears.at(-1)?.playedByFill.get(0x22) ?? 0)} ms`);
    rt.speechStopped();
    rt.userTranscript('Sorry, one more thing');
    const item2 = rt.speak(3000, { fill: 0x44, transcript: 'Of course, what else can I help with?' });
    while ((call.playedByFill.get(0x44) ?? 0) < 600) await sleep(20);
    log('6. Caller interrupts again (barge-in #2)');
    const clears1 = call.clears.length;
    rt.speechStarted();
    const t2 = await rt.next('conversation.item.truncate');
    while (call.clears.length === clears1) await sleep(5);
    await item2;
    log(`   truncate at ${t2.audio_end_ms} ms; the caller heard ${Math.round(call.clears.at(-1)?.playedByFill.get(0x44) ?? 0)} ms; rejected truncates: ${rt.rejections.length}`);
    rt.speechStopped();

    log('7. Caller: "A pipe burst and water is pouring into my kitchen!"');
    rt.userTranscript('A pipe burst and water is pouring into my kitchen! My name is Jane Cooper, 12 Oak Street, Springfield.');
    const em = await rt.functionCall('report_emergency', { summary: 'Burst pipe, water pouring into the kitchen', severity: 9, name: 'Jane Cooper', address: '12 Oak Street, Springfield' });
    log(`   report_emergency -> ${JSON.stringify(em.output)}`);
    const lead = await rt.functionCall('capture_lead', { name: 'Jane Cooper', address: '12 Oak Street, Springfield', issue: 'Burst pipe in the kitchen' });
    log(`   capture_lead -> ${JSON.stringify(lead.output)}`);
    await rt.functionCall('end_call', { reason: 'caller is done' });
    // The agent says goodbye; once it has played, the server hangs up (REST calls(sid).update).
    for (let i = 0; i < 400 && !(rest ? rest.updates.some((u) => u.params.Status === 'completed') : call.closeCode !== undefined); i++) await sleep(25);
    if (rest?.updates.some((u) => u.params.Status === 'completed')) log('   end_call: goodbye played, then hung up via the Twilio REST API');
    call.stop();
    await Promise.race([call.closed, sleep(2000)]);
    for (let i = 0; i < 50 && !rt.closed; i++) await sleep(20);
    log('8. Call ended (stop); the OpenAI socket closed: ' + rt.closed);
    await sleep(1000);

    const convs = await gql(`{ conversations(first: 5, filter: { channel: CALL }) { nodes { id fromNumber status summary messages { role content } callAnalytics { mode interruptions packetsIn packetsOut emergencyDetected toolCalls { tool count } turnLatency { turns totalP50Ms totalP95Ms modelP50Ms modelP95Ms bridgeP50Ms bridgeP95Ms } } } } }`);
    const conv = (convs.conversations.nodes as any[]).find((c) => c.fromNumber === CALLER);
    log('\n9. GraphQL: the call as the owner sees it');
    log(`   summary: ${conv?.summary}`);
    for (const m of conv?.messages ?? []) log(`   ${m.role.padEnd(9)} ${m.content}`);
    log(`   analytics: ${JSON.stringify(conv?.callAnalytics)}`);
    const leads = await gql(`{ leads(first: 3) { nodes { id name priority isEmergency issue } } }`);
    const urgent = (leads.leads.nodes as any[]).find((l) => l.priority === 'URGENT');
    log(`   lead: ${JSON.stringify(urgent)}`);
    const notes = await gql(`query($id: ID) { notifications(leadId: $id) { kind recipient status } }`, { id: urgent?.id });
    log(`   notifications: ${JSON.stringify(notes.notifications)}`);
    let amdOk = !rest;
    let transferOk = !rest;
    if (rest) {
      log('\n10. The owner alert, with answering-machine detection');
      const first = await rest.waitFor('alert call 1', () => rest!.creates.find((c) => c.params.To === LADDER[0]), 15_000);
      log(`   call 1 -> ${first.params.To}: MachineDetection=${first.params.MachineDetection}, AsyncAmd=${first.params.AsyncAmd}`);
      const sms1 = await rest.waitFor('SMS 1', () => rest!.messages.find((m) => m.params.To === LADDER[0]), 15_000);
      log(`   SMS -> ${sms1.params.To}: ${sms1.params.Body!.replace(/\n/g, ' | ')}`);
      const t0 = Date.now();
      log(`   Twilio: AnsweredBy=machine_end_beep (voicemail, after the beep) -> HTTP ${await rest.amd(first.sid!, 'machine_end_beep')}`);
      const vm = await rest.waitFor('voicemail TwiML', () => rest!.updates.find((u) => u.callSid === first.sid), 10_000);
      log(`   the call's TwiML is replaced: "${parseTwiml(vm.params.Twiml!).says[0]?.slice(0, 90)}..." (no press 1)`);
      const second = await rest.waitFor('alert call 2', () => rest!.creates.find((c) => c.params.To === LADDER[1]), 15_000);
      log(`   call 2 -> ${second.params.To} placed ${Date.now() - t0} ms after the machine verdict (not after the acknowledgement timeout)`);
      log(`   Twilio: AnsweredBy=human -> HTTP ${await rest.amd(second.sid!, 'human')}`);
      const gatherAction = attr(second.params.Twiml!, 'Gather', 'action');
      const pressed = await sim.webhook(gatherAction.slice(publicBase.length), { CallSid: second.sid!, Digits: '1', From: LADDER[1]! });
      log(`   the person presses 1: "${pressed.twiml?.says[0] ?? pressed.status}"`);
      const acked = await gql(`query($id: ID!) { lead(id: $id) { acknowledgedAt } }`, { id: urgent?.id }).catch(() => null);
      log(`   lead acknowledged at ${acked?.lead?.acknowledgedAt ?? '?'}; SMS sent: ${rest.messages.length}`);
      amdOk = /acknowledged/.test(pressed.body) && Boolean(acked?.lead?.acknowledgedAt) && rest.creates.length === 2;

      log('\n11. A second caller asks for a person: warm transfer');
      const callSid2 = newCallSid();
      rest.addInboundCall(callSid2, SECOND_CALLER, DEMO_NUMBER);
      const index2 = fake.connections.length;
      const answer2 = await sim.inbound({ callSid: callSid2, from: SECOND_CALLER, to: DEMO_NUMBER });
      const call2 = await sim.openStream(answer2.twiml!, { callSid: callSid2 });
      const rt2 = await fake.connection(index2, 10_000);
      await rt2.waitFor('response.create');
      rt2.userTranscript('Hi, this is Sam Park. My water heater makes a banging noise, can I talk to the plumber?');
      await sleep(200);
      const before = rest.updates.length;
      const tr = await rt2.functionCall('transfer_call', { reason: 'wants to talk to the plumber about a noisy water heater' });
      log(`   transfer_call -> ${JSON.stringify(tr.output)}`);
      const upd = await rest.waitFor('transfer TwiML', () => rest!.updates.slice(before).find((u) => u.callSid === callSid2), 10_000);
      const hold = upd.params.Twiml!;
      log(`   caller hears: "${parseTwiml(hold).says[0]}", then <Dial> ${parseTwiml(hold).dial}`);
      call2.stop();
      await Promise.race([call2.closed, sleep(2000)]);
      const whisper = await sim.webhook(attr(hold, 'Number', 'url').slice(publicBase.length), { CallSid: newCallSid(), ParentCallSid: callSid2, AnsweredBy: 'human' });
      log(`   the person answering hears: "${whisper.twiml?.says.join(' ')}"`);
      const accept = await sim.webhook(attr(whisper.body, 'Gather', 'action').slice(publicBase.length), { CallSid: newCallSid(), Digits: '1' });
      const done = await sim.webhook(attr(hold, 'Dial', 'action').slice(publicBase.length), { CallSid: callSid2, DialCallStatus: 'completed', DialCallDuration: '95' });
      log(`   press 1 -> ${accept.status}; after the conversation the call ends: ${done.twiml?.hangup === true}`);
      // The agent's part ends with the transfer: the transcript so far still gives a lead.
      const after = await gql(`{ conversations(first: 5, filter: { channel: CALL }) { nodes { fromNumber status summary leads { name phone issue } } } }`);
      const conv2 = (after.conversations as { nodes: Array<{ fromNumber: string; status: string; summary: string | null; leads: Array<{ name: string | null; phone: string | null; issue: string | null }> }> }).nodes.find((c) => c.fromNumber === SECOND_CALLER);
      log(`   the transferred call: ${conv2?.status}; "${conv2?.summary}"`);
      log(`   its lead: ${JSON.stringify(conv2?.leads[0] ?? null)}`);
      transferOk = whisper.status === 200 && /Sam Park/.test(whisper.body) && accept.status === 200 && done.twiml?.hangup === true && conv2?.leads[0]?.name === 'Sam Park';
    }
    const ok =
      conv?.summary &&
      conv?.callAnalytics?.interruptions === 2 &&
      urgent &&
      (notes.notifications as Array<{ kind: string }>).some((n) => n.kind === 'call.emergency') &&
      rt.rejections.length === 0 &&
      amdOk &&
      transferOk;
    log(`\n${ok ? 'OK' : 'FAILED'}: greeted, answered, two interruptions, emergency lead + owner alert, transcript and summary in GraphQL${rest ? ', voicemail detected and a person acknowledged, warm transfer accepted' : ''}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await fake.close();
    await rest?.close();
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main().catch((err: NodeJS.ErrnoException) => {
  // One clear line instead of a stack trace for what an operator can fix.
  if (err?.code === 'EADDRINUSE') console.error(`simulate-call: port ${FAKE_PORT} is in use (another simulation or server?). Pass --fake-port <free port>.`);
  else console.error(`simulate-call failed: ${err?.stack ?? err}`);
  process.exit(1);
});
