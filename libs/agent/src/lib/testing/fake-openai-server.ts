import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: a chat completion message, or an HTTP error. */
export type FakeAnswer =
  | { content: string }
  | { toolCalls: Array<{ name: string; arguments: Record<string, unknown> | string }> }
  | { status: number; error: string };

export interface FakeOpenAiServer {
  baseUrl: string;
  /** The JSON bodies the engine sent, in order. */
  requests: Array<{ model: string; messages: Array<Record<string, unknown>>; tools?: unknown[] }>;
  close(): Promise<void>;
}

/**
 * A FAKE of the OpenAI chat completions protocol for offline tests: it answers POST /chat/completions
 * with the scripted answers in order. No model runs here; it only speaks the wire format.
 */
export async function startFakeOpenAiServer(script: FakeAnswer[]): Promise<FakeOpenAiServer> {
  const requests: FakeOpenAiServer['requests'] = [];
  let call = 0;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404).end();
      return;
    }
    requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const answer = script[call++] ?? { status: 500, error: 'the fake has no more scripted answers' };
    response.setHeader('content-type', 'application/json');
    if ('status' in answer) {
      response.writeHead(answer.status).end(JSON.stringify({ error: { message: answer.error, type: 'server_error' } }));
      return;
    }
    const message =
      'content' in answer
        ? { role: 'assistant', content: answer.content }
        : {
            role: 'assistant',
            content: null,
            tool_calls: answer.toolCalls.map((toolCall, index) => ({
              id: `call_${call}_${index}`,
              type: 'function',
              function: {
                name: toolCall.name,
                arguments: typeof toolCall.arguments === 'string' ? toolCall.arguments : JSON.stringify(toolCall.arguments),
              },
            })),
          };
    response.writeHead(200).end(
      JSON.stringify({
        id: `chatcmpl-fake-${call}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: 'fake-model',
        choices: [{ index: 0, message, finish_reason: 'content' in answer ? 'stop' : 'tool_calls' }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
