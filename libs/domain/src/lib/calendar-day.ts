import { TZDate } from '@date-fns/tz';

// Kept free of zod: browser code imports these through `@todo/domain/calendar` and stays small.

/**
 * A plain-day due date is stored as the last millisecond of that day in the user's zone: it sorts after the
 * day's timed tasks, is overdue only once the day is over, and reads back as that same calendar day.
 */
export function endOfDayIn(date: string, zone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, 23, 59, 59, 999, zone).getTime()).toISOString();
}

/** The first millisecond of a calendar day in `zone`. */
export function startOfDayIn(date: string, zone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, 0, zone).getTime()).toISOString();
}

/** Whether a stored due date is a plain day (no time of day) for a user in `zone`. */
export function isAllDayIn(dueAt: string, zone: string): boolean {
  const local = new TZDate(new Date(dueAt).getTime(), zone);
  return local.getHours() === 23 && local.getMinutes() === 59 && local.getSeconds() === 59 && local.getMilliseconds() === 999;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDateIn(instant: Date | string, zone: string): string {
  const local = new TZDate(new Date(instant).getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
