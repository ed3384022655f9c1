import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

describe.each(testDatabaseUrls())('GET/PATCH /api/me on %s', (_kind, url) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());

  const me = (token: string | undefined, payload?: object) =>
    api.call(token, payload ? { method: 'PATCH', url: '/api/me', payload } : { method: 'GET', url: '/api/me' });

  it('shows the user with no zone until one is set, stores a normalised one, and clears it with null', async () => {
    const { token, user } = await api.signUp('Zoned');
    expect((await me(token)).json()).toEqual({ ...user, time_zone: null });

    const set = await me(token, { time_zone: 'pacific/auckland' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ ...user, time_zone: 'Pacific/Auckland' });
    expect((await me(token)).json()).toEqual({ ...user, time_zone: 'Pacific/Auckland' });

    expect((await me(token, { time_zone: null })).json()).toEqual({ ...user, time_zone: null });
    expect((await me(token)).json()).toMatchObject({ time_zone: null });
  });

  it.each([
    [{ time_zone: 'Mars/Olympus' }, 'time_zone'],
    [{ time_zone: '' }, 'time_zone'],
    [{ time_zone: 'x'.repeat(65) }, 'time_zone'],
    [{ time_zone: 3 }, 'time_zone'],
    [{}, 'time_zone'],
    [{ time_zone: 'UTC', name: 'Mallory' }, ''],
  ])('refuses %j with a 400 naming the field', async (payload, path) => {
    const { token } = await api.signUp('Careless');
    const response = await me(token, payload);
    expectError(response, 400, 'validation_error');
    const body = response.json() as { details: { path: string }[] };
    expect(body.details.map((detail) => detail.path)).toContain(path);
    expect((await me(token)).json()).toMatchObject({ time_zone: null });
  });

  it('needs a session', async () => {
    expectError(await me(undefined), 401, 'unauthorized');
    expectError(await me(undefined, { time_zone: 'UTC' }), 401, 'unauthorized');
  });

  it('keeps one user’s zone to that user', async () => {
    const alice = await api.signUp('Alice');
    const bob = await api.signUp('Bob');
    await me(alice.token, { time_zone: 'America/Los_Angeles' });
    expect((await me(bob.token)).json()).toMatchObject({ id: bob.user.id, time_zone: null });
  });
});
