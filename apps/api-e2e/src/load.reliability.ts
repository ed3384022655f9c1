import { startApi, migrate, type ApiProcess } from './support/api-process';
import { signUp, type TestUser } from './support/http';
import { startThrowawayPostgres, type PostgresCluster } from './support/postgres-cluster';
import { summary } from './support/tally';
import { createDatabase, Ledger, verify, writer } from './support/writers';

const CLIENTS = 100;
const USERS = 20;
const SECONDS = Number(process.env['RELIABILITY_LOAD_SECONDS'] ?? 60);

describe('load', () => {
  let cluster: PostgresCluster;
  let api: ApiProcess;
  let databaseUrl: string;
  let users: TestUser[];

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    databaseUrl = await createDatabase(cluster.url(), 'load');
    migrate(databaseUrl);
    api = await startApi({ DATABASE_URL: databaseUrl });
    users = await Promise.all(Array.from({ length: USERS }, (_, i) => signUp(api.url, `load${i}`)));
  });

  afterAll(async () => {
    await api?.stop();
    cluster?.destroy();
  });

  it(`${CLIENTS} clients creating and completing tasks for ${SECONDS} s: no 5xx, every acknowledged write stored once`, async () => {
    const ledger = new Ledger();
    const deadline = Date.now() + SECONDS * 1000;
    const running = () => Date.now() < deadline;
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, clientId) => writer({ baseUrl: api.url, user: users[clientId % USERS], clientId, ledger, running })),
    );
    const verdict = await verify(databaseUrl, users.map((user) => user.id), ledger);

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
    expect(api.child.exitCode).toBeNull();
  });
});
