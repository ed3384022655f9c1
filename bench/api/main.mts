// Tasks API throughput and latency against two bare node:http servers — one doing the api's
// work its way (baseline-server.mts), one as lean as an outside benchmark would write it
// (minimal-server.mts) — on real Postgres (BENCH_DATABASE_URL or TEST_DATABASE_URL: a server
// where a scratch database may be created) and on PGlite. Prints tables, writes dist/bench/api.json.
// usage: node bench/api/main.mts [--duration 2] [--rounds 3] [--connections 1,10,50] [--only postgres|pglite] [--log-level info]
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad, type LoadFigures, type LoadSpec } from '../lib/load.mts';
import { formatTable, machine, writeReport, type Cell } from '../lib/report.mts';
import { pgliteBackend, postgresBackend, type Backend, type BackendPaths } from './backends.mts';
import type { ServerProcess } from '../lib/server-process.mts';

const root = join(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env['BENCH_DURATION_S'] ?? '2' },
    // Each cell is measured this many times, the servers in a rotated order each time, and the median
    // kept: on a shared 2-core machine one pass moves a ratio by ±0.3, three by about ±0.1.
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,10,50' },
    only: { type: 'string' },
    // The api runs at its deployed default: one access log line per request.
    'log-level': { type: 'string', default: 'info' },
  },
});
const durationSeconds = Number(args.duration);
const rounds = Math.max(1, Number(args.rounds));
const apiOptions = { logLevel: args['log-level'] };
const connectionCounts = args.connections.split(',').map(Number);

const paths: BackendPaths = {
  apiMain: join(root, 'dist/apps/api/main.js'),
  apiMigrate: join(root, 'dist/apps/api/migrate.js'),
  baselineServer: join(import.meta.dirname, 'baseline-server.mts'),
  minimalServer: join(import.meta.dirname, 'minimal-server.mts'),
  apiLogFile: join(root, 'dist/bench/api-access.log'),
};
mkdirSync(join(root, 'dist/bench'), { recursive: true });
if (!existsSync(paths.apiMain)) throw new Error('dist/apps/api/main.js is missing: run `npx nx run api:build` first');

type Scenario = 'list 100' | 'list 10k' | 'create' | 'complete';
const scenarios: Scenario[] = ['list 100', 'list 10k', 'create', 'complete'];
/** The routes the minimal server answers. */
const minimalScenarios: Scenario[] = ['list 100', 'create'];

function loadSpec(backend: Backend, scenario: Scenario, server: ServerProcess, connections: number): LoadSpec {
  const { small, large, writer } = backend.users;
  const base = { url: server.url, pid: server.child.pid, connections, durationSeconds };
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
  /** Only for the minimal scenarios. */
  minimal?: LoadFigures;
  api: LoadFigures;
}

async function measure(backend: Backend): Promise<Run[]> {
  // Warm both servers (JIT, connection pools, caches) before anything is recorded.
  for (const server of [backend.baseline, backend.minimal, backend.api]) {
    await runLoad({ ...loadSpec(backend, 'list 100', server, 10), durationSeconds: 2 });
  }
  const runs: Run[] = [];
  for (const connections of connectionCounts) {
    for (const scenario of scenarios) {
      const spec = (server: ServerProcess) => loadSpec(backend, scenario, server, connections);
      const measuresMinimal = minimalScenarios.includes(scenario);
      const servers = measuresMinimal ? [backend.baseline, backend.minimal, backend.api] : [backend.baseline, backend.api];
      const figures = await measureCell(servers.map((server) => () => runLoad(spec(server))));
      const [baseline, minimal, api] = measuresMinimal ? figures : [figures[0], undefined, figures[1]];
      runs.push({ backend: backend.name, scenario, connections, baseline, minimal, api });
      const lean = minimal ? `, minimal ${minimal.rps.toFixed(0)} req/s` : '';
      process.stderr.write(`  ${backend.name} ${scenario} @${connections}: api ${api.rps.toFixed(0)} req/s, baseline ${baseline.rps.toFixed(0)} req/s${lean}\n`);
    }
  }
  return runs;
}

/**
 * Each load `rounds` times, in an order rotated every round so drift on a shared machine hits them
 * alike; the medians, in the order given.
 */
async function measureCell(loads: (() => Promise<LoadFigures>)[]): Promise<LoadFigures[]> {
  const passes: LoadFigures[][] = loads.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < loads.length; step++) {
      const which = (round + step) % loads.length;
      passes[which].push(await loads[which]());
    }
  }
  return passes.map(medianFigures);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Medians of the passes' rates and latencies; every request and failure counted. */
