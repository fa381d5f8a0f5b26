import type { Kysely, Transaction } from 'kysely';
import type { Client, ClientLinkRule, Database } from '../db/schema.js';
import type { NormalizedProject } from './pm/types.js';
import { isEmail, matchClient } from '../contacts/index.js';

// Which client a synced project belongs to. In order: the vendor's customer field naming the
// client (its reference, e-mail, name or company); the owner's e-mail/domain rules against the
// project's contact e-mails; then the client's own e-mail or e-mail domain. No match = no
// client, and the agent will not disclose that project to anyone.

type Db = Kysely<Database> | Transaction<Database>;

export interface ClientMatcher {
  match(project: Pick<NormalizedProject, 'customerRef' | 'contactEmails'>): string | null;
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1);

export function buildClientMatcher(clients: Client[], rules: ClientLinkRule[]): ClientMatcher {
  const byRef = new Map<string, string>();
  // Later entries must not override earlier, more specific ones.
  const put = (key: string | null, id: string) => {
    const k = key?.trim().toLowerCase();
    if (k && !byRef.has(k)) byRef.set(k, id);
  };
  for (const c of clients) put(c.external_ref, c.id);
  for (const c of clients) put(c.email, c.id);
  for (const c of clients) put(c.name, c.id);
  for (const c of clients) put(c.company, c.id);
  const emailRules = new Map(rules.filter((r) => r.kind === 'EMAIL').map((r) => [r.value.toLowerCase(), r.client_id]));
  const domainRules = new Map(rules.filter((r) => r.kind === 'DOMAIN').map((r) => [r.value.toLowerCase(), r.client_id]));
  const clientEmails = new Map(clients.filter((c) => c.email).map((c) => [c.email!.toLowerCase(), c.id]));
  const clientDomains = new Map(clients.filter((c) => c.email_domain).map((c) => [c.email_domain!.toLowerCase().replace(/^@/, ''), c.id]));
  return {
    match(project) {
      const ref = project.customerRef?.trim().toLowerCase();
      if (ref && byRef.has(ref)) return byRef.get(ref)!;
      const emails = [...new Set([...(ref && isEmail(ref) ? [ref] : []), ...project.contactEmails.map((e) => e.toLowerCase())])];
      for (const e of emails) if (emailRules.has(e)) return emailRules.get(e)!;
      for (const e of emails) if (domainRules.has(domainOf(e))) return domainRules.get(domainOf(e))!;
      for (const e of emails) if (clientEmails.has(e)) return clientEmails.get(e)!;
      for (const e of emails) if (clientDomains.has(domainOf(e))) return clientDomains.get(domainOf(e))!;
      return null;
    },
  };
}

export async function loadClientMatcher(db: Db, businessId: string): Promise<ClientMatcher> {
  const [clients, rules] = await Promise.all([
    db.selectFrom('clients').selectAll().where('business_id', '=', businessId).execute(),
    db.selectFrom('client_link_rules').selectAll().where('business_id', '=', businessId).execute(),
  ]);
  return buildClientMatcher(clients, rules);
}

/**
 * The client a chat visitor or caller is, by the e-mail or phone they gave. Only a confirmed
 * match may see project status; anything ambiguous (two clients share the phone) is no match.
 * The rule is contacts/matchClient's; this returns the row.
 */
export async function matchClientByContact(db: Db, businessId: string, contact: { email?: string | null; phone?: string | null }): Promise<Client | null> {
  const id = await matchClient(db, businessId, contact);
  if (!id) return null;
  return (await db.selectFrom('clients').selectAll().where('business_id', '=', businessId).where('id', '=', id).executeTakeFirst()) ?? null;
}
