import t from 'tap';
import { startGraphqlApp } from '../graphql/harness.js';
import { startAsanaFake } from '../helpers/asana-fake.js';
import { agentChat } from '../helpers/agent-chat.js';
import { asksProjectStatus } from '../../src/agent/intents.js';

// Found by using the product as a design studio's owner (session 31): Asana connected in the
// console, then the clients added. The synced projects stayed "No projects" under the new client
// until the next scheduled sync, and a client who asked "where my website project is at" got
// "I don't know that" and was taken through the lead questions instead of being asked who they are.

const asana = await startAsanaFake({ pageSize: 50 });
t.teardown(() => asana.close());
asana.projects.push(
  {
    gid: '501',
    name: 'Maple Bakery website redesign',
    notes: 'New shop site with online ordering',
    due_on: '2027-01-15',
    members: [{ gid: '8', email: 'jo@maplebakery.example' }],
    tasks: [
      { gid: '1', name: 'Moodboard', completed: true },
      { gid: '2', name: 'Checkout', completed: false },
    ],
  },
  { gid: '502', name: 'Harbour Physio brand identity', due_on: '2026-12-20', members: [{ gid: '9', email: 'sam@harbourphysio.example' }], tasks: [] },
);
const h = await startGraphqlApp(t, { ASANA_API_BASE_URL: `${asana.url}/api/1.0`, PM_SYNC_INTERVAL: 3_600_000 });
const owner = await h.business({ plan: 'PRO', name: 'Northlight Studio' });
await h.app.services.integrations.connect(owner.businessId, 'ASANA', { accessToken: asana.token });

const clientProjects = async (id: string) => (await owner.gql.query({ client: { __args: { id }, projects: { name: true } } })).client.projects.map((p) => p.name);

t.test("a client added after the sync gets its projects at once (its e-mail is the project's contact)", async (t) => {
  const jo = await owner.gql.mutation({ createClient: { __args: { input: { name: 'Jo Baker', company: 'Maple Bakery', email: 'jo@maplebakery.example' } }, id: true, projects: { name: true } } });
  t.same(
    jo.createClient.projects.map((p) => p.name),
    ['Maple Bakery website redesign'],
  );
  t.same(await clientProjects(jo.createClient.id), ['Maple Bakery website redesign']);
});

t.test('a client whose e-mail is added later gets its projects when it is saved', async (t) => {
  const sam = await owner.gql.mutation({ createClient: { __args: { input: { name: 'Sam Lee' } }, id: true } });
  t.same(await clientProjects(sam.createClient.id), [], 'nothing matches a name alone');
  const saved = await owner.gql.mutation({ updateClient: { __args: { id: sam.createClient.id, input: { email: 'sam@harbourphysio.example' } }, projects: { name: true } } });
  t.same(
    saved.updateClient.projects.map((p) => p.name),
    ['Harbour Physio brand identity'],
  );
});

t.test('another business adding a client with the same e-mail does not take these projects', async (t) => {
  const other = await h.business({ plan: 'PRO', name: 'Other Studio' });
  const c = await other.gql.mutation({ createClient: { __args: { input: { name: 'Jo', email: 'jo@maplebakery.example' } }, id: true, projects: { name: true } } });
  t.same(c.createClient.projects, []);
  const jo = (await owner.gql.query({ clients: { __args: { first: 10 }, nodes: { name: true, projects: { name: true } } } })).clients.nodes.find((n) => n.name === 'Jo Baker');
  t.same(
    jo?.projects.map((p) => p.name),
    ['Maple Bakery website redesign'],
  );
});

t.test('a client asking how their project stands, as people type it', async (t) => {
  const own = [
    'hey can u tell me where my website project is at',
    'wheres my website at',
    'any news on the website?',
    'is my website finished yet',
    'hows the website coming',
    'how is the logo going',
    'where are we with the site',
    'is the new site ready',
    'i wanted to check in on the kitchen job',
    'hi just checking on progress with the bathroom',
    'has my order shipped',
    'is my car ready for pickup yet',
    'when can i pick up my bike',
    'are you guys still on track for friday',
    'how far along is the deck',
    'did you finish the fence yet',
    'status?',
    // Session 32 QA (an IT company's client): "hows the office 365 thing going" got the lead's offer.
    'hey its maria from acme dental, hows the office 365 thing going',
    'is the office 365 migration done yet',
  ];
  const other = [
    'is the pool ready for swimming after a shock',
    'my house is ready for painting',
    'is my dog ready for grooming at 6 months',
    'where is the shop',
    'wheres the office at',
    'any news on the new prices',
    'how is the weather looking',
    'can i check on the price first',
    'what all do you check on the pre trip inspection',
    'is the job guaranteed',
    'hows the office going',
    'how is the traffic looking',
    'is the shop open',
    'can you give me an update on pricing',
    'is my car covered under warranty',
    // Asking to have the work done is a request, not a status ask.
    'how do i get my bike fixed',
    'is it possible to get my car repaired today',
    'when can i get my car fixed',
    'how can we get our roof done before winter',
  ];
  for (const text of own) t.ok(asksProjectStatus(text), text);
  for (const text of other) t.notOk(asksProjectStatus(text), text);

  const c = await agentChat(h.app.services.agent, owner.businessId);
  const r = await c.say('hey can u tell me where my website project is at');
  t.equal(r.reply, 'Sure. What is the e-mail address or phone number we have on file for you?');
});
