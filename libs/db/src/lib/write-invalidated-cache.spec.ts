import { createWriteInvalidatedCache } from './write-invalidated-cache';

describe('createWriteInvalidatedCache', () => {
  let signal: () => void;
  const onWrite = (listener: () => void) => void (signal = listener);

  it('keeps answers until a write, and none read across one', () => {
    const cache = createWriteInvalidatedCache<number>(onWrite, 10);
    cache.beforeRead().keep('a', 1);
    expect(cache.get('a')).toBe(1);
    const read = cache.beforeRead();
    signal();
    read.keep('b', 2);
    expect(read.unchanged()).toBe(false);
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
  });

  it('forgets an answer when its time is up', () => {
    const cache = createWriteInvalidatedCache<string>(onWrite, 10);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      cache.beforeRead().keep('token', 'user', 1_000);
      cache.beforeRead().keep('expired', 'user', 0);
      expect([cache.get('token'), cache.get('expired')]).toEqual(['user', undefined]);
      clock.mockReturnValue(now + 1_000);
      expect(cache.get('token')).toBeUndefined();
    } finally {
      clock.mockRestore();
    }
  });

  it('holds at most `max` answers, dropping the least recently used', () => {
    const cache = createWriteInvalidatedCache<number>(onWrite, 2);
    cache.beforeRead().keep('a', 1);
    cache.beforeRead().keep('b', 2);
    cache.get('a');
    cache.beforeRead().keep('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
  });
});
