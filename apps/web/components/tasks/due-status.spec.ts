import { dueStatus, toLocalInputValue } from './due-status';

describe('dueStatus', () => {
  const now = new Date(2026, 2, 10, 12, 0);

  it('marks a past due date as overdue and a later one today as due today', () => {
    expect(dueStatus(new Date(2026, 2, 9, 18, 0).toISOString(), false, now)).toBe('overdue');
    expect(dueStatus(new Date(2026, 2, 10, 11, 0).toISOString(), false, now)).toBe('overdue');
    expect(dueStatus(new Date(2026, 2, 10, 17, 0).toISOString(), false, now)).toBe('today');
    expect(dueStatus(new Date(2026, 2, 11, 9, 0).toISOString(), false, now)).toBe('upcoming');
  });

  it('treats a plain-day due date (midnight UTC) as that whole calendar day', () => {
    const localNoon = (day: number) => new Date(2026, 2, day, 12, 0);
    expect(dueStatus('2026-03-10T00:00:00.000Z', false, localNoon(10))).toBe('today');
    expect(dueStatus('2026-03-11T00:00:00.000Z', false, localNoon(10))).toBe('upcoming');
    expect(dueStatus('2026-03-09T00:00:00.000Z', false, localNoon(10))).toBe('overdue');
    expect(dueStatus('2026-03-10T00:00:00.000Z', false, new Date(2026, 2, 10, 23, 59))).toBe('today');
  });

  it('says nothing for done tasks or tasks without a due date', () => {
    expect(dueStatus(new Date(2026, 2, 9).toISOString(), true, now)).toBeNull();
    expect(dueStatus(null, false, now)).toBeNull();
    expect(dueStatus('garbage', false, now)).toBeNull();
  });
});

describe('toLocalInputValue', () => {
  it('formats an instant for a datetime-local input in local time', () => {
    expect(toLocalInputValue(new Date(2026, 0, 5, 7, 3).toISOString())).toBe('2026-01-05T07:03');
    expect(toLocalInputValue(null)).toBe('');
  });
});
