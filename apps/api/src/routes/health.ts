import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '@todo/domain';

export interface HealthState {
  draining: boolean;
}

const READY_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function healthRoutes(ping: () => Promise<void>, state: HealthState): FastifyPluginAsyncZod {
  return async function register(app) {
    const schema = { tags: ['health'], security: [] };

    app.get(
      '/healthz',
      { schema: { ...schema, summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          ...schema,
          summary: 'Readiness',
          description: 'Fails while the database does not answer, and while the server drains on SIGTERM.',
          response: { 200: z.object({ status: z.literal('ready') }), 503: errorBodySchema.describe('Not ready') },
        },
      },
      async (request, reply) => {
        if (state.draining) {
          return reply.status(503).send({ error: 'not_ready', message: 'The server is shutting down' });
        }
        try {
          await withTimeout(ping(), READY_TIMEOUT_MS);
          return { status: 'ready' as const };
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed');
          return reply.status(503).send({ error: 'not_ready', message: 'The database is not answering' });
        }
      },
    );
  };
}
