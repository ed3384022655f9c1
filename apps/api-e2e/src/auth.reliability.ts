import pg from 'pg';
import { ApiOnThrowawayPostgres } from './support/api-on-throwaway-postgres';
import { call, signUp } from './support/http';
import { summary, Tally } from './support/tally';

const BRUTE_FORCE_ATTEMPTS = 30;
// More than the 5,000 keys the old LRU limiter kept: enough to have flushed it.
const JUNK_SIGN_INS = 6_000;

describe('auth', () => {
  const stack = new ApiOnThrowawayPostgres();
  let db: pg.Client;

  beforeAll(async () => {
    await stack.start('auth');
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await stack.stop();
  });

  it('sessions: revoked by sign-out, refused once expired; passwords stored hashed', async () => {
    const user = await signUp(stack.api.url, 'auth');
    const tally = new Tally();
    const tasks = async (token: string) => {
      const outcome = await call(stack.api.url, 'GET', `/api/${user.id}/tasks`, { token });
      tally.add(outcome);
      return outcome.status ?? outcome.error ?? "no answer";
    };
    const validBefore = await tasks(user.token);
    tally.add(await call(stack.api.url, 'POST', '/api/auth/sign-out', { token: user.token }));
    const afterSignOut = await tasks(user.token);

    const signIn = await call(stack.api.url, 'POST', '/api/auth/sign-in/email', { body: { email: user.email, password: user.password } });
    tally.add(signIn);
    const second = (signIn.body as { token: string }).token;
    const validSecond = await tasks(second);
    await db.query("update sessions set expires_at = now() - interval '1 second' where token = $1", [second]);
    const afterExpiry = await tasks(second);

    const { rows } = await db.query<{ password: string }>('select password from accounts where user_id = $1', [user.id]);
    const stored = rows[0]?.password ?? '';
    const hashed = stored.length >= 32 && !stored.includes(user.password);

    summary('auth-sessions', {
      requests: tally.total,
      statuses: tally.toString(),
      valid_token: validBefore,
      after_sign_out: afterSignOut,
      after_expiry: afterExpiry,
      password_hashed: hashed ? 'yes' : 'NO',
    });
    expect([validBefore, afterSignOut, validSecond, afterExpiry]).toEqual([200, 401, 200, 401]);
    expect(hashed).toBe(true);
  });

  it(`brute force on sign-in is slowed down: ${BRUTE_FORCE_ATTEMPTS} wrong passwords draw 429s`, async () => {
    const user = await signUp(stack.api.url, 'bruteforce');
    const tally = new Tally();
    for (let attempt = 0; attempt < BRUTE_FORCE_ATTEMPTS; attempt += 1) {
      tally.add(await call(stack.api.url, 'POST', '/api/auth/sign-in/email', { body: { email: user.email, password: `wrong-${attempt}-password` } }));
    }
    const limited = tally.counts.get('429') ?? 0;
    summary('auth-rate-limit', { requests: tally.total, statuses: tally.toString(), rate_limited: limited });
    expect(tally.serverErrors).toBe(0);
    expect(limited).toBeGreaterThan(0);
  });

  it(`a flood of ${JUNK_SIGN_INS} junk sign-ins neither answers 5xx nor resets a victim's counter`, async () => {
    const victim = await signUp(stack.api.url, 'flooded');
    const signIn = (email: string, password: string) => call(stack.api.url, 'POST', '/api/auth/sign-in/email', { body: { email, password } });
    expect((await signIn(victim.email, victim.password)).status).toBe(200);
    for (let i = 0; i < 10; i += 1) await signIn(victim.email, `wrong-${i}-password`);
    const before = (await signIn(victim.email, 'wrong-again-password')).status;
    const junk = new Tally();
    for (let i = 0; i < JUNK_SIGN_INS; i += 1) junk.add(await signIn(`junk-${i}`, ''));
    const after = (await signIn(victim.email, 'wrong-again-password')).status;
    summary('auth-limiter-flood', { junk: junk.total, statuses: junk.toString(), victim_before: String(before), victim_after: String(after) });
    expect(junk.serverErrors).toBe(0);
    expect([before, after]).toEqual([429, 429]);
  });
});
