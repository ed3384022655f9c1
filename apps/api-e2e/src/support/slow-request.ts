import { request } from 'node:http';

export interface SlowRequest {
  /** Sends the rest of the body; the answer comes after. */
  finish(): void;
  answer: Promise<{ status: number | null; body: string; error?: string }>;
}

/**
 * A JSON POST whose headers and first bytes go out now and the rest only on `finish()`: a
 * request that is provably in flight for as long as the test wants.
 */
export function slowJsonPost(url: string, token: string, body: unknown): SlowRequest {
  const payload = Buffer.from(JSON.stringify(body));
  const outgoing = request(url, {
    method: 'POST',
    agent: false,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': payload.length },
  });
  const answer = new Promise<{ status: number | null; body: string; error?: string }>((resolve) => {
    outgoing.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? null, body: text }));
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, body: '', error: error.code ?? error.message }));
  });
  const half = Math.floor(payload.length / 2);
  outgoing.write(payload.subarray(0, half));
  return { finish: () => outgoing.end(payload.subarray(half)), answer };
}
