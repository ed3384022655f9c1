import { localDateIn } from '@todo/domain/calendar';
import type { Task } from '@todo/domain';
import { addDays } from './task-views';

export interface DayGroup {
  date: string;
  label: string;
  tasks: Task[];
}

// The page's language: server and browser must write the same headings.
const LOCALE = 'en';

/** Tasks by the calendar day they are due in `timeZone`, in the order given: "Today · Wed, Dec 2", "Tomorrow · …". */
export function groupByDay(tasks: Task[], now: Date, timeZone: string): DayGroup[] {
  const today = localDateIn(now, timeZone);
  const groups = new Map<string, Task[]>();
  for (const task of tasks) {
    const date = task.due_at ? localDateIn(task.due_at, timeZone) : today;
    groups.set(date, [...(groups.get(date) ?? []), task]);
  }
  return [...groups].map(([date, dayTasks]) => {
    const written = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
    const near = date === today ? 'Today' : date === addDays(today, 1) ? 'Tomorrow' : undefined;
    return { date, label: near ? `${near} · ${written}` : written, tasks: dayTasks };
  });
}
