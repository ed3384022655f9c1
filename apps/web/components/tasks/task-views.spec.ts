/** @jest-environment node */
import { addDays, isTaskView, viewQuery } from './task-views';

// 09:00 on Wednesday 9 January 2030 in Auckland, still Tuesday the 8th in UTC.
const now = new Date('2030-01-08T20:00:00Z');
const zone = 'Pacific/Auckland';

describe('viewQuery', () => {
  it('reads today on the user’s calendar, not UTC’s', () => {
    expect(viewQuery('today', now, zone)).toEqual({ status: 'pending', due_after: '2030-01-09', due_before: '2030-01-09', sort: 'due_at', order: 'asc' });
    expect(viewQuery('today', now, 'UTC')).toMatchObject({ due_after: '2030-01-08', due_before: '2030-01-08' });
  });

  it('shows seven days in Upcoming, today included', () => {
    expect(viewQuery('upcoming', now, zone)).toMatchObject({ status: 'pending', due_after: '2030-01-09', due_before: '2030-01-15' });
  });

  it('counts as overdue what was due before now', () => {
    expect(viewQuery('overdue', now, zone)).toMatchObject({ status: 'pending', due_before: '2030-01-08T20:00:00.000Z' });
  });

  it('lists completed tasks newest first, and everything in All', () => {
    expect(viewQuery('completed', now, zone)).toEqual({ status: 'completed', sort: 'updated_at', order: 'desc' });
    expect(viewQuery('all', now, zone)).toEqual({});
  });
});

describe('addDays and isTaskView', () => {
  it('moves across months and years', () => {
    expect(addDays('2030-12-29', 7)).toBe('2031-01-05');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
  });

  it('knows the views', () => {
    expect(['today', 'someday', undefined].map(isTaskView)).toEqual([true, false, false]);
  });
});
