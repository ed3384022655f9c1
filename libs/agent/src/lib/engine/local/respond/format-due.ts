const midnightUtc = /T00:00:00(?:\.000)?Z$/;

/** "Fri, Jun 13" for a plain date (stored as midnight UTC), "Fri, Jun 13, 5:00 PM" for a moment. */
export function formatDue(dueAt: string): string {
  if (dueAt.length === 10 || midnightUtc.test(dueAt)) {
    const date = new Date(dueAt.length === 10 ? `${dueAt}T00:00:00Z` : dueAt);
    return date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }
  return new Date(dueAt).toLocaleString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}
