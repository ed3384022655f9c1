import { createTaskSchema, listTasksQuerySchema, taskIdSchema, updateTaskSchema } from './task';

describe('createTaskSchema', () => {
  it('fills defaults, trims the title and de-duplicates tags', () => {
    expect(createTaskSchema.parse({ title: '  Buy milk ', tags: ['a', 'a', ' b '] })).toEqual({
      title: 'Buy milk',
      description: '',
      priority: 'medium',
      tags: ['a', 'b'],
      due_at: null,
      recurrence: null,
    });
  });

  it.each([
    ['2030-01-02', '2030-01-02T23:59:59.999Z'],
    ['2030-01-02T10:00:00Z', '2030-01-02T10:00:00.000Z'],
    ['2030-01-02T10:00:00+02:00', '2030-01-02T08:00:00.000Z'],
  ])('normalizes the due date %s to UTC', (due_at, expected) => {
    expect(createTaskSchema.parse({ title: 't', due_at }).due_at).toBe(expected);
  });

  it.each([
    [{}, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ title: 't', due_at: '2030-01-02T10:00:00' }, 'due_at'],
    [{ title: 't', recurrence: { every: 'week', interval: 0 } }, 'recurrence.interval'],
    [{ title: 't', owner: 'x' }, ''],
  ])('rejects %j at %s', (input, path) => {
    const result = createTaskSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('updateTaskSchema', () => {
  it('accepts any subset, and nothing', () => {
    expect(updateTaskSchema.parse({})).toEqual({});
    expect(updateTaskSchema.parse({ completed: true, due_at: null })).toEqual({ completed: true, due_at: null });
  });
});

describe('listTasksQuerySchema', () => {
  it('coerces query strings and applies defaults', () => {
    expect(listTasksQuerySchema.parse({ limit: '10', offset: '20' })).toMatchObject({
      status: 'all',
      sort: 'created_at',
      order: 'asc',
      limit: 10,
      offset: 20,
    });
  });
});

describe('taskIdSchema', () => {
  it.each(['0', '-3', 'abc', '1.5', '2147483648'])('rejects %s', (raw) => {
    expect(taskIdSchema.safeParse(raw).success).toBe(false);
  });
  it('accepts a positive integer string', () => {
    expect(taskIdSchema.parse('42')).toBe(42);
  });
});
