import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Task } from '@todo/domain';
import type { TaskActions } from './task-action-types';
import { TaskList } from './task-list';

const task = (id: number, title: string, extra: Partial<Task> = {}): Task => ({
  id,
  user_id: 'u1',
  title,
  description: '',
  completed: false,
  priority: 'medium',
  tags: [],
  due_at: null,
  recurrence: null,
  completed_at: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  ...extra,
});

function actions(log: string[]): TaskActions {
  return {
    update: async () => ({ status: 'ok' }),
    setCompleted: async (id, completed) => (log.push(`complete ${id} ${completed}`), { status: 'ok' }),
    remove: async (id) => (log.push(`remove ${id}`), { status: 'ok' }),
    restore: async (restored) => (log.push(`restore ${restored.title}`), { status: 'ok' }),
  };
}

describe('TaskList', () => {
  it('designs both empty states', () => {
    const { rerender } = render(<TaskList tasks={[]} total={0} filtered={false} actions={actions([])} />);
    expect(screen.getByText('No tasks yet.')).toBeTruthy();
    rerender(<TaskList tasks={[]} total={0} filtered actions={actions([])} />);
    expect(screen.getByRole('link', { name: 'Clear filters' })).toBeTruthy();
  });

  it('shows priority, tags and repeat, with named controls', () => {
    render(<TaskList tasks={[task(1, 'Pay rent', { priority: 'high', tags: ['home'], recurrence: { every: 'month', interval: 1 } })]} total={1} filtered={false} actions={actions([])} />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('high priority');
    expect(item.textContent).toContain('#home');
    expect(item.textContent).toContain('Repeats every month');
    expect(screen.getByRole('checkbox', { name: 'Done: Pay rent' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit Pay rent' })).toBeTruthy();
    expect(screen.getByText('1 task')).toBeTruthy();
  });

  it('completes with one click', async () => {
    const log: string[] = [];
    render(<TaskList tasks={[task(1, 'Pay rent')]} total={1} filtered={false} actions={actions(log)} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Pay rent' }));
    });
    expect(log).toEqual(['complete 1 true']);
  });

  it('deletes, then restores on undo', async () => {
    const log: string[] = [];
    render(<TaskList tasks={[task(1, 'Pay rent'), task(2, 'Walk dog')]} total={2} filtered={false} actions={actions(log)} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete Pay rent' }));
    });
    expect(screen.queryByText('Pay rent')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Deleted “Pay rent”');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(log).toEqual(['remove 1', 'restore Pay rent']);
    expect(screen.getByRole('status').textContent).toContain('Restored “Pay rent”');
  });
});
