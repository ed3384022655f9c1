import type { FastifyInstance, FastifyReply } from 'fastify';
import { createTaskTools, handleMcpHttpRequest, mcpMethodNotAllowed } from '@todo/agent';

export default async function mcpRoutes(app: FastifyInstance) {
  const tags = ['mcp'];

  app.post(
    '/mcp',
    {
      schema: {
        tags,
        summary: 'Model Context Protocol (Streamable HTTP, stateless)',
        description: 'JSON-RPC messages of MCP; the task tools act for the token’s user. The transport writes its own replies.',
      },
    },
    async (request, reply) => {
      // The MCP transport writes the raw response itself.
      reply.hijack();
      await handleMcpHttpRequest(createTaskTools(app.tasks, request.user.id, request.timeZone), request.raw, reply.raw, request.body, {
        onToolFailure: (error, tool) => request.log.error({ err: error, tool }, 'mcp tool failed'),
      });
    },
  );

  const notAllowed = async (_request: unknown, reply: FastifyReply) =>
    reply.status(405).header('allow', 'POST').send(mcpMethodNotAllowed);
  const refused = { schema: { tags, summary: 'Refused with 405: the endpoint keeps no sessions or streams' } };
  app.get('/mcp', refused, notAllowed);
  app.delete('/mcp', refused, notAllowed);
}
