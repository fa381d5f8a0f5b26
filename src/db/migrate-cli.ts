import { loadConfig, ConfigError } from '../config.js';
import { openDatabase } from './index.js';
import { migrateToLatest } from './migrate.js';

// `npm run migrate` and Fly's release_command.
try {
  const config = loadConfig();
  const handle = await openDatabase(config);
  const applied = await migrateToLatest(handle.db);
  console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
  await handle.close();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `migration failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
