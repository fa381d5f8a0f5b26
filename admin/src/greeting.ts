import { gql } from './api.js';

// One greeting for the owner: the widget's greeting and the agent's welcome message are two
// settings in the API, so the console writes the same text to both.
export async function saveGreeting(text: string): Promise<void> {
  const value = text.trim();
  await gql.mutation({
    updateAgentConfig: { __args: { input: { welcomeMessage: value } }, id: true },
    updateWidgetConfig: { __args: { input: { greeting: value || null } }, id: true },
  });
}