function medianFigures(passes: LoadFigures[]): LoadFigures {
  const sum = (pick: (figures: LoadFigures) => number) => passes.reduce((total, figures) => total + pick(figures), 0);
  return {
    requests: sum((figures) => figures.requests),
    rps: median(passes.map((figures) => figures.rps)),
    p50: median(passes.map((figures) => figures.p50)),
    p99: median(passes.map((figures) => figures.p99)),
    non2xx: sum((figures) => figures.non2xx),
    errors: sum((figures) => figures.errors),
    cpuMsPerRequest: passes.every((figures) => figures.cpuMsPerRequest !== undefined)
      ? median(passes.map((figures) => figures.cpuMsPerRequest ?? 0))
      : undefined,
  };
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
    // Issue 18: at the speed of the leanest server doing the same job.
    const throughputFloor = backend === 'postgres' ? 1 : 0.9;
    for (const connections of [10, 50]) {
      for (const scenario of minimalScenarios) {
        const run = cell(backend, scenario, connections);
        if (!run?.minimal) continue;
        const throughput = run.api.rps / run.minimal.rps;
        found.push({ backend, name: `${scenario} throughput vs minimal @${connections}`, value: throughput, limit: `>= ${throughputFloor}`, met: throughput >= throughputFloor });
        if (backend === 'postgres') {
          const p99 = run.api.p99 / Math.max(run.minimal.p99, 1);
          found.push({ backend, name: `${scenario} p99 vs minimal @${connections}`, value: p99, limit: '<= 1.2', met: p99 <= 1.2 });
        }
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

// formatTable prints a NaN as '-': no /proc here.
const cpuCell = (figures: LoadFigures) => figures.cpuMsPerRequest ?? Number.NaN;

/** One table of the api against one of the baselines, for the runs that measured it. */
function printAgainst(runs: Run[], label: string, baselineOf: (run: Run) => LoadFigures | undefined) {
  const header = ['db', 'scenario', 'conns', `${label} req/s`, 'api req/s', 'ratio', `${label} p50`, 'api p50', `${label} p99`, 'api p99', 'p99 x', `${label} cpu`, 'api cpu', 'errors'];
  const rows: Cell[][] = runs.flatMap((run) => {
    const base = baselineOf(run);
    if (!base) return [];
    return [
      [
        run.backend,
        run.scenario,
        run.connections,
        base.rps,
        run.api.rps,
        run.api.rps / base.rps,
        base.p50,
        run.api.p50,
        base.p99,
        run.api.p99,
        // autocannon reports whole milliseconds: a 0 ms p99 counts as 1.
        run.api.p99 / Math.max(base.p99, 1),
        cpuCell(base),
        cpuCell(run.api),
        `${run.api.non2xx + run.api.errors}/${base.non2xx + base.errors}`,
      ],
    ];
  });
  console.log(formatTable(header, rows));
}

async function main() {
  const postgresUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
  const wanted = (name: string) => !args.only || args.only === name;
  const runs: Run[] = [];
  const m = machine();
  console.log(`bench api: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, node ${m.node}; ${rounds} rounds of ${durationSeconds} s per server and cell (medians); api LOG_LEVEL=${apiOptions.logLevel}`);
  if (wanted('postgres')) {
    if (!postgresUrl) console.log('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server where a scratch database may be created)');
    else {
      const backend = await postgresBackend(postgresUrl, paths, apiOptions);
      try {
        runs.push(...(await measure(backend)));
      } finally {
        await backend.close();
      }
    }
  }
  if (wanted('pglite')) {
    const backend = await pgliteBackend(paths, apiOptions);
    try {
      runs.push(...(await measure(backend)));
    } finally {
      await backend.close();
    }
  }
  console.log('\nagainst the same-work baseline (baseline-server.mts); latency in ms; ratio = api/baseline; cpu = CPU ms per request; errors = api/baseline non-2xx + socket errors\n');
  printAgainst(runs, 'base', (run) => run.baseline);
  console.log('\nagainst the minimal baseline (minimal-server.mts: one session lookup, one query, JSON.stringify)\n');
  printAgainst(runs, 'min', (run) => run.minimal);
  const goals = targets(runs);
  console.log('\n' + formatTable(['db', 'target', 'value', 'limit', 'met'], goals.map((goal) => [goal.backend, goal.name, goal.value, goal.limit, goal.met ? 'yes' : 'NO'])));
  const file = writeReport(root, 'api', { durationSeconds, rounds, connections: connectionCounts, logLevel: apiOptions.logLevel, runs, targets: goals });
  console.log(`\nwrote ${file}`);
  const failures = runs.filter((run) => run.api.non2xx + run.api.errors + (run.minimal ? run.minimal.non2xx + run.minimal.errors : 0) > 0);
  if (failures.length) {
    console.error(`api answered non-2xx or failed in ${failures.length} runs`);
    process.exitCode = 1;
  }
}

await main();
