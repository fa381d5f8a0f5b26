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

/** A new conversation each call, driven through `lines` in order: the agent's replies to them. */
export function talkTo(agent: Agent, businessId: string, channel: 'CHAT' | 'CALL' = 'CHAT') {
  return async (...lines: string[]): Promise<string[]> => {
    const c = await agentChat(agent, businessId, channel);
    const heard: string[] = [];
    for (const line of lines) heard.push((await c.say(line)).reply);
    return heard;
  };
}
