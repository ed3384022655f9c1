import type { FastifyInstance } from 'fastify';
import { parseQuickAdd } from '@todo/agent';
import { parseTaskRequestSchema, type QuickAdd } from '@todo/domain';

/** Reads a quick-add line into task fields in the user's zone; writes nothing, so the web may call it while they type. */
export default async function taskParseRoutes(app: FastifyInstance) {
  app.post<{ Params: { user_id: string } }>('/api/:user_id/tasks/parse', async (request): Promise<QuickAdd> => {
    const { text, ignore } = parseTaskRequestSchema.parse(request.body ?? {});
    return parseQuickAdd(text, { now: new Date(), zone: request.timeZone }, ignore);
  });
}
