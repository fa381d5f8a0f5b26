import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { ACCOUNT_EXISTS_MESSAGE } from '../../src/accounts/account-exists.js';

// L2: signUp / addTeamMember with an e-mail that has an account do not say so; the account
// holder is told by e-mail instead (at most once an hour). (Partly open: a sign-up with a new
// address still answers with a token, so success vs refusal remains visible until sign-up
// finishes by e-mail verification; see docs/security-model.md.)

const { app } = await buildTestApp(t);
const holder = await createTestBusiness(app, { plan: 'PRO' });
const owner = await createTestBusiness(app, { plan: 'PRO' });
const gql = (query: string, variables: Record<string, unknown>, token?: string) =>
  app.inject({ method: 'POST', url: '/graphql', headers: token ? { authorization: `Bearer ${token}` } : {}, payload: { query, variables } }).then((r) => r.json() as { errors?: Array<{ message: string; extensions: { code: string } }> });
const notices = () => app.deps.db.selectFrom('notifications').select(['recipient', 'payload']).where('kind', '=', 'email.account_exists').where('recipient', '=', holder.email).execute();

t.test('signUp with a registered e-mail: a neutral answer, and the holder is told', async (t) => {
  const r = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', { i: { businessName: 'Probe', email: holder.email.toUpperCase(), password: 'a good long password' } });
  t.equal(r.errors?.[0]?.message, ACCOUNT_EXISTS_MESSAGE);
  t.notMatch(r.errors?.[0]?.message ?? '', /already|exists|sign in/i, 'nothing says the address is registered');
  const rows = await notices();
  t.equal(rows.length, 1, 'the holder gets one e-mail');
  t.same(rows[0]?.payload, { context: 'sign-up' });
  await gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', { i: { businessName: 'Probe 2', email: holder.email, password: 'a good long password' } });
  t.equal((await notices()).length, 1, 'not more than one an hour');
});

t.test('addTeamMember with a registered e-mail: the same neutral answer', async (t) => {
  const r = await gql('mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id } }', { i: { email: holder.email, role: 'MEMBER', password: 'a good long password' } }, owner.token);
  t.equal(r.errors?.[0]?.message, ACCOUNT_EXISTS_MESSAGE);
  t.notMatch(r.errors?.[0]?.message ?? '', /already|exists/i);
});
