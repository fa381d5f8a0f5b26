import t from 'tap';
import { createTestDatabase } from '../helpers/db.js';
import { matchClient } from '../../src/contacts/index.js';

// "Which client is this": exactly one client must match, in this business only.

const { db } = await createTestDatabase(t);
const [a, b] = await db.insertInto('businesses').values([{ name: 'Match A' }, { name: 'Match B' }]).returning('id').execute();
const ann = await db.insertInto('clients').values({ business_id: a!.id, name: 'Ann', email: 'ann@example.com', phone: '+14155552671' }).returning('id').executeTakeFirstOrThrow();
await db.insertInto('clients').values([
  { business_id: a!.id, name: 'Bo', email: 'bo@example.com', phone: '(415) 555-3000' },
  { business_id: a!.id, name: 'Cy', email: 'cy@example.com', phone: '+1 415 555 3000' },
  { business_id: b!.id, name: 'Ann elsewhere', email: 'ann2@example.com', phone: '+14155559999' },
]).execute();

t.test('one match by e-mail (any case) or phone (any format)', async (t) => {
  t.equal(await matchClient(db, a!.id, { email: ' ANN@example.com ' }), ann.id);
  t.equal(await matchClient(db, a!.id, { phone: '415-555-2671' }), ann.id);
  t.equal(await matchClient(db, a!.id, { email: 'nobody@example.com', phone: '(415) 555 2671' }), ann.id, 'either identity is enough');
});

t.test('ambiguous is no match; nothing usable matches nothing; other tenants never match', async (t) => {
  t.equal(await matchClient(db, a!.id, { phone: '4155553000' }), null, 'two clients share the phone');
  t.equal(await matchClient(db, a!.id, { email: 'ann@example.com', phone: '4155553000' }), null, 'e-mail and phone name different clients');
  t.equal(await matchClient(db, a!.id, { email: '', phone: '12' }), null);
  t.equal(await matchClient(db, a!.id, { phone: '+14155559999' }), null, "another business's client");
});
