import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './api-error';
import { createApiClient } from './api-client';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

/** A real HTTP server that records each request and answers with the next queued reply. */
async function startServer() {
  const seen: Seen[] = [];
  const replies: Reply[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      const reply = replies.shift() ?? { status: 500, body: 'no reply queued' };
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    seen,
    reply: (reply: Reply) => replies.push(reply),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const task = {
  id: 7,
  user_id: 'u1',
  title: 'Buy milk',
  description: '',
  completed: false,
  priority: 'high',
  tags: ['home'],
  due_at: null,
  recurrence: null,
  completed_at: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

describe('createApiClient', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());

  it('signs in with a JSON body and returns the token and user', async () => {
    const auth = { token: 't0k', user: { id: 'u1', email: 'a@b.co', name: 'Ann' } };
    server.reply({ status: 200, body: JSON.stringify(auth) });

    const result = await createApiClient({ baseUrl: server.baseUrl }).signIn({ email: 'a@b.co', password: 'secret123' });

    expect(result).toEqual(auth);
    expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/api/auth/sign-in/email' });
    expect(server.seen[0].headers['content-type']).toBe('application/json');
    expect(server.seen[0].headers.authorization).toBeUndefined();
    expect(JSON.parse(server.seen[0].body)).toEqual({ email: 'a@b.co', password: 'secret123' });
  });

  it('lists tasks with the query options, the bearer token and the X-Total-Count total', async () => {
    server.reply({ status: 200, body: JSON.stringify([task]), headers: { 'x-total-count': '42' } });
    const client = createApiClient({ baseUrl: server.baseUrl, token: 't0k' });

    const page = await client.listTasks('u 1', { status: 'pending', q: 'milk', tag: 'home', sort: 'due_at', order: 'desc', limit: 10, offset: 20, priority: undefined });

    expect(page).toEqual({ tasks: [task], total: 42 });
    expect(server.seen[0].url).toBe('/api/u%201/tasks?status=pending&q=milk&tag=home&sort=due_at&order=desc&limit=10&offset=20');
    expect(server.seen[0].headers.authorization).toBe('Bearer t0k');
  });

  it('falls back to the page length when X-Total-Count is absent', async () => {
    server.reply({ status: 200, body: JSON.stringify([task]) });
    await expect(createApiClient({ baseUrl: server.baseUrl }).listTasks('u1')).resolves.toEqual({ tasks: [task], total: 1 });
  });

  it('maps each task and conversation call to its method and path', async () => {
    const client = createApiClient({ baseUrl: server.baseUrl, token: 't' });
    const calls: Array<[() => Promise<unknown>, string, string, unknown]> = [
      [() => client.createTask('u1', { title: 'x' }), 'POST', '/api/u1/tasks', { title: 'x' }],
      [() => client.getTask('u1', 7), 'GET', '/api/u1/tasks/7', undefined],
      [() => client.parseTask('u1', { text: 'pay rent friday' }), 'POST', '/api/u1/tasks/parse', { text: 'pay rent friday' }],
      [() => client.updateTask('u1', 7, { priority: 'low' }), 'PUT', '/api/u1/tasks/7', { priority: 'low' }],
      [() => client.completeTask('u1', 7), 'PATCH', '/api/u1/tasks/7/complete', {}],
      [() => client.completeTask('u1', 7, false), 'PATCH', '/api/u1/tasks/7/complete', { completed: false }],
      [() => client.chat('u1', { message: 'hi', conversation_id: 3 }), 'POST', '/api/u1/chat', { message: 'hi', conversation_id: 3 }],
      [() => client.listConversations('u1'), 'GET', '/api/u1/conversations', undefined],
      [() => client.listMessages('u1', 3), 'GET', '/api/u1/conversations/3/messages', undefined],
      [() => client.signOut(), 'POST', '/api/auth/sign-out', undefined],
      [() => client.me(), 'GET', '/api/me', undefined],
      [() => client.updateMe({ time_zone: 'Pacific/Auckland' }), 'PATCH', '/api/me', { time_zone: 'Pacific/Auckland' }],
    ];
    for (const [call, method, url, body] of calls) {
      server.reply({ status: 200, body: '{}' });
      await call();
      const request = server.seen.at(-1);
      expect({ method: request?.method, url: request?.url, body: request?.body ? JSON.parse(request.body) : undefined }).toEqual({ method, url, body });
    }
  });

  it('sends the caller’s zone as X-Time-Zone on every request when given, and none otherwise', async () => {
    server.reply({ status: 200, body: JSON.stringify({ conversation_id: 1, response: 'ok', tool_calls: [] }) });
    server.reply({ status: 200, body: '[]' });
    server.reply({ status: 200, body: '[]' });
    const zoned = createApiClient({ baseUrl: server.baseUrl, token: 't', timeZone: 'America/Los_Angeles', headers: { 'x-extra': '1' } });
    await zoned.chat('u1', { message: 'add call mom tomorrow' });
    await zoned.listTasks('u1');
    await createApiClient({ baseUrl: server.baseUrl, token: 't' }).listTasks('u1');
    expect(server.seen.map((request) => request.headers['x-time-zone'])).toEqual(['America/Los_Angeles', 'America/Los_Angeles', undefined]);
    expect(server.seen[0].headers['x-extra']).toBe('1');
  });

  it('resolves a 204 to undefined', async () => {
    server.reply({ status: 204 });
    await expect(createApiClient({ baseUrl: server.baseUrl, token: 't' }).deleteTask('u1', 7)).resolves.toBeUndefined();
    expect(server.seen[0]).toMatchObject({ method: 'DELETE', url: '/api/u1/tasks/7' });
  });

  it('throws an ApiError carrying the contract error body', async () => {
    const details = [{ path: ['title'], message: 'title must not be empty' }];
    server.reply({ status: 400, body: JSON.stringify({ error: 'validation_error', message: 'Invalid body', details }) });

    const error = await createApiClient({ baseUrl: server.baseUrl, token: 't' }).createTask('u1', { title: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, error: 'validation_error', message: 'Invalid body', details });
  });

  it('throws an ApiError for an error without the contract shape', async () => {
    server.reply({ status: 502, body: 'Bad gateway', headers: { 'content-type': 'text/plain' } });
    await expect(createApiClient({ baseUrl: server.baseUrl }).listConversations('u1')).rejects.toMatchObject({
      status: 502,
      error: 'http_502',
      message: 'Bad gateway',
    });
  });

  it('throws an ApiError when the api cannot be reached', async () => {
    await server.close();
    await expect(createApiClient({ baseUrl: server.baseUrl }).signOut()).rejects.toMatchObject({ status: 503, error: 'api_unreachable' });
    server = await startServer();
  });
});
