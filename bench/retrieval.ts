// Hybrid retrieval at scale: the real search path (query embedding with the local embedder +
// vector leg + full-text legs + RRF, as KnowledgeService.search runs it) over synthetic
// knowledge bases of ~1k chunks per business, asked visitor questions that PARAPHRASE the chunk
// that answers them (bench/retrieval-corpus.ts, fixed seed).
//
// - BENCH_DATABASE_URL (or TEST_DATABASE_URL) set: PostgreSQL + pgvector, 100k chunks over 100
//   businesses (a fresh database is created in that server and dropped at the end).
// - BENCH_RETRIEVAL_PG=throwaway: the same, on a throwaway PostgreSQL 15 cluster on loopback.
// - otherwise: the embedded default (PGlite, in memory), 10k chunks over 10 businesses.
// BENCH_CHUNKS, BENCH_BUSINESSES, BENCH_QUERIES override the sizes. BENCH_LOCAL_EMBEDDING=lexical
// runs the hashed-lexical part alone (the embedding before word vectors), for A/B.
// Prints one JSON line: p50/p95 latency, top-5 rate, cross-tenant hits, load and index build
// time, index sizes, memory, and a summary of the server-side plan of one query.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../src/db/index.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { terms } from '../src/ai/lexical.js';
import { createLocalEmbedder, GLOVE_EMBEDDING_MODEL, labelCoverage, localEmbedding, localSectionEmbedding, LOCAL_EMBEDDING_MODEL } from '../src/ai/local-embedder.js';
import { createSentenceEncoder } from '../src/ai/sentence-encoder.js';
import { cachedSectionVectors, hasCachedVectors } from './lib/vector-cache.js';
import { loadWordVectors } from '../src/ai/word-vectors.js';
import { createSearchPaths, hybridQuery, supportsIterativeScan, tunedHybridSearch, vectorLiteral, type HybridParams, type SearchPath } from '../src/knowledge/search.js';
import { createFieldGroups } from '../src/knowledge/field-rank.js';
import { statesKindAsked } from '../src/agent/asked-kind.js';
import { buildCorpus } from './retrieval-corpus.js';

const PGBIN = '/usr/lib/postgresql/15/bin';

