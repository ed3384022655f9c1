import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { APIError } from 'better-auth/api';
import { hashPassword } from 'better-auth/crypto';
import {
  authResponseSchema,
  ClientError,
  sessionResponseSchema,
  signInSchema,
  signOutResponseSchema,
  signUpSchema,
} from '@todo/domain';
import type { Auth } from '../auth';
import { bearerToken } from '../bearer-token';
import { errorResponses } from './error-responses';
import { missingBodyAsEmptyObject } from './missing-body';
import { weakPasswordReason } from '../password-policy';
import { normaliseEmail, SignInThrottle, SignUpThrottle, type ThrottleVerdict } from '../sign-in-throttle';

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
  if (isDuplicateEmail(error)) return new ClientError(409, 'user_already_exists', 'A user with this email already exists');
  return new ClientError(error.statusCode, code, error.body?.message ?? error.message);
}

/**
 * Better Auth checks for the email first; two sign-ups racing past that check meet the unique
 * index instead, which it reports as a failure to create the user. Both mean the email is taken.
 */
function isDuplicateEmail(error: unknown): boolean {
  if (!(error instanceof APIError)) return false;
  const code = String(error.body?.code ?? '').toLowerCase();
  return code.startsWith('user_already_exists') || (error.statusCode === 422 && code === 'failed_to_create_user');
}

function refuse(reply: FastifyReply, verdict: ThrottleVerdict, what: string): never {
  reply.header('retry-after', String(verdict.retryAfterSeconds));
  throw new ClientError(429, 'too_many_requests', `Too many ${what}; try again in ${verdict.retryAfterSeconds} seconds`);
}

const isWrongPassword = (error: unknown) => error instanceof APIError && error.statusCode === 401;

export function authRoutes(auth: Auth, limits: { signUpsPerHour: number }): FastifyPluginAsyncZod {
  return async function register(app) {
    const signInThrottle = new SignInThrottle();
    const signUpThrottle = new SignUpThrottle(limits.signUpsPerHour);
    const tags = ['auth'];
    const opensSession = { tags, security: [], response: { 200: authResponseSchema, ...errorResponses } };

    app.post(
      '/api/auth/sign-up/email',
      { schema: { ...opensSession, summary: 'Create an account and sign in', body: signUpSchema }, preValidation: missingBodyAsEmptyObject },
      async (request, reply) => {
        const { body } = request;
        const weak = weakPasswordReason(body.password, body);
        if (weak) throw new ClientError(400, 'validation_error', `password: ${weak}`, [{ path: 'password', message: weak, code: 'weak_password' }]);
        const verdict = await signUpThrottle.take(request.ip);
        if (!verdict.allowed) refuse(reply, verdict, 'sign-ups from this address');
        try {
          const result = await auth.api.signUpEmail({ body, headers: new Headers() });
          if (!result.token) throw new Error('sign-up did not open a session');
          return { token: result.token, user: toSessionUser(result.user) };
        } catch (error) {
          // A taken email would answer in a few ms, a new one after hashing: hash anyway, so the
          // time does not tell who has an account. (The status does, as a sign-up must say why it failed.)
          if (isDuplicateEmail(error)) await hashPassword(body.password);
          throw toClientError(error);
        }
      },
    );

    // Validated first: a junk body is a 400 and never touches a counter.
    app.post(
      '/api/auth/sign-in/email',
      { schema: { ...opensSession, summary: 'Sign in', body: signInSchema }, preValidation: missingBodyAsEmptyObject },
      async (request, reply) => {
        const { body } = request;
        const email = normaliseEmail(body.email);
        const verdict = await signInThrottle.check(request.ip, email);
        if (!verdict.allowed) refuse(reply, verdict, 'sign-in attempts');
        try {
          const result = await auth.api.signInEmail({ body: { ...body, email }, headers: new Headers() });
          await signInThrottle.succeeded(request.ip, email);
          return { token: result.token, user: toSessionUser(result.user) };
        } catch (error) {
          if (isWrongPassword(error)) await signInThrottle.failed(request.ip, email);
          throw toClientError(error);
        }
      },
    );

    const requireToken = async (request: FastifyRequest) => {
      const token = bearerToken(request);
      if (!token || !(await app.userForToken(token))) {
        throw new ClientError(401, 'unauthorized', 'Sign in and send your token as "Authorization: Bearer <token>"');
      }
      return token;
    };

    /** Signs out through Better Auth as the bearer of the request's token: this session, or all of them. */
    const revoking = (revoke: (headers: Headers) => Promise<unknown>) => async (request: FastifyRequest) => {
      const token = await requireToken(request);
      try {
        await revoke(new Headers({ authorization: `Bearer ${token}` }));
      } catch (error) {
        throw toClientError(error);
      }
      return { success: true };
    };
    const signsOut = (summary: string) => ({ schema: { tags, summary, response: { 200: signOutResponseSchema, ...errorResponses } } });
    app.post('/api/auth/sign-out', signsOut('Sign out: revoke this token'), revoking((headers) => auth.api.signOut({ headers })));
    // Every session of the user ends: other browsers, MCP clients, a token that leaked.
    app.post(
      '/api/auth/sign-out-everywhere',
      signsOut('Sign out everywhere: revoke every session of the user'),
      revoking((headers) => auth.api.revokeSessions({ headers })),
    );

    app.get('/api/auth/session', { schema: { tags, summary: 'The token’s user', response: { 200: sessionResponseSchema, ...errorResponses } } }, async (request) => {
      const user = await app.userForToken(bearerToken(request));
      if (!user) throw new ClientError(401, 'unauthorized', 'No valid session');
      return { user: toSessionUser(user) };
    });
  };
}
