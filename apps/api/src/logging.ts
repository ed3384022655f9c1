import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type DestinationStream } from 'pino';

const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-auth-token"]'];

/** How long a line may wait in the buffer of a quiet server before it is written. */
const LOG_FLUSH_INTERVAL_MS = 500;

/** Lines are written 4 kB at a time (or every half second), not one syscall per request. */
function bufferedStdout() {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(() => undefined), LOG_FLUSH_INTERVAL_MS).unref();
  return destination;
}

/**
 * The api's logger: JSON lines on stdout, buffered and written asynchronously; pino writes what
 * is left when the process exits, also after a crash.
 */
export function createLogger(level: string, destination: DestinationStream = bufferedStdout()): FastifyBaseLogger {
  return pino({ level, redact: REDACTED_PATHS }, destination);
}

/**
 * One access line per request, when its response is sent. Fastify's default writes two (received,
 * completed), each serialising the request or reply, which costs more than it tells. The request's
 * child logger adds the request id.
 */
export class AccessLogController extends LogController {
  override incomingRequest() {
    // The completed line says all of it.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
