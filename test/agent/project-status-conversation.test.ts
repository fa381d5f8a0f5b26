import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/db.js';
import { QueryCounter } from '../graphql/harness.js';
import { agentChat } from '../helpers/agent-chat.js';
import { CODE_REMINDER, NEUTRAL_REQUEST_REPLY, SPOKEN_CODE_REMINDER, SPOKEN_REQUEST_REPLY } from '../../src/agent/identity-proof.js';
import { PROJECT_STATUS } from '../../src/agent/intents.js';

// QA as the demo's client Jane Cooper, typing casually: the project she asked about is the one
// she hears about after the code; while the code is on its way she is told to type it (not "I
// don't know that"); steps named in a project's notes ("is the tiling finished") and the other
// project by name ("and the water heater?") get that project's status; a price question is still
// a price question.

const database = await createTestDatabase(t);
const counter = new QueryCounter();
const { app } = await buildTestApp(t, { database: { ...database, db: database.db.withPlugin(counter) }, config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
/** How many statements a turn sent that read or wrote the projects table. */
const projectStatements = async (turn: () => Promise<unknown>) => {
  const before = counter.tables.length;
  await turn();
  return counter.tables.slice(before).filter((tables) => tables.includes('projects')).length;
};
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();
const lastCode = async (email: string) => {
  const row = await db.selectFrom('notifications').select('payload').where('business_id', '=', demo.id).where('kind', '=', 'email.identity_code').where('recipient', '=', email).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return (row.payload as { code: string }).code;
};
// Codes to one address are limited per hour, so each test has its own client with Jane's two projects.
let clients = 0;
async function janeLike(): Promise<string> {
  const email = `client${++clients}@example.com`;
  const jane = await db.selectFrom('clients').select('id').where('business_id', '=', demo.id).where('email', '=', 'jane@example.com').executeTakeFirstOrThrow();
  const client = await db.insertInto('clients').values({ business_id: demo.id, name: `Client ${clients}`, email, phone: null, company: null }).returning('id').executeTakeFirstOrThrow();
  const projects = await db.selectFrom('projects').select(['provider', 'external_id', 'name', 'status', 'progress', 'due_date', 'description', 'task_count', 'completed_task_count']).where('client_id', '=', jane.id).execute();
  const day = (d: Date | string | null) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
  await db
    .insertInto('projects')
    .values(projects.map((p) => ({ ...p, due_date: day(p.due_date), business_id: demo.id, client_id: client.id, external_id: `${p.external_id}-${clients}` })))
    .execute();
  return email;
}
const BATHROOM = 'Bathroom remodel: in progress, 60% done, 6 of 10 tasks finished, due December 18, 2026. New shower, vanity and re-piping of the upstairs bathroom. Tiling is under way; fixtures go in next week.';

t.test('asking on while the code is on its way gets a reminder, the same whoever asked', async (t) => {
  for (const email of [await janeLike(), 'nobody-here@example.com']) {
    const c = await agentChat(app.services.agent, demo.id);
    await c.say('hey any update on my project');
    t.equal((await c.say(email)).reply, NEUTRAL_REQUEST_REPLY);
    // (Session 27: "how far along is it" while the code was on its way got "I don't know that".)
    for (const text of ['ok', 'when will it be done', 'how far along is it', 'ok thanks']) t.equal((await c.say(text)).reply, CODE_REMINDER, `${email}: "${text}"`);
  }
});

t.test('on the phone the code is said: the caller is asked to say it, and it is checked', async (t) => {
  const email = await janeLike();
  const call = await agentChat(app.services.agent, demo.id, 'CALL', '+15555550177');
  await call.say('hi, I am calling about my bathroom remodel, how is it going');
  // Said as speech recognition writes it (QA: "jane at example dot com" was not taken as an address).
  t.equal((await call.say(`my email is ${email.replace('@', ' at ').replace('.', ' dot ')}`)).reply, SPOKEN_REQUEST_REPLY);
  t.equal((await call.say('okay')).reply, SPOKEN_CODE_REMINDER);
  const code = await lastCode(email);
  t.equal((await call.say(code.split('').join(' '))).reply, BATHROOM, 'digits said one by one, as speech recognition writes them');
});

t.test('the project asked about is the one answered after the code, and follow-ups stay on it', async (t) => {
  const email = await janeLike();
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('hi, how is my bathroom remodel going?');
  await c.say(email);
  let r = await c.say(await lastCode(email));
  t.equal(r.reply, BATHROOM, 'the bathroom, with its notes, not the whole list');
  r = await c.say('ok when will it be done');
  t.equal(r.reply, BATHROOM);
  t.equal(await projectStatements(async () => (r = await c.say('and the water heater?'))), 1, 'the projects are read once for the turn (naming one needs them, the answer reuses them)');
  t.equal(r.reply, 'Water heater replacement: completed, finished October 2, 2026. 50-gallon gas water heater installed and inspected.');
  r = await c.say('is the tiling finished');
  t.equal(r.reply, BATHROOM, 'a step in the notes names the project');
  r = await c.say('what about my other projects');
  t.match(r.reply, /^Here is the latest on your projects:\n- Bathroom remodel: .*Tiling is under way.*\n- Water heater replacement: completed, finished October 2, 2026\.$/s, 'the list; open projects with their notes');
  r = await c.say('how much is a new water heater');
  t.match(r.reply, /\$1,650/, 'a price question is answered from the knowledge, not with the project');
});

t.test('"when will it be done" with nothing named: the one open project', async (t) => {
  const email = await janeLike();
  const c = await agentChat(app.services.agent, demo.id);
  await c.say("what's the status of my project?");
  await c.say(email);
  t.match((await c.say(await lastCode(email))).reply, /^Here is the latest on your projects:/);
  t.equal((await c.say('when will it be done')).reply, BATHROOM);
});

t.test('asking about one\'s own project, not questions that only mention projects', async (t) => {
  const own = ['any update on my project', 'status of my job pls', "whats the status of the bathroom remodel", 'whats the status of my order', 'where are we at with my project', "how's my job going", 'when will my remodel be done', 'project status', 'how are my projects doing', 'is my job finished', 'any news on our renovation', 'hows my kitchen coming along', 'calling about my bathroom remodel, how is it going', "it's about our renovation. how's it going?", 'hey whats happening with my bathroom reno', "what's going on with our kitchen", 'whats the holdup with my order', 'how far along is my bathroom remodel'];
  const other = ['do you take on small projects like a single tap?', 'can you give me an update on pricing', 'do you do big projects', 'what is your project minimum', 'how long does a typical remodel take', 'how much is a bathroom remodel', 'is the job guaranteed', 'do you finish jobs on weekends', "what's happening with prices this year", 'whats going on with the weather'];
  for (const text of own) t.ok(PROJECT_STATUS.test(text), text);
  for (const text of other) t.notOk(PROJECT_STATUS.test(text), text);
  const c = await agentChat(app.services.agent, demo.id);
  const r = await c.say('do you take on small projects like a single tap?');
  t.notMatch(r.reply, /e-mail address or phone number we have on file/, 'not asked to prove who they are');
});

t.test('a client who proved who they are is not asked again for what is on file (QA: "What is your name?")', async (t) => {
  const email = await janeLike();
  await db.updateTable('clients').set({ name: 'Jamie Rivera' }).where('business_id', '=', demo.id).where('email', '=', email).execute();
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('any update on my project?');
  await c.say(email);
  t.equal((await c.say(await lastCode(email))).reply.split('\n')[0], 'Here is the latest on your projects:');
  const r = await c.say('hmm ok can someone call me back please');
  t.notMatch(r.reply, /name|e-mail/i, 'name and e-mail are on file');
  t.match(r.reply, /phone number/i, 'the phone is not on file, so it is asked');
  const nameQuestion = await db.selectFrom('lead_questions').select('id').where('business_id', '=', demo.id).where('maps_to', '=', 'NAME').executeTakeFirstOrThrow();
  t.equal(c.state.answers[nameQuestion.id], 'Jamie Rivera', "the client's name is the lead's");
  t.equal(c.state.clientId, (await db.selectFrom('clients').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id);
});

t.test('a client with no projects on file is offered the team, and a yes starts the details with what is on file', async (t) => {
  const email = 'no-projects@example.com';
  await db.insertInto('clients').values({ business_id: demo.id, name: 'Robin Hale', email, phone: null, company: null }).execute();
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('hows my project going');
  await c.say(email);
  t.equal((await c.say(await lastCode(email))).reply, 'I found your account, but there are no projects on it right now. If you were expecting one, I can have someone from the team get back to you.');
  const r = await c.say('yes please');
  t.match(r.reply, /phone number/i, 'the details start, at what is not on file');
  t.notMatch(r.reply, /name\?/i);
});

t.test('two projects that share a word: the one the client named more of is the one answered', async (t) => {
  // QA 33 (a property manager's owner client, projects from a shared monday board): "hows the repaint
  // at evergreen going?" got both "742 Evergreen Terrace" jobs after the code, and so did "when will it be done".
  const email = 'dana.qa33@example.com';
  const client = await db.insertInto('clients').values({ business_id: demo.id, name: 'Dana Whitfield', email, phone: null, company: null }).returning('id').executeTakeFirstOrThrow();
  const job = (id: string, name: string, status: string, due: string) => ({ business_id: demo.id, client_id: client.id, provider: 'MONDAY' as const, external_id: `5000:${id}`, name, status, progress: null, due_date: due, description: null, task_count: 0, completed_task_count: 0 });
  await db.insertInto('projects').values([job('11', '742 Evergreen Terrace – repaint and carpet', 'IN_PROGRESS', '2026-12-18'), job('12', '742 Evergreen Terrace – new dishwasher', 'COMPLETED', '2026-12-02')]).execute();
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('hi its dana whitfield, hows the repaint at evergreen going?');
  await c.say(email);
  const repaint = '742 Evergreen Terrace – repaint and carpet: in progress, due December 18, 2026.';
  t.equal((await c.say(await lastCode(email))).reply, repaint);
  t.equal((await c.say('when will it be done')).reply, repaint);
  t.equal((await c.say('and the dishwasher?')).reply, '742 Evergreen Terrace – new dishwasher: completed, finished December 2, 2026.');
  t.match((await c.say('hows everything at evergreen')).reply, /repaint and carpet.*\n.*new dishwasher/s, 'both named as much: both');
});
