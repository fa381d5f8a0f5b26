import { decodeCursor, pageSize } from '../db/pagination.js';
import { getRecord } from '../db/records.js';
import { createClient, deleteClient, listClients, updateClient } from '../clients/data.js';
import { loadClientProjects } from './loaders.js';
import { prefetchedOf } from '../db/prefetch.js';
import type { ClientEdges } from '../leads/page-edges.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { connectionOf, pageArgs, withCursor } from './connection.js';
import { ClientRef, ProjectRef } from './refs.js';

// The business's clients: the type (with its projects), the list, and create/update/delete.

ClientRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    company: t.exposeString('company', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    externalRef: t.exposeString('external_ref', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updated_at }),
    projects: t.field({
      type: [ProjectRef],
      resolve: (c, _args, ctx, info) => prefetchedOf<ClientEdges>(c)?.projects ?? loadClientProjects(ctx, info, c.id),
    }),
  }),
});

const ClientConnection = connectionOf('Client', ClientRef);

builder.queryField('clients', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ClientConnection,
    args: { ...pageArgs(t), search: t.arg.string({ description: 'Matches name, e-mail, phone or company' }) },
    resolve: async (_root, args, ctx) => {
      if (args.search && args.search.length > 200) throw badInput('search must be at most 200 characters');
      const page = await listClients(ctx.deps.db, ctx.actor.businessId, args.search, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor(page, (c) => c.created_at);
    },
  }),
);

builder.queryField('client', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ClientRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'clients', ctx.actor.businessId, String(args.id)),
  }),
);

const ClientInput = builder.inputType('ClientInput', {
  fields: (t) => ({
    name: t.string(),
    email: t.string(),
    phone: t.string({ description: 'Stored E.164; spaces, dashes and brackets are removed; without a country code it is read in the business\'s country' }),
    company: t.string(),
    notes: t.string(),
  }),
});

builder.mutationField('createClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: ClientRef,
    description: "Adds a client; synced projects whose customer or contact e-mail is the client's are linked to it at once",
    args: { input: t.arg({ type: ClientInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const client = await createClient(ctx.deps.db, ctx.actor.businessId, input);
      await ctx.services.integrations.relinkProjects(ctx.actor.businessId);
      return client;
    },
  }),
);

builder.mutationField('updateClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: ClientRef,
    description: 'Edits a client; synced projects that now match it (its e-mail, name or company) are linked to it',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ClientInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const client = await updateClient(ctx.deps.db, ctx.actor.businessId, String(id), input, new Date(ctx.deps.now()));
      await ctx.services.integrations.relinkProjects(ctx.actor.businessId);
      return client;
    },
  }),
);

builder.mutationField('deleteClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: 'Boolean',
    description: 'Deletes the client; its leads, conversations and projects stay, unlinked',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await deleteClient(ctx.deps.db, ctx.actor.businessId, String(id));
      return true;
    },
  }),
);

