import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createChatEngine, runChatTurn } from '@todo/agent';
import { chatRequestSchema, chatResponseSchema, conversationSchema, messageSchema, notFound } from '@todo/domain';
import { errorResponses } from './error-responses';
import { missingBodyAsEmptyObject } from './missing-body';
import { conversationPathSchema, existingId, userPathSchema } from './path-params';

const conversationListSchema = z.array(conversationSchema);
// The stored tool calls stay server-side: the response schema writes only these fields.
const messageListSchema = z.array(messageSchema);
const deleted = z.undefined().describe('Deleted');

const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['chat'];
  const engine = createChatEngine(
    {
      provider: app.config.CHAT_PROVIDER,
      apiKey: app.config.OPENAI_API_KEY,
      baseUrl: app.config.OPENAI_BASE_URL,
      model: app.config.CHAT_MODEL,
    },
    app.log,
  );

  app.post(
    '/api/:user_id/chat',
    {
      schema: {
        tags,
        summary: 'Send a chat message',
        description: 'Without `conversation_id` a new conversation starts. The reply lists the task tools the assistant called.',
        params: userPathSchema,
        body: chatRequestSchema,
        response: { 200: chatResponseSchema, ...errorResponses },
      },
      preValidation: missingBodyAsEmptyObject,
    },
    async (request) =>
      runChatTurn({
        tasks: app.tasks,
        conversations: app.conversations,
        userId: request.user.id,
        request: request.body,
        engine,
        timeZone: request.timeZone,
      }),
  );

  app.get(
    '/api/:user_id/conversations',
    { schema: { tags, summary: 'List conversations', params: userPathSchema, response: { 200: conversationListSchema, ...errorResponses } } },
    async (request) => app.conversations.list(request.user.id),
  );

  app.get(
    '/api/:user_id/conversations/:id/messages',
    {
      schema: { tags, summary: 'A conversation’s messages', params: conversationPathSchema, response: { 200: messageListSchema, ...errorResponses } },
    },
    async (request) => {
      const id = existingId(request.params.id, 'Conversation');
      const messages = await app.conversations.messages(request.user.id, id);
      if (!messages) throw notFound(`Conversation ${id}`);
      return messages;
    },
  );

  app.delete(
    '/api/:user_id/conversations/:id',
    { schema: { tags, summary: 'Delete a conversation', params: conversationPathSchema, response: { 204: deleted, ...errorResponses } } },
    async (request, reply) => {
      const id = existingId(request.params.id, 'Conversation');
      if (!(await app.conversations.remove(request.user.id, id))) throw notFound(`Conversation ${id}`);
      return reply.status(204).send();
    },
  );
};

export default chatRoutes;
