import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';
import { AUTH_LIMITS } from '../sign-in-throttle';

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
    expect((await signUp({ name: 'One', email, password: 'first of two passphrases' })).statusCode).toBe(200);
    const body = expectError(await signUp({ name: 'Two', email, password: 'second of two passphrases' }), 409);
    expect(body.message).toMatch(/exists/i);
  });

  it('answers concurrent sign-ups of one email with one 200 and 409s, never another status', async () => {
    const email = `race.${Date.now()}@example.test`;
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => signUp({ name: `Racer ${i}`, email, password: `racing passphrase ${i}` })));
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
  });

  it('takes about as long to refuse a taken email as to sign up (no account probing by timing)', async () => {
    const email = (label: string) => `timing.${label}.${Date.now()}@example.test`;
    const timed = async (payload: object, status: number) => {
      const started = performance.now();
      expect((await signUp(payload)).statusCode).toBe(status);
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const taken = email('taken');
    // Warm: the first hash of a process also pays for compiling and loading the hasher.
    await timed({ name: 'First', email: taken, password: 'timing passphrase one' }, 200);
    const fresh: number[] = [];
    const refused: number[] = [];
    for (let round = 0; round < 3; round++) {
      fresh.push(await timed({ name: 'Fresh', email: email(`fresh${round}`), password: 'timing passphrase two' }, 200));
      refused.push(await timed({ name: 'Second', email: taken, password: 'timing passphrase two' }, 409));
    }
    // The password is hashed either way; without it a 409 came back in a few ms against ~100+.
    expect(median(refused)).toBeGreaterThan(median(fresh) * 0.4);
  });

  it.each([
    [{ name: 'Weak', email: 'weak@example.test', password: 'short' }, /password must be at least 10/],
    [{ name: 'Nine', email: 'nine@example.test', password: '123456789' }, /password must be at least 10/],
    [{ name: 'Common', email: 'common@example.test', password: '1234567890' }, /password: password is one of the most common passwords/],
    [{ name: 'Spaces', email: 'spaces@example.test', password: '          ' }, /password: password must not be blank/],
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

  it('signs out everywhere: every session of the user ends, other users keep theirs', async () => {
    const email = `everywhere.${Date.now()}@example.test`;
    const first = (await signUp({ name: 'Many', email, password: 'many sessions here' })).json();
    const second = (await signIn({ email, password: 'many sessions here' })).json();
    const other = await api.signUp('Bystander');
    const ok = await api.call(second.token, { method: 'POST', url: '/api/auth/sign-out-everywhere' });
    expect(ok.json()).toEqual({ success: true });
    for (const token of [first.token, second.token]) {
      expect((await api.call(token, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    }
    expect((await api.call(other.token, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expectError(await api.call(second.token, { method: 'POST', url: '/api/auth/sign-out-everywhere' }), 401, 'unauthorized');
  });

  it('refuses sign-out without a valid session', async () => {
    expectError(await api.call(undefined, { method: 'POST', url: '/api/auth/sign-out' }), 401, 'unauthorized');
  });
});

describe('sign-in and sign-up limits', () => {
  let api: ApiHarness;
  afterEach(() => api.close());

  const from = (ip: string, headers: Record<string, string> = {}) => ({ remoteAddress: ip, headers });
  const signInFrom = (ip: string, email: string, password: string, headers: Record<string, string> = {}) =>
    api.server.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password }, ...from(ip, headers) });

  it(`limits even the owner's usual client to ${AUTH_LIMITS.failuresPerAccountAndClient} wrong passwords, with Retry-After`, async () => {
    api = await startApi('memory://');
    const { user } = await api.signUp('Target');
    expect((await signInFrom('198.51.100.7', user.email, 'correct horse battery')).statusCode).toBe(200);
    for (let i = 0; i < AUTH_LIMITS.failuresPerAccountAndClient; i += 1) expect((await signInFrom('198.51.100.7', user.email, 'guess-password')).statusCode).toBe(401);
    const limited = await signInFrom('198.51.100.7', user.email.toUpperCase(), 'guess-password');
    expectError(limited, 429, 'too_many_requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let junk bodies create counters or flush a victim’s', async () => {
    api = await startApi('memory://');
    const { user } = await api.signUp('Victim');
    expect((await signInFrom('203.0.113.5', user.email, 'correct horse battery')).statusCode).toBe(200);
    for (let i = 0; i < AUTH_LIMITS.failuresPerAccountAndClient; i += 1) expect((await signInFrom('203.0.113.5', user.email, 'wrong-password')).statusCode).toBe(401);
    expect((await signInFrom('203.0.113.5', user.email, 'wrong-password')).statusCode).toBe(429);
    for (let i = 0; i < 6_000; i += 1) {
      const junk = await api.server.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email: `junk${i}`, password: '' }, remoteAddress: `10.1.${i >> 8}.${i & 255}` });
      if (junk.statusCode !== 400) throw new Error(`junk sign-in ${i} answered ${junk.statusCode}`);
    }
    expect((await signInFrom('203.0.113.5', user.email, 'wrong-password')).statusCode).toBe(429);
  }, 120_000);

  it('slows an account under attack for other clients, yet its owner’s usual client still signs in', async () => {
    api = await startApi('memory://');
    const { user } = await api.signUp('Owner');
    expect((await signInFrom('192.0.2.10', user.email, 'correct horse battery')).statusCode).toBe(200);
    const statuses = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await signInFrom(`198.51.100.${i}`, user.email, `guess-${i}`)).statusCode);
    expect(statuses.slice(0, AUTH_LIMITS.accountSlowdownAfter)).toEqual(Array(AUTH_LIMITS.accountSlowdownAfter).fill(401));
    expect(statuses).toContain(429);
    // Even the right password waits when it comes from a client the account does not know.
    expect((await signInFrom('198.51.100.99', user.email, 'correct horse battery')).statusCode).toBe(429);
    expect((await signInFrom('192.0.2.10', user.email, 'correct horse battery')).statusCode).toBe(200);
  });

  it(`stops one client after ${AUTH_LIMITS.failuresPerClient} wrong sign-ins across accounts, others go on`, async () => {
    api = await startApi('memory://');
    for (let i = 0; i < AUTH_LIMITS.failuresPerClient; i += 1) expect((await signInFrom('198.51.100.20', `nobody${i}@example.test`, 'guess-password')).statusCode).toBe(401);
    expectError(await signInFrom('198.51.100.20', 'nobody-else@example.test', 'guess-password'), 429, 'too_many_requests');
    expect((await signInFrom('198.51.100.21', 'nobody-else@example.test', 'guess-password')).statusCode).toBe(401);
  });

  it('counts the address a trusted proxy forwards, and ignores a forwarded address from anyone else', async () => {
    api = await startApi('memory://');
    const flood = async (ip: string, forwardedFor: string) => {
      for (let i = 0; i < AUTH_LIMITS.failuresPerClient; i += 1) await signInFrom(ip, `x${i}@example.test`, 'guess-password', { 'x-forwarded-for': forwardedFor });
    };
    // Through the web app on the same machine: each browser is counted on its own.
    await flood('127.0.0.1', '203.0.113.50');
    expect((await signInFrom('127.0.0.1', 'y@example.test', 'guess-password', { 'x-forwarded-for': '203.0.113.50' })).statusCode).toBe(429);
    expect((await signInFrom('127.0.0.1', 'y@example.test', 'guess-password', { 'x-forwarded-for': '203.0.113.51' })).statusCode).toBe(401);
    // A direct client cannot pick its address by sending the header.
    await flood('198.51.100.30', '203.0.113.60');
    expect((await signInFrom('198.51.100.30', 'y@example.test', 'guess-password', { 'x-forwarded-for': '203.0.113.61' })).statusCode).toBe(429);
  });

  it('limits sign-ups per client address', async () => {
    api = await startApi('memory://', { SIGN_UP_LIMIT_PER_HOUR: '3' });
    const signUpFrom = (ip: string, i: number) =>
      api.server.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { name: 'N', email: `n${i}.${Date.now()}@example.test`, password: 'long enough pw' }, remoteAddress: ip });
    for (let i = 0; i < 3; i += 1) expect((await signUpFrom('198.51.100.40', i)).statusCode).toBe(200);
    const limited = await signUpFrom('198.51.100.40', 3);
    expectError(limited, 429, 'too_many_requests');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await signUpFrom('198.51.100.41', 4)).statusCode).toBe(200);
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
