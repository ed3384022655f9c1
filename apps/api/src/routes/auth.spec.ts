import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';
import { SIGN_IN_ATTEMPTS } from './auth';

describe.each(testDatabaseUrls())('auth on %s', (_kind, url) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());

  const signUp = (payload: unknown) => api.call(undefined, { method: 'POST', url: '/api/auth/sign-up/email', payload: payload as object });
  const signIn = (payload: unknown) => api.call(undefined, { method: 'POST', url: '/api/auth/sign-in/email', payload: payload as object });

  it('signs up, signs in and signs out with bearer tokens', async () => {
    const email = `ada.${Date.now()}@example.test`;
    const up = await signUp({ name: 'Ada', email, password: 'analytical engine' });
    expect(up.statusCode).toBe(200);
    const session = up.json();
    expect(session).toEqual({ token: expect.any(String), user: { id: expect.any(String), email, name: 'Ada' } });

    const me = await api.call(session.token, { method: 'GET', url: '/api/auth/session' });
    expect(me.json()).toEqual({ user: session.user });

    const signedIn = await signIn({ email: email.toUpperCase(), password: 'analytical engine' });
    expect(signedIn.statusCode).toBe(200);
    const second = signedIn.json();
    expect(second.user.id).toBe(session.user.id);
    expect(second.token).not.toBe(session.token);

    expect((await api.call(second.token, { method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(200);
    expectError(await api.call(second.token, { method: 'GET', url: `/api/${session.user.id}/tasks` }), 401, 'unauthorized');
    // Signing out one session leaves the other one working.
    expect((await api.call(session.token, { method: 'GET', url: `/api/${session.user.id}/tasks` })).statusCode).toBe(200);
  });

  it('never stores the password in clear', async () => {
    const email = `hash.${Date.now()}@example.test`;
    await signUp({ name: 'Hash', email, password: 'plain text secret' });
    const { rows } = (await api.database.db.execute(
      `select a.password from accounts a join users u on u.id = a.user_id where u.email = '${email}'`,
    )) as unknown as { rows: { password: string }[] };
    expect(rows).toHaveLength(1);
    expect(rows[0].password).not.toContain('plain text secret');
    expect(rows[0].password.length).toBeGreaterThan(40);
  });

  it('rejects a duplicate email with 409', async () => {
    const email = `dup.${Date.now()}@example.test`;
    expect((await signUp({ name: 'One', email, password: 'password one' })).statusCode).toBe(200);
    const body = expectError(await signUp({ name: 'Two', email, password: 'password two' }), 409);
    expect(body.message).toMatch(/exists/i);
  });

  it.each([
    [{ name: 'Weak', email: 'weak@example.test', password: 'short' }, /password must be at least 8/],
    [{ name: 'Bad', email: 'not-an-email', password: 'long enough' }, /email/],
    [{ name: '', email: 'empty@example.test', password: 'long enough' }, /name/],
    [{ name: 'Extra', email: 'extra@example.test', password: 'long enough', admin: true }, /Unrecognized key/],
    [{ name: 'Types', email: 42, password: ['x'] }, /email/],
  ])('rejects an invalid sign-up %j with 400 naming the field', async (payload, message) => {
    const body = expectError(await signUp(payload), 400, 'validation_error');
    expect(body.message).toMatch(message);
  });

  it('rejects a wrong password and an unknown account with the same 401', async () => {
    const email = `pw.${Date.now()}@example.test`;
    await signUp({ name: 'Pw', email, password: 'the right one' });
    const wrong = expectError(await signIn({ email, password: 'the wrong one' }), 401);
    const unknown = expectError(await signIn({ email: `nobody.${Date.now()}@example.test`, password: 'whatever1' }), 401);
    expect(wrong).toEqual(unknown);
  });

  it.each([
    ['no header', undefined],
    ['an empty bearer', 'Bearer '],
    ['a forged token', 'Bearer forged-token-value'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('answers 401 for %s', async (_case, authorization) => {
    const response = await api.server.inject({
      method: 'GET',
      url: '/api/someone/tasks',
      headers: authorization ? { authorization } : {},
    });
    expectError(response, 401, 'unauthorized');
  });

  it('refuses sign-out without a valid session', async () => {
    expectError(await api.call(undefined, { method: 'POST', url: '/api/auth/sign-out' }), 401, 'unauthorized');
  });
});

describe('sign-in rate limit', () => {
  it(`answers 429 after ${SIGN_IN_ATTEMPTS} attempts for one email, and not for another`, async () => {
    const api = await startApi('memory://');
    try {
      const { user } = await api.signUp('Target');
      const attempt = (email: string) =>
        api.call(undefined, { method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password: 'guess-password' } });
      for (let i = 0; i < SIGN_IN_ATTEMPTS; i += 1) expect((await attempt(user.email)).statusCode).toBe(401);
      const limited = await attempt(user.email);
      expectError(limited, 429, 'too_many_requests');
      expect(limited.headers['retry-after']).toBeDefined();
      expect((await attempt(`other.${user.email}`)).statusCode).toBe(401);
    } finally {
      await api.close();
    }
  });
});

describe('auth while the database is gone', () => {
  it('answers sign-up and sign-in with 503, not a client error', async () => {
    const api = await startApi('memory://');
    await api.database.close();
    try {
      const payload = { name: 'Late', email: 'late@example.test', password: 'long enough' };
      expectError(await api.call(undefined, { method: 'POST', url: '/api/auth/sign-up/email', payload }), 503, 'service_unavailable');
      const { name: _name, ...credentials } = payload;
      expectError(await api.call(undefined, { method: 'POST', url: '/api/auth/sign-in/email', payload: credentials }), 503, 'service_unavailable');
    } finally {
      await api.server.close();
    }
  });
});
