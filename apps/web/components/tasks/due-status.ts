export type DueStatus = 'overdue' | 'today' | 'upcoming';

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** A due date given as a plain day ("tomorrow", `2030-01-02`) is stored as midnight UTC and means that whole calendar day. */
export const isWholeDay = (iso: string) => iso.endsWith('T00:00:00.000Z');

export function dueStatus(dueAt: string | null, completed: boolean, now: Date): DueStatus | null {
  if (!dueAt || completed) return null;
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  if (isWholeDay(dueAt)) {
    const dueDay = Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate());
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    return dueDay < today ? 'overdue' : dueDay === today ? 'today' : 'upcoming';
  }
  if (due.getTime() < now.getTime()) return 'overdue';
  return sameLocalDay(due, now) ? 'today' : 'upcoming';
}

/** `2026-03-01T09:30`, the value a datetime-local input takes, in the viewer's time zone. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
