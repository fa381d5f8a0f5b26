import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localEmbedding } from '../../src/ai/local-embedder.js';

// A local fake of the OpenAI REST API (chat completions with tool calls, embeddings), speaking
// the documented JSON shapes so the real `openai` SDK can talk to it. Tests script the
// "model" with a function, inject 429/5xx failures, and inspect every request received.
// (The voice engineer's realtime fake is separate.)

export interface FakeChatRequest {
  model: string;
  messages: Array<{ role: string; content?: string | null; tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>; tool_call_id?: string }>;
  tools?: Array<{ type: 'function'; function: { name: string; parameters: unknown } }>;
  response_format?: { type: string };
  max_completion_tokens?: number;
}

export type FakeModelReply = { content: string } | { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> };

export interface OpenAiFake {
  baseURL: string;
  apiKey: string;
  chatRequests: FakeChatRequest[];
  embeddingRequests: Array<{ model: string; input: string[]; dimensions?: number }>;
  /** Attempts received, including failed ones. */
  attempts: number;
  /** The scripted model. */
  model: (req: FakeChatRequest) => FakeModelReply;
  /** The next `n` requests fail with `status` (429 or 5xx). */
  failNext(n: number, status?: number): void;
  tokensPerCall: number;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export async function startOpenAiFake(t: { teardown(fn: () => unknown): void }): Promise<OpenAiFake> {
  let failures: Array<number> = [];
  let callSeq = 0;
  const fake = {
    apiKey: 'sk-test-fake',
    chatRequests: [] as FakeChatRequest[],
    embeddingRequests: [] as OpenAiFake['embeddingRequests'],
    attempts: 0,
    tokensPerCall: 50,
    model: (() => ({ content: 'Hello from the fake model.' })) as OpenAiFake['model'],
    failNext(n: number, status = 429) {
      failures = [...failures, ...Array.from({ length: n }, () => status)];
    },
  } as OpenAiFake;

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${++callSeq}`, ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.headers.authorization !== `Bearer ${fake.apiKey}`) {
        return send(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
      }
      const body = (await readJson(req)) as Record<string, unknown>;
      fake.attempts++;
      const failure = failures.shift();
      if (failure) {
        // retry-after-ms keeps the SDK's backoff short in tests (it honours this header).
        return send(failure, { error: { message: failure === 429 ? 'Rate limit reached' : 'Server error', type: failure === 429 ? 'rate_limit_exceeded' : 'server_error' } }, { 'retry-after-ms': '5' });
      }
      if (req.method === 'POST' && req.url === '/v1/embeddings') {
        const input = (Array.isArray(body.input) ? body.input : [body.input]) as string[];
        fake.embeddingRequests.push({ model: String(body.model), input, dimensions: body.dimensions as number | undefined });
        const dims = (body.dimensions as number | undefined) ?? 1536;
        return send(200, {
          object: 'list',
          model: body.model,
          data: input.map((text, index) => {
            const v = localEmbedding(text);
            return { object: 'embedding', index, embedding: dims === v.length ? v : Array.from({ length: dims }, (_, i) => v[i % v.length]!) };
          }),
          usage: { prompt_tokens: input.length * 8, total_tokens: input.length * 8 },
        });
      }
      if (req.method === 'POST' && req.url === '/v1/chat/completions') {
        const request = body as unknown as FakeChatRequest;
        fake.chatRequests.push(request);
        const reply = fake.model(request);
        const message =
          'content' in reply
            ? { role: 'assistant', content: reply.content, refusal: null }
            : {
                role: 'assistant',
                content: null,
                refusal: null,
                tool_calls: reply.toolCalls.map((c, i) => ({ id: `call_${callSeq}_${i}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments) } })),
              };
        return send(200, {
          id: `chatcmpl-${callSeq}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [{ index: 0, message, logprobs: null, finish_reason: 'content' in reply ? 'stop' : 'tool_calls' }],
          usage: { prompt_tokens: fake.tokensPerCall - 10, completion_tokens: 10, total_tokens: fake.tokensPerCall },
        });
      }
      return send(404, { error: { message: `Unknown route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
    } catch (err) {
      return send(500, { error: { message: (err as Error).message, type: 'server_error' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  t.teardown(() => fake.close());
  return fake;
}

/** Helpers for scripted models. */
export const lastUser = (req: FakeChatRequest): string => [...req.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
export const lastMessage = (req: FakeChatRequest) => req.messages[req.messages.length - 1]!;
export const systemText = (req: FakeChatRequest): string => req.messages.find((m) => m.role === 'system')?.content ?? '';
