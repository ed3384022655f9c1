import { ApiOnThrowawayPostgres } from './support/api-on-throwaway-postgres';
import { signUp, type TestUser } from './support/http';
import { poll } from './support/poller';
import { summary } from './support/tally';
import { Ledger, verify, writer } from './support/writers';

const CLIENTS = 20;
const BEFORE_MS = 5_000;
const OUTAGE_MS = 10_000;
const AFTER_MS = 10_000;
const RECOVERY_LIMIT_MS = 5_000;
// The pool gives up connecting after 5 s and a statement after 10 s; anything slower is a hang.
const HANG_LIMIT_MS = 12_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('database outage', () => {
  const stack = new ApiOnThrowawayPostgres();
  let users: TestUser[];

  beforeAll(async () => {
    await stack.start('outage');
    users = await Promise.all(Array.from({ length: 5 }, (_, i) => signUp(stack.api.url, `outage${i}`)));
  });

  afterAll(async () => {
    await stack.stop();
  });

  it(`Postgres down for ${OUTAGE_MS / 1000} s under load: 503s, failing readiness, recovery within ${RECOVERY_LIMIT_MS / 1000} s, no acknowledged write lost`, async () => {
    const ledger = new Ledger();
    let running = true;
    const writers = Promise.all(
      Array.from({ length: CLIENTS }, (_, clientId) =>
        writer({ baseUrl: stack.api.url, user: users[clientId % users.length], clientId, ledger, running: () => running }),
      ),
    );
    const readiness = poll(stack.api.url, '/readyz', 200);
    const liveness = poll(stack.api.url, '/healthz', 500);

    await sleep(BEFORE_MS);
    const downAt = Date.now();
    stack.cluster.stop('immediate');
    await sleep(OUTAGE_MS);
    stack.cluster.start();
    const upAt = Date.now();
    await sleep(AFTER_MS);
    running = false;
    await writers;
    await Promise.all([readiness.stop(), liveness.stop()]);

    const during = ledger.outcomes.filter((o) => o.startedAt > downAt + 500 && o.endedAt < upAt);
    const duringStatuses = new Set(during.map((o) => o.status ?? o.error));
    const slowest = Math.max(...ledger.outcomes.map((o) => o.endedAt - o.startedAt));
    const readyFailed = readiness.firstWith(503, downAt);
    const readyAgain = readiness.firstWith(200, upAt);
    const firstWriteAfter = ledger.outcomes.find((o) => o.startedAt >= upAt && (o.status === 201 || o.status === 200));
    const recoveryMs = Math.max(readyAgain ? readyAgain.endedAt - upAt : Infinity, firstWriteAfter ? firstWriteAfter.endedAt - upAt : Infinity);
    const verdict = await verify(stack.databaseUrl, users.map((user) => user.id), ledger);

    summary('outage', {
      requests: ledger.tally.total,
      statuses: ledger.tally.toString(),
      during_outage: `{${[...duringStatuses].join(' ')}}`,
      slowest_ms: slowest,
      readyz_failed_after_ms: readyFailed ? readyFailed.endedAt - downAt : 'never',
      recovered_after_ms: recoveryMs,
      tasks_acknowledged: verdict.acknowledged,
      tasks_stored: verdict.stored,
      stored_without_ack: verdict.unacknowledgedStored,
      lost: verdict.lost.length,
      duplicates: verdict.duplicates.length,
    });
    if (stack.api.child.exitCode !== null) process.stdout.write(`api exited with ${stack.api.child.exitCode}:\n${stack.api.logs().slice(-6_000)}\n`);
    expect(stack.api.child.exitCode).toBeNull();
    expect(liveness.samples.every((sample) => sample.status === 200)).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    expect([...duringStatuses]).toEqual([503]);
    expect(ledger.tally.count((key) => /^5\d\d$/.test(key) && key !== '503')).toBe(0);
    expect(ledger.tally.socketErrors).toBe(0);
    expect(slowest).toBeLessThan(HANG_LIMIT_MS);
    expect(readyFailed).toBeDefined();
    expect(recoveryMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
    expect(verdict.lost).toEqual([]);
    expect(verdict.duplicates).toEqual([]);
    expect(verdict.phantoms).toEqual([]);
    expect(verdict.wrongCompletion).toEqual([]);
  });
});
