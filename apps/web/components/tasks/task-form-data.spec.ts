/** @jest-environment node */
import { createTaskSchema } from '@todo/domain';
import { taskFormValues, taskInputFromForm } from './task-form-data';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

describe('taskInputFromForm', () => {
  it('reads every field into a valid create request', () => {
    const input = taskInputFromForm(
      form({ title: ' Pay rent ', description: 'by transfer', priority: 'high', tags: 'home, money,,home', due_at: '2026-03-01T09:00:00.000Z', recurrence: 'month' }),
    );
    expect(createTaskSchema.parse(input)).toEqual({
      title: 'Pay rent',
      description: 'by transfer',
      priority: 'high',
      tags: ['home', 'money'],
      due_at: '2026-03-01T09:00:00.000Z',
      recurrence: { every: 'month', interval: 1 },
    });
  });

  it('leaves optional fields empty', () => {
    expect(taskInputFromForm(form({ title: 'x' }))).toEqual({ title: 'x', description: '', priority: 'medium', tags: [], due_at: null, recurrence: null });
  });

  it('takes a local date-time as UTC when no script converted it', () => {
    expect(taskInputFromForm(form({ title: 'x', due_local: '2026-03-01T09:30' })).due_at).toBe('2026-03-01T09:30:00Z');
  });

  it('keeps the typed text for refilling the form', () => {
    expect(taskFormValues(form({ title: 'x', tags: 'a, b', other: 'ignored' }))).toEqual({ title: 'x', tags: 'a, b' });
  });
});
