import type { TaskListQuery } from '@todo/api-client';
import { localDateIn } from '@todo/domain/calendar';

export const taskViews = ['all', 'today', 'upcoming', 'overdue', 'completed'] as const;
export type TaskView = (typeof taskViews)[number];

export const viewLabels: Record<TaskView, string> = { all: 'All', today: 'Today', upcoming: 'Upcoming', overdue: 'Overdue', completed: 'Completed' };

/** How many days Upcoming shows, today included. */
export const UPCOMING_DAYS = 7;

export const isTaskView = (value: unknown): value is TaskView => typeof value === 'string' && (taskViews as readonly string[]).includes(value);

/** A calendar day (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The list query of a view, on the user's calendar: plain `due_after` / `due_before` days are read by the api
 * in the zone the request names. Overdue is "due before now", so a plain day becomes overdue once it is over.
 */
export function viewQuery(view: TaskView, now: Date, timeZone: string): TaskListQuery {
  const today = localDateIn(now, timeZone);
  switch (view) {
    case 'today':
      return { status: 'pending', due_after: today, due_before: today, sort: 'due_at', order: 'asc' };
    case 'upcoming':
      return { status: 'pending', due_after: today, due_before: addDays(today, UPCOMING_DAYS - 1), sort: 'due_at', order: 'asc' };
    case 'overdue':
      return { status: 'pending', due_before: now.toISOString(), sort: 'due_at', order: 'asc' };
    case 'completed':
      return { status: 'completed', sort: 'updated_at', order: 'desc' };
    case 'all':
      return {};
  }
}
