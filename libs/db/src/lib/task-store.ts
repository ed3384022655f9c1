import { and, count, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import {
  nextOccurrence,
  type CreateTaskInput,
  type ListTasksQuery,
  type Task,
  type TaskPage,
  type TaskStore,
  type UpdateTaskInput,
} from '@todo/domain';
import type { Database, DatabaseHandle } from './database';
import { tasks } from './schema';
import { isUnfiltered, listConditions, listOrdering, memoize } from './task-list-query';
import { createTaskPageJson } from './task-page-json';
import { toTask, type TaskRow } from './task-row';

/**
 * Every column, and the count of all rows `where` matches: the page and its total in one round trip.
 * A scalar subquery runs once, as a count on the index (a window count would read every matching row).
 */
const pageColumns = (where: SQL) => ({ ...getTableColumns(tasks), total: sql<number>`(select count(*) from ${tasks} where ${where})`.mapWith(Number) });

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

/** Given a handle that reports its task writes (PGlite), unfiltered list totals are kept until one. */
export function createTaskStore(db: Database, writes: Pick<DatabaseHandle, 'onTaskWrite'> = {}): TaskStore {
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

  // Completing or reopening a task that does not repeat, the common case: one statement, no
  // transaction. It changes nothing (and the transaction below decides) when the task is missing,
  // already in the asked state, or repeats and is being completed (its next occurrence is due).
  const targetState = sql`coalesce(${placeholder('completed')}::boolean, not ${tasks.completed})`;
  const setCompletedAlone = db
    .update(tasks)
    .set({ completed: targetState, completedAt: sql`case when ${targetState} then now() end`, updatedAt: sql`now()` })
    .where(
      and(
        eq(tasks.userId, placeholder('userId')),
        eq(tasks.id, placeholder('taskId')),
        sql`${tasks.completed} is distinct from ${targetState}`,
        sql`not (${targetState} and ${tasks.recurrenceEvery} is not null)`,
      ),
    )
    .returning()
    .prepare('set_task_completed');

  const plainPage = memoize((key) => {
    const [sort, order] = key.split(' ') as [ListTasksQuery['sort'], ListTasksQuery['order']];
    const where = eq(tasks.userId, placeholder('userId'));
    return db
      .select(pageColumns(where))
      .from(tasks)
      .where(where)
      .orderBy(...listOrdering({ sort, order }))
      .limit(placeholder('limit'))
      .offset(placeholder('offset'))
      .prepare(`list_tasks_${sort}_${order}`);
  });

  async function list(userId: string, query: ListTasksQuery): Promise<TaskPage> {
    const where = listConditions(userId, query);
    const rows = isUnfiltered(query)
      ? await plainPage(`${query.sort} ${query.order}`).execute({ userId, limit: query.limit, offset: query.offset })
      : await db.select(pageColumns(where)).from(tasks).where(where).orderBy(...listOrdering(query)).limit(query.limit).offset(query.offset);
    if (rows.length) return { tasks: rows.map(toTask), total: rows[0].total };
    // A page past the end has no row to carry the total.
    const total = query.offset ? (await db.select({ total: count() }).from(tasks).where(where))[0].total : 0;
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
    const [alone] = await setCompletedAlone.execute({ userId, taskId, completed: completed ?? null });
    if (alone) return toTask(alone);
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

  return { list, listJson: createTaskPageJson(db, writes.onTaskWrite), get, create, update, remove, setCompleted };
}
