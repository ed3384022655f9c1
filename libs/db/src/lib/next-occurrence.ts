import { DUE_AT_MAX, type Recurrence } from '@todo/domain';

/**
 * The due date of a recurring task's next occurrence, counted from its due date (or from now);
 * null when it would fall after the last due date we store: the series ends there.
 */
export function nextOccurrence(dueAt: Date | null, recurrence: Recurrence, now = new Date()): Date | null {
  const next = new Date(dueAt ?? now);
  switch (recurrence.every) {
    case 'day':
      next.setUTCDate(next.getUTCDate() + recurrence.interval);
      break;
    case 'week':
      next.setUTCDate(next.getUTCDate() + 7 * recurrence.interval);
      break;
    case 'month': {
      const day = next.getUTCDate();
      next.setUTCDate(1);
      next.setUTCMonth(next.getUTCMonth() + recurrence.interval);
      // Jan 31 + 1 month is Feb 28/29, not Mar 3.
      const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
      next.setUTCDate(Math.min(day, lastDay));
      break;
    }
  }
  return Number.isNaN(next.getTime()) || next > DUE_AT_MAX ? null : next;
}
