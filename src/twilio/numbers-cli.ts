import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { createPhoneNumberService } from './phone-numbers.js';

// The operator command `assign-number <businessId> <number|none>`: records a number configured
// outside this server (no Twilio call), exactly as the assignPhoneNumber mutation does.
// Mounted by the operator CLI as `npm run admin -- assign-number …` (scripts/admin.ts).

export const ASSIGN_NUMBER_USAGE = 'usage: assign-number <businessId> <E.164 number | none>';

export interface CommandResult {
  exitCode: number;
  /** One line: JSON on success, the error message otherwise. */
  output: string;
}

const quietLogger = { child: () => quietLogger, info() {}, warn() {}, error() {}, debug() {} } as unknown as Logger;

export async function assignNumberCommand(args: string[], deps: { db: Kysely<Database>; now?: () => number }): Promise<CommandResult> {
  const [businessId, number] = args;
  if (!businessId || !number || args.length > 2) return { exitCode: 2, output: ASSIGN_NUMBER_USAGE };
  const service = createPhoneNumberService({
    db: deps.db,
    // Assigning never calls Twilio and never builds a webhook URL.
    config: { PUBLIC_BASE_URL: undefined, PORT: 0 },
    twilio: () => null,
    logger: quietLogger,
    now: deps.now ?? Date.now,
  });
  try {
    const row = await service.assign(businessId, number.toLowerCase() === 'none' ? null : number);
    return { exitCode: 0, output: JSON.stringify({ businessId: row.id, name: row.name, twilioNumber: row.twilio_number, source: row.twilio_number_source }) };
  } catch (err) {
    if (isAppError(err)) return { exitCode: 1, output: `${err.code}: ${err.message}` };
    throw err;
  }
}
