// Operator commands, run from the shell on a machine that reaches the database:
//   npm run admin -- <command> [args]
// Uses DATABASE_URL (or the embedded PGlite in DATA_DIR) like the server, and applies pending
// migrations first. Each command is one entry of COMMANDS below: add a command by adding an
// entry (name, usage, what it does, run), nothing else.
import { loadConfig, type Config } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database, Plan } from '../src/db/schema.js';
import type { Kysely } from 'kysely';
import { setPlan } from '../src/business/data.js';
import { accountLink, publicBase } from '../src/accounts/links.js';
import { issueAccountToken } from '../src/accounts/tokens.js';
import { emailKey } from '../src/contacts/email.js';
import { PLANS } from '../src/plans/index.js';
import { assignNumberCommand } from '../src/twilio/numbers-cli.js';

interface CommandContext {
  db: Kysely<Database>;
  config: Config;
  /** One line for a person (stdout). */
  print(line: string): void;
}

interface Command {
  usage: string;
  summary: string;
  /** Returns a process exit code: 0 done, 1 failed, 2 bad usage. */
  run(args: string[], ctx: CommandContext): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// Command table. One entry per command, in the order `npm run admin` lists them.
// ---------------------------------------------------------------------------------------------
const COMMANDS: Record<string, Command> = {
  'reset-password': {
    usage: 'reset-password <email>',
    summary: "prints a one-time link (valid 1 hour) that sets a new password for that user; nothing is e-mailed",
    async run([email], { db, config, print }) {
      if (!email) return 2;
      const user = await db
        .selectFrom('users')
        .select(['id', 'business_id', 'email', 'invitation_pending'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', emailKey(email)))
        .executeTakeFirst();
      if (!user) {
        print(`No user with the e-mail ${email}`);
        return 1;
      }
      const issued = await issueAccountToken(db, { purpose: 'PASSWORD_RESET', businessId: user.business_id, userId: user.id, email: user.email, now: new Date() });
      print(`One-time password reset link for ${user.email} (expires ${issued.expiresAt.toISOString()}):`);
      print(accountLink(publicBase(config), 'reset-password', issued.token));
      if (user.invitation_pending) print('Note: this user has not accepted their invitation yet; setting a password through this link also accepts it.');
      return 0;
    },
  },

  'set-plan': {
    usage: `set-plan <businessId> <${PLANS.join('|')}>`,
    summary: "changes a business's plan tier",
    async run([businessId, plan], { db, print }) {
      if (!businessId || !plan || !(PLANS as readonly string[]).includes(plan)) return 2;
      const row = await setPlan(db, businessId, plan as Plan, new Date());
      print(JSON.stringify({ businessId: row.id, name: row.name, plan: row.plan }));
      return 0;
    },
  },

  'assign-number': {
    usage: 'assign-number <businessId> <+E164|none>',
    summary: 'records a phone number configured outside this server on a business (no Twilio call; none clears it)',
    async run(args, { db, print }) {
      const result = await assignNumberCommand(args, { db });
      print(result.output);
      return result.exitCode;
    },
  },
};
// ---------------------------------------------------------------------------------------------

function help(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  return ['usage: npm run admin -- <command> [args]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`)].join('\n');
}

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  console.error(help());
  process.exit(name && name !== 'help' && name !== '--help' ? 2 : 0);
}
const config = loadConfig();
const database = await openDatabase(config);
let code = 1;
try {
  await migrateToLatest(database.db);
  code = await command.run(args, { db: database.db, config, print: (line) => console.log(line) });
  if (code === 2) console.error(`usage: npm run admin -- ${command.usage}`);
} catch (err) {
  console.error((err as Error).message);
} finally {
  await database.close();
}
// Explicitly: PGlite's runtime resets process.exitCode when it shuts down.
process.exit(code);
