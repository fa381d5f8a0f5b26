import t from 'tap';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { buildTestApp } from '../helpers/app.js';
import { DEMO_BUSINESS_NAME } from '../../src/seed/demo.js';
import { waitUntil } from './helpers.js';

// The owner's lead e-mail lists the answers the agent collected, one question per line, as the
// agent stores them ({ answers: [{ question, answer }], preferredTime, emergencyKeywords }).
// Seen in QA: the whole list arrived as one line ("answer: dave; question: What is your name?,
// answer: +12125550142; …") and the preferred time was said twice.

const dataDir = mkdtempSync(join(tmpdir(), 'owner-email-answers-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const { app } = await buildTestApp(t, { config: { DATA_DIR: dataDir, SEED_DEMO: true, DEMO_OWNER_EMAIL: 'owner@demo.local' } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', DEMO_BUSINESS_NAME).executeTakeFirstOrThrow();
const mailDir = join(dataDir, 'mail');

t.test('the agent\'s answers list: one line per question, phone readable, preferred time once', async (t) => {
  const lead = await app.services.leads.capture({
    businessId: demo.id,
    conversationId: null,
    channel: 'CHAT',
    priority: 'NORMAL',
    name: 'Maria Lopez',
    phone: '+12125550142',
    issue: 'kitchen sink is leaking',
    capturedData: {
      answers: [
        { question: 'What is your name?', answer: 'Maria Lopez' },
        { question: 'What is the best phone number to reach you?', answer: '+12125550142' },
        { question: 'When would suit you for a visit?', answer: 'Tue, Dec 8 (next week is fine)' },
      ],
      preferredTime: 'Tue, Dec 8 (next week is fine)',
      emergencyKeywords: ['water escaping'],
      // (Set on a chat the visitor left before finishing: said by its own line, not as an answer.)
      unfinished: true,
    },
    isEmergency: false,
  });
  const ownerMail = async () => {
    for (const f of readdirSync(mailDir).filter((n) => n.endsWith('.eml'))) {
      const m = await simpleParser(readFileSync(join(mailDir, f)));
      if (m.text?.includes(`/admin/leads/${lead.id}`) && m.to && 'value' in m.to && m.to.value[0]?.address === 'owner@demo.local') return m;
    }
    return null;
  };
  await waitUntil('the owner e-mail', async () => { try { return !!(await ownerMail()); } catch { return false; } }, 20_000, 50);
  const mail = (await ownerMail())!;
  const text = mail.text ?? '';
  const answers = text.slice(text.indexOf('Answers:'));
  t.match(answers, /- What is your name\?\n  Maria Lopez\n/, 'one question, its answer under it');
  t.match(answers, /- What is the best phone number to reach you\?\n  \(212\) 555-0142\n/, 'the number as people read it');
  t.match(answers, /- When would suit you for a visit\?\n  Tue, Dec 8 \(next week is fine\)\n/);
  t.match(answers, /- Flagged as an emergency because of\n  water escaping\n/, "the agent's own keys have readable names");
  t.notMatch(answers, /answer: |question: /, 'no flattened objects');
  t.notMatch(answers, /\+12125550142/, 'no bare E.164');
  t.equal(answers.split('Tue, Dec 8').length - 1, 1, 'the preferred time is said once');
  t.match(text, /The visitor left the chat before answering every question\./, 'a chat left unfinished says so');
  t.notMatch(answers, /Unfinished/, 'and not as an answer');
  const html = mail.html || '';
  t.match(html, /What is the best phone number to reach you\?/);
  t.notMatch(html, /answer: |question: /, 'no flattened objects in the HTML either');
});
