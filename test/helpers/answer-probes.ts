import { readFileSync } from 'node:fs';
import type { Test } from 'tap';
import { buildTestApp, createTestBusiness } from './app.js';
import { agentChat } from './agent-chat.js';

// Never-invent probe tables (test/agent/answer-probes-*.test.ts): businesses built from a guide, each
// asked uncovered-but-close questions (the honest "I don't know", no yes, nothing forbidden) and
// covered look-alikes (the answer must still come), one fresh conversation per question.

/** An uncovered question: "I don't know" (or "not sure about <town>") and none of `forbidden`;
 *  `shape` names the kind of question (a sibling service, a policy never stated ...) so the tally
 *  shows which kind invents. */
export type Unknown = { q: string; forbidden?: RegExp; todo?: string; shape?: string };
/** A covered look-alike: the reply must match `says`. */
export type Known = { q: string; says: RegExp; todo?: string };
export interface ProbeBusiness {
  name: string;
  file: URL;
  unknown: Unknown[];
  known: Known[];
}

const DONT_KNOW = /\b(?:don't know|do not know|not sure)\b/i;
/** A yes is a claim; so is a price for what the guide never prices. */
const YES = /^\s*(?:yes|yep|sure|absolutely|of course)\b/i;
export const PRICE = /\$\s?\d/;

/** Runs the table, one subtest per business, and prints the tally the session's report quotes. */
export async function runAnswerProbes(t: Test, label: string, businesses: ProbeBusiness[]): Promise<void> {
  const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
  const businessOf = async (b: ProbeBusiness): Promise<string> => {
    const biz = await createTestBusiness(app, { plan: 'PRO', name: b.name });
    const item = await app.deps.db
      .insertInto('knowledge_items')
      .values({ business_id: biz.businessId, title: `${b.name} guide`, content: readFileSync(b.file, 'utf8'), source: 'MARKDOWN' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = await app.services.knowledge.ingestItem(biz.businessId, item.id);
    if (r.status !== 'READY') throw new Error(`${b.name}: knowledge item ${r.status}`);
    return biz.businessId;
  };
  const tally = { unknown: 0, saidDontKnow: 0, invented: 0, known: 0, answered: 0 };
  /** Per shape: asked, said "don't know", invented (a yes or a forbidden thing). */
  const shapes = new Map<string, { asked: number; dk: number; invented: number }>();
  for (const b of businesses) {
    t.test(b.name, async (t) => {
      const id = await businessOf(b);
      const ask = async (q: string) => (await (await agentChat(app.services.agent, id)).say(q)).reply;
      for (const { q, forbidden, todo, shape } of b.unknown) {
        const reply = await ask(q);
        const invented = YES.test(reply) || (forbidden?.test(reply) ?? false);
        const dk = DONT_KNOW.test(reply);
        tally.unknown++;
        if (dk && !invented) tally.saidDontKnow++;
        if (invented) tally.invented++;
        if (shape) {
          const s = shapes.get(shape) ?? { asked: 0, dk: 0, invented: 0 };
          s.asked++;
          if (dk && !invented) s.dk++;
          if (invented) s.invented++;
          shapes.set(shape, s);
        }
        t.ok(dk && !invented, `uncovered: ${q} -> ${reply}`, todo ? { todo } : {});
      }
      for (const { q, says, todo } of b.known) {
        const reply = await ask(q);
        tally.known++;
        if (says.test(reply)) tally.answered++;
        t.match(reply, says, `covered: ${q} -> ${reply}`, todo ? { todo } : {});
      }
    });
  }
  t.teardown(() => {
    console.error(`# probes ${label}: uncovered ${tally.saidDontKnow}/${tally.unknown} said don't know, ${tally.invented} invented; covered ${tally.answered}/${tally.known} answered`);
    for (const [shape, s] of shapes) console.error(`#   ${shape}: ${s.dk}/${s.asked} said don't know, ${s.invented} invented`);
  });
}
