import t from 'tap';
import Keyv from 'keyv';
import { deserializeSession, serializeSession } from '../../src/sessions/serialize.js';

// The sessions' serialiser writes exactly Keyv's text (what Redis held before, and what an
// instance on the previous version reads) and reads it back exactly as Keyv does.

// Keyv's own (default) serialiser and deserialiser, as a Keyv without options uses them.
const keyv = new Keyv();
const defaultSerialize = (data: unknown) => keyv.serialize!(data as never) as string;
const defaultDeserialize = (text: string) => keyv.deserialize!(text);

const state = {
  value: {
    businessId: '6f1c0f3e-2a0b-4c55-9a57-0a4f3e7d9b21',
    seq: 3,
    activeUntil: 1_790_000_000_000,
    state: {
      conversationId: 'c0ffee00-0000-4000-8000-000000000000',
      turns: 2,
      history: [
        { role: 'user', content: 'My tap: it leaks "a lot"\n\u00e9\u4e2d\ud83d\ude00' },
        { role: 'assistant', content: ':) we can help' },
      ],
      captured: { name: 'Ann', phone: null, notes: undefined, ':odd key': ':value', nested: [1, null, undefined, ':x', [':y']] },
      at: new Date('2026-12-02T04:00:00.000Z'),
      blob: Buffer.from('binary \u0000 data'),
      empty: {},
      list: [],
      zero: -0,
      flags: [true, false],
    },
  },
  expires: 1_790_000_060_000,
};

const samples: unknown[] = [
  state,
  { value: ':starts with a colon', expires: undefined },
  { value: ':base64:not really', expires: null },
  { value: Buffer.from([1, 2, 3]) },
  { value: 42 },
  { value: { n: 1 } },
  { value: 'plain' },
  { value: [':a', 'b:', '{":', '[":', 'x,":y'] },
  null,
  undefined,
  'top',
  ':top',
];

t.test('writes the same text as Keyv', async (t) => {
  for (const s of samples) t.equal(serializeSession(s), defaultSerialize(s), JSON.stringify(defaultSerialize(s)).slice(0, 60));
});

t.test('reads Keyv text as Keyv does', async (t) => {
  for (const s of samples) {
    const text = defaultSerialize(s);
    t.same(deserializeSession(text), defaultDeserialize(text), text.slice(0, 60));
  }
  const back = deserializeSession<typeof state>(serializeSession(state));
  t.ok(Buffer.isBuffer(back.value.state.blob), 'a Buffer comes back as a Buffer');
  t.equal(back.value.state.history[1]!.content, ':) we can help', 'a colon-led string comes back unchanged');
  t.same(back.value.state.captured.nested, [1, null, null, ':x', [':y']]);
});
