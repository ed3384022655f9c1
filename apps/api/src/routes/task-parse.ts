import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseQuickAdd } from '@todo/agent';
import { parseTaskRequestSchema, quickAddSchema } from '@todo/domain';
import { errorResponses } from './error-responses';
import { missingBodyAsEmptyObject } from './missing-body';
import { userPathSchema } from './path-params';

/** Reads a quick-add line into task fields in the user's zone; writes nothing, so the web may call it while they type. */
const taskParseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/:user_id/tasks/parse',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Read a quick-add line',
        description: 'The task fields a line such as "Pay rent friday 9am !high #bills every month" names, in the user’s zone, and the words of each; stores nothing.',
        params: userPathSchema,
        body: parseTaskRequestSchema,
        response: { 200: quickAddSchema, ...errorResponses },
      },
      preValidation: missingBodyAsEmptyObject,
    },
    async (request) => parseQuickAdd(request.body.text, { now: new Date(), zone: request.timeZone }, request.body.ignore),
  );
};

export default taskParseRoutes;
