import type { FastifyInstance } from 'fastify';
import { createAgentService } from '../../src/agent/index.js';
import type { ChatMessage, ChatModel, ChatRequest, ChatResult } from '../../src/ai/types.js';

// A chat model that does what a script says (including what an attacker's planted text asks),
// for tests that show the rules in code hold even when the model obeys the attacker.

export type Script = (req: ChatRequest, round: number) => Partial<ChatResult>;

export function scriptedAgent(app: FastifyInstance, script: Script) {
  const calls: ChatRequest[] = [];
  let round = 0;
  const chat: ChatModel = {
    model: 'scripted',
    async chat(req) {
      calls.push(structuredClone(req));
      // Severity judge calls (JSON) are answered "routine".
      if (req.json) return { content: JSON.stringify({ severity: 2 }), toolCalls: [], totalTokens: 1 };
      const r = script(req, round++);
      return { content: r.content ?? null, toolCalls: r.toolCalls ?? [], totalTokens: 1 };
    },
  };
  const agent = createAgentService({
    db: app.deps.db,
    knowledge: app.services.knowledge,
    events: app.deps.events,
    logger: app.deps.logger,
    chat,
    now: app.deps.now,
  });
  const toolOutputs = () => calls.flatMap((c) => c.messages.filter((m): m is Extract<ChatMessage, { role: 'tool' }> => m.role === 'tool').map((m) => m.content));
  return { agent, calls, toolOutputs };
}

export const lastTool = (req: ChatRequest) => [...req.messages].reverse().find((m) => m.role === 'tool')?.content ?? '';
