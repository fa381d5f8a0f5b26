import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';

interface StoredSecrets {
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
}

/**
 * Outside production, missing JWT_SECRET / ENCRYPTION_KEY are generated once and kept under
 * the data dir, so tokens and encrypted credentials survive restarts. Production refuses to
 * start without them (loadConfig enforces that).
 */
export function ensureSecrets(config: Config): Config {
  if (config.JWT_SECRET && config.ENCRYPTION_KEY) return config;
  const file = join(config.DATA_DIR, 'secrets.json');
  let stored: Partial<StoredSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredSecrets>;
  const next: StoredSecrets = {
    JWT_SECRET: stored.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    ENCRYPTION_KEY: stored.ENCRYPTION_KEY ?? randomBytes(32).toString('hex'),
  };
  if (next.JWT_SECRET !== stored.JWT_SECRET || next.ENCRYPTION_KEY !== stored.ENCRYPTION_KEY) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(next, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { ...config, JWT_SECRET: config.JWT_SECRET ?? next.JWT_SECRET, ENCRYPTION_KEY: config.ENCRYPTION_KEY ?? next.ENCRYPTION_KEY };
}
