import { sql, type Kysely, type Updateable } from 'kysely';
import type { Client, ClientsTable, Database } from '../db/schema.js';
import { likePattern, toPage, type Cursor, type Page } from '../db/pagination.js';
import { getRecord } from '../db/records.js';
import { cleanEmail, cleanPhone, type CountryCode } from '../contacts/index.js';
import { countryOfBusiness } from '../business/data.js';
import { cleanOptionalText, cleanText } from '../validate.js';
import { badInput } from '../errors.js';

// The business's clients: listed, created, edited and deleted by the owner. Data functions
// take `db` first (a transaction fits); every query is filtered by business_id.

type Db = Kysely<Database>;

function clientQuery(db: Db, businessId: string, search?: string | null) {
  let q = db.selectFrom('clients').where('business_id', '=', businessId);
  const text = search?.trim();
  if (text) {
    const p = likePattern(text);
    q = q.where((eb) => eb.or(['name', 'email', 'phone', 'company'].map((c) => eb(sql.ref(c), 'ilike', p))));
  }
  return q;
}

export async function listClients(db: Db, businessId: string, search: string | null | undefined, size: number, after?: Cursor): Promise<Page<Client>> {
  let q = clientQuery(db, businessId, search).selectAll();
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
  return toPage(rows, size, (r) => r.created_at, async () => Number((await clientQuery(db, businessId, search).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

export interface ClientFields {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  notes?: string | null;
}

/** The country a client's number typed without its country code is read in: the business's. */
async function phoneCountry(db: Db, businessId: string, input: ClientFields): Promise<CountryCode | undefined> {
  return input.phone && !input.phone.trim().startsWith('+') ? countryOfBusiness(db, businessId) : undefined;
}

/** The columns an edit sets, each value validated (BAD_USER_INPUT otherwise); absent fields stay. */
function clientValues(input: ClientFields, country: CountryCode | undefined): Updateable<ClientsTable> {
  const v: Updateable<ClientsTable> = {};
  if (input.name != null) v.name = cleanText(input.name, 'Client name', 200, { required: true });
  if (input.email !== undefined) {
    const email = input.email ? cleanEmail(input.email, 'Client e-mail') : null;
    v.email = email;
    v.email_domain = email ? (email.split('@')[1] ?? null) : null;
  }
  if (input.phone !== undefined) v.phone = input.phone ? cleanPhone(input.phone, 'Client phone', country) : null;
  if (input.company !== undefined) v.company = cleanOptionalText(input.company, 'Company', 200);
  if (input.notes !== undefined) v.notes = cleanOptionalText(input.notes, 'Notes', 10_000);
  return v;
}

export async function createClient(db: Db, businessId: string, input: ClientFields): Promise<Client> {
  if (!input.name) throw badInput('Client name is required');
  const { name, ...rest } = clientValues(input, await phoneCountry(db, businessId, input));
  return db
    .insertInto('clients')
    .values({ ...rest, name: name as string, business_id: businessId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateClient(db: Db, businessId: string, id: string, input: ClientFields, now: Date): Promise<Client> {
  const client = await getRecord(db, 'clients', businessId, id);
  return db
    .updateTable('clients')
    .set({ ...clientValues(input, await phoneCountry(db, businessId, input)), updated_at: now })
    .where('id', '=', client.id)
    .where('business_id', '=', businessId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes the client; its leads, conversations and projects stay, unlinked. */
export async function deleteClient(db: Db, businessId: string, id: string): Promise<void> {
  const client = await getRecord(db, 'clients', businessId, id);
  await db.deleteFrom('clients').where('id', '=', client.id).where('business_id', '=', businessId).execute();
}
