import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { TaskTools } from '../tools/task-tools';
import { createMcpServer, type McpServerOptions } from './create-mcp-server';

/** Serves the task tools to a desktop MCP client over stdin/stdout; resolves once connected. */
export async function serveMcpOverStdio(tools: TaskTools, options: McpServerOptions = {}): Promise<{ close(): Promise<void> }> {
  const server = createMcpServer(tools, options);
  await server.connect(new StdioServerTransport());
  return { close: () => server.close() };
}
