import type { Kysely } from 'kysely';
import type { Client, ClientLinkRule, Database, Project } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { badInput, notFound } from '../errors.js';
import { loadClientMatcher, matchClientByContact } from './client-linking.js';
import { relinkProjects } from './project-store.js';
import { isEmail } from '../contacts/index.js';

// The owner's e-mail/domain rules that link synced projects to clients, and the questions the
// agent asks of those links (which client is this contact, which projects may it hear about).

/** The longest e-mail address (RFC 5321 path) and comfortably more than any domain name. */
const MAX_LINK_RULE_VALUE = 254;

export interface LinkRules {
  listLinkRules(businessId: string): Promise<ClientLinkRule[]>;
  /** Adds an e-mail or domain rule for a client, then re-links existing projects. */
  addLinkRule(businessId: string, input: { clientId: string; kind: 'EMAIL' | 'DOMAIN'; value: string }): Promise<ClientLinkRule>;
  removeLinkRule(businessId: string, ruleId: string): Promise<boolean>;
  /** Re-runs the client matcher over the business's projects; returns how many changed. */
  relinkProjects(businessId: string): Promise<number>;
  /** The client a visitor/caller is, from an e-mail or phone they gave; null unless exactly one. */
  matchClientByContact(businessId: string, contact: { email?: string | null; phone?: string | null }): Promise<Client | null>;
  /** Projects the agent may disclose to a matched client. */
  projectsForClient(businessId: string, clientId: string): Promise<Project[]>;
}

export function createLinkRules(db: Kysely<Database>): LinkRules {
  const relink = async (businessId: string) => relinkProjects(db, businessId, await loadClientMatcher(db, businessId));
  return {
    listLinkRules: (businessId) => db.selectFrom('client_link_rules').selectAll().where('business_id', '=', businessId).orderBy('created_at').execute(),

    async addLinkRule(businessId, input) {
      if (!isUuid(input.clientId)) throw notFound('Client');
      const client = await db.selectFrom('clients').select('id').where('business_id', '=', businessId).where('id', '=', input.clientId).executeTakeFirst();
      if (!client) throw notFound('Client');
      const value = input.value.trim().toLowerCase().replace(/^@/, '');
      // Bounded before any pattern runs: the e-mail pattern backtracks on long inputs.
      if (value.length > MAX_LINK_RULE_VALUE) throw badInput(`value must be at most ${MAX_LINK_RULE_VALUE} characters`);
      if (input.kind === 'EMAIL' && !isEmail(value)) throw badInput('value must be an e-mail address');
      if (input.kind === 'DOMAIN' && !/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,63}$/.test(value)) throw badInput('value must be a domain like example.com');
      const rule = await db
        .insertInto('client_link_rules')
        .values({ business_id: businessId, client_id: client.id, kind: input.kind, value })
        .onConflict((oc) => oc.columns(['business_id', 'kind', 'value']).doUpdateSet({ client_id: client.id }))
        .returningAll()
        .executeTakeFirstOrThrow();
      await relink(businessId);
      return rule;
    },

    async removeLinkRule(businessId, ruleId) {
      if (!isUuid(ruleId)) throw notFound('Link rule');
      const r = await db.deleteFrom('client_link_rules').where('business_id', '=', businessId).where('id', '=', ruleId).executeTakeFirst();
      if (!Number(r.numDeletedRows)) throw notFound('Link rule');
      return true;
    },

    relinkProjects: relink,

    matchClientByContact: (businessId, contact) => matchClientByContact(db, businessId, contact),

    async projectsForClient(businessId, clientId) {
      if (!isUuid(clientId)) return [];
      return db.selectFrom('projects').selectAll().where('business_id', '=', businessId).where('client_id', '=', clientId).orderBy('updated_at', 'desc').limit(20).execute();
    },
  };
}
