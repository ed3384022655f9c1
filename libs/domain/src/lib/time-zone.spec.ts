import { anchorDueAt, endOfDayIn, isAllDayIn, localDateIn, timeZoneSchema } from './time-zone';

describe('time zones', () => {
  it.each([
    ['Pacific/Auckland', '2026-12-05T10:59:59.999Z'],
    ['America/Los_Angeles', '2026-12-06T07:59:59.999Z'],
    ['UTC', '2026-12-05T23:59:59.999Z'],
  ])('a plain day in %s is that calendar day there', (zone, instant) => {
    expect(endOfDayIn('2026-12-05', zone)).toBe(instant);
    expect(localDateIn(instant, zone)).toBe('2026-12-05');
    expect(isAllDayIn(instant, zone)).toBe(true);
  });

  it('keeps the wall clock across a daylight-saving change', () => {
    expect(endOfDayIn('2026-07-01', 'Europe/Berlin')).toBe('2026-07-01T21:59:59.999Z');
    expect(endOfDayIn('2026-12-01', 'Europe/Berlin')).toBe('2026-12-01T22:59:59.999Z');
  });

  it('tells a timed due date from a plain day', () => {
    expect(isAllDayIn('2026-12-05T09:00:00.000Z', 'UTC')).toBe(false);
  });

  it('anchors only real plain dates', () => {
    expect(anchorDueAt('2026-02-30', 'UTC')).toBe('2026-02-30');
    expect(anchorDueAt('2026-12-05T09:00:00Z', 'UTC')).toBe('2026-12-05T09:00:00Z');
    expect(anchorDueAt(null, 'UTC')).toBeNull();
  });

  it('accepts IANA names in any case and refuses the rest', () => {
    expect(timeZoneSchema.parse('europe/berlin')).toBe('Europe/Berlin');
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(timeZoneSchema.safeParse('').success).toBe(false);
  });
});
