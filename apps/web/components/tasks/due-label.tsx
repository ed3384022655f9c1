'use client';

import { isAllDayIn } from '@todo/domain/calendar';
import { useBrowserTimeZone } from '../../lib/browser-time-zone';
import { relativeDue } from './relative-due';
import { useNow } from './use-now';

/** A plain day shows as a date alone, a timed due date with its time; both in the viewer's zone. */
export const formatDue = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(
    undefined,
    isAllDayIn(iso, timeZone) ? { dateStyle: 'medium', timeZone } : { dateStyle: 'medium', timeStyle: 'short', timeZone },
  ).format(new Date(iso));

/** Rendered in the browser only: both the wording and the format depend on the viewer's clock and zone. */
export function DueLabel({ dueAt, completed }: { dueAt: string | null; completed: boolean }) {
  const now = useNow();
  const timeZone = useBrowserTimeZone();
  if (!dueAt || !now || !timeZone) return null;
  const { text, status } = relativeDue(dueAt, completed, now, timeZone);
  return (
    <span className={`due due--${status ?? 'done'}`}>
      <time dateTime={dueAt} title={formatDue(dueAt, timeZone)}>
        {text}
      </time>
    </span>
  );
}
