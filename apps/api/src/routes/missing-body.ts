import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

/**
 * A request sent without a body is judged as `{}`: its schema then names the missing fields, or
 * accepts it where every field is optional (`PATCH …/complete` toggles).
 */
export function missingBodyAsEmptyObject(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) {
  request.body ??= {};
  done();
}
