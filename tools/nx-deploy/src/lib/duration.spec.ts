import { durationSeconds } from './duration';

describe('durationSeconds', () => {
  it.each([
    ['90s', 90],
    ['5m', 300],
    ['5m0s', 300],
    ['1h30m', 5400],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });

  it.each(['', '5', 'five minutes', '5m junk'])('refuses %j', (text) => {
    expect(() => durationSeconds(text)).toThrow(/is not a duration/);
  });
});
