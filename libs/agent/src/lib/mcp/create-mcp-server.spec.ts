import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createTaskStore } from '@todo/db';
import { insertTestUser, openTestDatabase } from '@todo/db/testing';
import { listTasksQuerySchema } from '@todo/domain';
import { createTaskTools } from '../tools/task-tools';
import { createMcpServer, MCP_INTERNAL_TOOL_ERROR } from './create-mcp-server';

async function connectedClient(server: ReturnType<typeof createMcpServer>) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'spec', version: '1.0.0' });
  await client.connect(clientSide);
  return client;
}

const textOf = (result: Awaited<ReturnType<Client['callTool']>>) => (result.content as Array<{ text: string }>)[0].text;

describe('createMcpServer', () => {
  it('names the field when a tool argument holds a NUL byte, and stores nothing', async () => {
    const handle = await openTestDatabase();
    const tasks = createTaskStore(handle.db);
    const userId = await insertTestUser(handle, 'Nul');
    const client = await connectedClient(createMcpServer(createTaskTools(tasks, userId)));
    try {
      const result = await client.callTool({ name: 'add_task', arguments: { title: 'a\u0000b' } });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/title: title must not contain control characters/);
      expect((await tasks.list(userId, listTasksQuerySchema.parse({}))).tasks).toEqual([]);
    } finally {
      await client.close();
      await handle.close();
    }
  });

  it('answers an internal failure with a generic tool error and reports the real one to the server only', async () => {
    const handle = await openTestDatabase();
    const tasks = createTaskStore(handle.db);
    const userId = await insertTestUser(handle, 'Gone');
    const failures: Array<{ error: unknown; tool: string }> = [];
    const client = await connectedClient(createMcpServer(createTaskTools(tasks, userId), { onToolFailure: (error, tool) => failures.push({ error, tool }) }));
    // The database goes away under the server: the store's query fails with a driver error.
    await handle.close();
    try {
      const result = await client.callTool({ name: 'add_task', arguments: { title: 'secret title' } });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toBe(MCP_INTERNAL_TOOL_ERROR);
      expect(JSON.stringify(result)).not.toMatch(/insert|secret title|params/i);
      expect(failures).toEqual([{ error: expect.any(Error), tool: 'add_task' }]);
    } finally {
      await client.close();
    }
  });
});
