import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { APIError } from 'better-auth/api';
import { ClientError, signInSchema, signUpSchema, type AuthResponse } from '@todo/domain';
import type { Auth } from '../auth';
import { bearerToken } from '../plugins/auth-guard';

const toSessionUser = (user: { id: string; email: string; name: string }) => ({
  id: user.id,
  email: user.email,
  name: user.name,
});

/**
 * Better Auth's client errors carry a status and a code such as USER_ALREADY_EXISTS; keep both, in
 * our shape. Its server errors stay server errors (a 5xx, logged), never dressed up as the client's.
 */
function toClientError(error: unknown): unknown {
  if (!(error instanceof APIError) || error.statusCode < 400 || error.statusCode >= 500) return error;
  const code = String(error.body?.code ?? 'auth_error').toLowerCase();
  const duplicateEmail = code.startsWith('user_already_exists');
  return new ClientError(duplicateEmail ? 409 : error.statusCode, code, error.body?.message ?? error.message);
}

/** Sign-in attempts allowed per client address and email in {@link SIGN_IN_WINDOW}; slows password guessing. */
export const SIGN_IN_ATTEMPTS = 10;
const SIGN_IN_WINDOW = '15 minutes';

const signInKey = (request: FastifyRequest) => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return `${request.ip}|${typeof email === 'string' ? email.toLowerCase().slice(0, 254) : ''}`;
};

export function authRoutes(auth: Auth) {
  return async function register(app: FastifyInstance) {
    // Per replica, in memory: a cluster of N replicas allows N× the attempts, still bounded.
    await app.register(rateLimit, {
      global: false,
      // After body parsing, so the key can include the email being tried.
      hook: 'preHandler',
      errorResponseBuilder: (_request, context) =>
        new ClientError(429, 'too_many_requests', `Too many sign-in attempts; try again in ${context.after}`),
    });

    app.post('/api/auth/sign-up/email', async (request): Promise<AuthResponse> => {
      const body = signUpSchema.parse(request.body ?? {});
      try {
        const result = await auth.api.signUpEmail({ body, headers: new Headers() });
        if (!result.token) throw new Error('sign-up did not open a session');
        return { token: result.token, user: toSessionUser(result.user) };
      } catch (error) {
        throw toClientError(error);
      }
    });

    const signInLimit = { rateLimit: { max: SIGN_IN_ATTEMPTS, timeWindow: SIGN_IN_WINDOW, keyGenerator: signInKey } };
    app.post('/api/auth/sign-in/email', { config: signInLimit }, async (request): Promise<AuthResponse> => {
      const body = signInSchema.parse(request.body ?? {});
      try {
        const result = await auth.api.signInEmail({ body, headers: new Headers() });
        return { token: result.token, user: toSessionUser(result.user) };
      } catch (error) {
        throw toClientError(error);
      }
    });

    app.post('/api/auth/sign-out', async (request) => {
      const token = bearerToken(request);
      if (!token || !(await app.userForToken(token))) {
        throw new ClientError(401, 'unauthorized', 'Sign in and send your token as "Authorization: Bearer <token>"');
      }
      try {
        await auth.api.signOut({ headers: new Headers({ authorization: `Bearer ${token}` }) });
      } catch (error) {
        throw toClientError(error);
      }
      return { success: true };
    });

    app.get('/api/auth/session', async (request) => {
      const user = await app.userForToken(bearerToken(request));
      if (!user) throw new ClientError(401, 'unauthorized', 'No valid session');
      return { user };
    });
  };
}
