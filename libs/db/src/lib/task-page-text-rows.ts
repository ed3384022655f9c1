import { count, eq, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
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

const asText = (text: string) => text;
const everyColumnAsText = { getTypeParser: () => asText } as unknown as QueryArrayConfig['types'];

interface Statement {
  name?: string;
  text: string;
  params: unknown[];
}

/**
 * The REST list's page on Postgres: a plain select whose text rows become JSON here. Building the
 * JSON inside Postgres (json_build_object, to_char) cost its backends 4–5× the plain select, and
 * on a machine the database shares that is the dearer half (docs/decisions/api-speed.md, 9).
 * One row past the page says whether a count is needed: a user's last (or only) page has none.
 */
export function createTextRowTaskPage(db: Database, pool: Pool) {
  const pageStatement = (where: SQL, query: Pick<ListTasksQuery, 'sort' | 'order'>, limit: unknown, offset: unknown) => {
    const built = db.select(textColumns).from(tasks).where(where).orderBy(...listOrdering(query)).limit(limit as number).offset(offset as number).toSQL();
    return { text: built.sql, params: built.params };
  };
  const plainPage = memoize((key): Statement => {
    const [sort, order] = key.split(' ') as [ListTasksQuery['sort'], ListTasksQuery['order']];
    return { name: `list_tasks_text_${sort}_${order}`, ...pageStatement(eq(tasks.userId, sql.placeholder('userId')), { sort, order }, sql.placeholder('limit'), sql.placeholder('offset')) };
  });
  const plainCount = db.select({ total: count() }).from(tasks).where(eq(tasks.userId, sql.placeholder('userId'))).prepare('count_tasks');

  async function textRows({ name, text, params }: Statement, values: Record<string, unknown>): Promise<TaskTextRow[]> {
    const result = await pool.query<TaskTextRow>({ name, text, values: fillPlaceholders(params, values), rowMode: 'array', types: everyColumnAsText });
    return result.rows;
  }

  return async function listJson(userId: string, query: ListTasksQuery): Promise<TaskPageJson> {
    const plain = isUnfiltered(query);
    const where = plain ? undefined : listConditions(userId, query);
    const statement = where ? pageStatement(where, query, query.limit + 1, query.offset) : plainPage(`${query.sort} ${query.order}`);
    const rows = await textRows(statement, { userId, limit: query.limit + 1, offset: query.offset });
    const page = rows.length > query.limit ? rows.slice(0, query.limit) : rows;
    const knowsTotal = rows.length <= query.limit && (rows.length > 0 || query.offset === 0);
    const total = knowsTotal
      ? query.offset + rows.length
      : Number((where ? await db.select({ total: count() }).from(tasks).where(where) : await plainCount.execute({ userId }))[0].total);
    return { json: `[${page.map(taskJsonFromText).join(',')}]`, total };
  };
}
