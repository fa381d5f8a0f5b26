import { decodeCursor, pageSize } from '../db/pagination.js';
import { getRecord, loadByIds } from '../db/records.js';
import { linkProjectToClient, listProjects, type ProjectView } from '../projects/data.js';
import { cleanText } from '../validate.js';
import { builder } from './builder.js';
import { connectionOf, pageArgs, withCursor } from './connection.js';
import { businessOf, ClientRef, ProjectRef } from './refs.js';

// Projects (synced from the PM tools): the type, the list, and linking one to a client.

ProjectRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    status: t.exposeString('status'),
    progress: t.exposeInt('progress', { nullable: true, description: 'Percent complete' }),
    dueDate: t.string({
      nullable: true,
      description: 'YYYY-MM-DD',
      resolve: (p) => (p.due_date == null ? null : p.due_date instanceof Date ? p.due_date.toISOString().slice(0, 10) : String(p.due_date).slice(0, 10)),
    }),
    description: t.exposeString('description', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    provider: t.exposeString('provider', { description: 'ASANA, JIRA, MONDAY, MOCK or MANUAL' }),
    externalId: t.exposeString('external_id'),
    taskCount: t.exposeInt('task_count'),
    completedTaskCount: t.exposeInt('completed_task_count'),
    lastSyncedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.last_synced_at }),
    client: t.loadable({
      type: ClientRef,
      nullable: true,
      load: (ids: string[], ctx) => loadByIds(ctx.deps.db, 'clients', businessOf(ctx), ids),
      resolve: (p) => p.client_id,
    }),
  }),
});

const ProjectConnection = connectionOf('Project', ProjectRef);

builder.queryField('projects', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProjectConnection,
    args: { ...pageArgs(t), clientId: t.arg.id(), status: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const clientId = args.clientId == null ? null : String(args.clientId);
      if (clientId) await getRecord(ctx.deps.db, 'clients', ctx.actor.businessId, clientId);
      const status = args.status ? cleanText(args.status, 'status', 60) : null;
      const page = await listProjects(ctx.deps.db, ctx.actor.businessId, { clientId, status }, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor<ProjectView>(page, (p) => p.created_at);
    },
  }),
);

builder.queryField('project', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProjectRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'projects', ctx.actor.businessId, String(args.id)),
  }),
);

builder.mutationField('linkProjectToClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: ProjectRef,
    description: 'Sets (or clears, with null) the client a project belongs to',
    args: { projectId: t.arg.id({ required: true }), clientId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      linkProjectToClient(ctx.deps.db, ctx.actor.businessId, String(args.projectId), args.clientId == null ? null : String(args.clientId), new Date(ctx.deps.now())),
  }),
);

