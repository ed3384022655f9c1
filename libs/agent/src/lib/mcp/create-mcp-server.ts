import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { TaskTools } from '../tools/task-tools';

export const MCP_SERVER_INFO = { name: 'todo-tasks', version: '1.0.0' };

/** An MCP server exposing exactly the five task tools, acting for the user the tools are bound to. */
export function createMcpServer(tools: TaskTools): Server {
  const server = new Server(MCP_SERVER_INFO, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.definitions.map(({ name, description, inputJsonSchema }) => ({
      name,
      description,
      inputSchema: inputJsonSchema as { type: 'object'; [key: string]: unknown },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const outcome = await tools.run(request.params.name, request.params.arguments ?? {});
    if (!outcome.ok) return { isError: true, content: [{ type: 'text', text: outcome.error }] };
    const structured = Array.isArray(outcome.result) ? { tasks: outcome.result } : (outcome.result as Record<string, unknown>);
    return { content: [{ type: 'text', text: JSON.stringify(outcome.result) }], structuredContent: structured };
  });
  return server;
}
