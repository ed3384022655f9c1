import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from './database';
import { resolveMigrationsFolder } from './migrate';
import { tasks } from './schema';
import { insertTestUser, openTestDatabase, testDatabaseUrls } from './testing/test-database';

const migrationSql = readFileSync(join(resolveMigrationsFolder(), '0002_plain_days_end_of_day.sql'), 'utf8');

describe.each(testDatabaseUrls())('migration 0002 (plain days end of day) on %s', (_kind, url) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(url);
  });
  afterAll(() => handle.close());

  it('moves old midnight-UTC plain days to the end of that day in UTC, leaves timed due dates, and is idempotent', async () => {
    const userId = await insertTestUser(handle);
    const insert = async (title: string, dueAt: string | null) =>
      (await handle.db.insert(tasks).values({ userId, title, dueAt: dueAt ? new Date(dueAt) : null }).returning())[0].id;
    const ids = {
      plain: await insert('Old plain day', '2030-01-05T00:00:00.000Z'),
      lastDay: await insert('Last storable day', '9999-12-31T00:00:00.000Z'),
      timed: await insert('Timed', '2030-01-05T09:30:00.000Z'),
      almostMidnight: await insert('Almost midnight', '2030-01-05T00:00:00.001Z'),
      none: await insert('No due date', null),
    };
    await handle.db.execute(migrationSql);
    await handle.db.execute(migrationSql);
    const dueOf = async (id: number) => (await handle.db.select().from(tasks).where(eq(tasks.id, id)))[0].dueAt?.toISOString() ?? null;
    expect(await dueOf(ids.plain)).toBe('2030-01-05T23:59:59.999Z');
    expect(await dueOf(ids.lastDay)).toBe('9999-12-31T23:59:59.999Z');
    expect(await dueOf(ids.timed)).toBe('2030-01-05T09:30:00.000Z');
    expect(await dueOf(ids.almostMidnight)).toBe('2030-01-05T00:00:00.001Z');
    expect(await dueOf(ids.none)).toBeNull();
  });
});
