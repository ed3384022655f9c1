import type { FastifyInstance, FastifyRequest } from 'fastify';
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
  // A stored zone the runtime no longer knows (tzdata changes) reads as UTC rather than failing every request.
  const stored = timeZoneSchema.safeParse(request.user.time_zone);
  return stored.success ? stored.data : DEFAULT_TIME_ZONE;
}

/** Sets `request.timeZone` on every route of `app`; registered after the auth guard, which sets the user. */
export function registerRequestTimeZone(app: FastifyInstance) {
  app.decorateRequest('timeZone', DEFAULT_TIME_ZONE);
  app.addHook('preHandler', async (request) => {
    request.timeZone = resolveTimeZone(request);
  });
}
