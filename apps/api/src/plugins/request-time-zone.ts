import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { ClientError, DEFAULT_TIME_ZONE, TIME_ZONE_HEADER, timeZoneSchema } from '@todo/domain';

/** The zone "today" and plain days are read in: the request's `X-Time-Zone`, else the user's setting, else UTC. */
export function resolveTimeZone(request: FastifyRequest): string {
  const offered = request.headers[TIME_ZONE_HEADER];
  if (offered !== undefined) {
    const parsed = timeZoneSchema.safeParse(offered);
    if (!parsed.success) {
      const message = 'X-Time-Zone must be an IANA time zone such as "Europe/Berlin"';
      throw new ClientError(400, 'validation_error', message, [{ path: TIME_ZONE_HEADER, message, code: 'invalid_time_zone' }]);
    }
    return parsed.data;
  }
  if (!request.user.time_zone) return DEFAULT_TIME_ZONE;
  // A stored zone the runtime no longer knows (tzdata changes) reads as UTC rather than failing every request.
  const stored = timeZoneSchema.safeParse(request.user.time_zone);
  return stored.success ? stored.data : DEFAULT_TIME_ZONE;
}

/**
 * Sets `request.timeZone` on every route of the context, in preValidation: a bad zone is refused
 * before the body, and routes can anchor plain days in it before their schemas run.
 */
export default fp(
  async (app) => {
    app.decorateRequest('timeZone', DEFAULT_TIME_ZONE);
    app.addHook('preValidation', async (request) => {
      request.timeZone = resolveTimeZone(request);
    });
  },
  { name: 'request-time-zone', fastify: '5.x', dependencies: ['auth-guard'] },
);
