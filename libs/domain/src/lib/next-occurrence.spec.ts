import { isAllDayIn, localDateIn } from './time-zone';
import { nextOccurrence } from './next-occurrence';

describe('nextOccurrence', () => {
  const at = (iso: string) => new Date(iso);

  it.each([
    ['2030-01-01T10:00:00Z', { every: 'day', interval: 1 }, '2030-01-02T10:00:00.000Z'],
    ['2030-01-01T10:00:00Z', { every: 'day', interval: 3 }, '2030-01-04T10:00:00.000Z'],
    ['2030-01-01T10:00:00Z', { every: 'week', interval: 2 }, '2030-01-15T10:00:00.000Z'],
    ['2030-01-31T10:00:00Z', { every: 'month', interval: 1 }, '2030-02-28T10:00:00.000Z'],
    ['2032-01-31T10:00:00Z', { every: 'month', interval: 1 }, '2032-02-29T10:00:00.000Z'],
    ['2030-11-15T10:00:00Z', { every: 'month', interval: 3 }, '2031-02-15T10:00:00.000Z'],
    ['2030-12-31T23:59:59.999Z', { every: 'month', interval: 2 }, '2031-02-28T23:59:59.999Z'],
  ] as const)('in UTC, from %s every %o → %s', (due, recurrence, expected) => {
    expect(nextOccurrence(at(due), recurrence, 'UTC')?.toISOString()).toBe(expected);
  });

  // Los Angeles moves to daylight time on 2030-03-10 and back on 2030-11-03.
  it.each([
    ['2030-03-09T17:00:00.000Z', { every: 'day', interval: 1 }, '2030-03-10T16:00:00.000Z'],
    ['2030-03-03T17:00:00.000Z', { every: 'week', interval: 1 }, '2030-03-10T16:00:00.000Z'],
    ['2030-10-03T16:00:00.000Z', { every: 'month', interval: 1 }, '2030-11-03T17:00:00.000Z'],
  ] as const)('keeps 9am in America/Los_Angeles across DST: %s every %o → %s', (due, recurrence, expected) => {
    const next = nextOccurrence(at(due), recurrence, 'America/Los_Angeles');
    expect(next?.toISOString()).toBe(expected);
    expect(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', timeStyle: 'short' }).format(next ?? undefined)).toBe('9:00 AM');
  });

  // Auckland leaves daylight time (+13 → +12) on 2030-04-07 and returns (+12 → +13) on 2030-09-29.
  it.each([
    ['2030-04-06T10:59:59.999Z', { every: 'day', interval: 1 }, '2030-04-07T11:59:59.999Z', '2030-04-07'],
    ['2030-09-28T11:59:59.999Z', { every: 'day', interval: 1 }, '2030-09-29T10:59:59.999Z', '2030-09-29'],
    ['2030-03-31T10:59:59.999Z', { every: 'month', interval: 1 }, '2030-04-30T11:59:59.999Z', '2030-04-30'],
  ] as const)('a plain day in Pacific/Auckland stays a plain day: %s every %o → %s', (due, recurrence, expected, day) => {
    const next = nextOccurrence(at(due), recurrence, 'Pacific/Auckland');
    expect(next?.toISOString()).toBe(expected);
    expect(isAllDayIn(expected, 'Pacific/Auckland')).toBe(true);
    expect(localDateIn(expected, 'Pacific/Auckland')).toBe(day);
  });

  it('counts months on the user’s calendar, not UTC’s', () => {
    // Jan 30 in Los Angeles ends on Jan 31 in UTC: counted in UTC its next month would be Feb 27 there.
    const next = nextOccurrence(at('2030-01-31T07:59:59.999Z'), { every: 'month', interval: 1 }, 'America/Los_Angeles');
    expect(next?.toISOString()).toBe('2030-03-01T07:59:59.999Z');
    expect(localDateIn(next ?? new Date(0), 'America/Los_Angeles')).toBe('2030-02-28');
  });

  it('counts from now when the task had no due date, as a timed task in the user’s zone', () => {
    const now = at('2030-03-09T17:00:00Z');
    expect(nextOccurrence(null, { every: 'week', interval: 1 }, 'UTC', now)?.toISOString()).toBe('2030-03-16T17:00:00.000Z');
    expect(nextOccurrence(null, { every: 'day', interval: 1 }, 'America/Los_Angeles', now)?.toISOString()).toBe('2030-03-10T16:00:00.000Z');
  });

  it.each([
    ['9999-12-31T00:00:00Z', { every: 'month', interval: 1 }],
    ['9999-12-31T23:59:59Z', { every: 'day', interval: 1 }],
    ['9999-12-31T23:59:59.999Z', { every: 'day', interval: 1 }],
    ['9999-06-01T00:00:00Z', { every: 'week', interval: 52 }],
  ] as const)('ends the series instead of passing 9999-12-31 (from %s every %o)', (due, recurrence) => {
    expect(nextOccurrence(at(due), recurrence, 'UTC')).toBeNull();
    expect(nextOccurrence(at(due), recurrence, 'Pacific/Kiritimati')).toBeNull();
  });
});
