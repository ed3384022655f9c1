import type { Task } from '@todo/domain';
import { BODY_LIMIT_BYTES } from '../app';
import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

describe.each(testDatabaseUrls())('bad input on %s', (_kind, url) => {
  let api: ApiHarness;
  let token: string;
  let userId: string;
  let existing: Task;

  beforeAll(async () => {
    api = await startApi(url);
    ({ token, user: { id: userId } } = await api.signUp('Careful'));
    const response = await api.call(token, { method: 'POST', url: `/api/${userId}/tasks`, payload: { title: 'Keep me' } });
    existing = response.json();
  });
  afterAll(() => api.close());

  afterEach(async () => {
    // No bad request may change what is stored.
    const stored = await api.call(token, { method: 'GET', url: `/api/${userId}/tasks` });
    expect(stored.json()).toEqual([existing]);
  });

  const send = (method: 'POST' | 'PUT' | 'PATCH', path: string, body: string, contentType = 'application/json') =>
    api.call(token, { method, url: path, payload: body, headers: { 'content-type': contentType } });

  it.each([
    ['malformed JSON', '{"title": "x",', 400, 'malformed_json'],
    ['an empty JSON body', '', 400, 'malformed_json'],
    ['a JSON array', '["title"]', 400, 'validation_error'],
    ['a JSON string', '"title"', 400, 'validation_error'],
    ['null', 'null', 400, 'validation_error'],
    ['a wrong type', '{"title": 42}', 400, 'validation_error'],
    ['a blank title', '{"title": "   "}', 400, 'validation_error'],
    ['a too long title', JSON.stringify({ title: 'x'.repeat(201) }), 400, 'validation_error'],
    ['too many tags', JSON.stringify({ title: 't', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), 400, 'validation_error'],
    ['a too long tag', JSON.stringify({ title: 't', tags: ['x'.repeat(41)] }), 400, 'validation_error'],
    ['a bad priority', '{"title": "t", "priority": "urgent"}', 400, 'validation_error'],
    ['a bad due date', '{"title": "t", "due_at": "next tuesday"}', 400, 'validation_error'],
    ['a bad recurrence', '{"title": "t", "recurrence": {"every": "hour", "interval": 1}}', 400, 'validation_error'],
    ['an unknown field', '{"title": "t", "user_id": "someone-else"}', 400, 'validation_error'],
    ['a prototype pollution attempt', '{"title": "t", "__proto__": {"admin": true}}', 400, undefined],
    ['a due date in year 0', '{"title": "t", "due_at": "0000-01-01T00:00:00Z"}', 400, 'validation_error'],
    ['a due date in year 1', '{"title": "t", "due_at": "0001-01-01"}', 400, 'validation_error'],
    ['a due date before 1970', '{"title": "t", "due_at": "1969-12-31T23:59:59Z"}', 400, 'validation_error'],
    ['a NUL byte in the title', '{"title": "a\\u0000b"}', 400, 'validation_error'],
    ['a control character in a tag', '{"title": "t", "tags": ["a\\u0007"]}', 400, 'validation_error'],
    ['a NUL byte in the description', '{"title": "t", "description": "line\\u0000"}', 400, 'validation_error'],
    ['deeply nested JSON', `{"title": "t", "description": ${'['.repeat(5000)}${']'.repeat(5000)}}`, 400, 'validation_error'],
  ])('POST with %s → %i', async (_case, body, status, error) => {
    expectError(await send('POST', `/api/${userId}/tasks`, body), status, error);
  });

  it('names each bad field in the details, dotted', async () => {
    const response = await send('POST', `/api/${userId}/tasks`, JSON.stringify({ title: '', tags: ['ok', 'x'.repeat(41)], colour: 'red' }));
    expectError(response, 400, 'validation_error');
    const body = response.json() as { message: string; details: { path: string; code: string }[] };
    expect(body.details.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'title', code: 'too_small' },
      { path: 'tags.1', code: 'too_big' },
      { path: '', code: 'unrecognized_keys' },
    ]);
    expect(body.message).toMatch(/^title: .+; tags\.1: .+; Unrecognized key: "colour"$/);
  });

  it('answers who may call before what the call says: 401, then 403, then the zone, then the id and body', async () => {
    const invalid = '{"title": 42}';
    const json = { 'content-type': 'application/json' };
    const other = await api.signUp('Other');
    expectError(await api.call(undefined, { method: 'PUT', url: `/api/${userId}/tasks/abc`, payload: invalid, headers: json }), 401, 'unauthorized');
    expectError(await api.call(other.token, { method: 'PUT', url: `/api/${userId}/tasks/abc`, payload: invalid, headers: json }), 403, 'forbidden');
    const badZone = await api.call(token, { method: 'PUT', url: `/api/${userId}/tasks/abc`, payload: invalid, headers: { ...json, 'x-time-zone': 'Mars/Olympus' } });
    expect(expectError(badZone, 400, 'validation_error').message).toMatch(/X-Time-Zone/);
    expect(expectError(await send('PUT', `/api/${userId}/tasks/abc`, invalid), 400, 'invalid_id').message).toMatch(/"abc" is not a task id/);
    expectError(await send('PUT', `/api/${userId}/tasks/${existing.id}`, invalid), 400, 'validation_error');
  });

  it('accepts line breaks and tabs in a description (only other control characters are refused)', async () => {
    const created = await send('POST', `/api/${userId}/tasks`, JSON.stringify({ title: 'Lines', description: 'one\n\ttwo\r\n' }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual(expect.objectContaining({ description: 'one\n\ttwo\r\n' }));
    await api.call(token, { method: 'DELETE', url: `/api/${userId}/tasks/${created.json().id}` });
  });

  it.each(['q', 'tag'])('answers a NUL byte in ?%s= with a 400 naming the field', async (field) => {
    const response = await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?${field}=%00` });
    expectError(response, 400, 'validation_error');
    expect(response.body).toContain(field);
  });

  it('answers a chat message with a NUL byte with a 400', async () => {
    expectError(await send('POST', `/api/${userId}/chat`, '{"message": "add milk\\u0000"}'), 400, 'validation_error');
  });

  it('rejects an oversized body with 413', async () => {
    const body = JSON.stringify({ title: 't', description: 'x'.repeat(BODY_LIMIT_BYTES) });
    expectError(await send('POST', `/api/${userId}/tasks`, body), 413, 'payload_too_large');
  });

  it('rejects a non-JSON content type with 415', async () => {
    expectError(await send('POST', `/api/${userId}/tasks`, 'title=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
  });

  it('rejects bad updates without changing the task', async () => {
    const path = `/api/${userId}/tasks/${existing.id}`;
    expectError(await send('PUT', path, '{"title": ""}'), 400, 'validation_error');
    expectError(await send('PUT', path, '{"completed": "yes"}'), 400, 'validation_error');
    expectError(await send('PUT', path, '{"id": 999}'), 400, 'validation_error');
    expectError(await send('PATCH', `${path}/complete`, '{"completed": 1}'), 400, 'validation_error');
  });

  it.each([
    ['abc', 400, 'invalid_id'],
    ['1.5', 400, 'invalid_id'],
    ['1%20OR%201=1', 400, 'invalid_id'],
    ['0', 404, 'not_found'],
    ['-1', 404, 'not_found'],
    ['2147483648', 404, 'not_found'],
    ['99999999999999999999999999', 404, 'not_found'],
    ['123456', 404, 'not_found'],
  ])('answers a task id of %s with %i', async (id, status, error) => {
    expectError(await api.call(token, { method: 'GET', url: `/api/${userId}/tasks/${id}` }), status, error);
    expectError(await api.call(token, { method: 'DELETE', url: `/api/${userId}/tasks/${id}` }), status, error);
  });

  it('answers unknown routes with a JSON 404', async () => {
    expectError(await api.call(token, { method: 'GET', url: '/api/nothing/here/at/all' }), 404, 'not_found');
    expectError(await api.call(undefined, { method: 'GET', url: '/../../etc/passwd' }), 404, 'not_found');
  });

  it('round-trips SQL-looking and unicode text verbatim, then cleans up', async () => {
    const title = `'; DELETE FROM tasks; -- ✓ Ünïcødé 🎉 \u202e`;
    const created = await api.call(token, { method: 'POST', url: `/api/${userId}/tasks`, payload: { title, description: '<script>alert(1)</script>' } });
    expect(created.statusCode).toBe(201);
    const task = created.json() as Task;
    expect(task.title).toBe(title.trim());
    expect(task.description).toBe('<script>alert(1)</script>');
    const found = await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?q=${encodeURIComponent("'; DELETE")}` });
    expect((found.json() as Task[]).map((t) => t.id)).toEqual([task.id]);
    await api.call(token, { method: 'DELETE', url: `/api/${userId}/tasks/${task.id}` });
  });
});
