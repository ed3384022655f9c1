import { and, asc, count, desc, eq, getTableColumns, gte, lte, sql, type SQL } from 'drizzle-orm';
import {
  nextOccurrence,
  type CreateTaskInput,
  type ListTasksQuery,
  type Task,
  type TaskPage,
  type TaskStore,
  type UpdateTaskInput,
} from '@todo/domain';
import type { Database } from './database';
import { tasks } from './schema';
import { taskSearchCondition } from './task-search';
import { toTask, type TaskRow } from './task-row';

const priorityRank = sql`case ${tasks.priority} when 'high' then 3 when 'medium' then 2 else 1 end`;

const sortColumns = {
  created_at: tasks.createdAt,
  updated_at: tasks.updatedAt,
  due_at: tasks.dueAt,
  priority: priorityRank,
  title: tasks.title,
} as const;

/** Every column, and the count of all matching rows taken before LIMIT applies: the page and its total in one round trip. */
const pageColumns = { ...getTableColumns(tasks), total: sql<number>`count(*) over ()`.mapWith(Number) };

const isUnfiltered = (query: ListTasksQuery) =>
  query.status === 'all' && !query.priority && !query.tag && !query.due_before && !query.due_after && !query.q;

function listConditions(userId: string, query: ListTasksQuery): SQL {
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

function rowValues(input: Partial<CreateTaskInput & UpdateTaskInput>) {
  const values: Partial<typeof tasks.$inferInsert> = {};
  if (input.title !== undefined) values.title = input.title;
  if (input.description !== undefined) values.description = input.description;
  if (input.priority !== undefined) values.priority = input.priority;
  if (input.tags !== undefined) values.tags = input.tags;
  if (input.due_at !== undefined) values.dueAt = input.due_at ? new Date(input.due_at) : null;
  if (input.recurrence !== undefined) {
    values.recurrenceEvery = input.recurrence?.every ?? null;
    values.recurrenceInterval = input.recurrence?.interval ?? null;
  }
  return values;
}

export function createTaskStore(db: Database): TaskStore {
  const owned = (userId: string, taskId: number) => and(eq(tasks.userId, userId), eq(tasks.id, taskId));
  const placeholder = (name: string) => sql.placeholder(name);
  // Creating is the hottest write: a prepared statement skips rebuilding the SQL every time.
  const insertTask = db
    .insert(tasks)
    .values({
      userId: placeholder('userId'),
      title: placeholder('title'),
      description: placeholder('description'),
      priority: placeholder('priority'),
      tags: placeholder('tags'),
      // Cast in SQL: drizzle's timestamp mapping of a placeholder cannot take null.
      dueAt: sql`${placeholder('dueAt')}::timestamptz`,
      recurrenceEvery: placeholder('recurrenceEvery'),
      recurrenceInterval: placeholder('recurrenceInterval'),
    })
    .returning()
    .prepare('insert_task');

  const ordering = (query: Pick<ListTasksQuery, 'sort' | 'order'>) => {
    const direction = query.order === 'desc' ? desc : asc;
    return [direction(sortColumns[query.sort]), direction(tasks.id)];
  };
  // The plain list (no filter) is the hottest read: one prepared statement per sort and order.
  const plainPages = new Map<string, ReturnType<typeof preparePlainPage>>();
  function preparePlainPage(sort: ListTasksQuery['sort'], order: ListTasksQuery['order']) {
    return db
      .select(pageColumns)
      .from(tasks)
      .where(eq(tasks.userId, placeholder('userId')))
      .orderBy(...ordering({ sort, order }))
      .limit(placeholder('limit'))
      .offset(placeholder('offset'))
      .prepare(`list_tasks_${sort}_${order}`);
  }
  function plainPage(userId: string, query: ListTasksQuery) {
    const key = `${query.sort} ${query.order}`;
    let prepared = plainPages.get(key);
    if (!prepared) plainPages.set(key, (prepared = preparePlainPage(query.sort, query.order)));
    return prepared.execute({ userId, limit: query.limit, offset: query.offset });
  }

  async function list(userId: string, query: ListTasksQuery): Promise<TaskPage> {
    const rows = isUnfiltered(query)
      ? await plainPage(userId, query)
      : await db.select(pageColumns).from(tasks).where(listConditions(userId, query)).orderBy(...ordering(query)).limit(query.limit).offset(query.offset);
    if (rows.length) return { tasks: rows.map(toTask), total: rows[0].total };
    // A page past the end has no row to carry the total.
    const total = query.offset ? (await db.select({ total: count() }).from(tasks).where(listConditions(userId, query)))[0].total : 0;
    return { tasks: [], total };
  }

  async function get(userId: string, taskId: number): Promise<Task | null> {
    const [row] = await db.select().from(tasks).where(owned(userId, taskId));
    return row ? toTask(row) : null;
  }

  async function create(userId: string, input: CreateTaskInput): Promise<Task> {
    const [row] = await insertTask.execute({
      userId,
      title: input.title,
      description: input.description,
      priority: input.priority,
      tags: input.tags,
      dueAt: input.due_at,
      recurrenceEvery: input.recurrence?.every ?? null,
      recurrenceInterval: input.recurrence?.interval ?? null,
    });
    return toTask(row);
  }

  async function update(userId: string, taskId: number, patch: UpdateTaskInput, { timeZone }: { timeZone: string }): Promise<Task | null> {
    if (patch.completed !== undefined) {
      const { completed, ...rest } = patch;
      if (Object.keys(rest).length > 0) {
        const updated = await update(userId, taskId, rest, { timeZone });
        if (!updated) return null;
      }
      return setCompleted(userId, taskId, { completed, timeZone });
    }
    const [row] = await db
      .update(tasks)
      .set({ ...rowValues(patch), updatedAt: new Date() })
      .where(owned(userId, taskId))
      .returning();
    return row ? toTask(row) : null;
  }

  async function remove(userId: string, taskId: number): Promise<Task | null> {
    const [row] = await db.delete(tasks).where(owned(userId, taskId)).returning();
    return row ? toTask(row) : null;
  }

  async function setCompleted(
    userId: string,
    taskId: number,
    { completed, timeZone }: { completed?: boolean; timeZone: string },
  ): Promise<Task | null> {
    return db.transaction(async (tx) => {
      const [current] = await tx.select().from(tasks).where(owned(userId, taskId)).for('update');
      if (!current) return null;
      const target = completed ?? !current.completed;
      if (target === current.completed) return toTask(current);
      const now = new Date();
      const [row] = await tx
        .update(tasks)
        .set({ completed: target, completedAt: target ? now : null, updatedAt: now })
        .where(owned(userId, taskId))
        .returning();
      if (target) await scheduleNextOccurrence(tx as unknown as Database, current, now, timeZone);
      return toTask(row);
    });
  }

  async function scheduleNextOccurrence(tx: Database, completedRow: TaskRow, now: Date, timeZone: string) {
    if (!completedRow.recurrenceEvery || !completedRow.recurrenceInterval) return;
    const recurrence = { every: completedRow.recurrenceEvery, interval: completedRow.recurrenceInterval };
    const dueAt = nextOccurrence(completedRow.dueAt, recurrence, timeZone, now);
    if (!dueAt) return;
    await tx.insert(tasks).values({
      userId: completedRow.userId,
      title: completedRow.title,
      description: completedRow.description,
      priority: completedRow.priority,
      tags: completedRow.tags,
      dueAt,
      recurrenceEvery: completedRow.recurrenceEvery,
      recurrenceInterval: completedRow.recurrenceInterval,
    });
  }

  return { list, get, create, update, remove, setCompleted };
}
