import t from 'tap';
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../../src/config.js';

t.test('embedded defaults need no environment at all', async (t) => {
  const c = loadConfig({});
  t.equal(c.PORT, 3000);
  t.equal(c.DATABASE_URL, undefined);
  t.equal(c.REDIS_URL, undefined);
  t.equal(c.OPENAI_REALTIME_URL, 'wss://api.openai.com/v1/realtime');
  t.equal(c.OPENAI_REALTIME_MODEL, 'gpt-realtime');
  t.equal(c.DEMO_PHONE_NUMBER, '+15555550100');
  t.equal(c.DEMO_OWNER_EMAIL, 'owner@demo.local');
  t.equal(c.PM_SYNC_INTERVAL, 300_000);
});

t.test('bad values name the variable', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: 'abc' }, /^Invalid environment variable PORT: expected a whole number, got "abc"$/],
    [{ PORT: '70000' }, /PORT: expected a number between 1 and 65535/],
    [{ DATABASE_URL: 'not a url' }, /^Invalid environment variable DATABASE_URL: is not a valid URL$/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL: expected a postgres: or postgresql: URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL: expected a redis: or rediss: URL/],
    [{ PM_SYNC_INTERVAL: 'often' }, /PM_SYNC_INTERVAL: expected a duration/],
    [{ SEED_MOCK_PROJECTS: 'maybe' }, /SEED_MOCK_PROJECTS: expected true or false/],
    [{ DEMO_PHONE_NUMBER: '555-0100' }, /DEMO_PHONE_NUMBER: expected an E.164 phone number/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET: is required in production/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, /ENCRYPTION_KEY: is required in production/],
    [{ ENCRYPTION_KEY: 'short' }, /ENCRYPTION_KEY: must be 32 bytes/],
  ];
  for (const [env, message] of cases) {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      caught = err;
    }
    t.ok(caught instanceof ConfigError, `${JSON.stringify(env)} throws ConfigError`);
    t.match((caught as Error | undefined)?.message ?? '', message);
  }
  t.equal(loadConfig({ PM_SYNC_INTERVAL: '90s' }).PM_SYNC_INTERVAL, 90_000);
});

t.test('the server refuses to start with one clear line', async (t) => {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, PORT: 'abc' },
    encoding: 'utf8',
    // Loading the app takes a few seconds, far more on a loaded CI machine: a kill by this
    // timeout (the process then exits 1 with nothing said) must not look like the answer.
    timeout: 180_000,
  });
  t.equal(res.signal, null, 'not stopped by the timeout');
  t.equal(res.status, 1);
  const lines = res.stderr.trim().split('\n');
  t.equal(lines.length, 1, 'exactly one line on stderr');
  t.equal(lines[0], 'Invalid environment variable PORT: expected a whole number, got "abc"');
});
