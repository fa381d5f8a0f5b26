import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis-server.js';

const PGBIN = '/usr/lib/postgresql/15/bin';

/**
 * Why a private PostgreSQL cannot be started here, or undefined when it can: it needs the
 * PostgreSQL 15 binaries with pgvector (CI installs them) and root (to run as `postgres`).
 */
export function privatePostgresUnavailable(): string | undefined {
  if (!existsSync(join(PGBIN, 'pg_ctl'))) return 'PostgreSQL 15 is not installed (CI installs it)';
  if (process.getuid?.() !== 0) return 'starting a private PostgreSQL needs root (to run as the postgres user)';
  if (spawnSync('id', ['postgres'], { stdio: 'ignore' }).status !== 0) return 'no postgres system user';
  const share = spawnSync(join(PGBIN, 'pg_config'), ['--sharedir'], { encoding: 'utf8' }).stdout?.trim();
  if (!share || !existsSync(join(share, 'extension', 'vector.control'))) return 'pgvector is not installed (CI builds it)';
  return undefined;
}

/** A throwaway PostgreSQL cluster on a loopback port that a test may stop and start. */
export interface PostgresProcess {
  url: string;
  stop(): void;
  start(): void;
}

export async function startPrivatePostgres(t: { teardown(fn: () => unknown): void }): Promise<PostgresProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'smb-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const data = join(dir, 'data');
  const asPostgres = (args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'pipe' });
  asPostgres([join(PGBIN, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres']);
  const start = () =>
    void asPostgres([
      join(PGBIN, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start',
    ]);
  const stop = () => void asPostgres([join(PGBIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  t.teardown(() => {
    try {
      stop();
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, start };
}
