import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseHandle } from './database';

const journal = (folder: string) => join(folder, 'meta', '_journal.json');

/**
 * The committed drizzle-kit migrations: beside the bundle in a build (`dist/apps/api/migrations`),
 * in `libs/db/migrations` when run from source.
 */
export function resolveMigrationsFolder(): string {
  const candidates = [
    process.env['MIGRATIONS_DIR'],
    join(__dirname, 'migrations'),
    join(__dirname, '..', '..', 'migrations'),
    join(process.cwd(), 'libs', 'db', 'migrations'),
  ].filter((folder): folder is string => Boolean(folder));
  const found = candidates.find((folder) => existsSync(journal(folder)));
  if (!found) throw new Error(`No migrations found (looked in ${candidates.join(', ')})`);
  return found;
}

export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = resolveMigrationsFolder()) {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}
