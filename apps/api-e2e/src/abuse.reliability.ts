import fc from 'fast-check';
import pg from 'pg';
import { ApiOnThrowawayPostgres } from './support/api-on-throwaway-postgres';
import { contractViolation } from './support/contract';
import { hostileRequest, knownAttacks, malformedWire, type Actors, type HostileRequest } from './support/hostile';
import { call, signUp } from './support/http';
import { send, sendBytes } from './support/raw-http';
import { summary, Tally } from './support/tally';

// A few generated requests are refused by Node's own client before sending; the margin keeps ≥ 2,000 on the wire.
const RUNS = Number(process.env['RELIABILITY_ABUSE_RUNS'] ?? 2_100);
const SEED = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);
const SECRET = `victim-secret-${Math.random().toString(36).slice(2)}`;

/** Everything the victim owns, as rows: it must read the same after the attack. */
async function victimState(databaseUrl: string, victimId: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = [
      ['users', 'id'],
      ['accounts', 'user_id'],
      ['sessions', 'user_id'],
      ['tasks', 'user_id'],
      ['conversations', 'user_id'],
      ['messages', 'user_id'],
    ];
    const state: Record<string, unknown> = {};
    for (const [table, column] of tables) {
      state[table] = (await client.query(`select * from ${table} where ${column} = $1 order by id`, [victimId])).rows;
    }
    return JSON.stringify(state);
  } finally {
    await client.end();
  }
}

describe('abuse', () => {
  const stack = new ApiOnThrowawayPostgres();
  let actors: Actors;

  beforeAll(async () => {
    await stack.start('abuse');
    const [attacker, victim] = [await signUp(stack.api.url, 'attacker'), await signUp(stack.api.url, 'victim')];
    const create = async (user: typeof attacker, title: string) =>
      ((await call(stack.api.url, 'POST', `/api/${user.id}/tasks`, { token: user.token, body: { title, tags: ['x'] } })).body as { id: number }).id;
    const victimTaskIds = [];
    for (let i = 0; i < 5; i += 1) victimTaskIds.push(await create(victim, `${SECRET} ${i}`));
    const attackerTaskIds = [await create(attacker, 'mine 1'), await create(attacker, 'mine 2'), await create(attacker, 'mine 3')];
    const chat = await call(stack.api.url, 'POST', `/api/${victim.id}/chat`, { token: victim.token, body: { message: 'what is pending?' } });
    const conversationId = chat.status === 200 ? (chat.body as { conversation_id: number }).conversation_id : null;
    actors = {
      attacker: { id: attacker.id, token: attacker.token, taskIds: attackerTaskIds },
      victim: { id: victim.id, taskIds: victimTaskIds, conversationId },
    };
  });

  afterAll(async () => {
    await stack.stop();
  });

  it(`${RUNS} generated hostile requests (at least 2,000 sent) across REST, chat and MCP: no 5xx, contract-shaped errors, other users' data untouched`, async () => {
    const before = await victimState(stack.databaseUrl, actors.victim.id);
    const tallies = new Map<string, Tally>();
    const violations: { request: HostileRequest | string; problem: string }[] = [];
    const check = (surface: string, request: HostileRequest | string, answer: Awaited<ReturnType<typeof send>>) => {
      if (!tallies.has(surface)) tallies.set(surface, new Tally());
      tallies.get(surface)?.add({ status: answer.status, body: null, error: answer.error, startedAt: 0, endedAt: 0 });
      if (answer.error?.startsWith('not-sent')) return;
      const problem = contractViolation(answer, surface) ?? (answer.text.includes(SECRET) ? 'leaked the victim’s data' : null);
      if (problem) violations.push({ request, problem });
    };

    process.stdout.write(`abuse: seed ${SEED} (RELIABILITY_SEED=${SEED} replays this run)\n`);
    for (const request of knownAttacks(actors)) check(request.surface, request, await send(stack.api.url, request));
    await fc.assert(
      fc.asyncProperty(hostileRequest(actors), async (request) => {
        check(request.surface, request, await send(stack.api.url, request));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    for (const bytes of malformedWire) {
      const answer = await sendBytes(stack.api.url, Buffer.from(bytes));
      // Without a status line the parser closed the socket: acceptable for garbage, recorded.
      check('wire', bytes.slice(0, 60), answer.status === null ? { ...answer, status: 400, text: '{"error":"closed","message":"closed"}' } : answer);
    }
    const alive = await call(stack.api.url, 'GET', '/readyz');
    const after = await victimState(stack.databaseUrl, actors.victim.id);

    let sent = 0;
    const perSurface = [...tallies].map(([surface, tally]) => {
      sent += tally.total - tally.count((key) => key.startsWith('not-sent'));
      return `${surface}${tally.toString()}`;
    });
    summary('abuse', {
      seed: SEED,
      requests: sent,
      statuses: perSurface.join(' '),
      server_errors: [...tallies.values()].reduce((sum, tally) => sum + tally.serverErrors, 0),
      contract_violations: violations.length,
      victim_data: before === after ? 'unchanged' : 'CHANGED',
    });
    const kinds = new Map(violations.map((violation) => [violation.problem.replace(/:.*$/s, ''), violation]));
    for (const { request, problem } of [...kinds.values()].slice(0, 10)) {
      process.stdout.write(`  violation: ${problem}\n    request: ${JSON.stringify(request, (key, value) => (key === 'body' && value?.type === 'Buffer' ? Buffer.from(value.data).toString('utf8').slice(0, 300) : value)).slice(0, 600)}\n`);
    }
    if (!process.env['RELIABILITY_ABUSE_RUNS']) expect(sent).toBeGreaterThanOrEqual(2_000);
    expect(violations).toEqual([]);
    expect(after).toEqual(before);
    expect(alive.status).toBe(200);
  });
});
