import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { sleep } from '../helpers/common.js';

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 200 } });

const block = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};

// Sustained lag (as under real overload): long synchronous slices with brief yields.
const overload = async () => {
  for (let i = 0; i < 6; i++) {
    block(350);
    await new Promise((r) => setImmediate(r));
  }
};

t.test('event-loop overload gets 503 + Retry-After, health says so, and it recovers by itself', async (t) => {
  await sleep(3000); // past the start-up window
  t.equal((await app.inject('/api/me')).statusCode, 401, 'normal answer first');
  await overload();
  const shed = await app.inject('/api/me');
  t.equal(shed.statusCode, 503);
  t.equal(shed.headers['retry-after'], '5');
  t.equal(shed.json().error.code, 'SERVICE_UNAVAILABLE');
  // A page opened in a browser gets a page that tries again by itself, not the API's JSON.
  await overload();
  const page = await app.inject({ url: '/admin/leads', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  t.equal(page.statusCode, 503);
  t.match(page.headers['content-type'], /^text\/html/);
  t.match(page.body, /<meta http-equiv="refresh" content="5">/);
  t.match(page.body, /tries again by itself/);
  t.notMatch(page.body, /SERVICE_UNAVAILABLE/);
  // Twilio's callbacks are never refused for load: an unsigned one still meets its signature
  // check. (Each under fresh overload: the pressure eases while a loaded machine answers.)
  await overload();
  const twilio = await app.inject({ method: 'POST', url: '/api/voice/inbound', payload: 'CallSid=CA1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  t.not(twilio.statusCode, 503, 'a Twilio webhook is not shed');
  t.equal(twilio.statusCode, 403, 'it is refused by its signature check instead');
  await overload();
  const ack = await app.inject({ method: 'POST', url: '/api/notify/emergency/ack', payload: 'Digits=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  t.not(ack.statusCode, 503, 'the emergency acknowledgement is not shed');
  await overload();
  const health = await app.inject('/health');
  t.equal(health.statusCode, 200, '/health still answers under pressure');
  t.equal(health.json().checks.load.underPressure, true);
  t.equal(health.json().status, 'degraded');
  t.match((await app.inject('/metrics')).body, /http_requests_shed_total\{reason="eventLoopDelay"\} [1-9]/);

  let recovered = false;
  for (let i = 0; i < 40 && !recovered; i++) {
    await sleep(250);
    recovered = (await app.inject('/api/me')).statusCode === 401;
  }
  t.ok(recovered, 'answers normally again once the loop is idle');
  t.equal((await app.inject('/health')).json().checks.load.underPressure, false);
});
