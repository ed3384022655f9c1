/** @jest-environment node */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeSession } from './session-cookie';
import { proxyToApi } from './upstream-proxy';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const cookie = `todo_session=${encodeSession({ token: 'secret-token', user: { id: 'u1', email: 'a@b.co', name: 'A' } })}`;

describe('proxyToApi', () => {
  let server: Server;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString() });
        if (request.url === '/mcp') {
          // A server-sent event stream: the first event must arrive before the stream ends.
          response.writeHead(200, { 'content-type': 'text/event-stream' });
          response.write('data: first\n\n');
          setTimeout(() => response.end('data: last\n\n'), 300);
          return;
        }
        response.writeHead(201, { 'content-type': 'application/json', 'x-total-count': '3' });
        response.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    delete process.env.API_URL;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it('streams method, path, query and body through, authorising from the session cookie', async () => {
    const response = await proxyToApi(
      new Request('http://web.test/api/u1/tasks?status=pending', {
        method: 'POST',
        headers: { cookie, host: 'web.test', origin: 'http://web.test', 'content-type': 'application/json' },
        body: '{"title":"x"}',
      }),
    );

    expect(response.status).toBe(201);
    expect(response.headers.get('x-total-count')).toBe('3');
    await expect(response.json()).resolves.toEqual({ ok: true });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/u1/tasks?status=pending', body: '{"title":"x"}' });
    expect(seen[0].headers.authorization).toBe('Bearer secret-token');
    expect(seen[0].headers.cookie).toBeUndefined();
    expect(seen[0].headers['x-forwarded-host']).toBe('web.test');
  });

  it('keeps an Authorization header the caller sent', async () => {
    await proxyToApi(new Request('http://web.test/api/u1/tasks', { headers: { cookie, authorization: 'Bearer mine' } }));
    expect(seen[0].headers.authorization).toBe('Bearer mine');
  });

  it('refuses a cookie-authorised write from another site', async () => {
    const response = await proxyToApi(
      new Request('http://web.test/api/u1/tasks', { method: 'POST', headers: { cookie, host: 'web.test', origin: 'https://evil.example' }, body: '{}' }),
    );
    expect(response.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it.each(['null', 'https://web.test', 'http://web.test:8080'])('refuses a cookie-authorised write from Origin %s (scheme, host and port must match)', async (origin) => {
    const response = await proxyToApi(
      new Request('http://web.test/api/u1/tasks', { method: 'POST', headers: { cookie, host: 'web.test', origin }, body: '{}' }),
    );
    expect(response.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it('accepts its own https origin behind a TLS-terminating proxy', async () => {
    const response = await proxyToApi(
      new Request('http://web.test/api/u1/tasks', {
        method: 'POST',
        headers: { cookie, host: 'web.test', origin: 'https://web.test', 'x-forwarded-proto': 'https', 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(response.status).not.toBe(403);
  });

  it('answers a body over the api limit with the contract 413 itself, without forwarding it', async () => {
    const body = 'x'.repeat(2 * 1024 * 1024);
    const response = await proxyToApi(
      new Request('http://web.test/api/u1/tasks', { method: 'POST', headers: { authorization: 'Bearer t', 'content-length': String(body.length) }, body }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'payload_too_large', message: 'The request body is too large' });
    expect(seen).toHaveLength(0);
  });

  it('refuses a cookie-authorised write whose Origin is not a URL, instead of failing', async () => {
    const response = await proxyToApi(
      new Request('http://web.test/api/u1/tasks', { method: 'POST', headers: { cookie, host: 'web.test', origin: 'not a url' }, body: '{}' }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden' });
    expect(seen).toHaveLength(0);
  });

  it('streams a response before the api has finished it', async () => {
    const response = await proxyToApi(new Request('http://web.test/mcp', { method: 'POST', headers: { authorization: 'Bearer t' }, body: '{}' }));
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe('data: first\n\n');
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    await reader?.cancel();
  });

  it('answers 502 in the contract error shape when the api is down', async () => {
    const saved = process.env.API_URL;
    process.env.API_URL = 'http://127.0.0.1:9';
    const response = await proxyToApi(new Request('http://web.test/api/u1/tasks'));
    process.env.API_URL = saved;
    expect(response.status).toBe(502);
    await expect(response.json()).resolves.toMatchObject({ error: 'api_unreachable' });
  });
});
