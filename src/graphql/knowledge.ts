import { createHash } from 'node:crypto';
import type { KnowledgeItem } from '../db/schema.js';
import { cleanText } from '../validate.js';
import { AppError, badInput, notFound } from '../errors.js';
import type { Plan } from '../db/schema.js';
import { decodeUpload, MAX_UPLOAD_BYTES, uploadKind, uploadText } from '../knowledge/file-text.js';
import { isUuid } from '../db/ids.js';
import { cheapestPlanAllowing, limit } from '../plans/index.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';

// The knowledge base the agent answers from. The API shape lives here; chunking and
// embedding are the knowledge service's (src/knowledge). When ingestion fails the item
// stays PENDING and the background ingest task picks it up.

const MAX_CONTENT = 200_000;

const SourceEnum = builder.enumType('KnowledgeSource', { values: ['TEXT', 'MARKDOWN', 'HTML', 'GDRIVE'] as const });
const StatusEnum = builder.enumType('KnowledgeStatus', { values: ['PENDING', 'READY', 'FAILED'] as const });
const InputSourceEnum = builder.enumType('KnowledgeInputFormat', { values: ['TEXT', 'MARKDOWN'] as const });

const KnowledgeItemRef = builder.objectRef<KnowledgeItem>('KnowledgeItem').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    source: t.expose('source', { type: SourceEnum }),
    content: t.exposeString('content'),
    size: t.int({ description: 'Characters of text the agent answers from', resolve: (k) => k.content.length }),
    fileName: t.exposeString('file_name', { nullable: true, description: 'The uploaded file, when the item came from one' }),
    fileSize: t.exposeInt('file_size', { nullable: true, description: "The uploaded file's size in bytes" }),
    status: t.field({ type: StatusEnum, description: 'READY once chunked and embedded', resolve: (k) => k.status }),
    chunkCount: t.loadable({
      type: 'Int',
      load: async (ids: string[], ctx) => {
        const rows = ctx.actor
          ? await ctx.deps.db
              .selectFrom('knowledge_chunks')
              .select(['item_id', (eb) => eb.fn.countAll<string>().as('n')])
              .where('business_id', '=', ctx.actor.businessId)
              .where('item_id', 'in', ids)
              .groupBy('item_id')
              .execute()
          : [];
        const counts = new Map(rows.map((r) => [r.item_id, Number(r.n)]));
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (k) => k.id,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (k) => k.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (k) => k.updated_at }),
  }),
});

async function getItem(ctx: GraphQLContext & { actor: { businessId: string } }, id: string): Promise<KnowledgeItem> {
  if (!isUuid(id)) throw notFound('Knowledge item');
  const row = await ctx.deps.db.selectFrom('knowledge_items').selectAll().where('id', '=', id).where('business_id', '=', ctx.actor.businessId).executeTakeFirst();
  if (!row) throw notFound('Knowledge item');
  return row;
}

/** Ingests now; a failure leaves the item PENDING for the background task. */
async function ingest(ctx: GraphQLContext & { actor: { businessId: string } }, itemId: string): Promise<KnowledgeItem> {
  try {
    await ctx.services.knowledge.ingestItem(ctx.actor.businessId, itemId);
  } catch (err) {
    ctx.deps.logger.warn({ err, itemId }, 'knowledge ingestion failed; the background task will retry');
  }
  return getItem(ctx, itemId);
}

builder.queryField('knowledgeItems', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [KnowledgeItemRef],
    resolve: (_root, _args, ctx) =>
      ctx.deps.db.selectFrom('knowledge_items').selectAll().where('business_id', '=', ctx.actor.businessId).orderBy('created_at', 'desc').orderBy('id').limit(5000).execute(),
  }),
);

builder.queryField('knowledgeItem', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KnowledgeItemRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getItem(ctx, String(args.id)),
  }),
);

const CreateKnowledgeItemInput = builder.inputType('CreateKnowledgeItemInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    content: t.string({ required: true, description: `Plain text or Markdown, at most ${MAX_CONTENT} characters` }),
    format: t.field({ type: InputSourceEnum, defaultValue: 'MARKDOWN' }),
  }),
});

const UpdateKnowledgeItemInput = builder.inputType('UpdateKnowledgeItemInput', {
  fields: (t) => ({ title: t.string(), content: t.string(), format: t.field({ type: InputSourceEnum }) }),
});

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

