import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase, MEMORY_URL, type DatabaseHandle } from '../database';
import { migrateDatabase } from '../migrate';
import { users } from '../schema';

/**
 * A migrated database for integration tests: PGlite in memory, or the real Postgres named by
 * `TEST_DATABASE_URL` (each call gets its own fresh database there, so suites can run side by side).
 */
export async function openTestDatabase(url = MEMORY_URL): Promise<DatabaseHandle> {
  if (url === MEMORY_URL) {
    const handle = openDatabase(url);
    await migrateDatabase(handle);
    return handle;
  }
  const databaseName = `test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = openDatabase(url);
  await admin.db.execute(`create database "${databaseName}"`);
  const scopedUrl = new URL(url);
  scopedUrl.pathname = `/${databaseName}`;
  const handle = openDatabase(scopedUrl.toString());
  await migrateDatabase(handle);
  markPostgresSuite(databaseName);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.db.execute(`drop database if exists "${databaseName}"`);
      await admin.close();
    },
  };
}

/** Each configured test database, named for `describe.each`: PGlite always, Postgres when `TEST_DATABASE_URL` is set. */
export function testDatabaseUrls(): [string, string][] {
  const urls: [string, string][] = [['pglite', MEMORY_URL]];
  const postgres = process.env['TEST_DATABASE_URL'];
  if (postgres) urls.push(['postgres', postgres]);
  else if (process.env['REQUIRE_POSTGRES_TESTS']) {
    throw new Error('REQUIRE_POSTGRES_TESTS is set but TEST_DATABASE_URL is not: the Postgres suites cannot be skipped');
  }
  return urls;
}

// CI checks this log afterwards to prove the Postgres suites really ran (a cached or skipped run leaves none).
function markPostgresSuite(databaseName: string) {
  const marks = process.env['POSTGRES_TEST_MARKS'];
  if (!marks) return;
  mkdirSync(dirname(marks), { recursive: true });
  appendFileSync(marks, `${new Date().toISOString()} ${databaseName} ${process.env['JEST_WORKER_ID'] ?? ''}\n`);
}

let userCounter = 0;
/** Inserts a bare user row (no credentials) so tasks can reference it. */
export async function insertTestUser(handle: DatabaseHandle, name = 'Test User'): Promise<string> {
  const id = `user_${process.pid}_${++userCounter}_${Math.random().toString(36).slice(2, 8)}`;
  await handle.db.insert(users).values({ id, name, email: `${id}@example.test` });
  return id;
}
