import t from 'tap';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/index.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { hashPassword } from '../../src/auth/password.js';
import { buildTestApp } from '../helpers/app.js';
import { unpackPgliteTemplate } from '../helpers/db.js';

// The operator's shell command: `npm run admin -- reset-password <email>` prints a one-time
// link; the link sets a new password once. Run as a real process over the embedded database.

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'admin-cli-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const config = testConfig({ DATA_DIR: dataDir, PUBLIC_BASE_URL: 'https://ops.example.test' });

// The on-disk database starts from the migrated template (migrating it here took most of the file's time).
await unpackPgliteTemplate(dataDir);
const setup = await openDatabase(config);
await migrateToLatest(setup.db); // applies nothing on a current template
const business = await setup.db.insertInto('businesses').values({ name: 'CLI Co' }).returning('id').executeTakeFirstOrThrow();
await setup.db.insertInto('users').values({ business_id: business.id, email: 'Lost@Cli.test', password_hash: await hashPassword('forgotten forever 1'), role: 'OWNER' }).execute();
await setup.close();

const admin = (...args: string[]) =>
  run(join('node_modules', '.bin', 'tsx'), ['scripts/admin.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, PUBLIC_BASE_URL: 'https://ops.example.test', LOG_LEVEL: 'silent' }, timeout: 120_000 }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, out: e.stdout ?? '', err: e.stderr ?? '' }),
  );

t.test('reset-password prints a one-time link that works once', async (t) => {
  const unknown = await admin('reset-password', 'nobody@cli.test');
  t.equal(unknown.code, 1, 'an unknown e-mail fails');
  t.match(unknown.out, /No user/);
  const bad = await admin('set-plan', 'x');
  t.equal(bad.code, 2, 'bad usage');
  t.match(bad.err, /usage: npm run admin -- set-plan/);

  const res = await admin('reset-password', 'lost@cli.test');
  t.equal(res.code, 0, res.err);
  const m = /https:\/\/ops\.example\.test\/admin\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(res.out);
  t.ok(m, `a console link is printed: ${res.out}`);

  const database = await openDatabase(config);
  const { app } = await buildTestApp(t, { database, config: { DATA_DIR: dataDir } });
  t.teardown(() => database.close());
  const reset = (token: string) =>
    app.inject({ method: 'POST', url: '/graphql', payload: { query: 'mutation($t:String!,$p:String!){ resetPassword(token:$t,newPassword:$p){ userId } }', variables: { t: token, p: 'brand new cobalt ladder 9' } } }).then((r) => r.json());
  t.ok((await reset(m![1]!)).data?.resetPassword?.userId, 'the link sets a new password');
  t.equal((await reset(m![1]!)).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', 'once');
  const login = await app.inject({ method: 'POST', url: '/api/login', payload: { email: 'lost@cli.test', password: 'brand new cobalt ladder 9' } });
  t.equal(login.statusCode, 200);
});
