import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { TaskTools } from '../tools/task-tools';

export const MCP_SERVER_INFO = { name: 'todo-tasks', version: '1.0.0' };

/** What an MCP client reads when a tool failed inside the server: never the internal error's message. */
export const MCP_INTERNAL_TOOL_ERROR = 'The tool failed on the server; nothing was changed. Try again later.';

export interface McpServerOptions {
  /** Where a tool's unexpected failure is reported (the server log); the client only gets a generic error. */
  onToolFailure?: (error: unknown, tool: string) => void;
}

/** An MCP server exposing exactly the five task tools, acting for the user the tools are bound to. */
export function createMcpServer(tools: TaskTools, options: McpServerOptions = {}): Server {
  const server = new Server(MCP_SERVER_INFO, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.definitions.map(({ name, description, inputJsonSchema }) => ({
      name,
      description,
      inputSchema: inputJsonSchema as { type: 'object'; [key: string]: unknown },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    let outcome: Awaited<ReturnType<TaskTools['run']>>;
    try {
      outcome = await tools.run(request.params.name, request.params.arguments ?? {});
    } catch (error) {
      options.onToolFailure?.(error, request.params.name);
      return { isError: true, content: [{ type: 'text', text: MCP_INTERNAL_TOOL_ERROR }] };
    }
    if (!outcome.ok) return { isError: true, content: [{ type: 'text', text: outcome.error }] };
    const structured = Array.isArray(outcome.result) ? { tasks: outcome.result } : (outcome.result as Record<string, unknown>);
    return { content: [{ type: 'text', text: JSON.stringify(outcome.result) }], structuredContent: structured };
  });
  return server;
}
