import { createTaskTools, serveMcpOverStdio } from '@todo/agent';
import { DEFAULT_TIME_ZONE } from '@todo/domain';
import { buildApp } from './app';
import { loadConfig } from './config';

/**
 * `node mcp.js`: the task tools over MCP stdio for desktop clients, acting for the user whose
 * session token is in TODO_TOKEN. Stdout carries the protocol only, so nothing else logs there.
 */
async function main() {
  const token = process.env['TODO_TOKEN'];
  if (!token) throw new Error('TODO_TOKEN is not set: sign in and put your session token in TODO_TOKEN');
  const { server } = await buildApp({ config: loadConfig(), logger: false });
  const user = await server.userForToken(token);
  if (!user) throw new Error('TODO_TOKEN is not a valid session token (expired or signed out?)');
  // A desktop client sends no zone with its calls: the user's stored one is used (UTC when unset).
  const mcp = await serveMcpOverStdio(createTaskTools(server.tasks, user.id, user.time_zone ?? DEFAULT_TIME_ZONE), {
    // Stdout carries the protocol: the failure goes to stderr, which desktop clients keep as the server log.
    onToolFailure: (error, tool) => console.error(`mcp tool ${tool} failed: ${error instanceof Error ? error.stack : String(error)}`),
  });
  console.error(`todo-chatbot MCP server on stdio, acting for ${user.email}`);
  const stop = async () => {
    await mcp.close();
    await server.close();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`mcp failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
