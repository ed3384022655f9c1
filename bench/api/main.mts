// Tasks API throughput and latency against a bare node:http baseline doing the same work,
// on real Postgres (BENCH_DATABASE_URL or TEST_DATABASE_URL: a server where a scratch
// database may be created) and on PGlite. Prints tables and writes dist/bench/api.json.
// usage: node bench/api/main.ts [--duration 4] [--connections 1,10,50] [--only postgres|pglite]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad, type LoadFigures, type LoadSpec } from '../lib/load.mts';
import { formatTable, machine, writeReport, type Cell } from '../lib/report.mts';
import { pgliteBackend, postgresBackend, type Backend, type BackendPaths } from './backends.mts';

const root = join(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env['BENCH_DURATION_S'] ?? '4' },
    connections: { type: 'string', default: '1,10,50' },
    only: { type: 'string' },
  },
});
const durationSeconds = Number(args.duration);
const connectionCounts = args.connections.split(',').map(Number);

const paths: BackendPaths = {
  apiMain: join(root, 'dist/apps/api/main.js'),
  apiMigrate: join(root, 'dist/apps/api/migrate.js'),
  baselineServer: join(import.meta.dirname, 'baseline-server.mts'),
};
if (!existsSync(paths.apiMain)) throw new Error('dist/apps/api/main.js is missing: run `npx nx run api:build` first');

type Scenario = 'list 100' | 'list 10k' | 'create' | 'complete';
const scenarios: Scenario[] = ['list 100', 'list 10k', 'create', 'complete'];

function loadSpec(backend: Backend, scenario: Scenario, url: string, connections: number): LoadSpec {
  const { small, large, writer } = backend.users;
  const base = { url, connections, durationSeconds };
  switch (scenario) {
    case 'list 100':
      return { ...base, method: 'GET', path: `/api/${small.id}/tasks`, token: small.token };
    case 'list 10k':
      return { ...base, method: 'GET', path: `/api/${large.id}/tasks`, token: large.token };
    case 'create':
      return { ...base, method: 'POST', path: `/api/${writer.id}/tasks`, token: writer.token, body: JSON.stringify({ title: 'benchmark task' }) };
    case 'complete': {
      let next = 0;
      const ids = backend.smallTaskIds;
      return { ...base, method: 'PATCH', path: () => `/api/${small.id}/tasks/${ids[next++ % ids.length]}/complete`, token: small.token };
    }
  }
}

interface Run {
  backend: Backend['name'];
  scenario: Scenario;
  connections: number;
  baseline: LoadFigures;
  api: LoadFigures;
}

async function measure(backend: Backend): Promise<Run[]> {
  // Warm both servers (JIT, connection pools, caches) before anything is recorded.
  for (const server of [backend.baseline, backend.api]) {
    await runLoad({ ...loadSpec(backend, 'list 100', server.url, 10), durationSeconds: 2 });
  }
  const runs: Run[] = [];
  for (const connections of connectionCounts) {
    for (const scenario of scenarios) {
      // Baseline and api alternate per cell so drift on a shared machine hits both alike.
      const baseline = await runLoad(loadSpec(backend, scenario, backend.baseline.url, connections));
      const api = await runLoad(loadSpec(backend, scenario, backend.api.url, connections));
      runs.push({ backend: backend.name, scenario, connections, baseline, api });
      process.stderr.write(`  ${backend.name} ${scenario} @${connections}: api ${api.rps.toFixed(0)} req/s, baseline ${baseline.rps.toFixed(0)} req/s\n`);
    }
  }
  return runs;
}

interface Target {
  backend: string;
  name: string;
  value: number;
  limit: string;
  met: boolean;
}

function targets(runs: Run[]): Target[] {
  const found: Target[] = [];
  const cell = (backend: string, scenario: Scenario, connections: number) =>
    runs.find((run) => run.backend === backend && run.scenario === scenario && run.connections === connections);
  for (const backend of new Set(runs.map((run) => run.backend))) {
    const heaviest = Math.max(...connectionCounts);
    for (const scenario of ['list 100', 'create'] as const) {
      const run = cell(backend, scenario, heaviest);
      if (run) {
        const value = run.api.rps / run.baseline.rps;
        found.push({ backend, name: `${scenario} throughput vs baseline @${heaviest}`, value, limit: '>= 0.75', met: value >= 0.75 });
      }
    }
    for (const scenario of scenarios) {
      const run = cell(backend, scenario, 10);
      if (run) {
        const value = run.api.p99 / run.baseline.p99;
        found.push({ backend, name: `${scenario} p99 vs baseline @10`, value, limit: '<= 2', met: value <= 2 });
      }
    }
    const small = cell(backend, 'list 100', heaviest);
    const large = cell(backend, 'list 10k', heaviest);
    if (small && large) {
      const value = small.api.rps / large.api.rps;
      found.push({ backend, name: `list cost, 10k tasks vs 100 @${heaviest}`, value, limit: '<= 1.5', met: value <= 1.5 });
    }
  }
  return found;
}

function printRuns(runs: Run[]) {
  const header = ['db', 'scenario', 'conns', 'base req/s', 'api req/s', 'ratio', 'base p50', 'api p50', 'base p99', 'api p99', 'p99 x', 'errors'];
  const rows: Cell[][] = runs.map((run) => [
    run.backend,
    run.scenario,
    run.connections,
    run.baseline.rps,
    run.api.rps,
    run.api.rps / run.baseline.rps,
    run.baseline.p50,
    run.api.p50,
    run.baseline.p99,
    run.api.p99,
    run.api.p99 / run.baseline.p99,
    `${run.api.non2xx + run.api.errors}/${run.baseline.non2xx + run.baseline.errors}`,
  ]);
  console.log(formatTable(header, rows));
}

async function main() {
  const postgresUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
  const wanted = (name: string) => !args.only || args.only === name;
  const runs: Run[] = [];
  const m = machine();
  console.log(`bench api: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, node ${m.node}; ${durationSeconds} s per run`);
  if (wanted('postgres')) {
    if (!postgresUrl) console.log('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server where a scratch database may be created)');
    else {
      const backend = await postgresBackend(postgresUrl, paths);
      try {
        runs.push(...(await measure(backend)));
      } finally {
        await backend.close();
      }
    }
  }
  if (wanted('pglite')) {
    const backend = await pgliteBackend(paths);
    try {
      runs.push(...(await measure(backend)));
    } finally {
      await backend.close();
    }
  }
  console.log('\nlatency in ms; ratio = api/baseline; errors = api/baseline non-2xx + socket errors\n');
  printRuns(runs);
  const goals = targets(runs);
  console.log('\n' + formatTable(['db', 'target', 'value', 'limit', 'met'], goals.map((goal) => [goal.backend, goal.name, goal.value, goal.limit, goal.met ? 'yes' : 'NO'])));
  const file = writeReport(root, 'api', { durationSeconds, connections: connectionCounts, runs, targets: goals });
  console.log(`\nwrote ${file}`);
  const failures = runs.filter((run) => run.api.non2xx + run.api.errors > 0);
  if (failures.length) {
    console.error(`api answered non-2xx or failed in ${failures.length} runs`);
    process.exitCode = 1;
  }
}

await main();
