import { maskUrl, migrateDatabase, openDatabase, resolveMigrationsFolder } from '@todo/db';

/** `node migrate.js`: applies the committed migrations to DATABASE_URL and exits. */
async function main() {
  const url = process.env['DATABASE_URL'];
  const handle = openDatabase(url);
  const folder = resolveMigrationsFolder();
  console.log(`migrating ${url ? maskUrl(url) : handle.location} with ${folder}`);
  try {
    await migrateDatabase(handle, folder);
    console.log('migrations applied');
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
