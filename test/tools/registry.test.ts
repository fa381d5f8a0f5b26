import t from 'tap';
import { TOOL_DEFINITIONS } from '../../src/agent/tools.js';
import { CALL_CONTROL_TOOLS, CHAT_TOOLS, VOICE_TOOLS, captureLead, parseToolArgs, reportEmergency, searchKnowledge, toolSchema } from '../../src/tools/index.js';
import { VOICE_TOOLS as REALTIME_TOOLS } from '../../src/voice/realtime-session.js';

// One registry for the model's tools: each defined once with zod; the chat model and the
// realtime phone session get JSON schemas derived from the same definitions, and arguments are
// parsed with them (bad arguments are a message back to the model).

t.test('chat and phone get schemas derived from the same definitions', async (t) => {
  t.same(TOOL_DEFINITIONS.map((d) => d.name), ['search_knowledge', 'save_lead_answer', 'report_emergency', 'check_project_status']);
  t.same(REALTIME_TOOLS.map((d) => d.name), ['search_knowledge', 'capture_lead', 'report_emergency', 'check_project_status', 'transfer_call', 'end_call']);
  for (const shared of ['search_knowledge', 'report_emergency', 'check_project_status']) {
    const chat = TOOL_DEFINITIONS.find((d) => d.name === shared)!;
    const { type, ...phone } = REALTIME_TOOLS.find((d) => d.name === shared)!;
    t.equal(type, 'function');
    t.same(phone, chat, `${shared}: one definition for both`);
  }
  const callControl = CALL_CONTROL_TOOLS.map((c) => c.name);
  t.same(callControl, ['transfer_call', 'end_call']);
  t.notOk(CHAT_TOOLS.some((c) => callControl.includes(c.name)), 'call control is the voice-only part');
  t.ok(callControl.every((n) => VOICE_TOOLS.some((v) => v.name === n)));
  t.same(toolSchema(searchKnowledge).parameters, {
    type: 'object',
    properties: { query: { type: 'string', maxLength: 500, description: 'What the visitor or caller wants to know' } },
    required: ['query'],
    additionalProperties: false,
  });
});

t.test('arguments: parsed with the zod schema; bad ones are a clear error, never a throw', async (t) => {
  t.same(parseToolArgs(reportEmergency, '{"severity":9,"summary":"water everywhere","address":"1 Main St"}'), { ok: true, args: { severity: 9, summary: 'water everywhere', address: '1 Main St' } });
  t.same(parseToolArgs(captureLead, '{"issue":"tap","unknown":1}'), { ok: true, args: { issue: 'tap' } }, 'unknown keys are dropped');
  const cases: Array<[string | null, RegExp]> = [
    ['{"severity":11,"summary":"x"}', /report_emergency: severity: Too big/],
    ['{"severity":"9","summary":"x"}', /severity: .*expected number/],
    ['{"severity":9.5,"summary":"x"}', /severity: .*expected int/],
    ['{"severity":9}', /summary/],
    ['{"severity":9,"summary":' + JSON.stringify('x'.repeat(2001)) + '}', /summary: Too big/],
    ['not json', /must be a JSON object/],
    ['[1,2]', /expected object/],
    ['null', /expected object/],
    [null, /expected number/],
    ['{"s":"' + 'x'.repeat(30_000) + '"}', /too long/],
  ];
  for (const [raw, want] of cases) {
    const r = parseToolArgs(reportEmergency, raw);
    t.equal(r.ok, false, String(raw).slice(0, 40));
    if (!r.ok) t.match(r.error, want);
  }
  t.same(parseToolArgs(searchKnowledge, ''), { ok: false, error: 'invalid arguments for search_knowledge: query: Invalid input: expected string, received undefined' });
});
