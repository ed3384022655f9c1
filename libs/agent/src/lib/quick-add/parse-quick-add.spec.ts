import { parseQuickAdd, removedWords } from './parse-quick-add';

// A Wednesday, 09:00 on the user's wall clock in Auckland (UTC+13 in January).
const clock = { now: new Date('2030-01-08T20:00:00Z'), zone: 'Pacific/Auckland' };

describe('parseQuickAdd', () => {
  it('reads the issue’s example into a title, a due instant in the user’s zone, a priority, tags and a repeat', () => {
    expect(parseQuickAdd('Pay rent friday 9am !high #bills every month', clock)).toEqual({
      title: 'Pay rent',
      // Friday 9:00 in Auckland is Thursday 20:00 UTC.
      due_at: '2030-01-10T20:00:00.000Z',
      priority: 'high',
      tags: ['bills'],
      recurrence: { every: 'month', interval: 1 },
      chips: [
        { kind: 'due', text: 'friday 9am' },
        { kind: 'priority', text: '!high' },
        { kind: 'tags', text: '#bills' },
        { kind: 'recurrence', text: 'every month' },
      ],
    });
  });

  it('gives a day without a time as a plain day', () => {
    expect(parseQuickAdd('buy milk tomorrow', clock)).toMatchObject({ title: 'buy milk', due_at: '2030-01-10', chips: [{ kind: 'due', text: 'tomorrow' }] });
  });

  it('starts a repeat with no day named today', () => {
    expect(parseQuickAdd('water the plants daily', clock)).toMatchObject({ title: 'water the plants', due_at: '2030-01-09', recurrence: { every: 'day', interval: 1 } });
  });

  it('reads nothing from a plain title', () => {
    expect(parseQuickAdd('  read   chapter 5 ', clock)).toEqual({ title: 'read chapter 5', due_at: null, priority: null, tags: [], recurrence: null, chips: [] });
  });

  it('leaves the words of an ignored chip in the title', () => {
    const parsed = parseQuickAdd('Pay rent friday 9am !high #bills', clock, ['due', 'tags']);
    expect(parsed).toMatchObject({ title: 'Pay rent friday 9am #bills', due_at: null, priority: 'high', tags: [] });
    expect(parsed.chips).toEqual([{ kind: 'priority', text: '!high' }]);
  });

  it('collects several hashtags in one chip', () => {
    expect(parseQuickAdd('plan trip #travel #family', clock)).toMatchObject({ title: 'plan trip', tags: ['travel', 'family'], chips: [{ kind: 'tags', text: '#travel #family' }] });
  });
});

describe('removedWords', () => {
  it.each([
    ['buy milk tomorrow', 'buy milk', 'tomorrow'],
    ['call mom on friday at 5pm please', 'call mom please', 'on friday at 5pm'],
    ['same', 'same', ''],
  ])('finds what was taken out of "%s"', (before, after, removed) => {
    expect(removedWords(before, after)).toBe(removed);
  });
});