builder.mutationField('createKnowledgeItem', (t) =>
  t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({
    type: KnowledgeItemRef,
    args: { input: t.arg({ type: CreateKnowledgeItemInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const title = cleanText(input.title, 'Title', 200, { required: true });
      const content = cleanText(input.content, 'Content', MAX_CONTENT, { required: true });
      return ingest(ctx, await insertItem(ctx, { title, content, source: input.format ?? 'MARKDOWN' }));
    },
  }),
);

/** Inserts a PENDING item within the plan's item limit; returns its id. */
async function insertItem(
  ctx: GraphQLContext & { actor: { businessId: string; plan: Plan } },
  item: { title: string; content: string; source: 'TEXT' | 'MARKDOWN'; fileName?: string; fileSize?: number },
): Promise<string> {
  const { db } = ctx.deps;
  const count = await db.selectFrom('knowledge_items').select((eb) => eb.fn.countAll<string>().as('n')).where('business_id', '=', ctx.actor.businessId).executeTakeFirstOrThrow();
  const max = limit(ctx.actor.plan, 'knowledgeItems');
  if (Number(count.n) >= max) {
    throw new AppError('PLAN_UPGRADE_REQUIRED', `Your plan allows ${max} knowledge items`, {
      limit: 'knowledgeItems',
      requiredPlan: cheapestPlanAllowing('knowledgeItems', Number(count.n) + 1),
    });
  }
  const row = await db
    .insertInto('knowledge_items')
    .values({
      business_id: ctx.actor.businessId,
      title: item.title,
      content: item.content,
      source: item.source,
      content_hash: sha256(item.content),
      status: 'PENDING',
      file_name: item.fileName ?? null,
      file_size: item.fileSize ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const UploadKnowledgeFileInput = builder.inputType('UploadKnowledgeFileInput', {
  fields: (t) => ({
    fileName: t.string({ required: true, description: 'Its name decides how it is read: .md, .txt, .html or .pdf' }),
    contentBase64: t.string({ required: true, description: `The file's bytes, base64; at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB decoded` }),
    title: t.string({ description: 'Defaults to the file name without its extension' }),
  }),
});

builder.mutationField('uploadKnowledgeFile', (t) =>
  t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({
    type: KnowledgeItemRef,
    description: 'Creates a knowledge item from a file: its text is extracted here (PDF text layer, HTML stripped to text)',
    args: { input: t.arg({ type: UploadKnowledgeFileInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const fileName = cleanText(input.fileName, 'File name', 200, { required: true });
      uploadKind(fileName); // the type first: no decoding for a file we would refuse anyway
      const bytes = decodeUpload(input.contentBase64);
      const { text, format } = await uploadText(fileName, bytes);
      if (text.length > MAX_CONTENT) throw badInput(`${fileName} holds more than ${MAX_CONTENT} characters of text: split it into smaller files`, { field: 'contentBase64' });
      const title = input.title?.trim() ? cleanText(input.title, 'Title', 200) : fileName.replace(/\.[^.]+$/, '').slice(0, 200) || fileName;
      return ingest(ctx, await insertItem(ctx, { title, content: text, source: format, fileName, fileSize: bytes.length }));
    },
  }),
);

builder.mutationField('updateKnowledgeItem', (t) =>
  t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({
    type: KnowledgeItemRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateKnowledgeItemInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const item = await getItem(ctx, String(id));
      const title = input.title != null ? cleanText(input.title, 'Title', 200, { required: true }) : item.title;
      const content = input.content != null ? cleanText(input.content, 'Content', MAX_CONTENT, { required: true }) : item.content;
      const changed = content !== item.content || (input.format != null && input.format !== item.source);
      await ctx.deps.db
        .updateTable('knowledge_items')
        .set({
          title,
          content,
          source: input.format ?? item.source,
          content_hash: sha256(content),
          ...(changed ? { status: 'PENDING' as const } : {}),
          updated_at: new Date(ctx.deps.now()),
        })
        .where('id', '=', item.id)
        .where('business_id', '=', ctx.actor.businessId)
        .execute();
      return changed ? ingest(ctx, item.id) : getItem(ctx, item.id);
    },
  }),
);

builder.mutationField('deleteKnowledgeItem', (t) =>
  t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({
    type: 'Boolean',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const item = await getItem(ctx, String(id));
      if (!(await ctx.services.knowledge.deleteItem(ctx.actor.businessId, item.id))) throw notFound('Knowledge item');
      return true;
    },
  }),
);

// ---- ask the agent (the owner's preview of a visitor's answer) ----

const AgentAnswerSourceRef = builder.objectRef<{ title: string }>('AgentAnswerSource').implement({
  fields: (t) => ({ title: t.exposeString('title', { description: 'A knowledge item title, "FAQ" or "Business profile"' }) }),
});

const AgentAnswerRef = builder.objectRef<{ text: string; known: boolean; sources: Array<{ title: string }> }>('AgentAnswer').implement({
  fields: (t) => ({
    answer: t.exposeString('text', { description: 'What a visitor asking this would be told' }),
    known: t.exposeBoolean('known', { description: "False when nothing the business wrote covers the question (the agent says it doesn't know)" }),
    sources: t.field({ type: [AgentAnswerSourceRef], resolve: (a) => a.sources }),
  }),
});

const MAX_QUESTION = 1000;

// Every plan: a FREE business's agent answers from its profile and FAQ, and its owner tries them here.
builder.queryField('askAgent', (t) =>
  t.withAuth({ writer: true }).field({
    type: AgentAnswerRef,
    description: 'The answer a visitor would get, with its sources. Read-only: no conversation, lead or e-mail',
    args: { question: t.arg.string({ required: true }) },
    resolve: (_root, { question }, ctx) => ctx.services.agent.ask(ctx.actor.businessId, cleanText(question, 'Question', MAX_QUESTION, { required: true })),
  }),
);
