import { act, fireEvent, render, screen } from '@testing-library/react';
import { endOfDayIn, type Task } from '@todo/domain';
import type { TaskActions } from './task-action-types';
import type { ActionState } from '../../lib/action-state';
import { TaskForm } from './task-form';
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
    edit: async (id, patch) => (log.push(`edit ${id} ${JSON.stringify(patch)}`), { status: 'ok' }),
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

  it('shows a plain-day due date as a date alone, in the viewer’s zone', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    render(<TaskList tasks={[task(1, 'Dentist', { due_at: endOfDayIn('2030-12-05', zone) })]} total={1} filtered={false} actions={actions([])} />);
    const label = screen.getByText((_, element) => element?.tagName === 'TIME');
    expect(label.getAttribute('title')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2030-12-05T12:00:00Z')));
    expect(label.textContent).toMatch(/^Due [A-Z][a-z]{2} 5, 2030$/);
  });

  it('offers to undo a completion, putting back the state and due date it had', async () => {
    const log: string[] = [];
    render(<TaskList tasks={[task(1, 'Pay rent', { due_at: '2030-01-01T09:00:00.000Z' })]} total={1} filtered={false} actions={actions(log)} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Pay rent' }));
    });
    expect(screen.getByRole('status').textContent).toContain('Completed “Pay rent”');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(log).toEqual(['complete 1 true', 'edit 1 {"completed":false,"due_at":"2030-01-01T09:00:00.000Z"}']);
  });

  it('rolls a refused change back and says why', async () => {
    const refusing = { ...actions([]), remove: async (): Promise<ActionState> => ({ status: 'error', message: 'Task 1 not found' }) };
    render(<TaskList tasks={[task(1, 'Pay rent')]} total={1} filtered={false} actions={refusing} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete Pay rent' }));
    });
    expect(screen.getByText('Pay rent')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Could not delete “Pay rent”: Task 1 not found. Your change was undone.');
  });

  it('edits the title and priority in place, sending only what changed', async () => {
    const log: string[] = [];
    render(<TaskList tasks={[task(1, 'Pay rent')]} total={1} filtered={false} actions={actions(log)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Pay rent' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Pay the rent' } });
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'high' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(log).toEqual(['edit 1 {"title":"Pay the rent","priority":"high"}']);
    expect(screen.getByRole('status').textContent).toContain('Saved “Pay the rent”');
  });

  it('moves with j and k and completes the focused task with x', async () => {
    const log: string[] = [];
    render(<TaskList tasks={[task(1, 'Pay rent'), task(2, 'Walk dog')]} total={2} filtered={false} actions={actions(log)} />);
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'j' });
    expect(document.activeElement?.textContent).toContain('Walk dog');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'k' });
    expect(document.activeElement?.textContent).toContain('Pay rent');
    await act(async () => {
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'x' });
    });
    expect(log).toEqual(['complete 1 true']);
  });
});

describe('TaskForm', () => {
  it('keeps a plain-day due date a plain day when saved with its date untouched', async () => {
    const dueAt = endOfDayIn('2030-12-05', Intl.DateTimeFormat().resolvedOptions().timeZone);
    const saved: FormData[] = [];
    const save = async (_state: ActionState, form: FormData): Promise<ActionState> => (saved.push(form), { status: 'ok' });
    render(<TaskForm action={save} idPrefix="edit-" submitLabel="Save changes" task={task(1, 'Dentist', { due_at: dueAt })} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2030-12-06T09:30' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    });
    expect(saved.map((form) => form.get('due_at'))).toEqual([dueAt, new Date('2030-12-06T09:30').toISOString()]);
  });
});
