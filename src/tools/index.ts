import { captureLead, checkProjectStatus, endCall, reportEmergency, saveLeadAnswer, searchKnowledge, transferCall } from './definitions.js';
import type { ModelTool } from './registry.js';

// The model's tools: one registry, two sets. The chat model gets CHAT_TOOLS; the realtime phone
// session gets VOICE_TOOLS, which adds the call-control tools only a call has.

export { defineTool, parseToolArgs, toolSchema, type ModelTool, type ParsedArgs, type ToolSchema } from './registry.js';
export { captureLead, checkProjectStatus, endCall, reportEmergency, saveLeadAnswer, searchKnowledge, transferCall } from './definitions.js';

export const CHAT_TOOLS = [searchKnowledge, saveLeadAnswer, reportEmergency, checkProjectStatus] as const;
export const CALL_CONTROL_TOOLS = [transferCall, endCall] as const;
export const VOICE_TOOLS = [searchKnowledge, captureLead, reportEmergency, checkProjectStatus, ...CALL_CONTROL_TOOLS] as const;

/** The tool of `set` with this name (the model may name one that does not exist). */
export function findTool(set: readonly ModelTool[], name: string): ModelTool | undefined {
  return set.find((t) => t.name === name);
}
