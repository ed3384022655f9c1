import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawAnswer {
  status: number | null;
  contentType: string;
  text: string;
  error?: string;
}

/** Sends exactly these bytes as the body (no JSON encoding, no UTF-8 repair). */
export function send(baseUrl: string, raw: RawRequest, timeoutMs = 20_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...raw.headers };
    if (raw.body) headers['content-length'] = raw.body.length;
    let outgoing;
    try {
      outgoing = request(baseUrl + raw.path, { method: raw.method, headers, timeout: timeoutMs });
    } catch (error) {
      // Node refuses some paths/headers before sending: nothing reached the server.
      return resolve({ status: null, contentType: '', text: '', error: `not-sent:${(error as NodeJS.ErrnoException).code}` });
    }
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? null, contentType: String(response.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, contentType: '', text: '', error: error.code ?? error.message }));
    outgoing.end(raw.body);
  });
}

/** Writes bytes straight to a socket: request lines and headers no HTTP client would produce. */
export function sendBytes(baseUrl: string, bytes: Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, contentType: '', text: '', error: error.code }));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const [head, ...rest] = text.split('\r\n\r\n');
      const contentType = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? '';
      // Only the first response counts; the server may answer again on the same socket.
      const length = Number(/^content-length:\s*(\d+)/im.exec(head)?.[1] ?? NaN);
      const body = Buffer.from(rest.join('\r\n\r\n'));
      resolve({ status: status ? Number(status[1]) : null, contentType, text: (Number.isNaN(length) ? body : body.subarray(0, length)).toString('utf8') });
    });
    socket.end(bytes);
  });
}
