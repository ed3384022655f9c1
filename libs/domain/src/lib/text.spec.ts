import { multiLine, singleLine } from './text';

describe('text schemas', () => {
  it.each(['a\u0000b', 'bell\u0007', 'line\nbreak', 'tab\there', 'del\u007f', 'c1\u0085'])('a single line refuses %j', (value) => {
    expect(singleLine('title').safeParse(value).error?.issues[0].message).toBe('title must not contain control characters');
  });

  it.each(['Buy milk', 'Café ☕', 'emoji 🎉', 'right-to-left עברית'])('a single line accepts %j', (value) => {
    expect(singleLine('title').parse(value)).toBe(value);
  });

  it('multi-line text keeps tabs and line breaks but refuses NUL and other controls', () => {
    expect(multiLine('description').parse('one\n\ttwo\r\n')).toBe('one\n\ttwo\r\n');
    expect(multiLine('description').safeParse('one\u0000').success).toBe(false);
    expect(multiLine('description').safeParse('esc\u001b[31m').success).toBe(false);
  });
});
