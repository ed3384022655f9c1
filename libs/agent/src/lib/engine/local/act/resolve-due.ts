import { addToDay, dueAtOf, dueParts, instantAt, today, type Clock, type DueSpec } from '../understand/calendar';
import type { DueChange } from '../understand/command';

/** The `due_at` of a new task: a plain day, or an instant when a time was said. */
export function dueAtForAdd(due: DueSpec | undefined, clock: Clock): string | undefined {
  if (!due) return undefined;
  const date = due.date ?? due.fallbackDate;
  return date ? dueAtOf({ date, time: due.time }, clock.zone) : undefined;
}

/**
 * A task's new `due_at` from a change and its current one: a new day keeps the time of day, a new time keeps
 * the day, and a move shifts whatever is there (from today when nothing is).
 */
export function resolveDueChange(change: DueChange, currentDueAt: string | null, clock: Clock): string | undefined {
  const current = dueParts(currentDueAt, clock.zone);
  if (change.shift) {
    const { days = 0, months = 0, minutes = 0 } = change.shift;
    const base = current ?? { date: today(clock) };
    const date = addToDay(addToDay(base.date as string, { months }), { days });
    if (!minutes) return dueAtOf({ date, time: base.time }, clock.zone);
    const start = base.time ? instantAt(date, base.time, clock.zone) : clock.now;
    return new Date(start.getTime() + minutes * 60_000).toISOString();
  }
  const date = change.date ?? current?.date ?? change.fallbackDate;
  if (!date) return undefined;
  const time = change.time ?? (change.date ? current?.time : undefined);
  return dueAtOf({ date, time }, clock.zone);
}
