import { isAllDayIn, type Recurrence } from '@todo/domain';

/** "Fri, Jun 13" for a plain day, "Fri, Jun 13, 5:00 PM" for a moment; always on the user's wall clock. */
export function formatDue(dueAt: string, zone: string): string {
  if (dueAt.length === 10) {
    return new Date(`${dueAt}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }
  if (isAllDayIn(dueAt, zone)) {
    return new Date(dueAt).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: zone });
  }
  return new Date(dueAt).toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone });
}

const units: Record<Recurrence['every'], string> = { day: 'day', week: 'week', month: 'month' };

/** "every week", "every 2 weeks", "every year". */
export function formatRecurrence({ every, interval }: Recurrence): string {
  if (every === 'month' && interval % 12 === 0) return interval === 12 ? 'every year' : `every ${interval / 12} years`;
  if (every === 'week' && interval === 2) return 'every other week';
  return interval === 1 ? `every ${units[every]}` : `every ${interval} ${units[every]}s`;
}
