import type { Services } from '../../src/services.js';

type Agent = Services['agent'];

/** A conversation with the agent brain driven turn by turn, as the chat API drives it. */
export async function agentChat(agent: Agent, businessId: string, channel: 'CHAT' | 'CALL' = 'CHAT', fromNumber?: string) {
  const started = await agent.startConversation({ businessId, channel, fromNumber });
  let state = started.state;
  return {
    greeting: started.greeting,
    get state() {
      return state;
    },
    async say(text: string) {
      const r = await agent.handleTurn(state, text);
      state = r.state;
      return r;
    },
  };
}
