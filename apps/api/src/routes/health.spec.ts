import { startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

describe.each(testDatabaseUrls())('health on %s', (_kind, url) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());

  it('is alive and ready while the database answers', async () => {
    expect((await api.server.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await api.server.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('turns readiness off while draining, but stays alive', async () => {
    api.app.health.draining = true;
    try {
      const ready = await api.server.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ error: 'not_ready' });
      expect((await api.server.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      api.app.health.draining = false;
    }
  });

  it('echoes a request id for tracing', async () => {
    const response = await api.server.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers['x-request-id']).toBe('trace-123');
  });

  it.each(['a b', 'x'.repeat(129), 'evil\u00e9', '<script>', '../../etc'])('replaces an unsafe client request id %j with its own', async (offered) => {
    const response = await api.server.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': offered } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends nosniff and refuses to be framed', async () => {
    const response = await api.server.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
  });
});

describe('readiness without a database', () => {
  it('answers 503 when the database is gone', async () => {
    const api = await startApi('memory://');
    await api.database.close();
    const ready = await api.server.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ error: 'not_ready', message: expect.any(String) });
    await api.server.close();
  });
});
