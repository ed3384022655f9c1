import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { ListTasksQuery } from '@todo/domain';
import { tasks } from './schema';
import { taskSearchCondition } from './task-search';

const priorityRank = sql`case ${tasks.priority} when 'high' then 3 when 'medium' then 2 else 1 end`;

const sortColumns = {
  created_at: tasks.createdAt,
  updated_at: tasks.updatedAt,
  due_at: tasks.dueAt,
  priority: priorityRank,
  title: tasks.title,
} as const;

/** The list without a filter: the hottest read, served by prepared statements (one per sort and order). */
export const isUnfiltered = (query: ListTasksQuery) =>
  query.status === 'all' && !query.priority && !query.tag && !query.due_before && !query.due_after && !query.q;

/** The sort key, then the id, so pages never overlap or skip a task with an equal key. */
export function listOrdering({ sort, order }: Pick<ListTasksQuery, 'sort' | 'order'>): SQL[] {
  const direction = order === 'desc' ? desc : asc;
  return [direction(sortColumns[sort]), direction(tasks.id)];
}

export function listConditions(userId: string, query: ListTasksQuery): SQL {
  const conditions: (SQL | undefined)[] = [eq(tasks.userId, userId)];
  if (query.status === 'pending') conditions.push(eq(tasks.completed, false));
  if (query.status === 'completed') conditions.push(eq(tasks.completed, true));
  if (query.priority) conditions.push(eq(tasks.priority, query.priority));
  if (query.tag) conditions.push(sql`${tasks.tags} @> array[${query.tag}]::text[]`);
  if (query.due_before) conditions.push(lte(tasks.dueAt, new Date(query.due_before)));
  if (query.due_after) conditions.push(gte(tasks.dueAt, new Date(query.due_after)));
  if (query.q) conditions.push(taskSearchCondition(query.q));
  return and(...conditions) as SQL;
}

/** One cached value per key, made on first use (prepared statements per sort and order). */
export function memoize<V>(make: (key: string) => V): (key: string) => V {
  const made = new Map<string, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
