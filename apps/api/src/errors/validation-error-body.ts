import type { FastifySchemaValidationError } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorBody } from '@todo/domain';

interface ValidationDetail {
  /** The field, dotted (`tags.3`); empty for the body or query as a whole (an unknown key, a wrong type). */
  path: string;
  message: string;
  code: string;
}

/** `validation_error` with one detail per issue; a malformed path id is `invalid_id`, as the contract has it. */
export function validationErrorBody(details: ValidationDetail[], error: 'validation_error' | 'invalid_id' = 'validation_error'): ErrorBody {
  const message = details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ');
  return { error, message, details };
}

/** Issues from a route schema, as fastify-type-provider-zod reports them (`instancePath` is `/tags/3`). */
export const schemaValidationDetails = (issues: FastifySchemaValidationError[]): ValidationDetail[] =>
  issues.map((issue) => ({
    path: issue.instancePath.split('/').filter(Boolean).join('.'),
    message: issue.message ?? 'is invalid',
    code: issue.keyword,
  }));

/** Issues of a zod parse inside a handler or a library. */
export const zodErrorDetails = (error: ZodError): ValidationDetail[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }));
