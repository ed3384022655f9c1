import type { FastifyInstance, FastifyReply } from 'fastify';
import { createTaskTools, handleMcpHttpRequest, mcpMethodNotAllowed } from '@todo/agent';

export default async function mcpRoutes(app: FastifyInstance) {
  app.post('/mcp', async (request, reply) => {
    // The MCP transport writes the raw response itself.
    reply.hijack();
    await handleMcpHttpRequest(createTaskTools(app.tasks, request.user.id, request.timeZone), request.raw, reply.raw, request.body, {
      onToolFailure: (error, tool) => request.log.error({ err: error, tool }, 'mcp tool failed'),
    });
  });

  const notAllowed = async (_request: unknown, reply: FastifyReply) =>
    reply.status(405).header('allow', 'POST').send(mcpMethodNotAllowed);
  app.get('/mcp', notAllowed);
  app.delete('/mcp', notAllowed);
}
