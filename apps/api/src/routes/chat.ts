import type { FastifyInstance } from 'fastify';
import { createChatEngine, runChatTurn } from '@todo/agent';
import { chatRequestSchema, notFound } from '@todo/domain';
import { parseId } from './parse-id';

interface ConversationParams {
  user_id: string;
  id: string;
}

const parseConversationId = (raw: string) => parseId(raw, 'Conversation');

export default async function chatRoutes(app: FastifyInstance) {
  const engine = createChatEngine(
    {
      provider: app.config.CHAT_PROVIDER,
      apiKey: app.config.OPENAI_API_KEY,
      baseUrl: app.config.OPENAI_BASE_URL,
      model: app.config.CHAT_MODEL,
    },
    app.log,
  );

  app.post<{ Params: ConversationParams }>('/api/:user_id/chat', async (request) =>
    runChatTurn({
      tasks: app.tasks,
      conversations: app.conversations,
      userId: request.user.id,
      request: chatRequestSchema.parse(request.body ?? {}),
      engine,
      timeZone: request.timeZone,
    }),
  );

  app.get<{ Params: ConversationParams }>('/api/:user_id/conversations', async (request) =>
    app.conversations.list(request.user.id),
  );

  app.get<{ Params: ConversationParams }>('/api/:user_id/conversations/:id/messages', async (request) => {
    const id = parseConversationId(request.params.id);
    const messages = await app.conversations.messages(request.user.id, id);
    if (!messages) throw notFound(`Conversation ${id}`);
    return messages.map(({ id: messageId, role, content, created_at }) => ({ id: messageId, role, content, created_at }));
  });

  app.delete<{ Params: ConversationParams }>('/api/:user_id/conversations/:id', async (request, reply) => {
    const id = parseConversationId(request.params.id);
    if (!(await app.conversations.remove(request.user.id, id))) throw notFound(`Conversation ${id}`);
    return reply.status(204).send();
  });
}
