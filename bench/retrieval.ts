// Hybrid retrieval on PostgreSQL + pgvector over 100k synthetic chunks: p50/p95 of the real
// hybridSearch (query embedding + HNSW cosine leg + full-text leg + RRF), and recall@5 of the
// HNSW index against exact (sequential) search. Uses BENCH_DATABASE_URL / TEST_DATABASE_URL
// when set, otherwise starts a throwaway PostgreSQL 15 cluster on loopback (as .ci/run does)
// and stops it by pid at the end. Prints one JSON line.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/index.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { localEmbedding, LOCAL_EMBEDDING_MODEL } from '../src/ai/local-embedder.js';
import { tunedHybridSearch, vectorLiteral } from '../src/knowledge/search.js';

const N = Number(process.env.BENCH_CHUNKS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const PGBIN = '/usr/lib/postgresql/15/bin';

function startThrowawayPostgres(): { url: string; stop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  chmodSync(dir, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const asPostgres = process.getuid?.() === 0 ? (cmd: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' }) : (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'ignore' });
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  asPostgres(`${PGBIN}/initdb`, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  asPostgres(`${PGBIN}/pg_ctl`, ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c maintenance_work_mem=1GB -c shared_buffers=512MB`, 'start']);
  const pid = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0);
          spawnSync('sleep', ['0.1']);
        } catch {
          break;
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const WORDS = `boiler radiator pipe drain leak valve tap shower toilet sink heater tank tankless gas water pressure thermostat flush
install repair replace service annual warranty guarantee price cost fee labour hour call-out emergency night weekend quote estimate
kitchen bathroom basement attic garden garage roof gutter sewer septic pump filter softener meter copper plastic joint seal washer
noise smell cold hot warm frozen burst blocked slow dripping rusty modern old new small large fast free included extra monthly
insurance licence payment card cash finance booking cancel appointment engineer plumber technician visit survey camera report
Riverton Lakeside Millbrook Springfield Shelbyville Ogdenville area mile town village centre`.split(/\s+/);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// A Zipf-like vocabulary: the trade words above are the common ones, followed by 20k rarer
// pseudo-words, so that (as in real text) most chunks share a few common words and few share
// the rare ones.
const VOCAB = [...WORDS, ...Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919) % 97}`)];
const CUMULATIVE = (() => {
  const w = VOCAB.map((_, i) => 1 / (i + 1));
  let acc = 0;
  return w.map((x) => (acc += x));
})();

function word(r: () => number): string {
  const target = r() * CUMULATIVE[CUMULATIVE.length - 1]!;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}

function synthText(r: () => number, words = 60): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(word(r));
  return out.join(' ') + '.';
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};

const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!given && !existsSync(`${PGBIN}/initdb`)) throw new Error('set BENCH_DATABASE_URL (PostgreSQL with pgvector) or install PostgreSQL 15');
const server = given ? null : startThrowawayPostgres();
const adminUrl = given ?? server!.url;
const dbName = `bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: url.toString(), DATABASE_POOL_MAX: 4 });
try {
  const { db } = handle;
  await migrateToLatest(db);
  const [target, other] = await db
    .insertInto('businesses')
    .values([{ name: 'Bench target' }, { name: 'Bench other' }])
    .returning('id')
    .execute();
  const item = await db.insertInto('knowledge_items').values({ business_id: target!.id, title: 'Synthetic', content: 'synthetic', status: 'READY' }).returning('id').executeTakeFirstOrThrow();
  const otherItem = await db.insertInto('knowledge_items').values({ business_id: other!.id, title: 'Other', content: 'other', status: 'READY' }).returning('id').executeTakeFirstOrThrow();

  // Bulk load without the index, then build it: how a re-embed or import would be done at scale.
  await sql`DROP INDEX knowledge_chunks_embedding_idx`.execute(db);
  const r = rng(42);
  const texts: string[] = [];
  const loadStarted = performance.now();
  const BATCH = 500;
  for (let i = 0; i < N; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) {
      const content = synthText(r);
      texts.push(content);
      // 90% in the target business, 10% in another (the tenant filter must hold).
      const mine = j % 10 !== 0;
      rows.push({
        business_id: mine ? target!.id : other!.id,
        item_id: mine ? item.id : otherItem.id,
        ordinal: j,
        heading: WORDS[j % WORDS.length]!,
        content,
        embedding: vectorLiteral(localEmbedding(content)),
        embedding_model: LOCAL_EMBEDDING_MODEL,
      });
    }
    await db.insertInto('knowledge_chunks').values(rows).execute();
  }
  const loadMs = performance.now() - loadStarted;
  const indexStarted = performance.now();
  await sql`CREATE INDEX knowledge_chunks_embedding_idx ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)`.execute(db);
  const indexMs = performance.now() - indexStarted;
  await sql`ANALYZE knowledge_chunks`.execute(db);

  // A query is a few words of one chunk of the target business (a visitor paraphrasing what a
  // document says) plus two random words: it has a true best match, as real questions do.
  const qr = rng(7);
  const sources: number[] = [];
  const queries = Array.from({ length: QUERIES }, () => {
    let idx = Math.floor(qr() * N);
    if (idx % 10 === 0) idx = (idx + 1) % N;
    sources.push(idx);
    const w = texts[idx]!.replace(/\.$/, '').split(' ');
    const start = Math.floor(qr() * (w.length - 8));
    return `${w.slice(start, start + 8).join(' ')} ${word(qr)} ${word(qr)}`;
  });
  // Warm up
  for (const q of queries.slice(0, 10)) await tunedHybridSearch(db, { businessId: target!.id, query: q, embedding: localEmbedding(q), model: LOCAL_EMBEDDING_MODEL, k: 5 }, { iterative: true });
  const lat: number[] = [];
  let leaked = 0;
  let sourceFound = 0;
  for (const [i, q] of queries.entries()) {
    const t0 = performance.now();
    const hits = await tunedHybridSearch(db, { businessId: target!.id, query: q, embedding: localEmbedding(q), model: LOCAL_EMBEDDING_MODEL, k: 5 }, { iterative: true });
    lat.push(performance.now() - t0);
    if (hits.some((h) => h.itemId === otherItem.id)) leaked++;
    if (hits.some((h) => h.content === texts[sources[i]!])) sourceFound++;
  }

  // recall@5 of the HNSW index against exact search, vector leg alone, at the default
  // ef_search (40, what the app uses) and at 100.
  const recallQueries = queries.slice(0, 100);
  const recallAt = async (ef: number) => {
    let overlap = 0;
    for (const q of recallQueries) {
      const v = vectorLiteral(localEmbedding(q));
      const approx = await db.transaction().execute(async (trx) => {
        await sql.raw(`SET LOCAL hnsw.ef_search = ${ef}`).execute(trx);
        return sql<{ id: string }>`SELECT id FROM knowledge_chunks ORDER BY embedding <=> ${v}::vector LIMIT 5`.execute(trx);
      });
      const exact = await db.transaction().execute(async (trx) => {
        await sql`SET LOCAL enable_indexscan = off`.execute(trx);
        return sql<{ id: string }>`SELECT id FROM knowledge_chunks ORDER BY embedding <=> ${v}::vector LIMIT 5`.execute(trx);
      });
      const truth = new Set(exact.rows.map((x) => x.id));
      overlap += approx.rows.filter((x) => truth.has(x.id)).length;
    }
    return Math.round((overlap / (recallQueries.length * 5)) * 1000) / 1000;
  };
  const recall40 = await recallAt(40);
  const recall100 = await recallAt(100);
  const recall200 = await recallAt(200);
  // The same HNSW index on embedding-like data (1000 topic clusters, Gaussian spread), to tell
  // the index's recall apart from the hashed lexical vectors' near-uniform distances.
  let dense: { recallAt5Ef40: number; recallAt5Ef100: number } | null = null;
  if (process.env.BENCH_DENSE !== '0') {
    const g = rng(99);
    const gauss = () => Math.sqrt(-2 * Math.log(g() || 1e-12)) * Math.cos(2 * Math.PI * g());
    const norm = (v: number[]) => {
      const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
      return v.map((x) => Math.round((x / n) * 1e6) / 1e6);
    };
    const centers = Array.from({ length: 1000 }, () => Array.from({ length: 512 }, gauss));
    const vectors: number[][] = [];
    await sql`CREATE TABLE bench_dense (id serial PRIMARY KEY, embedding vector(512))`.execute(db);
    for (let i = 0; i < N; i += 500) {
      const batch: string[] = [];
      for (let j = i; j < Math.min(N, i + 500); j++) {
        const c = centers[Math.floor(g() * centers.length)]!;
        const v = norm(c.map((x) => x + 0.8 * gauss()));
        if (j % Math.floor(N / 100) === 0) vectors.push(v);
        batch.push(vectorLiteral(v));
      }
      await sql`INSERT INTO bench_dense (embedding) SELECT unnest(${batch}::text[])::vector`.execute(db);
    }
    await sql`CREATE INDEX ON bench_dense USING hnsw (embedding vector_cosine_ops)`.execute(db);
    await sql`ANALYZE bench_dense`.execute(db);
    const denseRecall = async (ef: number) => {
      let overlap = 0;
      for (const base of vectors) {
        const v = vectorLiteral(norm(base.map((x) => x + 0.02 * gauss())));
        const approx = await db.transaction().execute(async (trx) => {
          await sql.raw(`SET LOCAL hnsw.ef_search = ${ef}`).execute(trx);
          return sql<{ id: number }>`SELECT id FROM bench_dense ORDER BY embedding <=> ${v}::vector LIMIT 5`.execute(trx);
        });
        const exact = await db.transaction().execute(async (trx) => {
          await sql`SET LOCAL enable_indexscan = off`.execute(trx);
          return sql<{ id: number }>`SELECT id FROM bench_dense ORDER BY embedding <=> ${v}::vector LIMIT 5`.execute(trx);
        });
        const truth = new Set(exact.rows.map((x) => x.id));
        overlap += approx.rows.filter((x) => truth.has(x.id)).length;
      }
      return Math.round((overlap / (vectors.length * 5)) * 1000) / 1000;
    };
    dense = { recallAt5Ef40: await denseRecall(40), recallAt5Ef100: await denseRecall(100) };
  }
  const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM knowledge_chunks ORDER BY embedding <=> ${vectorLiteral(localEmbedding(queries[0]!))}::vector LIMIT 5`.execute(db);
  console.log(
    JSON.stringify({
      bench: 'retrieval',
      database: 'postgresql+pgvector',
      chunks: N,
      queries: QUERIES,
      hybridP50Ms: pct(lat, 50),
      hybridP95Ms: pct(lat, 95),
      hybridMeanMs: Math.round((lat.reduce((a, b) => a + b, 0) / lat.length) * 100) / 100,
      hnswRecallAt5: recall40,
      hnswRecallAt5Ef100: recall100,
      hnswRecallAt5Ef200: recall200,
      hybridSourceChunkAt5: Math.round((sourceFound / queries.length) * 1000) / 1000,
      hnswIndexUsed: plan.rows.some((row) => /knowledge_chunks_embedding_idx/.test(row['QUERY PLAN'])),
      denseHnswRecallAt5: dense?.recallAt5Ef40,
      denseHnswRecallAt5Ef100: dense?.recallAt5Ef100,
      crossTenantHits: leaked,
      loadSec: Math.round(loadMs / 100) / 10,
      indexBuildSec: Math.round(indexMs / 100) / 10,
    }),
  );
} finally {
  await handle.close();
  if (given) {
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  }
  server?.stop();
}
