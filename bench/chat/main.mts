// Latency of one chat turn with the built-in (offline) engine, end to end over HTTP: load
// history, store the user message, run the tools, store the reply. Target: p50 < 15 ms.
// Runs on PGlite, and on Postgres when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
// usage: node bench/chat/main.ts [--turns 400]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, machine, writeReport, type Cell } from '../lib/report.mts';
import { signUp } from '../lib/seed.mts';
import { startServer, type ServerProcess } from '../lib/server-process.mts';
import { scratchDatabase } from '../lib/sql.mts';

const root = join(import.meta.dirname, '..', '..');
const apiMain = join(root, 'dist/apps/api/main.js');
const { values: args } = parseArgs({ options: { turns: { type: 'string', default: '400' } } });
const turns = Number(args.turns);
const authSecret = randomBytes(32).toString('base64');

// One conversation per cycle: each message refers to what the previous turn showed.
const cycle = ['add buy milk tomorrow at 5pm, high priority', "what's pending?", 'mark it done', 'delete it'];

interface Summary {
  turns: number;
  p50: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(api: ServerProcess) {
  const user = await signUp(api.url, 'chat');
  const post = async (message: string, conversationId?: number) => {
    const started = performance.now();
    const response = await fetch(`${api.url}/api/${user.id}/chat`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(conversationId ? { message, conversation_id: conversationId } : { message }),
    });
    const body = (await response.json()) as { conversation_id: number };
    if (response.status !== 200) throw new Error(`chat answered ${response.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, conversationId: body.conversation_id };
  };
  const timings = new Map<string, number[]>(cycle.map((message) => [message, []]));
  for (let turn = 0, conversationId: number | undefined; turn < turns + 40; turn += 1) {
    const message = cycle[turn % cycle.length];
    const result = await post(message, turn % cycle.length === 0 ? undefined : conversationId);
    conversationId = result.conversationId;
    // The first 40 turns warm the JIT and the pools.
    if (turn >= 40) timings.get(message)?.push(result.ms);
  }
  const summarize = (values: number[]): Summary => {
    const sorted = [...values].sort((a, b) => a - b);
    return { turns: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
  };
  return { all: summarize([...timings.values()].flat()), byMessage: [...timings].map(([message, values]) => ({ message, ...summarize(values) })) };
}

async function withApi<T>(env: Record<string, string>, work: (api: ServerProcess) => Promise<T>): Promise<T> {
  const api = await startServer(apiMain, { AUTH_SECRET: authSecret, CHAT_PROVIDER: 'local', ...env });
  try {
    return await work(api);
  } finally {
    await api.stop();
  }
}

const results: { db: string; all: Summary; byMessage: (Summary & { message: string })[] }[] = [];
const postgresUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
if (postgresUrl) {
  const scratch = await scratchDatabase(postgresUrl, 'bench_chat');
  try {
    const migrated = spawnSync(process.execPath, [join(root, 'dist/apps/api/migrate.js')], { env: { ...process.env, DATABASE_URL: scratch.url } });
    if (migrated.status !== 0) throw new Error(`migration failed: ${migrated.stderr}`);
    results.push({ db: 'postgres', ...(await withApi({ DATABASE_URL: scratch.url }, measure)) });
  } finally {
    await scratch.drop();
  }
}
const folder = mkdtempSync(join(tmpdir(), 'bench-chat-'));
try {
  results.push({ db: 'pglite', ...(await withApi({ DATABASE_URL: join(folder, 'data') }, measure)) });
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const m = machine();
console.log(`bench chat: ${m.cpus} × ${m.cpuModel}, node ${m.node}; ${turns} turns per database, built-in engine, one client\n`);
const rows: Cell[][] = results.flatMap((result) => [
  ...result.byMessage.map((row) => [result.db, row.message, row.turns, row.p50, row.p95, row.p99]),
  [result.db, 'all turns', result.all.turns, result.all.p50, result.all.p95, result.all.p99],
]);
console.log(formatTable(['db', 'message', 'turns', 'p50 ms', 'p95 ms', 'p99 ms'], rows));
const goals = results.map((result) => ({ db: result.db, p50: result.all.p50, met: result.all.p50 < 15 }));
console.log('\n' + formatTable(['db', 'target', 'value', 'met'], goals.map((goal) => [goal.db, 'chat turn p50 < 15 ms', goal.p50, goal.met ? 'yes' : 'NO'])));
console.log(`\nwrote ${writeReport(root, 'chat', { turns, results, targets: goals })}`);
