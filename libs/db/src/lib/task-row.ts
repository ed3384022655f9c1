import type { Task } from '@todo/domain';
import type { tasks } from './schema';

export type TaskRow = typeof tasks.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    user_id: row.userId,
    title: row.title,
    description: row.description,
    completed: row.completed,
    priority: row.priority,
    tags: row.tags,
    due_at: iso(row.dueAt),
    recurrence:
      row.recurrenceEvery && row.recurrenceInterval
        ? { every: row.recurrenceEvery, interval: row.recurrenceInterval }
        : null,
    completed_at: iso(row.completedAt),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
