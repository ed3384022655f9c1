import pg from 'pg';
import { ApiOnThrowawayPostgres } from './support/api-on-throwaway-postgres';
import { signUp, type TestUser } from './support/http';
import { poll } from './support/poller';
import { slowJsonPost } from './support/slow-request';
import { summary } from './support/tally';
import { Ledger, verify, writer } from './support/writers';

const CLIENTS = 20;
const DELAY_MS = 2_000;
const TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ok = (status: number | null) => status !== null && status >= 200 && status < 300;

describe('graceful shutdown', () => {
  const stack = new ApiOnThrowawayPostgres();
  let users: TestUser[];

  beforeAll(async () => {
    await stack.start('shutdown', { SHUTDOWN_DELAY_MS: String(DELAY_MS), SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS) });
    users = await Promise.all(Array.from({ length: 5 }, (_, i) => signUp(stack.api.url, `shutdown${i}`)));
  });

  afterAll(async () => {
    await stack.stop(1_000);
  });

  it('SIGTERM under load: readiness fails first, in-flight requests complete, exit 0 within the grace period', async () => {
    const ledger = new Ledger();
    let exited = false;
    void stack.api.exited.then(() => (exited = true));
    const writers = Promise.all(
      Array.from({ length: CLIENTS }, (_, clientId) =>
        writer({ baseUrl: stack.api.url, user: users[clientId % users.length], clientId, ledger, running: () => !exited, stopOnSocketError: true }),
      ),
    );
    const readiness = poll(stack.api.url, '/readyz', 50, 2_000);
    await sleep(2_000);
    const inFlight = slowJsonPost(`${stack.api.url}/api/${users[0].id}/tasks`, users[0].token, { title: 'in flight during shutdown' });
    await sleep(1_000);

    const signalledAt = Date.now();
    stack.api.child.kill('SIGTERM');
    // Past the readiness delay, so the listener is already closed when the body arrives.
    await sleep(DELAY_MS + 1_000);
    inFlight.finish();
    const [slow, exit] = await Promise.all([inFlight.answer, stack.api.exited]);
    await writers;
    await readiness.stop();
    if (slow.status === 201) ledger.created.set((JSON.parse(slow.body) as { id: number }).id, { title: 'in flight during shutdown', userId: users[0].id });

    const readyFailed = readiness.samples.find((sample) => sample.startedAt >= signalledAt && sample.status !== 200);
    const readyFailedAt = readyFailed?.endedAt ?? Infinity;
    const beforeReadinessFailed = ledger.outcomes.filter((outcome) => outcome.startedAt < readyFailedAt);
    const notServed = beforeReadinessFailed.filter((outcome) => !ok(outcome.status));
    const refusedEarly = ledger.outcomes.filter((outcome) => outcome.error === 'ECONNREFUSED' && outcome.startedAt < readyFailedAt);
    const afterTally = ledger.outcomes.filter((outcome) => outcome.startedAt >= readyFailedAt).map((o) => o.status ?? o.error);
    const verdict = await verify(stack.databaseUrl, users.map((user) => user.id), ledger);
    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    const { rowCount: slowStored } = await client.query("select 1 from tasks where title = 'in flight during shutdown'");
    await client.end();

    summary('shutdown', {
      requests: ledger.tally.total,
      statuses: ledger.tally.toString(),
      readyz_failed_after_ms: readyFailedAt - signalledAt,
      served_before_readiness_failed: `${beforeReadinessFailed.length - notServed.length}/${beforeReadinessFailed.length}`,
      refused_before_readiness_failed: refusedEarly.length,
      after_readiness_failed: `{${[...new Set(afterTally)].join(' ')}}`,
      in_flight_body_request: `${slow.status ?? slow.error}${slowStored ? ' stored' : ' not-stored'}`,
      exit_code: exit.code ?? String(exit.signal),
      exit_after_ms: exit.at - signalledAt,
      tasks_acknowledged: verdict.acknowledged,
      tasks_stored: verdict.stored,
      lost: verdict.lost.length,
    });
    expect(readyFailed).toBeDefined();
    expect(readyFailedAt - signalledAt).toBeLessThan(DELAY_MS);
    expect(notServed).toEqual([]);
    expect(refusedEarly).toEqual([]);
    expect(ledger.tally.count((key) => /^5\d\d$/.test(key) && key !== '503')).toBe(0);
    expect(slow.status).toBe(201);
    expect(slowStored).toBe(1);
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThanOrEqual(DELAY_MS + TIMEOUT_MS);
    expect(verdict.lost).toEqual([]);
    expect(verdict.phantoms).toEqual([]);
    expect(verdict.duplicates).toEqual([]);
  });
});
