import t from 'tap';
import { sql } from 'kysely';
import { codeOf, startGraphqlApp } from './harness.js';
import { up as mergeGreetings } from '../../migrations/0490_one_greeting.js';

// One greeting: agentConfig.greeting is the only setting; welcomeMessage and widgetConfig.greeting
// are deprecated names of it; the chat's first message and the widget's config both read it.

const h = await startGraphqlApp(t);

t.test('one greeting, written through any of its names, read everywhere', async (t) => {
  const owner = await h.business({ plan: 'BASIC' });
  const set = await owner.gql.mutation({ updateAgentConfig: { __args: { input: { greeting: '  Hello from Acme!  ' } }, greeting: true, welcomeMessage: true } });
  t.same(set.updateAgentConfig, { greeting: 'Hello from Acme!', welcomeMessage: 'Hello from Acme!' });
  let read = await owner.gql.query({ widgetConfig: { greeting: true }, agentConfig: { greeting: true } });
  t.same(read, { widgetConfig: { greeting: 'Hello from Acme!' }, agentConfig: { greeting: 'Hello from Acme!' } }, 'the widget reads the same setting');

  // Old clients keep working: both deprecated inputs write the one setting.
  await owner.gql.mutation({ updateAgentConfig: { __args: { input: { welcomeMessage: 'Old name works' } }, id: true } });
  t.equal((await owner.gql.query({ agentConfig: { greeting: true } })).agentConfig.greeting, 'Old name works');
  await owner.gql.mutation({ updateWidgetConfig: { __args: { input: { greeting: 'Set from the widget' } }, id: true } });
  read = await owner.gql.query({ widgetConfig: { greeting: true }, agentConfig: { greeting: true } });
  t.same(read, { widgetConfig: { greeting: 'Set from the widget' }, agentConfig: { greeting: 'Set from the widget' } });
  await owner.gql.mutation({ updateWidgetConfig: { __args: { input: { greeting: null, launcherText: 'Ask us' } }, id: true } });
  t.equal((await owner.gql.query({ agentConfig: { greeting: true } })).agentConfig.greeting, 'Set from the widget', 'null through the old widget field changes nothing');

  t.equal(await codeOf(owner.gql.mutation({ updateAgentConfig: { __args: { input: { greeting: '   ' } }, id: true } })), 'BAD_USER_INPUT', 'the agent always greets');
  t.equal(await codeOf(owner.gql.mutation({ updateAgentConfig: { __args: { input: { greeting: 'x'.repeat(501) } }, id: true } })), 'BAD_USER_INPUT');
  t.equal(await codeOf(owner.gql.mutation({ updateWidgetConfig: { __args: { input: { greeting: 'x'.repeat(501) } }, id: true } })), 'BAD_USER_INPUT');
  t.equal(await codeOf(owner.gql.mutation({ updateAgentConfig: { __args: { input: { greeting: 'A', welcomeMessage: 'B' } }, id: true } })), 'BAD_USER_INPUT', 'two different values at once are refused');

  // The visitor: the widget's config and the chat's first message carry the same text.
  const cfg = await h.app.inject({ method: 'GET', url: `/api/widget/${owner.businessId}/config` });
  t.equal(cfg.json().greeting, 'Set from the widget');
  const chat = await h.app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: owner.businessId } });
  t.equal(chat.statusCode, 201);
  t.match(chat.json().messages[0].content, /^Set from the widget/);
  t.equal(chat.json().messages.length, 1, 'one greeting, one message');
});

t.test('migration 0490 carries the owner-set greeting over and drops the widget column', async (t) => {
  const { db } = h;
  await sql`ALTER TABLE widget_configs ADD COLUMN greeting text`.execute(db);
  const make = async (name: string, welcome: string | null, widget: string | null, widgetNewer = false) => {
    const b = await db.insertInto('businesses').values({ name }).returning('id').executeTakeFirstOrThrow();
    const old = new Date('2026-01-01T00:00:00Z');
    const newer = new Date('2026-06-01T00:00:00Z');
    if (welcome !== null) await db.insertInto('agent_configs').values({ business_id: b.id, welcome_message: welcome, updated_at: widgetNewer ? old : newer }).execute();
    await sql`INSERT INTO widget_configs (business_id, greeting, updated_at) VALUES (${b.id}, ${widget}, ${widgetNewer ? newer : old})`.execute(db);
    return b.id;
  };
  const defaultWelcome = await make('A', 'Hi! How can we help you today?', 'Welcome to A, ask away');
  const tradeDefault = await make('B', 'Hi! Ask me about our cleaning services, prices and availability.', ' Sparkle greeting ');
  const bothOwnerWelcomeNewer = await make('C', 'Owner welcome C', 'Owner widget C', false);
  const bothOwnerWidgetNewer = await make('D', 'Owner welcome D', 'Owner widget D', true);
  const noWidget = await make('E', 'Owner welcome E', null);
  const blankWidget = await make('F', 'Owner welcome F', '   ', true);
  const noAgentRow = await make('G', null, 'Only the widget had one');
  await mergeGreetings(db);
  const greeting = async (id: string) => (await db.selectFrom('agent_configs').select('welcome_message').where('business_id', '=', id).executeTakeFirstOrThrow()).welcome_message;
  t.equal(await greeting(defaultWelcome), 'Welcome to A, ask away', 'a default welcome gives way to the widget greeting');
  t.equal(await greeting(tradeDefault), 'Sparkle greeting', 'a trade default too (trimmed)');
  t.equal(await greeting(bothOwnerWelcomeNewer), 'Owner welcome C', 'both set by the owner: the newer edit wins');
  t.equal(await greeting(bothOwnerWidgetNewer), 'Owner widget D');
  t.equal(await greeting(noWidget), 'Owner welcome E');
  t.equal(await greeting(blankWidget), 'Owner welcome F', 'a blank widget greeting carries nothing');
  t.equal(await greeting(noAgentRow), 'Only the widget had one', 'a business without an agent row gets one');
  const col = await sql<{ n: number }>`select count(*)::int as n from information_schema.columns where table_name = 'widget_configs' and column_name = 'greeting'`.execute(db);
  t.equal(col.rows[0]?.n, 0, 'the second greeting is gone');
});
