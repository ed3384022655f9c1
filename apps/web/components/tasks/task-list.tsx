'use client';

import type { Task, UpdateTaskRequest } from '@todo/domain';
import Link from 'next/link';
import { useEffect, useOptimistic, useRef, useState, useTransition } from 'react';
import type { ActionState } from '../../lib/action-state';
import { browserTimeZone } from '../../lib/browser-time-zone';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { QUICK_ADD_ID } from './quick-add';
import { SEARCH_INPUT_ID } from './task-filters';
import type { TaskActions } from './task-action-types';
import { TaskItem } from './task-item';
import { groupByDay } from './group-by-day';
import type { TaskView } from './task-views';
import { useTaskShortcuts } from './use-task-shortcuts';

interface TaskListProps {
  tasks: Task[];
  total: number;
  /** Whether filters are narrowing the list, which changes what "empty" means. */
  filtered: boolean;
  actions: TaskActions;
  view?: TaskView;
  /** The user's zone, which Upcoming groups days in (the server renders it too, so not the browser's). */
  timeZone?: string;
}

interface Notice {
  text: string;
  error?: boolean;
  undo?: () => Promise<ActionState>;
}

type Change = { id: number; patch: Partial<Task> } | { id: number; removed: true };

const NOTICE_MS = 6000;

const emptyTexts: Record<TaskView, string> = {
  all: 'No tasks yet.',
  today: 'Nothing due today.',
  upcoming: 'Nothing due in the next 7 days.',
  overdue: 'Nothing overdue. Well done!',
  completed: 'No completed tasks yet.',
};

const applyChange = (tasks: Task[], change: Change) =>
  'removed' in change ? tasks.filter((task) => task.id !== change.id) : tasks.map((task) => (task.id === change.id ? { ...task, ...change.patch } : task));

/** Changes show at once; when the server refuses one, the list goes back to what the server holds and says why. */
export function TaskList({ tasks, total, filtered, actions, view = 'all', timeZone = 'UTC' }: TaskListProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  // Deleted ids stay hidden until the refreshed list from the server no longer holds them.
  const [deleted, setDeleted] = useState<ReadonlySet<number>>(new Set());
  const [optimistic, applyOptimistic] = useOptimistic(tasks, applyChange);
  const shown = optimistic.filter((task) => !deleted.has(task.id));
  const [, startTransition] = useTransition();
  const root = useRef<HTMLDivElement>(null);
  const shortcutsDialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const run = (change: Change, call: () => Promise<ActionState>, done: Notice, failure: string) =>
    startTransition(async () => {
      applyOptimistic(change);
      const result = await call();
      if (result.status === 'error') return setNotice({ text: `${failure}: ${result.message ?? 'the server refused'}. Your change was undone.`, error: true });
      if ('removed' in change) setDeleted((ids) => new Set(ids).add(change.id));
      setNotice(done);
    });

  const undoWith = (call: () => Promise<ActionState>, text: string) => async () => {
    const result = await call();
    setNotice(result.status === 'ok' ? { text } : { text: result.message ?? 'Could not undo', error: true });
    return result;
  };

  const toggle = (task: Task) => {
    const completed = !task.completed;
    const previous = { completed: task.completed, due_at: task.due_at };
    run(
      { id: task.id, patch: { completed } },
      () => actions.setCompleted(task.id, completed),
      {
        text: `${completed ? 'Completed' : 'Reopened'} “${task.title}”`,
        // A repeating task moves to its next date when completed: the undo puts the date back too.
        undo: undoWith(() => actions.edit(task.id, previous, browserTimeZone()), `Put back “${task.title}”`),
      },
      `Could not ${completed ? 'complete' : 'reopen'} “${task.title}”`,
    );
  };

  const edit = (task: Task, patch: UpdateTaskRequest) => {
    const previous = Object.fromEntries(Object.keys(patch).map((key) => [key, task[key as keyof Task]])) as UpdateTaskRequest;
    run(
      { id: task.id, patch: patch as Partial<Task> },
      () => actions.edit(task.id, patch, browserTimeZone()),
      { text: `Saved “${patch.title ?? task.title}”`, undo: undoWith(() => actions.edit(task.id, previous, browserTimeZone()), `Put back “${task.title}”`) },
      `Could not save “${task.title}”`,
    );
  };

  const remove = (task: Task) =>
    run(
      { id: task.id, removed: true },
      () => actions.remove(task.id),
      { text: `Deleted “${task.title}”`, undo: undoWith(() => actions.restore(task), `Restored “${task.title}”`) },
      `Could not delete “${task.title}”`,
    );

  const byId = (id: number) => shown.find((task) => task.id === id);
  useTaskShortcuts(root, {
    focusQuickAdd: () => document.getElementById(QUICK_ADD_ID)?.focus(),
    focusSearch: () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
    showShortcuts: () => shortcutsDialog.current?.showModal(),
    toggle: (id) => {
      const task = byId(id);
      if (task) toggle(task);
    },
    edit: (id) => setEditingId(id),
    remove: (id) => {
      const task = byId(id);
      if (task) remove(task);
    },
  });

  const item = (task: Task) => (
    <TaskItem
      key={task.id}
      task={task}
      editing={editingId === task.id}
      saveDetails={actions.update.bind(null, task.id)}
      onToggle={toggle}
      onDelete={remove}
      onEdit={edit}
      onStartEditing={(t) => setEditingId(t.id)}
      onStopEditing={() => setEditingId(null)}
    />
  );

  return (
    <div ref={root} className="task-list-area">
      {shown.length === 0 ? (
        <div className="empty">
          {filtered ? (
            <>
              <p>No tasks match these filters.</p>
              <Link href={view === 'all' ? '/' : `/?view=${view}`}>Clear filters</Link>
            </>
          ) : (
            <>
              <p>{emptyTexts[view]}</p>
              {view === 'all' && <p>Add one above, or ask the assistant: “add buy milk tomorrow”.</p>}
            </>
          )}
        </div>
      ) : view === 'upcoming' ? (
        groupByDay(shown, new Date(), timeZone).map((group) => (
          <section key={group.date} className="day-group" aria-labelledby={`day-${group.date}`}>
            <h2 id={`day-${group.date}`}>{group.label}</h2>
            <ul className="task-list" aria-label={`Tasks due ${group.label}`}>
              {group.tasks.map(item)}
            </ul>
          </section>
        ))
      ) : (
        <ul className="task-list" aria-label="Tasks">
          {shown.map(item)}
        </ul>
      )}
      <p className="task-count">
        <span>{total === tasks.length ? `${total} task${total === 1 ? '' : 's'}` : `Showing ${tasks.length} of ${total} tasks`}</span>
        {' · '}
        <button type="button" className="link-button" onClick={() => shortcutsDialog.current?.showModal()}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </p>
      <KeyboardShortcuts ref={shortcutsDialog} />
      <div className={`toast${notice?.error ? ' toast--error' : ''}`} role="status" aria-live="polite">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" className="button button--small" onClick={() => void notice.undo?.()}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
