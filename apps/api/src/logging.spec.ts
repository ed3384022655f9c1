import { Writable } from 'node:stream';
import { startApi, type ApiHarness } from './test/api-harness';

/** Collects the JSON lines the api writes. */
function lineCollector() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe('access log', () => {
  const { lines, stream } = lineCollector();
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('memory://', { LOG_LEVEL: 'info' }, { logger: stream });
  });
  afterAll(() => api.close());

  it('writes one line per request with its id, method, path, status and time, and never a credential', async () => {
    const { token } = await api.signUp('Logged');
    lines.length = 0;
    const listed = await api.call(token, { method: 'GET', url: '/api/me', headers: { 'x-request-id': 'trace-42', cookie: 'session=secret' } });
    const refused = await api.call('not-a-token', { method: 'GET', url: '/api/me' });

    const access = lines.filter((line) => line['msg'] === 'request');
    expect(access).toEqual([
      expect.objectContaining({ reqId: 'trace-42', method: 'GET', url: '/api/me', status: 200, level: 30, ms: expect.any(Number) }),
      expect.objectContaining({ reqId: refused.headers['x-request-id'], status: 401 }),
    ]);
    expect(listed.statusCode).toBe(200);
    const written = JSON.stringify(lines);
    expect(written).not.toContain(token);
    expect(written).not.toContain('not-a-token');
    expect(written).not.toContain('secret');
  });

  it('stays quiet below its level', async () => {
    const quiet = lineCollector();
    const warnOnly = await startApi('memory://', { LOG_LEVEL: 'warn' }, { logger: quiet.stream });
    try {
      await warnOnly.call(undefined, { method: 'GET', url: '/healthz' });
      expect(quiet.lines.filter((line) => line['msg'] === 'request')).toEqual([]);
    } finally {
      await warnOnly.close();
    }
  });
});
