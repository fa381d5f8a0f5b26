import t from 'tap';
import type { Lead } from '../../src/db/schema.js';
import { answerText, renderOwnerLeadEmail } from '../../src/notify/email-templates.js';

// The owner's lead e-mail, read on a phone in five seconds: how urgent, what, who in the
// subject; tap-to-call, the local time, one button to the console's lead page, the answers as
// a readable list (no JSON, no []), in HTML and plain text, everything escaped.

const lead = (over: Partial<Lead> = {}): Lead => ({
  id: '7b0c4f7e-1d2a-4c55-9c1e-2f6f8b0f1a22',
  business_id: '00000000-0000-4000-8000-000000000002',
  conversation_id: null,
  client_id: null,
  related_lead_id: null,
  channel: 'CHAT',
  status: 'NEW',
  priority: 'URGENT',
  name: 'Jane Doe',
  email: 'jane@example.test',
  phone: '+15555550123',
  address: '42 Elm Street',
  issue: 'burst pipe',
  captured_data: {},
  is_emergency: true,
  emergency_severity: 9,
  emergency_notes: null,
  notes: null,
  acknowledged_at: null,
  acknowledged_by: null,
  created_at: new Date('2026-12-01T14:05:00Z'),
  updated_at: new Date('2026-12-01T14:05:00Z'),
  ...over,
});
const business = { name: 'Demo Plumbing', phone_number: null, timezone: 'America/New_York' };
const leadUrl = 'https://app.example.test/admin/leads/7b0c4f7e-1d2a-4c55-9c1e-2f6f8b0f1a22';

t.test('an emergency: subject, call button, local time, one button to the lead', async (t) => {
  const answers = [
    { question: 'When did it start?', answer: answerText('20 minutes ago') },
    { question: 'Rooms affected', answer: answerText(['kitchen', 'basement']) },
    { question: 'Main valve closed?', answer: answerText(true) },
    { question: 'Preferred time', answer: answerText([]) },
    { question: 'Details', answer: answerText({ floor: 'ground', pets: null }) },
  ];
  const e = renderOwnerLeadEmail({ business, lead: lead(), answers, leadUrl, priorityFlag: true });
  t.equal(e.subject, 'URGENT: burst pipe, Jane Doe, (555) 555-0123');
  t.equal(e.priority, 'high');
  t.match(e.html, /<a href="tel:\+15555550123"[^>]*>Call \(555\) 555-0123<\/a>/, 'tap to call');
  t.equal(e.html.match(/href="https:\/\/app\.example\.test\/admin\/leads\/[^"]+"/g)?.length, 1, 'exactly one link to the lead page');
  t.match(e.html, /Tue, Dec 1, 9:05\s?AM EST/, "the business's local time");
  t.match(e.text, /Received: Tue, Dec 1, 9:05\s?AM EST, by website chat/, "when the lead came in, not to be read as the visit time");
  t.match(e.text, new RegExp(`Open the lead: ${leadUrl}`));
  t.match(e.text, /- Rooms affected\n {2}kitchen, basement/, 'lists become readable text');
  t.match(e.text, /- Main valve closed\?\n {2}Yes/);
  t.match(e.text, /floor: ground/);
  t.notMatch(e.text + e.html, /\[\]|\{"|":/, 'no JSON, no []');
  t.notMatch(e.text, /Preferred time/, 'empty answers are left out');
  t.notMatch(e.text + e.html, /2026-12-01T/, 'no UTC ISO timestamps');
});

t.test("the emergency notes are shown when they add something, not when they repeat the visitor's words", async (t) => {
  const issue = 'theres water coming thru my ceiling from upstairs bathroom';
  const same = renderOwnerLeadEmail({ business, lead: lead({ issue, emergency_notes: issue }), answers: [], leadUrl, priorityFlag: true });
  t.match(same.text, /Severity: 9 \/ 10\n/, 'severity alone');
  t.equal(same.text.split('upstairs bathroom').length - 1, 1, 'the problem is said once in the body');
  const more = renderOwnerLeadEmail({ business, lead: lead({ issue, emergency_notes: 'water near the fuse box' }), answers: [], leadUrl, priorityFlag: true });
  t.match(more.text, /Severity: 9 \/ 10 \(water near the fuse box\)/);
  t.match(more.html, /Severity 9 \/ 10: water near the fuse box/);
});

t.test('a normal lead without a phone; every value escaped', async (t) => {
  const e = renderOwnerLeadEmail({
    business: { ...business, name: '<b>Biz</b>' },
    lead: lead({ priority: 'NORMAL', is_emergency: false, phone: null, name: '<img src=x onerror=alert(1)>', issue: 'Quote for a "new" heater\r\nBcc: x@y' }),
    answers: [{ question: '<script>q</script>', answer: '<i>a</i>' }],
    leadUrl: 'https://app.example.test/admin/leads/1?a=1&b="2"',
    priorityFlag: true,
  });
  t.equal(e.subject, 'New lead: Quote for a "new" heater Bcc: x@y, <img src=x onerror=alert(1)>');
  t.notMatch(e.subject, /[\r\n]/);
  t.notMatch(e.html, /<img|<script>|<i>|<b>Biz/);
  t.match(e.html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  t.match(e.html, /href="https:\/\/app\.example\.test\/admin\/leads\/1\?a=1&amp;b=&quot;2&quot;"/);
  t.notMatch(e.html, /tel:/, 'no call button without a number');
  t.equal(e.priority, 'normal');
});

t.test('a chat left unfinished says so, in the body and not the subject', async (t) => {
  const e = renderOwnerLeadEmail({ business, lead: lead({ priority: 'NORMAL', is_emergency: false, captured_data: { unfinished: true } }), answers: [], leadUrl, priorityFlag: false });
  t.match(e.text, /The visitor left the chat before answering every question\. What they gave is below\./);
  t.match(e.html, /The visitor left the chat before answering every question/);
  t.match(e.subject, /^New lead: burst pipe, Jane Doe/, 'no "Updated:" in the subject');
  t.notMatch(renderOwnerLeadEmail({ business, lead: lead({ priority: 'NORMAL', is_emergency: false }), answers: [], leadUrl, priorityFlag: false }).text, /left the chat/);
  // An emergency told and left without a number or an e-mail (QA 34): the owner reads that there is no way back.
  const bare = renderOwnerLeadEmail({ business, lead: lead({ phone: null, email: null, name: null, captured_data: { unfinished: true } }), answers: [], leadUrl, priorityFlag: true });
  t.match(bare.text, /The visitor has left no phone number or e-mail\. What they told the agent is below/);
  t.notMatch(bare.text, /before answering every question/);
});
