// Platform operators: record a business's phone number configured outside this server.
//   npm run admin:assign-number -- <businessId> <+15555550100 | none>
// Uses DATABASE_URL (or the embedded PGlite in DATA_DIR), like the server.
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';
import { assignNumberCommand } from '../src/twilio/numbers-cli.js';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const result = await assignNumberCommand(process.argv.slice(2), { db: database.db });
  (result.exitCode === 0 ? console.log : console.error)(result.output);
  process.exitCode = result.exitCode;
} finally {
  await database.close();
}
