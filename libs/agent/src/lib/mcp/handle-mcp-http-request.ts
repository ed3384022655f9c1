import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { TaskTools } from '../tools/task-tools';
import { createMcpServer, type McpServerOptions } from './create-mcp-server';

/**
 * Answers one Streamable HTTP request statelessly: a new server and transport per request, so no
 * session lives in memory and any replica can answer. `body` is the already-parsed JSON body.
 */
export async function handleMcpHttpRequest(
  tools: TaskTools,
  request: IncomingMessage,
  response: ServerResponse,
  body: unknown,
  options: McpServerOptions = {},
): Promise<void> {
  const server = createMcpServer(tools, options);
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  response.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(request, response, body);
}

/** The JSON body for GET and DELETE on /mcp: a stateless server has no stream to open and no session to end. */
export const mcpMethodNotAllowed = {
  error: 'method_not_allowed',
  message: 'This MCP endpoint is stateless: send JSON-RPC requests with POST.',
};
