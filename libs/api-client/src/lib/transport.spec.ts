import { toQueryString } from './transport';

describe('toQueryString', () => {
  it('skips empty values and encodes the rest', () => {
    expect(toQueryString({ q: 'a&b c', tag: '', priority: undefined, due_before: null, limit: 5, done: false })).toBe('?q=a%26b+c&limit=5&done=false');
  });

  it('is empty when nothing is set', () => {
    expect(toQueryString({})).toBe('');
    expect(toQueryString()).toBe('');
  });
});
