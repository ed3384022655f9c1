import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { Pool } from 'pg';
import type { ListTasksQuery, TaskPageJson } from '@todo/domain';
import type { Database } from './database';
import { tasks } from './schema';
import { isUnfiltered, listConditions, listOrdering, memoize } from './task-list-query';
import { createTextRowTaskPage } from './task-page-text-rows';

/** An ISO 8601 UTC instant with milliseconds, as `Date#toISOString` writes it (null stays null). */
const isoInstant = (column: unknown) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The REST list's page as JSON, without a Date or an object per row: on Postgres from its text rows
 * (`task-page-text-rows.ts`); on PGlite, which runs in this thread, written by the database in one
 * value (measured faster there). `list` stays the store's object read; a spec holds both to it.
 */
export function createTaskPageJson(db: Database): (userId: string, query: ListTasksQuery) => Promise<TaskPageJson> {
  const client = (db as { $client?: unknown }).$client;
  return client instanceof Pool ? createTextRowTaskPage(db, client) : createSqlJsonTaskPage(db);
}

function createSqlJsonTaskPage(db: Database) {
  function pageQuery(where: SQL, ordering: SQL[], limit: unknown, offset: unknown) {
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
        total: sql<number>`(select count(*) from ${tasks} where ${where})`.mapWith(Number),
      })
      .from(page);
  }

  const plainPage = memoize((key) => {
    const [sort, order] = key.split(' ') as [ListTasksQuery['sort'], ListTasksQuery['order']];
    const placeholder = (name: string) => sql.placeholder(name);
    return pageQuery(eq(tasks.userId, placeholder('userId')), listOrdering({ sort, order }), placeholder('limit'), placeholder('offset')).prepare(
      `list_tasks_json_${sort}_${order}`,
    );
  });

  return async function listJson(userId: string, query: ListTasksQuery): Promise<TaskPageJson> {
    const [page] = isUnfiltered(query)
      ? await plainPage(`${query.sort} ${query.order}`).execute({ userId, limit: query.limit, offset: query.offset })
      : await pageQuery(listConditions(userId, query), listOrdering(query), query.limit, query.offset);
    return page;
  };
}
