import { startTestSmtpServer } from '../../scripts/fakes/smtp-server.js';

// The SMTP server the outbox bench delivers to, in its own process (harness.startSmtpSink):
// it reports each e-mail's Message-ID key and arrival time (performance.timeOrigin-based, so
// comparable across processes) over IPC.
const smtp = await startTestSmtpServer(undefined, { parse: false });
smtp.onMessage = (mail) => {
  const id = /^Message-ID: <([0-9a-f]{32})@/im.exec(mail.raw)?.[1];
  process.send!({ type: 'mail', id, at: performance.timeOrigin + performance.now() });
};
process.send!({ type: 'ready', url: smtp.url });
process.on('message', async (m: { type: string }) => {
  if (m.type !== 'stop') return;
  await smtp.stop();
  process.exit(0);
});
// The bench process is gone (crashed or killed): go with it.
process.on('disconnect', () => process.exit(0));
