import { sql } from 'drizzle-orm';
import type { QueryOptions } from '@electric-sql/pglite';
import { MEMORY_URL, openDatabase, type DatabaseHandle } from './database';
import { textParsers, withoutInstanceParsers } from './pglite-client';
import { users } from './schema';

describe('the PGlite client drizzle is given', () => {
  let handle: DatabaseHandle;
  beforeAll(() => {
    handle = openDatabase(MEMORY_URL);
  });
  afterAll(() => handle.close());

  it("drops the parsers drizzle sends with each query, for objects and for arrays: the instance has them all", () => {
    const prepared = handle.db.select().from(users).prepare('probe') as unknown as { queryConfig: QueryOptions; rawQueryConfig: QueryOptions };
    for (const options of [prepared.queryConfig, prepared.rawQueryConfig]) {
      expect(Object.keys(options.parsers ?? {}).length).toBeGreaterThan(0);
      expect(withoutInstanceParsers(options, textParsers)).toEqual({ rowMode: options.rowMode });
    }
  });

  it('keeps the parsers when the instance lacks one of them', () => {
    const options: QueryOptions = { rowMode: 'array', parsers: { 1114: (value: string) => value, 25: (value: string) => value.toUpperCase() } };
    expect(withoutInstanceParsers(options, textParsers)).toBe(options);
    expect(withoutInstanceParsers({ parsers: { 1114: (value: string) => value } }, { ...textParsers, 1114: (value: string) => new Date(value) })?.parsers).toBeDefined();
  });

  it('still hands dates, instants and intervals to drizzle as text, in and outside a transaction', async () => {
    const probe = sql`select timestamptz '2030-01-05 17:00:00+00' as instant, date '2030-01-05' as day, interval '1 day' as span, array[timestamptz '2030-01-05 17:00:00+00'] as instants`;
    const expected = { instant: '2030-01-05 17:00:00+00', day: '2030-01-05', span: '1 day', instants: '{"2030-01-05 17:00:00+00"}' };
    const rowsOf = (result: unknown) => (result as { rows: unknown[] }).rows;
    expect(rowsOf(await handle.db.execute(probe))).toEqual([expected]);
    expect(rowsOf(await handle.db.transaction((tx) => tx.execute(probe)))).toEqual([expected]);
  });
});
