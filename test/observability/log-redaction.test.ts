import t from 'tap';
import { sql } from 'kysely';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { redactUrl } from '../../src/observability/log-safety.js';
import { until } from '../helpers/common.js';

// L6: what reaches the logs: database errors without their bound parameters (a password hash
// appeared in the log), URLs without chat session ids or query-string values.

const lines: string[] = [];
const { app } = await buildTestApp(t, { config: { LOG_LEVEL: 'info' }, overrides: { logStream: { write: (line: string) => void lines.push(line) } } });
const b = await createTestBusiness(app, { plan: 'PRO' });

t.test('a database error is logged without its parameters or statement values', async (t) => {
  const secret = '$scrypt$N=16384$very-secret-password-hash';
  const err = await sql`select ${secret}::uuid`.execute(app.deps.db).then(() => null, (e: unknown) => e);
  t.ok(err, 'the statement failed');
  // PGlite's error carries the parameters; node-postgres quotes the value in the message.
  const keys = JSON.stringify(Object.keys(err as object));
  t.ok(/params|query/.test(keys) || String((err as Error).message).includes('very-secret-password-hash'), 'the driver error carries the value');
  app.log.error({ err }, 'database failed');
  const logged = lines.find((l) => l.includes('database failed'))!;
  t.ok(logged, 'logged');
  t.notOk(logged.includes('very-secret-password-hash'), 'no bound parameter in the log line');
  t.match(JSON.parse(logged).err, { type: String, message: String });
});

t.test('chat session ids and query strings are not in request logs', async (t) => {
  const start = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: b.businessId } });
  const { sessionId } = start.json() as { sessionId: string };
  await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message?token=query-secret-123`, payload: { text: 'hello' } });
  // Every line of that request: "incoming request", then "request completed" when the response
  // finishes (which may be a moment after inject resolves).
  const all = await until(() => {
    const i = lines.findIndex((l) => l.includes('/message'));
    return i >= 0 && lines.slice(i + 1).some((l) => l.includes('request completed')) && lines.join('\n');
  }, 5000, 'the message request logged');
  t.match(all, /\/api\/chat\/\[session\]\/message/, 'the route shape is logged');
  t.notOk(all.includes(sessionId), 'the session id is not');
  t.notOk(all.includes('query-secret-123'), 'nor the query value');
});

t.test('redactUrl', async (t) => {
  t.equal(redactUrl('/api/chat/abcDEF1234567890abcdEF12/end'), '/api/chat/[session]/end');
  t.equal(redactUrl('/x?token=a&b=c'), '/x?token=[redacted]&b=[redacted]');
  t.equal(redactUrl('/api/widget/11111111-1111-4111-8111-111111111111/config'), '/api/widget/11111111-1111-4111-8111-111111111111/config', 'ids are not secrets');
});
