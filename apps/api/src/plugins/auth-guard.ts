import fp from 'fastify-plugin';
import { ClientError } from '@todo/domain';
import { bearerToken } from '../bearer-token';

/**
 * Protects every route of the context it is registered in: a valid bearer token is required (401),
 * and a `:user_id` in the path must be the token's user (403). Both come before the request's
 * schemas are checked, so nobody learns what a route accepts without being allowed to call it.
 */
export default fp(
  async (app) => {
    app.decorateRequest('user', null as never);
    // onRequest: an unauthenticated body is never even parsed.
    app.addHook('onRequest', async (request) => {
      const user = await app.userForToken(bearerToken(request));
      if (!user) throw new ClientError(401, 'unauthorized', 'Sign in and send your token as "Authorization: Bearer <token>"');
      request.user = user;
    });
    app.addHook('preValidation', async (request) => {
      const { user_id: pathUserId } = (request.params ?? {}) as { user_id?: string };
      if (pathUserId !== undefined && pathUserId !== request.user.id) {
        throw new ClientError(403, 'forbidden', 'You can only access your own data');
      }
    });
  },
  { name: 'auth-guard', fastify: '5.x' },
);
