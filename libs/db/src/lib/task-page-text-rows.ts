import { count, eq, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Pool, QueryArrayConfig } from 'pg';
import type { ListTasksQuery, TaskPageJson } from '@todo/domain';
import type { Database } from './database';
import { tasks } from './schema';
import { isUnfiltered, listConditions, listOrdering, memoize } from './task-list-query';
import { taskJsonFromText, type TaskTextRow } from './task-json-text';

/** In `taskJsonFromText`'s order; tags leave Postgres as JSON, everything else as its plain text. */
const textColumns = {
  id: tasks.id,
  userId: tasks.userId,
  title: tasks.title,
  description: tasks.description,
  completed: tasks.completed,
  priority: tasks.priority,
  tags: sql`array_to_json(${tasks.tags})::text`,
  dueAt: tasks.dueAt,
  recurrenceEvery: tasks.recurrenceEvery,
  recurrenceInterval: tasks.recurrenceInterval,
  completedAt: tasks.completedAt,
  createdAt: tasks.createdAt,
  updatedAt: tasks.updatedAt,
};

const COUNT_COLUMN = Object.keys(textColumns).length;

const asText = (text: string) => text;
const everyColumnAsText = { getTypeParser: () => asText } as unknown as QueryArrayConfig['types'];

interface Statement {
  name?: string;
  text: string;
  params: unknown[];
}

// Users whose last page was not their last: their next page carries its count (one round trip, not two).
const USERS_WITH_MORE_THAN_A_PAGE = 10_000;

/**
 * The REST list's page on Postgres: a plain select whose text rows become JSON here. Building the
 * JSON inside Postgres (json_build_object, to_char) cost its backends 4–5× the plain select, and
 * on a machine the database shares that is the dearer half (docs/decisions/api-speed.md, 9).
 * One row past the page says whether a count is needed: a user's last (or only) page has none,
 * and a user who had more than a page gets the count inside the page's statement next time.
 */
export function createTaskPageTextRows(db: Database, pool: Pool) {
  const pageStatement = (where: SQL, query: Pick<ListTasksQuery, 'sort' | 'order'>, counted: boolean, limit: unknown, offset: unknown) => {
    const columns = counted ? { ...textColumns, total: sql`(select count(*) from ${tasks} where ${where})` } : textColumns;
    const built = db.select(columns).from(tasks).where(where).orderBy(...listOrdering(query)).limit(limit as number).offset(offset as number).toSQL();
    return { text: built.sql, params: built.params };
  };
  const plainPage = memoize((key): Statement => {
    const [sort, order, counted] = key.split(' ') as [ListTasksQuery['sort'], ListTasksQuery['order'], string];
    const where = eq(tasks.userId, sql.placeholder('userId'));
    const statement = pageStatement(where, { sort, order }, counted === 'counted', sql.placeholder('limit'), sql.placeholder('offset'));
    return { name: `list_tasks_text_${sort}_${order}_${counted}`, ...statement };
  });
  const plainCount = db.select({ total: count() }).from(tasks).where(eq(tasks.userId, sql.placeholder('userId'))).prepare('count_tasks');
  const hasMoreThanAPage = new LRUCache<string, true>({ max: USERS_WITH_MORE_THAN_A_PAGE });

  async function textRows({ name, text, params }: Statement, values: Record<string, unknown>): Promise<TaskTextRow[]> {
    const result = await pool.query<TaskTextRow>({ name, text, values: fillPlaceholders(params, values), rowMode: 'array', types: everyColumnAsText });
    return result.rows;
  }

  return async function listJson(userId: string, query: ListTasksQuery): Promise<TaskPageJson> {
    const where = isUnfiltered(query) ? undefined : listConditions(userId, query);
    const counted = hasMoreThanAPage.has(userId);
    const statement = where
      ? pageStatement(where, query, counted, query.limit + 1, query.offset)
      : plainPage(`${query.sort} ${query.order} ${counted ? 'counted' : 'uncounted'}`);
    const rows = await textRows(statement, { userId, limit: query.limit + 1, offset: query.offset });
    const hasMore = rows.length > query.limit;
    if (hasMore) hasMoreThanAPage.set(userId, true);
    else hasMoreThanAPage.delete(userId);
    const page = hasMore ? rows.slice(0, query.limit) : rows;
    let total: number;
    if (!hasMore && (rows.length > 0 || query.offset === 0)) total = query.offset + rows.length;
    else if (counted && rows.length > 0) total = Number(rows[0][COUNT_COLUMN]);
    else total = Number((where ? await db.select({ total: count() }).from(tasks).where(where) : await plainCount.execute({ userId }))[0].total);
    return { json: `[${page.map(taskJsonFromText).join(',')}]`, total };
  };
}
