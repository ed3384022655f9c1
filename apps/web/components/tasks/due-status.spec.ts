import { endOfDayIn, startOfDayIn } from '@todo/domain';
import { formatDue } from './due-label';
import { dueStatus, toLocalInputValue } from './due-status';

// Explicit zones ahead of and behind UTC: the machine's own zone never enters these.
const AUCKLAND = 'Pacific/Auckland';
const LOS_ANGELES = 'America/Los_Angeles';

describe('dueStatus', () => {
  const now = new Date('2026-03-10T20:00:00Z'); // 12:00 in Los Angeles, 09:00 next day in Auckland

  it('marks a past timed due date as overdue and a later one today as due today, in the viewer’s zone', () => {
    expect(dueStatus('2026-03-10T01:00:00Z', false, now, LOS_ANGELES)).toBe('overdue');
    expect(dueStatus('2026-03-10T19:00:00Z', false, now, LOS_ANGELES)).toBe('overdue');
    expect(dueStatus('2026-03-11T01:00:00Z', false, now, LOS_ANGELES)).toBe('today');
    expect(dueStatus('2026-03-11T01:00:00Z', false, now, AUCKLAND)).toBe('today');
    expect(dueStatus('2026-03-11T16:00:00Z', false, now, LOS_ANGELES)).toBe('upcoming');
    expect(dueStatus('2026-03-11T16:00:00Z', false, now, AUCKLAND)).toBe('upcoming');
  });

  it.each([LOS_ANGELES, AUCKLAND, 'UTC'])('treats a plain day as that whole calendar day in %s', (zone) => {
    const day = (date: string) => endOfDayIn(date, zone);
    const minutesInto = (date: string, minutes: number) => new Date(Date.parse(startOfDayIn(date, zone)) + minutes * 60_000);
    expect(dueStatus(day('2026-03-10'), false, minutesInto('2026-03-10', 0), zone)).toBe('today');
    expect(dueStatus(day('2026-03-10'), false, minutesInto('2026-03-10', 23 * 60 + 59), zone)).toBe('today');
    expect(dueStatus(day('2026-03-11'), false, minutesInto('2026-03-10', 12 * 60), zone)).toBe('upcoming');
    expect(dueStatus(day('2026-03-09'), false, minutesInto('2026-03-10', 1), zone)).toBe('overdue');
  });

  it('says nothing for done tasks or tasks without a due date', () => {
    expect(dueStatus('2026-03-09T00:00:00Z', true, now, 'UTC')).toBeNull();
    expect(dueStatus(null, false, now, 'UTC')).toBeNull();
    expect(dueStatus('garbage', false, now, 'UTC')).toBeNull();
  });
});

describe('formatDue', () => {
  it('shows a plain day as a date without a time, on that day in the viewer’s zone', () => {
    expect(formatDue(endOfDayIn('2026-12-05', AUCKLAND), AUCKLAND)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-12-05T12:00:00Z')));
    expect(formatDue(endOfDayIn('2026-12-05', LOS_ANGELES), LOS_ANGELES)).not.toMatch(/\d:\d\d/);
  });

  it('shows a timed due date with its time in the viewer’s zone', () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: LOS_ANGELES }).format(new Date('2026-12-05T17:00:00Z'));
    expect(formatDue('2026-12-05T17:00:00Z', LOS_ANGELES)).toBe(expected);
    expect(expected).toMatch(/9:00/);
  });
});

describe('toLocalInputValue', () => {
  it('formats an instant for a datetime-local input in local time', () => {
    expect(toLocalInputValue(new Date(2026, 0, 5, 7, 3).toISOString())).toBe('2026-01-05T07:03');
    expect(toLocalInputValue(null)).toBe('');
  });
});
