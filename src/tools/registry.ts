import { z } from 'zod';

// How a tool the model may call is declared: a name, what it is for, and its arguments as a zod
// object. The JSON schema the model sees is derived from that object (z.toJSONSchema), and the
// arguments the model sends are parsed with the same object, so the two never drift.

export interface ModelTool<A extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  args: A;
}

export function defineTool<A extends z.ZodObject>(name: string, description: string, args: A): ModelTool<A> {
  return { name, description, args };
}

/** The shape both the chat API and the realtime session take: name, description, JSON schema. */
export interface ToolSchema {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export function toolSchema(tool: ModelTool): ToolSchema {
  const { $schema: _dialect, ...parameters } = z.toJSONSchema(tool.args) as Record<string, unknown>;
  return { name: tool.name, description: tool.description, parameters };
}

export type ParsedArgs<A extends z.ZodObject> = { ok: true; args: z.infer<A> } | { ok: false; error: string };

const MAX_ARGS_JSON = 20_000;

/**
 * The model's arguments (a JSON string) checked against the tool's schema. Bad arguments are a
 * message for the model to correct, never an exception: which argument, and what was wrong.
 */
export function parseToolArgs<A extends z.ZodObject>(tool: ModelTool<A>, argsJson: string | null | undefined): ParsedArgs<A> {
  if ((argsJson?.length ?? 0) > MAX_ARGS_JSON) return { ok: false, error: `arguments of ${tool.name} are too long` };
  let raw: unknown = {};
  if (argsJson && argsJson.trim()) {
    try {
      raw = JSON.parse(argsJson);
    } catch {
      return { ok: false, error: `arguments of ${tool.name} must be a JSON object` };
    }
  }
  const result = tool.args.safeParse(raw);
  if (result.success) return { ok: true, args: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'arguments';
  return { ok: false, error: `invalid arguments for ${tool.name}: ${where}: ${issue.message}` };
}
