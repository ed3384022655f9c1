import { isAllDayIn, localDateIn } from '@todo/domain/calendar';

export type DueStatus = 'overdue' | 'today' | 'upcoming';

/**
 * A due date given as a plain day ("tomorrow", `2030-01-02`) is stored as the last millisecond of that
 * day in the user's zone and means that whole calendar day there: due today all day, overdue once it is over.
 */
export function dueStatus(dueAt: string | null, completed: boolean, now: Date, timeZone: string): DueStatus | null {
  if (!dueAt || completed) return null;
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  if (isAllDayIn(dueAt, timeZone)) {
    const dueDay = localDateIn(due, timeZone);
    const today = localDateIn(now, timeZone);
    return dueDay < today ? 'overdue' : dueDay === today ? 'today' : 'upcoming';
  }
  if (due.getTime() < now.getTime()) return 'overdue';
  return localDateIn(due, timeZone) === localDateIn(now, timeZone) ? 'today' : 'upcoming';
}

/** `2026-03-01T09:30`, the value a datetime-local input takes, in the viewer's time zone. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
