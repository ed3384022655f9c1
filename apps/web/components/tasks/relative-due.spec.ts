/** @jest-environment node */
import { endOfDayIn } from '@todo/domain';
import { relativeDue } from './relative-due';

// 09:30 on Wednesday 9 January 2030 in Auckland (UTC+13).
const zone = 'Pacific/Auckland';
const now = new Date('2030-01-08T20:30:00Z');
const at = (localDay: string, hour: number) => new Date(`${localDay}T${String(hour).padStart(2, '0')}:00:00+13:00`).toISOString();
const label = (dueAt: string, completed = false) => relativeDue(dueAt, completed, now, zone, 'en-US');

describe('relativeDue', () => {
  it.each([
    [at('2030-01-09', 17), 'Due today 5:00 PM', 'today'],
    [endOfDayIn('2030-01-09', zone), 'Due today', 'today'],
    [at('2030-01-10', 9), 'Due tomorrow 9:00 AM', 'upcoming'],
    [endOfDayIn('2030-01-11', zone), 'Due Friday', 'upcoming'],
    [endOfDayIn('2030-01-20', zone), 'Due Jan 20', 'upcoming'],
    [endOfDayIn('2031-02-01', zone), 'Due Feb 1, 2031', 'upcoming'],
    [at('2030-01-09', 8), 'overdue since 8:00 AM', 'overdue'],
    [endOfDayIn('2030-01-08', zone), '1 day overdue', 'overdue'],
    [at('2030-01-07', 9), '2 days overdue', 'overdue'],
  ])('%s reads "%s"', (dueAt, text, status) => {
    expect(label(dueAt)).toEqual({ text, status });
  });

  it('never calls a completed task overdue', () => {
    expect(label(endOfDayIn('2030-01-08', zone), true)).toEqual({ text: 'Due yesterday', status: null });
  });

  it('counts days on the viewer’s calendar: 23:00 tonight in Auckland is tomorrow morning for a viewer in UTC', () => {
    expect(label(at('2030-01-09', 23)).text).toBe('Due today 11:00 PM');
    expect(relativeDue(at('2030-01-09', 23), false, now, 'UTC', 'en-US').text).toBe('Due tomorrow 10:00 AM');
  });
});
