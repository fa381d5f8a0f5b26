import type { Migration } from 'kysely';
import * as m0001 from './0001_data_model.js';
import * as m0300 from './0300_webhook_endpoints.js';
import * as m0400 from './0400_pm_webhook_deliveries.js';
import * as m0401 from './0401_client_link_rules.js';
import * as m0440 from './0440_business_demo_flag.js';

// Every migration, in order. Forward-only: never edit one that has landed; add a new file and
// list it here. Names sort in the order they must run, and a new one must sort after every
// existing one (next: 0402_…): databases that already applied 0401 refuse one that sorts before.
export const migrations: Record<string, Migration> = {
  '0001_data_model': m0001,
  '0300_webhook_endpoints': m0300,
  '0400_pm_webhook_deliveries': m0400,
  '0401_client_link_rules': m0401,
  '0440_business_demo_flag': m0440,
};
