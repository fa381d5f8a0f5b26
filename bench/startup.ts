// Cold start (empty data dir: migrations + demo seed) and warm start to the first /health ok,
// for the built server (`npm run build` first), in its own process. PGlite in a fresh data dir,
// or a fresh database on BENCH_DATABASE_URL's server (Redis sessions with BENCH_REDIS_URL).
// Prints one JSON line.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createBenchDatabase } from './database.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function timeToHealthy(dataDir: string, databaseUrl: string | undefined): Promise<{ ms: number; rssMb: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}),
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const body = await fetch(`http://127.0.0.1:${port}/health`).then((r) => (r.ok ? r.json() : undefined), () => undefined);
      if (body?.status === 'ok') return { ms: Math.round(performance.now() - started), rssMb: body.memory.rssMb };
      if (performance.now() - started > 60_000) throw new Error('server did not become healthy in 60 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

if (!existsSync('dist/src/main.js')) throw new Error('run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'smb-startup-'));
const database = process.env.BENCH_DATABASE_URL ? await createBenchDatabase(process.env.BENCH_DATABASE_URL) : undefined;
try {
  const cold = await timeToHealthy(dir, database?.url);
  const warm = await timeToHealthy(dir, database?.url);
  console.log(
    JSON.stringify({
      bench: 'startup',
      database: database ? 'postgresql' : 'pglite',
      sessions: process.env.BENCH_REDIS_URL ? 'redis' : 'memory',
      coldStartMs: cold.ms,
      warmStartMs: warm.ms,
      rssMbAtReady: warm.rssMb,
      node: process.version,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
}