function startThrowawayPostgres(): { url: string; stop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  chmodSync(dir, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const root = process.getuid?.() === 0;
  const asPostgres = (cmd: string, args: string[]) => (root ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' }) : execFileSync(cmd, args, { stdio: 'ignore' }));
  if (root) execFileSync('chown', ['postgres:postgres', dir]);
  asPostgres(`${PGBIN}/initdb`, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  asPostgres(`${PGBIN}/pg_ctl`, ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c maintenance_work_mem=512MB`, 'start']);
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

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Share of the question's content words (stems, stop words dropped) that occur in the chunk. */
function overlap(question: string, chunk: string): number {
  const q = new Set(terms(question));
  if (!q.size) return 0;
  const c = new Set(terms(chunk));
  let shared = 0;
  for (const w of q) if (c.has(w)) shared++;
  return shared / q.size;
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const throwaway = !url && process.env.BENCH_RETRIEVAL_PG === 'throwaway' ? startThrowawayPostgres() : null;
const adminUrl = url ?? throwaway?.url;
const onPostgres = Boolean(adminUrl);
const N = Number(process.env.BENCH_CHUNKS ?? (onPostgres ? 100_000 : 10_000));
const BUSINESSES = Number(process.env.BENCH_BUSINESSES ?? Math.max(1, Math.round(N / 1000)));
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const lexicalOnly = process.env.BENCH_LOCAL_EMBEDDING === 'lexical';
let gloveOnly = process.env.BENCH_LOCAL_EMBEDDING === 'glove';
// BENCH_LOCAL_EMBEDDING=glove: the hashed-lexical + GloVe vector (the local embedder before the
// sentence encoder), for A/B. BENCH_LOCAL_EMBEDDING=sentence: the service's sentence-encoder
// vectors, encoding the corpus when its vectors are not cached yet (~55 ms of CPU per chunk:
// ~10 min for 10k, ~1.5 h for 100k). Unset: the sentence vectors when cached, else GloVe (so
// `npm run bench` stays within its time on a fresh clone; the line says which ran).
const embeddingAsked = process.env.BENCH_LOCAL_EMBEDDING ?? '';
// BENCH_VECTOR_WEIGHT, BENCH_LABEL_WEIGHT: the fusion's weights, for A/B (defaults: the service's).
const VECTOR_WEIGHT = process.env.BENCH_VECTOR_WEIGHT ? Number(process.env.BENCH_VECTOR_WEIGHT) : undefined;
const LABEL_WEIGHT_OVERRIDE = process.env.BENCH_LABEL_WEIGHT ? Number(process.env.BENCH_LABEL_WEIGHT) : undefined;
// BENCH_FIELD_RANKING=0|1: the field-aware re-ranking (knowledge/field-rank.ts) off or on, for
// A/B; by default on with the sentence vectors, as the service runs the local provider.
const FIELD_RANKING = process.env.BENCH_FIELD_RANKING;
// BENCH_KIND_RANKING=0|1: with the field ranking, a chunk that states a fact of the kind the
// question asks for (src/agent/asked-kind.ts) ranks a little higher; on by default, as the
// service runs the local provider.
const KIND_RANKING = process.env.BENCH_KIND_RANKING !== '0';

let dbName = '';
let handle: DatabaseHandle;
if (adminUrl) {
  dbName = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  // One connection: every query runs on one server process, whose CPU time is read below.
  handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: u.toString(), DATABASE_POOL_MAX: 1 });
} else {
  handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
}

try {
  const { db } = handle;
  await migrateToLatest(db);
  const wordVectors = lexicalOnly ? null : loadWordVectors();
  const corpus = buildCorpus({ businesses: BUSINESSES, chunks: N, questions: QUERIES, seed: 42, overlap });
  let embeddingNote: string | null = null;
  if (!embeddingAsked && !hasCachedVectors(LOCAL_EMBEDDING_MODEL, corpus.chunks)) {
    gloveOnly = true;
    embeddingNote = 'sentence vectors of this corpus not cached: GloVe ran instead (BENCH_LOCAL_EMBEDDING=sentence encodes and caches them)';
  }
  const sentences = !lexicalOnly && !gloveOnly;
  // The service's embedder (sentence encoder); its memo is kept small, so every question asked
  // below is encoded as a visitor's new question would be.
  const embedder = createLocalEmbedder({ wordVectors: () => wordVectors!, encoder: createSentenceEncoder({ cacheSize: 64 }) });
  const embed = async (text: string) => (sentences ? (await embedder.embed([text]))[0]! : localEmbedding(text, wordVectors));
  const model = lexicalOnly ? 'bench-lexical-only' : gloveOnly ? GLOVE_EMBEDDING_MODEL : LOCAL_EMBEDDING_MODEL;

  const businessIds = (
    await db
      .insertInto('businesses')
      .values(corpus.profiles.map((p) => ({ name: p.name })))
      .returning('id')
      .execute()
  ).map((r) => r.id);
  const itemIds = (
    await db
      .insertInto('knowledge_items')
      .values(corpus.items.map((it) => ({ business_id: businessIds[it.business]!, title: it.title, content: it.title, status: 'READY' as const, embedding_model: model })))
      .returning('id')
      .execute()
  ).map((r) => r.id);
  const businessOfItem = new Map(itemIds.map((id, i) => [id, corpus.items[i]!.business]));

  // Bulk load without the HNSW index, then build it (how an import or a re-embed is done at
  // scale). Items are loaded in a shuffled order, so a business's chunks are spread over the
  // table as they are when many businesses add documents over time.
  await sql`DROP INDEX knowledge_chunks_embedding_idx`.execute(db);
  const byItem = new Map<number, number[]>();
  corpus.chunks.forEach((c, i) => byItem.set(c.item, [...(byItem.get(c.item) ?? []), i]));
  const order = [...byItem.keys()];
  let seed = 7;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chunkIds = new Array<string>(corpus.chunks.length);
  // Sentence-encoder vectors of the corpus: ~7 ms of CPU per chunk, so they are kept in a cache
  // file keyed by the corpus and the model (node_modules/.cache): the first run on a machine
  // pays it (reported as embedSec), later runs read it.
  const embedStarted = performance.now();
  const encoded = sentences ? await cachedSectionVectors(model, corpus.chunks, (sections) => embedder.embedSections!(sections)) : null;
  const embedMs = performance.now() - embedStarted;
  const loadStarted = performance.now();
  let batch: number[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch.map((i) => {
      const c = corpus.chunks[i]!;
      return {
        business_id: businessIds[c.business]!,
        item_id: itemIds[c.item]!,
        ordinal: i,
        heading: c.heading,
        content: c.content,
        // What KnowledgeService.ingestItem embeds: title, section path and text (as fields).
        embedding: vectorLiteral(encoded ? encoded.vector(i) : localSectionEmbedding(c, wordVectors)),
        embedding_model: model,
      };
    });
    const ids = await db.insertInto('knowledge_chunks').values(rows).returning('id').execute();
    batch.forEach((ci, k) => (chunkIds[ci] = ids[k]!.id));
    batch = [];
  };
  for (const item of order) {
    batch.push(...byItem.get(item)!);
    if (batch.length >= 500) await flush();
  }
  await flush();
  const loadMs = performance.now() - loadStarted;
  const rssBefore = process.memoryUsage().rss;
  const indexStarted = performance.now();
  await sql`CREATE INDEX knowledge_chunks_embedding_idx ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)`.execute(db);
  const indexMs = performance.now() - indexStarted;
  const rssAfterIndex = process.memoryUsage().rss;
  // What autovacuum does to a freshly loaded table (the visibility map lets the per-business
  // count read the btree alone).
  await sql`VACUUM ANALYZE knowledge_chunks`.execute(db);
  await sql`VACUUM ANALYZE knowledge_items`.execute(db);

  const iterative = await supportsIterativeScan(db);
  // The service re-ranks by label coverage when the embedder offers it (the local one does).
  const rerank = wordVectors ? (question: string, labels: string[]) => labelCoverage(question, labels, wordVectors) : undefined;
  // The service counts a business's chunks once a minute to pick the exact or the index path.
  const paths = createSearchPaths(db);
  // ... and by field groups (read once per business and cached) with the local provider.
  const fieldRanking = FIELD_RANKING ? FIELD_RANKING === '1' : sentences;
  const fieldGroups = createFieldGroups(db);
  const params = async (q: (typeof corpus.questions)[number], path?: SearchPath): Promise<HybridParams> => {
    const fields = fieldRanking && path === 'exact' ? await fieldGroups.groupsFor(businessIds[q.business]!, model) : null;
    return {
      businessId: businessIds[q.business]!,
      query: q.text,
      embedding: await embed(q.text),
      model,
      k: 5,
      labelCoverage: rerank,
      path,
      vectorWeight: VECTOR_WEIGHT,
      labelWeight: LABEL_WEIGHT_OVERRIDE,
      fields,
      statesKind: fields && KIND_RANKING ? statesKindAsked(q.text) : null,
    };
  };
  const embedLat: number[] = [];
  const search = async (q: (typeof corpus.questions)[number]) => {
    const t0 = performance.now();
    const p = await params(q, await paths.pathFor(businessIds[q.business]!));
    embedLat.push(performance.now() - t0);
    return tunedHybridSearch(db, p, { iterative });
  };
  for (const q of corpus.questions.slice(0, 20)) await search(q);
  embedLat.length = 0;
  // Server CPU: the backend's user+system time from /proc (PostgreSQL on this machine), so the
  // figure does not depend on how loaded the machine is; PGlite runs in this process.
  const backendPid = onPostgres ? Number((await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]!.pid) : 0;
  const ticks = () => {
    try {
      const f = readFileSync(`/proc/${backendPid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return Number(f[11]) + Number(f[12]);
    } catch {
      return NaN;
    }
  };
  const serverTicks0 = ticks();
  const clientCpu0 = process.cpuUsage();
  const lat: number[] = [];
  let leaked = 0;
  let found = 0;
  let first = 0;
  let namedFound = 0;
  const misses: string[] = [];
  for (const q of corpus.questions) {
    const t0 = performance.now();
    // Timed as the service runs it: the question's embedding included.
    const hits = await search(q);
    lat.push(performance.now() - t0);
    leaked += hits.filter((h) => businessOfItem.get(h.itemId) !== q.business).length;
    const rank = hits.findIndex((h) => h.chunkId === chunkIds[q.chunk]);
    if (rank >= 0) found++;
    if (rank >= 0 && q.named) namedFound++;
    // A miss: the question, the chunk that answers it ("title / heading") and what came first.
    if (rank < 0 && misses.length < 5) misses.push(`${q.text} -> want ${corpus.chunks[q.chunk]!.title} / ${corpus.chunks[q.chunk]!.heading}; got ${hits[0] ? `${hits[0].title} / ${hits[0].heading}` : 'nothing'}`);
    if (rank === 0) first++;
  }
  const serverCpuMs = ((ticks() - serverTicks0) * 10) / corpus.questions.length;
  const clientCpu = process.cpuUsage(clientCpu0);
  const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000 / corpus.questions.length;
  const overlaps = corpus.questions.map((q) => {
    const c = corpus.chunks[q.chunk]!;
    return overlap(q.text, `${c.title} ${c.heading} ${c.content}`);
  });

  // The plan of one query as the server ran it.
  const q0 = corpus.questions[0]!;
  const planRows = await db.transaction().execute(async (trx) => {
    if (iterative) await sql`SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', '100', true)`.execute(trx);
    return (await sql<{ 'QUERY PLAN': unknown }>`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${hybridQuery(await params(q0, await paths.pathFor(businessIds[q0.business]!)))}`.execute(trx)).rows;
  });
  const planJson = planRows[0]!['QUERY PLAN'];
  const root = ((typeof planJson === 'string' ? JSON.parse(planJson) : planJson) as { Plan: PlanNode; 'Execution Time': number }[])[0]!;
  interface PlanNode {
    'Node Type': string;
    'Index Name'?: string;
    'Actual Loops'?: number;
    'Actual Rows'?: number;
    Plans?: PlanNode[];
    'Shared Hit Blocks'?: number;
    'Shared Read Blocks'?: number;
  }
  const scans: string[] = [];
  const walk = (n: PlanNode) => {
    if (/Scan/.test(n['Node Type']) && (n['Actual Loops'] ?? 0) > 0 && !/CTE|Subquery|Function|Values|Result/.test(n['Node Type'])) scans.push(`${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''} rows=${n['Actual Rows']}`);
    n.Plans?.forEach(walk);
  };
  walk(root.Plan);

  const sizes = await sql<{ name: string; bytes: number }>`
    SELECT c.relname AS name, pg_relation_size(c.oid)::float8 AS bytes FROM pg_class c
    WHERE c.relname LIKE 'knowledge_chunks%' AND c.relkind IN ('r', 'i') ORDER BY c.relname`.execute(db);
  const settings = await sql<{ name: string; setting: string; unit: string | null }>`SELECT name, setting, unit FROM pg_settings WHERE name IN ('maintenance_work_mem', 'shared_buffers', 'work_mem')`.execute(db);
  const version = await sql<{ v: string }>`SELECT extversion AS v FROM pg_extension WHERE extname = 'vector'`.execute(db);

  console.log(
    JSON.stringify({
      bench: 'retrieval',
      database: onPostgres ? 'postgresql+pgvector' : 'pglite+pgvector',
      pgvector: version.rows[0]?.v,
      embedding: model,
      embeddingNote,
      fieldRanking,
      kindRanking: fieldRanking && KIND_RANKING,
      chunks: N,
      businesses: BUSINESSES,
      queries: corpus.questions.length,
      hybridP50Ms: pct(lat, 50),
      hybridP95Ms: pct(lat, 95),
      hybridMeanMs: round(lat.reduce((a, b) => a + b, 0) / lat.length, 2),
      // Of which the question's embedding (the sentence encoder on one new text; a repeated
      // question comes from the encoder's memo in the service).
      queryEmbedP50Ms: pct(embedLat, 50),
      queryEmbedP95Ms: pct(embedLat, 95),
      // CPU per question: the database server's (PostgreSQL backend; 10 ms clock ticks, averaged)
      // and this process's (query embedding, driver; on PGlite also the database itself).
      serverCpuMsPerQuery: Number.isFinite(serverCpuMs) ? round(serverCpuMs, 2) : null,
      clientCpuMsPerQuery: round(clientCpuMs, 2),
      loadAverage1m: round(loadavg()[0]!, 1),
      sourceChunkTop5: round(found / corpus.questions.length),
      sourceChunkTop1: round(first / corpus.questions.length),
      // Split by how the visitor named the service: the business's own term, or their own words.
      sourceChunkTop5NamedService: round(namedFound / Math.max(1, corpus.questions.filter((q) => q.named).length)),
      sourceChunkTop5DescribedService: round((found - namedFound) / Math.max(1, corpus.questions.filter((q) => !q.named).length)),
      crossTenantHits: leaked,
      questionOverlapMean: round(overlaps.reduce((a, b) => a + b, 0) / overlaps.length),
      questionOverlapMax: round(Math.max(...overlaps)),
      questionsOverHalfOverlap: overlaps.filter((o) => o > 0.5).length,
      sampleQuestions: corpus.questions.slice(0, 3).map((q) => ({ q: q.text, chunk: corpus.chunks[q.chunk]!.content })),
      sampleMisses: misses,
      loadSec: round(loadMs / 1000, 1),
      embedSec: round(embedMs / 1000, 1),
      embedCache: encoded?.cache ?? null,
      indexBuildSec: round(indexMs / 1000, 1),
      indexSizesMb: Object.fromEntries(sizes.rows.map((r) => [r.name, mb(Number(r.bytes))])),
      // PostgreSQL builds the index in its own process, within maintenance_work_mem; PGlite in this one.
      indexBuildMemory: onPostgres ? Object.fromEntries(settings.rows.map((s) => [s.name, `${s.setting}${s.unit ?? ''}`])) : { processRssGrowthMb: mb(rssAfterIndex - rssBefore), processRssMb: mb(rssAfterIndex) },
      plan: { executionMs: round(root['Execution Time'], 2), scans },
    }),
  );
} finally {
  await handle.close();
  if (adminUrl && process.env.BENCH_RETRIEVAL_KEEP_DB === '1') console.error(`kept database ${dbName}`);
  else if (adminUrl) {
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  }
  throwaway?.stop();
}
