import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedTasks, signUp, type BenchUser } from '../lib/seed.mts';
import { startServer, type ServerProcess } from '../lib/server-process.mts';
import { openPglite, openPostgres, scratchDatabase, type Sql } from '../lib/sql.mts';

export interface Backend {
  name: 'postgres' | 'pglite';
  api: ServerProcess;
  /** Does the api's work its way (user join, page + count, row mapping): see baseline-server.mts. */
  baseline: ServerProcess;
  /** The leanest server for list and create: see minimal-server.mts. */
  minimal: ServerProcess;
  /** 100 tasks (listed and completed), 10,000 tasks (listed), none (created into). */
  users: { small: BenchUser; large: BenchUser; writer: BenchUser };
  smallTaskIds: number[];
  close(): Promise<void>;
}

export interface BackendPaths {
  apiMain: string;
  apiMigrate: string;
  baselineServer: string;
  minimalServer: string;
  /** Where the api's stdout (its request logs) goes while measured. */
  apiLogFile: string;
}

export interface ApiOptions {
  logLevel: string;
  /** Extra node flags for the api process only (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

const authSecret = () => randomBytes(32).toString('hex');

async function signUpUsers(apiUrl: string) {
  return { small: await signUp(apiUrl, 'small'), large: await signUp(apiUrl, 'large'), writer: await signUp(apiUrl, 'writer') };
}

async function seed(sql: Sql, users: Backend['users']): Promise<number[]> {
  const ids = await seedTasks(sql, users.small.id, 100);
  await seedTasks(sql, users.large.id, 10_000);
  // The state autovacuum keeps a live Postgres in: right after a bulk insert the visibility map is
  // empty, and counting 10,000 tasks costs 2.6× what it costs once vacuumed (pgbench, 2026-12-03).
  await sql.query('vacuum analyze tasks');
  return ids;
}

/** The api as deployed: its own log level (info unless told), access logs written to a file like a container's stdout. */
function startApi(paths: BackendPaths, env: Record<string, string>, options: ApiOptions) {
  return startServer(paths.apiMain, { ...env, LOG_LEVEL: options.logLevel }, { nodeArgs: options.nodeArgs, stdoutFile: paths.apiLogFile });
}

/** The two bare servers beside the api, each on its own copy of the data (or the same Postgres database). */
async function startBaselines(paths: BackendPaths, database: { baseline: string; minimal: string }) {
  const baseline = await startServer(paths.baselineServer, { BASELINE_DATABASE: database.baseline });
  const minimal = await startServer(paths.minimalServer, { BASELINE_DATABASE: database.minimal });
  return { baseline, minimal };
}

/** A scratch database on the Postgres server at `adminUrl`, migrated by the api's own migrate step. */
export async function postgresBackend(adminUrl: string, paths: BackendPaths, options: ApiOptions): Promise<Backend> {
  const scratch = await scratchDatabase(adminUrl, 'bench');
  const migrated = spawnSync(process.execPath, [paths.apiMigrate], { env: { ...process.env, DATABASE_URL: scratch.url }, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migration failed: ${migrated.stderr}`);
  const api = await startApi(paths, { DATABASE_URL: scratch.url, AUTH_SECRET: authSecret() }, options);
  const users = await signUpUsers(api.url);
  const sql = openPostgres(scratch.url, 1);
  const smallTaskIds = await seed(sql, users);
  await sql.close();
  const { baseline, minimal } = await startBaselines(paths, { baseline: scratch.url, minimal: scratch.url });
  const stop = () => Promise.all([api.stop(), baseline.stop(), minimal.stop()]);
  return { name: 'postgres', api, baseline, minimal, users, smallTaskIds, close: async () => void (await stop(), await scratch.drop()) };
}

/**
 * PGlite lives inside one process, so the api and each baseline get their own copy of the
 * same seeded data folder: users signed up through the api, tasks inserted while it is stopped.
 */
export async function pgliteBackend(paths: BackendPaths, options: ApiOptions): Promise<Backend> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const apiData = join(folder, 'api');
  const baselineData = join(folder, 'baseline');
  const minimalData = join(folder, 'minimal');
  const secret = authSecret();
  const first = await startServer(paths.apiMain, { DATABASE_URL: apiData, AUTH_SECRET: secret });
  const users = await signUpUsers(first.url);
  await first.stop();
  const sql = openPglite(apiData);
  const smallTaskIds = await seed(sql, users);
  await sql.close();
  cpSync(apiData, baselineData, { recursive: true });
  cpSync(apiData, minimalData, { recursive: true });
  const api = await startApi(paths, { DATABASE_URL: apiData, AUTH_SECRET: secret }, options);
  const { baseline, minimal } = await startBaselines(paths, { baseline: baselineData, minimal: minimalData });
  const stop = () => Promise.all([api.stop(), baseline.stop(), minimal.stop()]);
  return { name: 'pglite', api, baseline, minimal, users, smallTaskIds, close: async () => void (await stop(), rmSync(folder, { recursive: true, force: true })) };
}
