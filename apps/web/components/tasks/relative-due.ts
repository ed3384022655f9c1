import { isAllDayIn, localDateIn } from '@todo/domain/calendar';
import { dueStatus, type DueStatus } from './due-status';

const DAY_MS = 86_400_000;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A due date as people say it, on the viewer's calendar: "today 9:00 AM", "tomorrow", "Friday 5:00 PM",
 * "2 days overdue", "overdue since 9:00 AM"; a date further away is written out. Formats come from Intl.
 */
export function relativeDue(dueAt: string, completed: boolean, now: Date, timeZone: string, locale?: string): { text: string; status: DueStatus | null } {
  const due = new Date(dueAt);
  const status = dueStatus(dueAt, completed, now, timeZone);
  const allDay = isAllDayIn(dueAt, timeZone);
  const time = allDay ? '' : new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(due);
  const days = daysBetween(localDateIn(now, timeZone), localDateIn(due, timeZone));
  const withTime = (day: string) => (time ? `${day} ${time}` : day);

  if (status === 'overdue') return { text: days < 0 ? `${plural(-days, 'day')} overdue` : `overdue since ${time}`, status };
  let day: string;
  if (days === 0) day = 'today';
  else if (days === 1) day = 'tomorrow';
  else if (days === -1) day = 'yesterday';
  else if (days > 1 && days < 7) day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(due);
  else {
    const sameYear = localDateIn(now, timeZone).slice(0, 4) === localDateIn(due, timeZone).slice(0, 4);
    day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(!sameYear && { year: 'numeric' }), timeZone }).format(due);
  }
  return { text: `Due ${withTime(day)}`, status };
}
