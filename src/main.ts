import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, publicBaseUrl, type Config } from './config.js';
import { ensureSecrets } from './crypto/secrets.js';
import { buildApp } from './app.js';
import { createSentenceEncoder } from './ai/sentence-encoder.js';
import { warmUpReading } from './agent/warm-up.js';

let config: Config;
try {
  config = ensureSecrets(loadConfig());
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const app = await buildApp(config);

// SIGTERM/SIGINT: stop taking new requests (503), let in-flight requests and live calls
// finish within the grace period, then exit 0.
closeWithGrace({ delay: config.SHUTDOWN_GRACE, logger: app.log }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

// The word lists the agent reads with load now, not on the first visitor's message (which held the
// event loop for ~1 s under load, and load shedding refused the next messages).
warmUpReading();

await app.listen({ port: config.PORT, host: config.HOST });

// The sentence encoder (the agent's reading of meaning) loads its model on first use: ~150 ms on
// a quiet machine, seconds on a busy one. Load it now, on its own thread, not on the first
// visitor's message.
createSentenceEncoder()
  .encode(['warm up'])
  .catch((err: unknown) => app.log.warn({ err: (err as Error).message }, 'sentence encoder failed to load; the agent reads wording only'));

const { demo } = app.startup;
if (demo.created) {
  const base = publicBaseUrl(config);
  const lines = [
    '',
    '  Demo business "Demo Plumbing" created.',
    `  Owner login: ${config.DEMO_OWNER_EMAIL}`,
    // Never a password in production output (it ends up in the platform's log storage).
    config.NODE_ENV === 'production'
      ? '  Password:    not shown in production; set DEMO_OWNER_PASSWORD, or reset it with the operator tools'
      : demo.generatedPassword
        ? `  Password:    ${demo.generatedPassword}   (shown once; set DEMO_OWNER_PASSWORD to choose it)`
        : '  Password:    the DEMO_OWNER_PASSWORD you set',
    `  Open the console at ${base}/admin and sign in with this login.`,
    `  Try the chat widget at ${base}/demo and the admin API at ${base}/graphiql`,
    '',
  ];
  // Straight to stdout, not the logger: the password must not end up in log storage.
  process.stdout.write(lines.join('\n') + '\n');
}
