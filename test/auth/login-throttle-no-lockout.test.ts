import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { loginDelayMs } from '../../src/auth/service.js';

// L1: ten bad logins locked the account even for the right password, from anywhere: anyone who
// knew the owner's e-mail could lock them out. Now an account is never locked; failures from
// many addresses slow every further attempt on it (progressive delay) instead.

const { app } = await buildTestApp(t);
const login = (email: string, password: string, ip: string) =>
  app.inject({ method: 'POST', url: '/api/login', payload: { email, password }, remoteAddress: ip });

t.test('bad logins from many addresses never lock out the right password from a new one', async (t) => {
  const biz = await createTestBusiness(app);
  for (let i = 0; i < 12; i++) t.equal((await login(biz.email, 'wrong guess', `10.20.0.${i}`)).statusCode, 401);
  const started = Date.now();
  const ok = await login(biz.email, biz.password, '10.20.9.9');
  const took = Date.now() - started;
  t.equal(ok.statusCode, 200, 'the owner still signs in');
  t.ok(took >= loginDelayMs(12) - 50, `but after a progressive delay (${took} ms >= ${loginDelayMs(12)} ms)`);
  t.ok(loginDelayMs(13) > loginDelayMs(12) && loginDelayMs(100) <= 4000, 'the delay grows and is capped');
  t.equal(loginDelayMs(3), 0, 'a few typos cost nothing');
});
