import { ApiOnThrowawayPostgres } from './support/api-on-throwaway-postgres';
import { signUp, type TestUser } from './support/http';
import { summary } from './support/tally';
import { Ledger, verify, writer } from './support/writers';

const CLIENTS = 100;
const USERS = 20;
const SECONDS = Number(process.env['RELIABILITY_LOAD_SECONDS'] ?? 60);

describe('load', () => {
  const stack = new ApiOnThrowawayPostgres();
  let users: TestUser[];

  beforeAll(async () => {
    await stack.start('load');
    users = await Promise.all(Array.from({ length: USERS }, (_, i) => signUp(stack.api.url, `load${i}`)));
  });

  afterAll(async () => {
    await stack.stop();
  });

  it(`${CLIENTS} clients creating and completing tasks for ${SECONDS} s: no 5xx, every acknowledged write stored once`, async () => {
    const ledger = new Ledger();
    const deadline = Date.now() + SECONDS * 1000;
    const running = () => Date.now() < deadline;
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, clientId) => writer({ baseUrl: stack.api.url, user: users[clientId % USERS], clientId, ledger, running })),
    );
    const verdict = await verify(stack.databaseUrl, users.map((user) => user.id), ledger);

    summary('load', {
      clients: CLIENTS,
      seconds: SECONDS,
      requests: ledger.tally.total,
      'req/s': Math.round(ledger.tally.total / SECONDS),
      statuses: ledger.tally.toString(),
      acknowledged_writes: ledger.acknowledgedWrites,
      tasks_acknowledged: verdict.acknowledged,
      tasks_stored: verdict.stored,
      lost: verdict.lost.length,
      duplicates: verdict.duplicates.length,
      wrong_completion: verdict.wrongCompletion.length,
    });
    expect(ledger.tally.serverErrors).toBe(0);
    expect(ledger.tally.socketErrors).toBe(0);
    expect(verdict.lost).toEqual([]);
    expect(verdict.duplicates).toEqual([]);
    expect(verdict.phantoms).toEqual([]);
    expect(verdict.wrongCompletion).toEqual([]);
    expect(verdict.stored).toBe(verdict.acknowledged);
    expect(stack.api.child.exitCode).toBeNull();
  });
});
