import t from 'tap';
import { buildClientMatcher } from '../../src/integrations/client-linking.js';
import type { Client, ClientLinkRule } from '../../src/db/schema.js';

// Which client a synced project belongs to: the order of the rules, and no match when nothing
// fits (the agent then discloses the project to nobody). Pure: no database.

const client = (id: string, c: Partial<Client>): Client => ({
  id,
  business_id: 'b',
  name: `Client ${id}`,
  email: null,
  phone: null,
  company: null,
  email_domain: null,
  external_ref: null,
  notes: null,
  created_at: new Date(),
  updated_at: new Date(),
  ...c,
});
const rule = (client_id: string, kind: 'EMAIL' | 'DOMAIN', value: string): ClientLinkRule => ({ id: `${client_id}-${value}`, business_id: 'b', client_id, kind, value, created_at: new Date() });

const clients = [
  client('ref', { name: 'Acme', external_ref: 'CUST-42' }),
  client('mail', { name: 'Mail Person', email: 'Pat@Example.com' }),
  client('dom', { name: 'Domain Co', email_domain: 'domain.example' }),
  client('ruled', { name: 'Ruled' }),
];
const m = buildClientMatcher(clients, [rule('ruled', 'EMAIL', 'boss@partner.example'), rule('ruled', 'DOMAIN', 'ruled.example')]);
const match = (customerRef: string | null, contactEmails: string[] = []) => m.match({ customerRef, contactEmails });

t.test('the customer field names the client by reference, e-mail, name or company', async (t) => {
  t.equal(match('cust-42'), 'ref');
  t.equal(match(' acme '), 'ref');
  t.equal(match('pat@example.com'), 'mail');
  t.equal(match('Somebody Unknown'), null);
});

t.test("owner rules beat the clients' own e-mail and domain", async (t) => {
  t.equal(match(null, ['boss@partner.example']), 'ruled');
  t.equal(match(null, ['anyone@ruled.example']), 'ruled');
  t.equal(match(null, ['pat@example.com', 'boss@partner.example']), 'ruled');
  t.equal(match(null, ['pat@example.com']), 'mail');
  t.equal(match(null, ['x@domain.example']), 'dom');
});

t.test('nothing fits: no client', async (t) => {
  t.equal(match(null, []), null);
  t.equal(match(null, ['someone@else.example']), null);
  t.equal(match('Mail', ['pat@example.org']), null, 'partial names and look-alike domains do not match');
});
