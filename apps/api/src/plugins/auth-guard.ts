import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ClientError } from '@todo/domain';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Protects every route registered in `app`: a valid bearer token is required (401), and a
 * `:user_id` in the path must be the token's user (403).
 */
export function registerAuthGuard(app: FastifyInstance) {
  app.decorateRequest('user', null as never);
  app.addHook('onRequest', async (request) => {
    const user = await app.userForToken(bearerToken(request));
    if (!user) throw new ClientError(401, 'unauthorized', 'Sign in and send your token as "Authorization: Bearer <token>"');
    request.user = user;
  });
  app.addHook('preHandler', async (request) => {
    const { user_id: pathUserId } = (request.params ?? {}) as { user_id?: string };
    if (pathUserId !== undefined && pathUserId !== request.user.id) {
      throw new ClientError(403, 'forbidden', 'You can only access your own data');
    }
  });
}
