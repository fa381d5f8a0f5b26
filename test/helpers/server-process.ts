import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis-server.js';
import { unpackPgliteTemplate } from './db.js';

/** The real server as a separate process (multi-instance and fault tests). */
export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startServerProcess(
  t: { teardown(fn: () => unknown): void },
  env: Record<string, string | undefined>,
  opts: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'smb-proc-'));
  if (!env.DATABASE_URL) {
    // Its PGlite (DATA_DIR/pglite) starts migrated, from the test template: migrating an empty
    // database in the child took most of its start-up (minutes on a loaded machine).
    await unpackPgliteTemplate(dataDir);
  }
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'multi-instance-jwt-secret-long-enough-000',
      ENCRYPTION_KEY: '0'.repeat(63) + '2',
      // Load shedding off unless a test is about it: on a loaded CI machine the child answered 503
      // (event loop delay) where test/notify/hardening.test.ts waited for its 401.
      MAX_EVENT_LOOP_DELAY: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  t.teardown(async () => {
    await stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${port}`;
  // Start-up imports the app and migrates an empty PGlite: seconds here, a minute or more on a
  // loaded CI machine.
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  for (;;) {
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, child, output: () => out, stop };
}
