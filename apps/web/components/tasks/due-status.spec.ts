import { dueStatus, toLocalInputValue } from './due-status';

describe('dueStatus', () => {
  const now = new Date(2026, 2, 10, 12, 0);

  it('marks a past due date as overdue and a later one today as due today', () => {
    expect(dueStatus(new Date(2026, 2, 9, 18, 0).toISOString(), false, now)).toBe('overdue');
    expect(dueStatus(new Date(2026, 2, 10, 11, 0).toISOString(), false, now)).toBe('overdue');
    expect(dueStatus(new Date(2026, 2, 10, 17, 0).toISOString(), false, now)).toBe('today');
    expect(dueStatus(new Date(2026, 2, 11, 9, 0).toISOString(), false, now)).toBe('upcoming');
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
