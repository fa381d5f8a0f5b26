import t from 'tap';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackPgliteTemplate } from '../helpers/db.js';
import { freePort } from '../helpers/redis-server.js';

// The real process: SIGTERM while a request is in flight. The in-flight request completes, new
// connections are refused (or answered 503), and the process exits 0 within the grace period.
// Load shedding is off: on a busy machine it answered the in-flight request 503 before shutdown
// was even in play (the subject here is shutdown; test/http covers shedding).
t.test('SIGTERM lets in-flight requests finish and exits 0', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'smb-shutdown-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  // The server's PGlite (DATA_DIR/pglite) starts migrated, from the test template, as in
  // server-process.ts: migrating an empty database took most of the child's start-up.
  await unpackPgliteTemplate(dir);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SHUTDOWN_GRACE: '15s', SEED_DEMO: 'false', MAX_EVENT_LOOP_DELAY: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  t.teardown(() => child.kill('SIGKILL'));

  let up = false;
  for (let i = 0; i < 900 && !up; i++) {
    up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 100));
  }
  t.ok(up, 'server came up');

  // A request whose body is still arriving when SIGTERM lands.
  const body = JSON.stringify({ email: 'nobody@x.test', password: 'not the password' });
  const inFlight = new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      child.kill('SIGTERM');
      setTimeout(async () => {
        // New work is not taken any more.
        const late = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status, (e: Error) => e.name);
        t.ok(late === 503 || late === 'TypeError', `a new request after SIGTERM is refused (${late})`);
        req.end(body.slice(10));
      }, 500);
    }, 300);
  });
  t.equal(await inFlight, 401, 'the in-flight request got its real answer');
  const { code } = await exited;
  t.equal(code, 0, 'exit code 0');
});
