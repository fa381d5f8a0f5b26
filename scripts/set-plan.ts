// Platform operators: change a business's plan tier from the command line.
//   npx tsx scripts/set-plan.ts <businessId> <FREE|BASIC|PRO>
// Uses DATABASE_URL (or the embedded PGlite in DATA_DIR), like the server.
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';
import { setPlan } from '../src/admin/accounts.js';
import { PLANS } from '../src/plans/index.js';
import type { Plan } from '../src/db/schema.js';

const [businessId, plan] = process.argv.slice(2);
if (!businessId || !plan || !(PLANS as readonly string[]).includes(plan)) {
  console.error(`usage: tsx scripts/set-plan.ts <businessId> <${PLANS.join('|')}>`);
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config);
try {
  const row = await setPlan(database.db, businessId, plan as Plan, new Date());
  console.log(JSON.stringify({ businessId: row.id, name: row.name, plan: row.plan }));
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
