import t from 'tap';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/db.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { migrations } from '../../migrations/index.js';

const database = await createTestDatabase(t, { fresh: true });
const { db } = database;

t.test('every migration applied, and running again is a no-op', async (t) => {
  const applied = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db);
  t.same(applied.rows.map((r) => r.name), Object.keys(migrations).sort());
  t.same(await migrateToLatest(db), [], 'second run applies nothing');
  t.same(await migrateToLatest(db), [], 'third run applies nothing');
});

t.test('migration names sort in the order they are listed', async (t) => {
  const names = Object.keys(migrations);
  t.same(names, [...names].sort());
});

t.test('every tenant table has business_id', async (t) => {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('businesses', 'schema_migrations', 'schema_migrations_lock')`.execute(db);
  t.ok(tables.rows.length >= 14, `found ${tables.rows.length} tables`);
  for (const { table_name } of tables.rows) {
    const col = await sql<{ is_nullable: string }>`
      select is_nullable from information_schema.columns
      where table_schema = 'public' and table_name = ${table_name} and column_name = 'business_id'`.execute(db);
    const global = ['processed_webhooks'].includes(table_name);
    if (global) continue;
    t.equal(col.rows.length, 1, `${table_name} has business_id`);
  }
});

t.test('pgvector column, HNSW and GIN indexes exist', async (t) => {
  const idx = await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = 'knowledge_chunks'`.execute(db);
  const defs = idx.rows.map((r) => r.indexdef).join('\n');
  t.match(defs, /USING hnsw \(embedding vector_cosine_ops\)/);
  t.match(defs, /USING gin \(tsv\)/);
  const col = await sql<{ t: string }>`select format_type(atttypid, atttypmod) as t from pg_attribute where attrelid = 'knowledge_chunks'::regclass and attname = 'embedding'`.execute(db);
  t.equal(col.rows[0]?.t, 'vector(512)');
});

t.test('constraints guard the enums', async (t) => {
  const b = await db.insertInto('businesses').values({ name: 'X' }).returning('id').executeTakeFirstOrThrow();
  await t.rejects(db.insertInto('leads').values({ business_id: b.id, channel: 'CHAT', priority: 'CRITICAL' as never }).execute());
  await t.rejects(db.insertInto('leads').values({ business_id: b.id, channel: 'CHAT', emergency_severity: 11 }).execute());
  await t.rejects(db.insertInto('businesses').values({ name: 'Y', plan: 'ENTERPRISE' as never }).execute());
  const lead = await db.insertInto('leads').values({ business_id: b.id, channel: 'CHAT', emergency_severity: 9 }).returning(['status', 'priority']).executeTakeFirstOrThrow();
  t.same(lead, { status: 'NEW', priority: 'NORMAL' });
});
