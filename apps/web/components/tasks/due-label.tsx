'use client';

import { dueStatus, isWholeDay } from './due-status';
import { useNow } from './use-now';

const format = (iso: string) =>
  new Intl.DateTimeFormat(
    undefined,
    isWholeDay(iso) ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(new Date(iso));

/** Rendered in the browser only: both the wording and the format depend on the viewer's clock. */
export function DueLabel({ dueAt, completed }: { dueAt: string | null; completed: boolean }) {
  const now = useNow();
  if (!dueAt || !now) return null;
  const status = dueStatus(dueAt, completed, now);
  const prefix = status === 'overdue' ? 'Overdue · ' : status === 'today' ? 'Due today · ' : 'Due ';
  return (
    <span className={`due due--${status ?? 'done'}`}>
      {prefix}
      <time dateTime={dueAt}>{format(dueAt)}</time>
    </span>
  );
}
