import { z } from 'zod';

/** The body of every error response, as the contract fixes it. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A failure the client caused; the api turns it into `status` with an {@link ErrorBody}. */
export class ClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

export const notFound = (what: string) => new ClientError(404, 'not_found', `${what} was not found`);

/** The largest request body the api reads (the web proxy refuses larger ones before forwarding). */
export const REQUEST_BODY_LIMIT_BYTES = 64 * 1024;
