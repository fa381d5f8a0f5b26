import t from 'tap';
import { startRealtimeCallApp, sleep } from '../helpers/voice-call.js';

// Session 33 QA: the realtime path (Twilio Media Streams <-> the fake OpenAI Realtime) and the
// Gather loop agree on what a call leaves behind: a call of questions only leaves its summary and
// no lead (the Gather loop's rule since session 32), and a lead made from the transcript says the
// job the caller asked for, not the question they opened with.

const PUBLIC = 'https://qa33-realtime.example.test';
const NUMBER = '+15550003301';
const { app, database, placeCall } = await startRealtimeCallApp(t, { number: NUMBER, authToken: 'qa33-realtime-token', publicBaseUrl: PUBLIC, config: { MAX_EVENT_LOOP_DELAY: 0 } });
const db = database.db;

/** A call where the caller says each line (the model answers nothing and calls no tool); its conversation and leads once it is over. */
async function call(from: string, lines: string[]) {
  const { call: stream, rt, callSid } = await placeCall(from);
  await rt.waitFor('response.create');
  for (const line of lines) {
    rt.userTranscript(line);
    await sleep(50);
  }
  await sleep(200);
  stream.stop();
  await stream.closed;
  await app.services.voice.settled();
  const conv = await db.selectFrom('conversations').select(['id', 'summary']).where('call_sid', '=', callSid).executeTakeFirstOrThrow();
  const leads = await db.selectFrom('leads').select(['issue', 'phone', 'priority']).where('conversation_id', '=', conv.id).execute();
  return { conv, leads };
}

t.test('a realtime call of questions only leaves no lead, as a Gather call does', async (t) => {
  const { conv, leads } = await call('+15557773301', ['how much is a service call', 'do you work on weekends']);
  // (QA: a "New lead" with the caller ID and "how much is a service call" as its issue.)
  t.same(leads, [], 'no lead from a call that asked for nothing');
  t.match(conv.summary, /^Call of \d+s\. Caller: "how much is a service call" \(\+1 more\)\. No lead captured\.$/);
});

t.test('a realtime call that asks for a visit leaves a lead whose issue is the job, not the opening question', async (t) => {
  // (The question is the longest line: the longest was taken as the problem.)
  const { leads } = await call('+15557773302', ['how much do you charge for a service call on a weekend evening', 'my furnace quit, can someone come out today']);
  t.equal(leads.length, 1);
  t.equal(leads[0]!.issue, 'my furnace quit, can someone come out today');
  t.equal(leads[0]!.phone, '+15557773302', 'the caller ID to call back');
  // A caller who only leaves a number to be called on is asking too.
  const left = await call('+15557773303', ['do you do commercial work', 'my number is 415 555 0134']);
  t.equal(left.leads.length, 1);
  t.equal(left.leads[0]!.phone, '+14155550134');
});
