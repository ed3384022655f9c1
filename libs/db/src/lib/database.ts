import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { schema } from './schema';
import { openPgliteClient } from './pglite-client';
import { schedulePgliteMaintenance } from './pglite-maintenance';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, with any password masked: safe to log. */
  location: string;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * PGlite only: subscribes to every statement that may change sessions or users. Its data folder
   * belongs to this one process, so this sees every such write; a Postgres may be written by other
   * replicas and offers none.
   */
  onAuthWrite?(listener: () => void): void;
  /** PGlite only, as `onAuthWrite`: every statement that may change how many tasks a user has. */
  onTaskWrite?(listener: () => void): void;
}

export const MEMORY_URL = 'memory://';
export const DEFAULT_DATA_DIR = '.data/pglite';

export interface PoolOptions {
  max?: number;
  connectionTimeoutMillis?: number;
  statementTimeoutMillis?: number;
}

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

export function maskUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * Opens the database a `DATABASE_URL` names: `postgres://…` → a pg pool; `memory://` →
 * PGlite in memory; unset or a folder path (`file:` prefix optional) → PGlite on disk.
 */
export function openDatabase(url: string | undefined, pool: PoolOptions = {}): DatabaseHandle {
  if (url && isPostgresUrl(url)) return openPostgres(url, pool);
  if (url === MEMORY_URL) return openPglite(undefined, 'memory');
  return openPglite((url || DEFAULT_DATA_DIR).replace(/^file:(\/\/)?/, ''));
}

function openPostgres(url: string, options: PoolOptions): DatabaseHandle {
  const client = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    statement_timeout: options.statementTimeoutMillis ?? 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server (Postgres restart) emits here; without a listener it would crash the process.
  client.on('error', () => undefined);
  // A checked-out client (inside a transaction, between two queries) that loses its server emits
  // 'error' too, and the pool listens only while the client is idle: without this the process
  // crashes on a database restart. The failure still reaches the caller through its next query.
  client.on('connect', (connection) => connection.on('error', () => undefined));
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    location: maskUrl(url),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.end(),
  };
}

function openPglite(dataDir: string | undefined, label = dataDir ?? 'memory'): DatabaseHandle {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const authWriteListeners = new Set<() => void>();
  const taskWriteListeners = new Set<() => void>();
  const { instance, client } = openPgliteClient(dataDir, {
    onAuthWrite: () => authWriteListeners.forEach((listener) => listener()),
    onTaskWrite: () => taskWriteListeners.forEach((listener) => listener()),
  });
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  const stopMaintenance = schedulePgliteMaintenance(instance);
  return {
    db,
    kind: 'pglite',
    location: `pglite:${label}`,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => {
      stopMaintenance();
      return instance.close();
    },
    onAuthWrite: (listener) => void authWriteListeners.add(listener),
    onTaskWrite: (listener) => void taskWriteListeners.add(listener),
  };
}
