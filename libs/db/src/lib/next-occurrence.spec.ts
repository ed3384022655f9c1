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
  ] as const)('from %s every %o → %s', (due, recurrence, expected) => {
    expect(nextOccurrence(at(due), recurrence)?.toISOString()).toBe(expected);
  });

  it('counts from now when the task had no due date', () => {
    const now = at('2030-05-05T12:00:00Z');
    expect(nextOccurrence(null, { every: 'week', interval: 1 }, now)?.toISOString()).toBe('2030-05-12T12:00:00.000Z');
  });

  it.each([
    ['9999-12-31T00:00:00Z', { every: 'month', interval: 1 }],
    ['9999-12-31T23:59:59Z', { every: 'day', interval: 1 }],
    ['9999-06-01T00:00:00Z', { every: 'week', interval: 52 }],
  ] as const)('ends the series instead of passing 9999-12-31 (from %s every %o)', (due, recurrence) => {
    expect(nextOccurrence(at(due), recurrence)).toBeNull();
  });
});
