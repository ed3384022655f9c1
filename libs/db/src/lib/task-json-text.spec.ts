import { sql } from 'drizzle-orm';
import { createTaskSchema, listTasksQuerySchema } from '@todo/domain';
import { openDatabase, type DatabaseHandle } from './database';
import { isoInstant } from './task-json-text';
import { createTaskStore } from './task-store';
import { insertTestUser, openTestDatabase } from './testing/test-database';

describe('isoInstant', () => {
  it.each([
    ['2031-02-03 04:05:06.789999+00', '2031-02-03T04:05:06.789Z'],
    ['2031-02-03 04:05:06.7+00', '2031-02-03T04:05:06.700Z'],
    ['2031-02-03 04:05:06+00', '2031-02-03T04:05:06.000Z'],
    ['9999-12-31 23:59:59.999+00', '9999-12-31T23:59:59.999Z'],
    ['2031-02-03 09:35:06.12+05:30', '2031-02-03T04:05:06.120Z'],
    ['2031-02-02 23:05:06-05', '2031-02-03T04:05:06.000Z'],
    ['12031-02-03 04:05:06.5+00', '+012031-02-03T04:05:06.500Z'],
    ['0044-03-15 12:00:00+00 BC', '-000043-03-15T12:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(isoInstant(text)).toBe(iso);
    expect(isoInstant(text)).toBe(new Date(iso).toISOString());
  });
});

const postgresUrl = process.env['TEST_DATABASE_URL'];
const firstValue = async (handle: DatabaseHandle, query: ReturnType<typeof sql>) =>
  Object.values((((await handle.db.execute(query)) as unknown as { rows: Record<string, string>[] }).rows)[0])[0];

(postgresUrl ? describe : describe.skip)('the JSON page from a Postgres session outside UTC', () => {
  let handle: DatabaseHandle;
  let zoned: DatabaseHandle;
  let owner: string;

  beforeAll(async () => {
    handle = await openTestDatabase(postgresUrl);
    owner = await insertTestUser(handle);
    await createTaskStore(handle.db).create(owner, createTaskSchema.parse({ title: 'Call', due_at: '2031-02-03T04:05:06.789Z' }));
    const name = await firstValue(handle, sql`select current_database()`);
    await handle.db.execute(sql.raw(`alter database "${name}" set timezone = 'Asia/Kolkata'`));
    const url = new URL(postgresUrl as string);
    url.pathname = `/${name}`;
    zoned = openDatabase(url.toString());
  });
  afterAll(async () => {
    await zoned.close();
    await handle.close();
  });

  it('writes the same instants a UTC session does', async () => {
    expect(await firstValue(zoned, sql`select current_setting('timezone')`)).toBe('Asia/Kolkata');
    const query = listTasksQuerySchema.parse({});
    const [utcPage, zonedPage] = await Promise.all([createTaskStore(handle.db).listJson(owner, query), createTaskStore(zoned.db).listJson(owner, query)]);
    expect(JSON.parse(zonedPage.json)).toEqual(JSON.parse(utcPage.json));
    expect(JSON.parse(zonedPage.json)[0].due_at).toBe('2031-02-03T04:05:06.789Z');
  });
});
