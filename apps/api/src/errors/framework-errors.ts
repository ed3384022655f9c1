import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '@todo/domain';

/**
 * Router failures (a malformed %-escape, a path segment over maxParamLength) never reach
 * setErrorHandler; this is Fastify's `frameworkErrors` hook, answering them in the contract's shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  return reply.status(tooLong ? 414 : 400).send({
    error: tooLong ? 'uri_too_long' : 'bad_request',
    message: tooLong ? 'A segment of the request path is too long' : 'The request URL is malformed',
  } satisfies ErrorBody);
}

/** Requests the HTTP parser rejects (bad header bytes, oversized headers) are answered on the raw socket, in the contract's shape. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body]: [number, ErrorBody] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, { error: 'headers_too_large', message: 'The request headers are too large' }]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, { error: 'request_timeout', message: 'The request took too long to arrive' }]
        : [400, { error: 'bad_request', message: 'The request is not valid HTTP' }];
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
