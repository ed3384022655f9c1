// Where the api's CPU time goes under load: a V8 CPU profile (`--cpu-prof`) of the api while it
// answers one route at a time, mapped back to sources through a source map and summed by
// package, then by function. Prints the tables and keeps the .cpuprofile files in
// dist/bench/profile (open them in Chrome DevTools → Performance for a flame chart).
// usage: node bench/api/profile.mts [--duration 8] [--connections 10] [--only postgres|pglite]
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SourceMap, type SourceMapping } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { runLoad, type LoadSpec } from '../lib/load.mts';
import { formatTable, machine } from '../lib/report.mts';
import { pgliteBackend, postgresBackend, type Backend, type BackendPaths } from './backends.mts';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'dist/bench/profile');
const postgresUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** The production bundle's shape (same entry, same externals), plus a source map to name the code. */
async function buildProfiledApi(): Promise<string> {
  const outfile = join(out, 'main.js');
  await build({
    entryPoints: [join(root, 'apps/api/src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['@electric-sql/pglite', 'pg-native'],
    sourcemap: 'external',
    // Map to the installed .js files, not to sources some packages' own maps point at (wrongly, for some).
    plugins: [
      {
        name: 'ignore-package-source-maps',
        setup(builder) {
          builder.onLoad({ filter: /node_modules.*\.[cm]?js$/ }, async ({ path }) => ({
            contents: (await readFile(path, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/gm, ''),
            loader: 'js',
          }));
        },
      },
    ],
    tsconfig: join(root, 'apps/api/tsconfig.app.json'),
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function ownerOf(file: string | undefined, url: string): string {
  if (!file) return url.startsWith('node:') ? `node:${url.slice('node:'.length).replace(/^internal\//, '').split('/')[0]}` : url;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (module) return module[1];
  const workspace = /^(libs|apps)\/([^/]+)/.exec(file);
  return workspace ? `${workspace[1]}/${workspace[2]}` : file;
}

interface Frame {
  owner: string;
  where: string;
}

/** Names a profile node by the source it came from (through the bundle's source map). */
function frameOf(node: ProfileNode, sourceMap: SourceMap, mapDir: string): Frame {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  if (functionName.startsWith('(')) return { owner: functionName, where: functionName };
  const entry: Partial<SourceMapping> = url.endsWith('/main.js') ? sourceMap.findEntry(lineNumber, columnNumber) : {};
  if (entry.originalSource && entry.originalLine !== undefined) {
    const file = relative(root, resolve(mapDir, entry.originalSource.replace(/^file:\/\//, '')));
    return { owner: ownerOf(file, url), where: `${file}:${entry.originalLine + 1}` };
  }
  return { owner: ownerOf(undefined, url), where: url };
}

interface Cost {
  name: string;
  samples: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Monotonic microseconds: V8's profile clock and process.hrtime read the same CLOCK_MONOTONIC on Linux. */
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/** Samples per node taken inside [from, to], so sign-ups and warm-up do not count. */
function hitsInWindow(profile: CpuProfile, from: number, to: number): Map<number, number> {
  const hits = new Map<number, number>();
  let time = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time >= from && time <= to) hits.set(nodeId, (hits.get(nodeId) ?? 0) + 1);
  });
  return hits;
}

function summarise(profileFile: string, sourceMap: SourceMap, mapFile: string, from: number, to: number) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const hitsByNode = hitsInWindow(profile, from, to);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const parents = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const mapDir = dirname(mapFile);
  let busy = 0;
  for (const node of profile.nodes) {
    const hits = hitsByNode.get(node.id) ?? 0;
    const name = node.callFrame.functionName || '(anonymous)';
    if (!hits || name === '(idle)' || name === '(root)') continue;
    busy += hits;
    // Native code (a write, a hash) is charged to the nearest JavaScript caller: that is what to change.
    let caller: ProfileNode | undefined = node;
    while (caller && !caller.callFrame.url && !caller.callFrame.functionName.startsWith('(')) caller = parents.get(caller.id);
    const frame = caller ? frameOf(caller, sourceMap, mapDir) : { owner: 'native', where: 'native' };
    const label = caller === node ? `${name}  ${frame.where}` : `${name} ← ${caller?.callFrame.functionName || '(anonymous)'}  ${frame.where}`;
    byOwner.set(frame.owner, (byOwner.get(frame.owner) ?? 0) + hits);
    byFunction.set(label, (byFunction.get(label) ?? 0) + hits);
  }
  const top = (costs: Map<string, number>, count: number): Cost[] =>
    [...costs].map(([name, samples]) => ({ name, samples })).sort((a, b) => b.samples - a.samples).slice(0, count);
  return { busy, owners: top(byOwner, 14), functions: top(byFunction, 16) };
}

type Route = 'list 100' | 'create';

function loadFor(backend: Backend, route: Route, connections: number, durationSeconds: number): LoadSpec {
  const base = { url: backend.api.url, connections, durationSeconds };
  return route === 'list 100'
    ? { ...base, method: 'GET', path: `/api/${backend.users.small.id}/tasks`, token: backend.users.small.token }
    : { ...base, method: 'POST', path: `/api/${backend.users.writer.id}/tasks`, token: backend.users.writer.token, body: JSON.stringify({ title: 'profiled task' }) };
}

async function profileRoute(database: 'postgres' | 'pglite', route: Route, paths: BackendPaths, sourceMap: SourceMap) {
  const mapFile = `${paths.apiMain}.map`;
  const dir = join(out, `${database}-${route.replace(' ', '-')}`);
  rmSync(dir, { recursive: true, force: true });
  const options = { logLevel: 'info', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] };
  const backend = postgresUrl && database === 'postgres' ? await postgresBackend(postgresUrl, paths, options) : await pgliteBackend(paths, options);
  let rps = 0;
  let from = 0;
  let to = 0;
  try {
    await runLoad(loadFor(backend, route, 10, 2));
    from = monotonicMicros();
    rps = (await runLoad(loadFor(backend, route, Number(args.connections), Number(args.duration)))).rps;
    to = monotonicMicros();
  } finally {
    // The profile is written when the api exits cleanly (SIGTERM → graceful close).
    await backend.close();
  }
  const [file] = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`the api wrote no profile into ${dir}`);
  const summary = summarise(join(dir, file), sourceMap, mapFile, from, to);
  const share = (samples: number) => `${((100 * samples) / summary.busy).toFixed(1)} %`;
  console.log(`\n${database}, ${route} @${args.connections}: ${rps.toFixed(0)} req/s; ${summary.busy} samples while under load (idle excluded)\n`);
  console.log(formatTable(['owner', 'self'], summary.owners.map((cost) => [cost.name, share(cost.samples)])));
  console.log();
  console.log(formatTable(['function', 'self'], summary.functions.map((cost) => [cost.name, share(cost.samples)])));
}

async function main() {
  const m = machine();
  console.log(`profile api: ${m.cpus} × ${m.cpuModel}, node ${m.node}; ${args.duration} s under load per route, api LOG_LEVEL=info`);
  const apiMain = await buildProfiledApi();
  const sourceMap = new SourceMap(JSON.parse(readFileSync(`${apiMain}.map`, 'utf8')));
  const paths: BackendPaths = {
    apiMain,
    apiMigrate: join(root, 'dist/apps/api/migrate.js'),
    baselineServer: join(import.meta.dirname, 'baseline-server.mts'),
    minimalServer: join(import.meta.dirname, 'minimal-server.mts'),
    apiLogFile: join(out, 'api-access.log'),
  };
  const databases = (['postgres', 'pglite'] as const).filter((name) => !args.only || args.only === name);
  for (const database of databases) {
    if (database === 'postgres' && !postgresUrl) {
      console.log('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
      continue;
    }
    for (const route of ['list 100', 'create'] as const) await profileRoute(database, route, paths, sourceMap);
  }
}

await main();
