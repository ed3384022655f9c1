/** @jest-environment node */
import { endOfDayIn, type Task } from '@todo/domain';
import { groupByDay } from './group-by-day';

const zone = 'Pacific/Auckland';
// 09:30 on Wednesday 9 January 2030 in Auckland.
const now = new Date('2030-01-08T20:30:00Z');
const task = (id: number, due_at: string) => ({ id, title: `task ${id}`, due_at }) as Task;

describe('groupByDay', () => {
  it('groups by the day in the user’s zone, naming today and tomorrow', () => {
    const groups = groupByDay(
      [task(1, '2030-01-08T22:00:00Z'), task(2, endOfDayIn('2030-01-09', zone)), task(3, '2030-01-09T20:00:00Z'), task(4, endOfDayIn('2030-01-12', zone))],
      now,
      zone,
    );
    expect(groups.map(({ date, label, tasks }) => [date, label, tasks.map((t) => t.id)])).toEqual([
      ['2030-01-09', 'Today · Wed, Jan 9', [1, 2]],
      ['2030-01-10', 'Tomorrow · Thu, Jan 10', [3]],
      ['2030-01-12', 'Sat, Jan 12', [4]],
    ]);
  });
});
