import t from 'tap';
import { hashPassword } from '../../src/auth/password.js';
import { codeOf, startGraphqlApp } from '../graphql/harness.js';

// M7: a removed ADMIN's API keys kept working and could mint new keys; keys did not show who
// made them. Keys now belong to their creator and die when that user is removed or demoted.

const h = await startGraphqlApp(t);
const owner = await h.business({ plan: 'PRO', name: 'M7 Co' });

async function admin(name: string) {
  const user = await h.db
    .insertInto('users')
    .values({ business_id: owner.businessId, email: `${name}-${Date.now()}@m7.test`, name, password_hash: await hashPassword('irrelevant here 1'), role: 'ADMIN' })
    .returning(['id', 'business_id', 'role'])
    .executeTakeFirstOrThrow();
  return { id: user.id, gql: h.client(h.app.deps.auth.issueToken(user)) };
}

const keyClient = async (gql: ReturnType<typeof h.client>, name: string) => {
  const created = await gql.mutation({ createApiKey: { __args: { name }, secret: true, apiKey: { id: true, createdBy: { id: true, name: true } } } });
  return { key: h.client(created.createApiKey.secret), apiKey: created.createApiKey.apiKey };
};
const works = (c: ReturnType<typeof h.client>) => codeOf(c.query({ leads: { __args: { first: 1 }, nodes: { id: true } } }));

t.test("a removed admin's keys, and keys minted with them, stop working", async (t) => {
  const ada = await admin('Ada');
  const first = await keyClient(ada.gql, 'Zapier');
  t.same(first.apiKey.createdBy, { id: ada.id, name: 'Ada' }, 'the key shows who made it');
  t.equal(await works(first.key), 'OK');
  const minted = await keyClient(first.key, 'Minted by a key');
  t.equal(minted.apiKey.createdBy?.id, ada.id, 'a key minted with a key belongs to the same person');

  await owner.gql.mutation({ removeTeamMember: { __args: { userId: ada.id } } });
  t.equal(await works(first.key), 'UNAUTHENTICATED', "the removed admin's key is dead");
  t.equal(await works(minted.key), 'UNAUTHENTICATED', 'and so is the key it minted');
  t.equal(await codeOf(first.key.mutation({ createApiKey: { __args: { name: 'again' }, secret: true } })), 'UNAUTHENTICATED', 'it cannot mint new keys');
  const listed = await owner.gql.query({ apiKeys: { __args: { includeRevoked: true }, id: true, revokedAt: true } });
  t.ok(listed.apiKeys.filter((k) => [first.apiKey.id, minted.apiKey.id].includes(k.id)).every((k) => k.revokedAt), 'shown as revoked');
});

t.test("a demoted admin's keys stop working", async (t) => {
  const bob = await admin('Bob');
  const k = await keyClient(bob.gql, 'CRM');
  t.equal(await works(k.key), 'OK');
  await owner.gql.mutation({ setTeamMemberRole: { __args: { userId: bob.id, role: 'MEMBER' }, id: true } });
  t.equal(await works(k.key), 'UNAUTHENTICATED');
  await owner.gql.mutation({ setTeamMemberRole: { __args: { userId: bob.id, role: 'ADMIN' }, id: true } });
  t.equal(await works(k.key), 'UNAUTHENTICATED', 'promoting again does not bring a revoked key back');
});

t.test("a key whose owner row vanished without the service (direct delete) is refused too", async (t) => {
  const cy = await admin('Cy');
  const k = await keyClient(cy.gql, 'Sheets');
  await h.db.deleteFrom('users').where('id', '=', cy.id).execute();
  t.equal(await works(k.key), 'UNAUTHENTICATED');
  const owners = await owner.gql.query({ apiKeys: { __args: { includeRevoked: true }, id: true, createdBy: { id: true } } });
  t.equal(owners.apiKeys.find((x) => x.id === k.apiKey.id)?.createdBy, null);
});
