import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { ClientError, type ErrorBody } from '@todo/domain';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { schemaValidationDetails, validationErrorBody, zodErrorDetails } from '../errors/validation-error-body';

const fastifyClientErrors: Record<string, { status?: number; error: string; message?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { error: 'malformed_json', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { error: 'malformed_json', message: 'The request body is empty but declared as JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'payload_too_large', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported_media_type', message: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { error: 'bad_request', message: 'The content-length does not match the body' },
  FST_ERR_BAD_URL: { error: 'bad_request', message: 'The request URL is malformed' },
};

/** One place turns every failure into the contract's `{error, message, details?}`; 5xx details go to the log only. */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ClientError) {
        return reply.status(error.status).send({
          error: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        } satisfies ErrorBody);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const code = error.validationContext === 'params' ? 'invalid_id' : 'validation_error';
        return reply.status(400).send(validationErrorBody(schemaValidationDetails(error.validation), code));
      }
      if (error instanceof ZodError) {
        return reply.status(400).send(validationErrorBody(zodErrorDetails(error)));
      }
      const known = error.code ? fastifyClientErrors[error.code] : undefined;
      if (known) {
        return reply.status(known.status ?? error.statusCode ?? 400).send({
          error: known.error,
          message: known.message ?? error.message,
        } satisfies ErrorBody);
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return reply.status(error.statusCode).send({ error: 'bad_request', message: error.message } satisfies ErrorBody);
      }
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return reply
          .status(503)
          .header('retry-after', '5')
          .send({ error: 'service_unavailable', message: 'The database is unavailable; try again shortly' } satisfies ErrorBody);
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send({ error: 'internal_error', message: 'Something went wrong on our side' } satisfies ErrorBody);
    });

    app.setNotFoundHandler((request, reply) =>
      reply.status(404).send({
        error: 'not_found',
        message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      } satisfies ErrorBody),
    );
  },
  { name: 'error-handler', fastify: '5.x' },
);
