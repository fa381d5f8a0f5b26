import t from 'tap';
import { sql } from 'kysely';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startTwilioRestFake } from '../helpers/twilio-rest-fake.js';
import { captureLead, sleep, twilioFakeConfig, waitUntil } from './helpers.js';

// M5: anonymous visitors could trigger one emergency phone call to the owner per URGENT lead,
// without limit. Now a contact is escalated to at most once per 30 minutes, a business starts
// at most 3 escalations an hour, and further URGENT leads are noted on the latest escalation.

const rest = await startTwilioRestFake(t);
const { app } = await buildTestApp(t, {
  config: {
    ...twilioFakeConfig(rest),
    PUBLIC_BASE_URL: 'https://agent.example.test',
    NOTIFY_POLL_INTERVAL: 100,
    // No re-calls during this file: only first calls are counted.
    EMERGENCY_ACK_TIMEOUT: 10 * 60_000,
  },
});
const { db } = app.deps;

const callsTo = (n: string) => rest.creates.filter((c) => c.params.To === n);
const urgent = (businessId: string, i: number) =>
  captureLead(app, { business_id: businessId, priority: 'URGENT', is_emergency: true, emergency_severity: 9, phone: `+1555555${String(1000 + i)}`, issue: `Flood report ${i}` });
const escalations = (businessId: string) =>
  db.selectFrom('emergency_escalations').selectAll().where('business_id', '=', businessId).orderBy('created_at').execute();
/** Moves an escalation into the past, as if that much time had gone by. */
const age = (id: string, minutes: number) =>
  db.updateTable('emergency_escalations').set({ created_at: sql<Date>`now() - ${minutes} * interval '1 minute'` as never }).where('id', '=', id).execute();

t.test('ten URGENT leads in a row call the owner once; the rest are noted on the running escalation', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Target Plumbing' });
  const owner = '+14155550142';
  await db.updateTable('businesses').set({ notification_phone: owner }).where('id', '=', biz.businessId).execute();
  const leads = [];
  for (let i = 0; i < 10; i++) leads.push(await urgent(biz.businessId, i));
  await rest.waitForCreates(1);
  await sleep(1500); // several polls: any further call would be placed by now
  t.equal(callsTo(owner).length, 1, 'one call, not ten');
  t.equal(rest.messages.filter((m) => m.params.To === owner).length, 1, 'one SMS');
  const rows = await db.selectFrom('notifications').select(['kind', 'lead_id']).where('business_id', '=', biz.businessId).where('kind', 'in', ['call.emergency', 'sms.emergency']).execute();
  t.same(new Set(rows.map((r) => r.lead_id)), new Set([leads[0]!.id]), 'call and SMS rows exist for the first lead only');
  const [running, ...more] = await escalations(biz.businessId);
  t.equal(more.length, 0, 'one escalation');
  t.equal(running!.lead_id, leads[0]!.id);
  t.same(running!.noted_lead_ids, leads.slice(1).map((l) => l.id), 'the other nine are noted on it, in order');
  // The owner sees it on the lead: the escalation it was noted on.
  const seen = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${biz.token}` },
    payload: { query: 'query($id: ID!) { lead(id: $id) { escalation { leadId status contacts notedLeadIds } } }', variables: { id: leads[5]!.id } },
  });
  t.match((seen.json() as { data: { lead: { escalation: unknown } } }).data.lead.escalation, { leadId: leads[0]!.id, status: 'RUNNING', contacts: [owner] });
  // A page of leads resolves every lead's escalation in one batch (the loader), with the same answer.
  const page = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${biz.token}` },
    payload: { query: '{ leads(first: 20) { edges { node { id escalation { id leadId } } } } }' },
  });
  const nodes = (page.json() as { data: { leads: { edges: Array<{ node: { id: string; escalation: { id: string; leadId: string } | null } }> } } }).data.leads.edges.map((e) => e.node);
  t.equal(nodes.length, 10);
  const firstLeadId: string = leads[0]!.id;
  t.ok(
    nodes.every((n) => n.escalation?.id === running!.id && n.escalation.leadId === firstLeadId),
    'all ten leads (the first and the nine noted) show the one escalation',
  );
  // Each lead still produced its owner e-mail row: nothing is lost, only the calls are bounded.
  const mails = await db.selectFrom('notifications').select('lead_id').where('business_id', '=', biz.businessId).where('kind', '=', 'email.lead_owner').execute();
  t.equal(mails.length, 10);
});

t.test('after 30 minutes a contact can be called again; at most 3 escalations an hour', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Cooldown Co' });
  const owner = '+14155550143';
  await db.updateTable('businesses').set({ notification_phone: owner }).where('id', '=', biz.businessId).execute();
  await urgent(biz.businessId, 20);
  await waitUntil('first call', async () => callsTo(owner).length === 1);
  const [e1] = await escalations(biz.businessId);

  await age(e1!.id, 29);
  await urgent(biz.businessId, 21);
  await sleep(800);
  t.equal(callsTo(owner).length, 1, 'within 30 minutes: noted, not called');

  await age(e1!.id, 31);
  await urgent(biz.businessId, 22);
  await waitUntil('second call', async () => callsTo(owner).length === 2);
  t.pass('31 minutes later a new escalation calls again');
  const e2 = (await escalations(biz.businessId)).at(-1)!;
  await age(e2.id, 40);
  await urgent(biz.businessId, 23);
  await waitUntil('third call', async () => callsTo(owner).length === 3);
  const e3 = (await escalations(biz.businessId)).at(-1)!;
  await age(e3.id, 35);
  // Three escalations started within the hour, none cooling: the hourly cap says no.
  const capped = await urgent(biz.businessId, 24);
  await sleep(800);
  t.equal(callsTo(owner).length, 3, 'the fourth escalation within an hour is not started');
  const all = await escalations(biz.businessId);
  t.equal(all.length, 3);
  t.ok(all.some((e) => e.noted_lead_ids.includes(capped.id)), 'the capped lead is noted on an escalation');
});

t.test('the cooldown is per contact; other businesses are not affected', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Ladder Co' });
  await db.updateTable('businesses').set({ emergency_contacts: ['+14155550151', '+14155550152'] }).where('id', '=', biz.businessId).execute();
  await urgent(biz.businessId, 30);
  await waitUntil('first call', async () => callsTo('+14155550151').length === 1);
  // The owner changes the ladder: the new contact was never escalated to, so it is called.
  await db.updateTable('businesses').set({ emergency_contacts: ['+14155550151', '+14155550153'] }).where('id', '=', biz.businessId).execute();
  await urgent(biz.businessId, 31);
  await waitUntil('call to the new contact', async () => callsTo('+14155550153').length === 1);
  await sleep(500);
  t.equal(callsTo('+14155550151').length, 1, 'the contact in cooldown is not called again');
  const latest = (await escalations(biz.businessId)).at(-1)!;
  t.same(latest.contacts, ['+14155550153'], 'the new escalation calls only the contact not in cooldown');

  const other = await createTestBusiness(app, { plan: 'PRO', name: 'Neighbour Co' });
  await db.updateTable('businesses').set({ notification_phone: '+14155550160' }).where('id', '=', other.businessId).execute();
  await urgent(other.businessId, 32);
  await waitUntil('another business is called', async () => callsTo('+14155550160').length === 1);
  t.pass();
});
