import { TZDate } from '@date-fns/tz';
import { DUE_AT_MAX, type Recurrence } from './task';
import { endOfDayIn, isAllDayIn } from './time-zone';

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function advance({ year, month, day }: CalendarDay, { every, interval }: Recurrence): CalendarDay {
  if (every === 'month') {
    const months = year * 12 + (month - 1) + interval;
    const next = { year: Math.floor(months / 12), month: (months % 12) + 1 };
    // Jan 31 + 1 month is Feb 28/29, not Mar 3.
    return { ...next, day: Math.min(day, daysInMonth(next.year, next.month)) };
  }
  const shifted = new Date(Date.UTC(year, month - 1, day + (every === 'week' ? 7 : 1) * interval));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The due date of a recurring task's next occurrence, counted from its due date (or from now) on the
 * calendar of the user's zone: a plain day stays a plain day, and 9am stays 9am across a DST change.
 * Null when it would fall after the last due date we store: the series ends there.
 */
export function nextOccurrence(dueAt: Date | null, recurrence: Recurrence, timeZone: string, now = new Date()): Date | null {
  const from = dueAt ?? now;
  const local = new TZDate(from.getTime(), timeZone);
  const day = advance({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }, recurrence);
  if (day.year > DUE_AT_MAX.getUTCFullYear()) return null;
  const next =
    dueAt && isAllDayIn(dueAt.toISOString(), timeZone)
      ? new Date(endOfDayIn(`${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`, timeZone))
      : new Date(
          new TZDate(day.year, day.month - 1, day.day, local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds(), timeZone).getTime(),
        );
  return Number.isNaN(next.getTime()) || next > DUE_AT_MAX ? null : next;
}
