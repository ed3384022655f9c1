import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { ListTasksQuery, TaskPageJson } from '@todo/domain';
import type { Database } from './database';
import { tasks } from './schema';
import { isUnfiltered, listConditions, listOrdering, memoize } from './task-list-query';
import { createWriteInvalidatedCache, type WriteSignal } from './write-invalidated-cache';

const CACHED_TASK_COUNTS = 10_000;

/** An ISO 8601 UTC instant with milliseconds, as `Date#toISOString` writes it (null stays null). */
const isoInstant = (column: unknown) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The REST list's page written by the database in one JSON value (PGlite, which runs in this thread).
 * Given a signal of every write that may change a user's task count (PGlite sees them all), each
 * user's unfiltered total is kept until such a write: counting 10,000 tasks costs PGlite more than
 * the page itself (docs/decisions/api-speed.md, 11).
 */
export function createTaskPageSqlJson(db: Database, onTaskWrite?: WriteSignal) {
  function pageQuery(where: SQL, ordering: SQL[], limit: unknown, offset: unknown, counted = true) {
    const page = db
      .select({
        ...getTableColumns(tasks),
        position: sql<number>`row_number() over (order by ${sql.join(ordering, sql`, `)})`.as('position'),
      })
      .from(tasks)
      .where(where)
      .orderBy(...ordering)
      .limit(limit as number)
      .offset(offset as number)
      .as('page');
    const task = sql`json_build_object(
      'id', ${page.id}, 'user_id', ${page.userId}, 'title', ${page.title}, 'description', ${page.description},
      'completed', ${page.completed}, 'priority', ${page.priority}, 'tags', ${page.tags}, 'due_at', ${isoInstant(page.dueAt)},
      'recurrence', case when ${page.recurrenceEvery} is not null and ${page.recurrenceInterval} is not null
        then json_build_object('every', ${page.recurrenceEvery}, 'interval', ${page.recurrenceInterval}) end,
      'completed_at', ${isoInstant(page.completedAt)}, 'created_at', ${isoInstant(page.createdAt)}, 'updated_at', ${isoInstant(page.updatedAt)})`;
    return db
      .select({
        json: sql<string>`coalesce(json_agg(${task} order by ${page.position}), '[]')::text`,
        // A scalar subquery runs once, as a count on the index, and answers for a page past the end too.
        total: (counted ? sql`(select count(*) from ${tasks} where ${where})` : sql`null`).mapWith((value) => (value === null ? null : Number(value))),
      })
      .from(page);
  }

  const plainPage = memoize((key) => {
    const [sort, order, counted] = key.split(' ') as [ListTasksQuery['sort'], ListTasksQuery['order'], string];
    const placeholder = (name: string) => sql.placeholder(name);
    const where = eq(tasks.userId, placeholder('userId'));
    return pageQuery(where, listOrdering({ sort, order }), placeholder('limit'), placeholder('offset'), counted === 'counted').prepare(
      `list_tasks_json_${sort}_${order}_${counted}`,
    );
  });
  const totals = onTaskWrite && createWriteInvalidatedCache<number>(onTaskWrite, CACHED_TASK_COUNTS);

  async function plainPageJson(userId: string, query: ListTasksQuery): Promise<TaskPageJson> {
    const read = totals?.beforeRead();
    const known = totals?.get(userId);
    const counted = known === undefined ? 'counted' : 'uncounted';
    const [page] = await plainPage(`${query.sort} ${query.order} ${counted}`).execute({ userId, limit: query.limit, offset: query.offset });
    if (page.total !== null) {
      read?.keep(userId, page.total);
      return { json: page.json, total: page.total };
    }
    // A write came between the cached total and the page (it emptied the cache): read both again.
    if (!read?.unchanged()) return plainPageJson(userId, query);
    return { json: page.json, total: known as number };
  }

  return async function listJson(userId: string, query: ListTasksQuery): Promise<TaskPageJson> {
    if (isUnfiltered(query)) return plainPageJson(userId, query);
    const [page] = await pageQuery(listConditions(userId, query), listOrdering(query), query.limit, query.offset);
    return { json: page.json, total: page.total as number };
  };
}
