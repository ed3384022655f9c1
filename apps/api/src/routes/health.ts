import type { FastifyInstance } from 'fastify';

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

export function healthRoutes(ping: () => Promise<void>, state: HealthState) {
  return async function register(app: FastifyInstance) {
    app.get('/healthz', async () => ({ status: 'ok' }));

    app.get('/readyz', async (request, reply) => {
      if (state.draining) {
        return reply.status(503).send({ error: 'not_ready', message: 'The server is shutting down' });
      }
      try {
        await withTimeout(ping(), READY_TIMEOUT_MS);
        return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.status(503).send({ error: 'not_ready', message: 'The database is not answering' });
      }
    });
  };
}
