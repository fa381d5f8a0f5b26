import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_data_model.js';
import * as m0300 from './0300_webhook_endpoints.js';
import * as m0400 from './0400_pm_webhook_deliveries.js';
import * as m0401 from './0401_client_link_rules.js';
import * as m0420 from './0420_user_token_version.js';
import * as m0421 from './0421_account_tokens.js';
import * as m0422 from './0422_user_invitation_pending.js';
import * as m0423 from './0423_verified_notification_email.js';
import * as m0424 from './0424_api_keys_owned_by_user.js';
import * as m0430 from './0430_transfer_numbers.js';
import * as m0435 from './0435_phone_number_ownership.js';
import * as m0436 from './0436_emergency_escalations.js';
import * as m0440 from './0440_business_demo_flag.js';
import * as m0460 from './0460_chunk_embedding_inline.js';
import * as m0490 from './0490_one_greeting.js';
import * as m0491 from './0491_widget_seen.js';
import * as m0492 from './0492_knowledge_files.js';

// Every migration, in order. Forward-only: never edit one that has landed; add a new file and
// list it here. Names sort in the order they must run, and a new one must sort after every
// existing one (next: 0402_…): databases that already applied 0401 refuse one that sorts before.
export const migrations: Record<string, Migration> = {
  '0001_data_model': m0001,
  '0300_webhook_endpoints': m0300,
  '0400_pm_webhook_deliveries': m0400,
  '0401_client_link_rules': m0401,
  '0420_user_token_version': m0420,
  '0421_account_tokens': m0421,
  '0422_user_invitation_pending': m0422,
  '0423_verified_notification_email': m0423,
  '0424_api_keys_owned_by_user': m0424,
  '0430_transfer_numbers': m0430,
  '0435_phone_number_ownership': m0435,
  '0436_emergency_escalations': m0436,
  '0440_business_demo_flag': m0440,
  '0460_chunk_embedding_inline': m0460,
  '0490_one_greeting': m0490,
  '0491_widget_seen': m0491,
  '0492_knowledge_files': m0492,
};
