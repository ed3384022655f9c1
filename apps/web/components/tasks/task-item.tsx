'use client';

import type { Task } from '@todo/domain';
import { useCallback, useOptimistic, useRef, useState, useTransition } from 'react';
import { DueLabel } from './due-label';
import type { TaskActions } from './task-action-types';
import { TaskForm } from './task-form';

interface TaskItemProps {
  task: Task;
  actions: TaskActions;
  onDelete: (task: Task) => void;
  onError: (message: string) => void;
}

export function TaskItem({ task, actions, onDelete, onError }: TaskItemProps) {
  const [completed, setOptimisticCompleted] = useOptimistic(task.completed);
  const [, startTransition] = useTransition();
  const [editing, setEditing] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  const toggle = () =>
    startTransition(async () => {
      setOptimisticCompleted(!completed);
      const result = await actions.setCompleted(task.id, !completed);
      if (result.status === 'error') onError(result.message ?? 'Could not update the task');
    });

  const openEditor = () => {
    setEditing(true);
    dialog.current?.showModal();
  };
  const closeEditor = useCallback(() => dialog.current?.close(), []);

  const headingId = `task-${task.id}-edit-heading`;
  return (
    <li className={`task${completed ? ' task--done' : ''}`}>
      <input type="checkbox" className="task__check" checked={completed} onChange={toggle} aria-label={`Done: ${task.title}`} />
      <div className="task__body">
        <p className="task__title">{task.title}</p>
        {task.description && <p className="task__description">{task.description}</p>}
        <p className="task__meta">
          <span className={`badge badge--${task.priority}`}>{task.priority} priority</span>
          {task.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
          <DueLabel dueAt={task.due_at} completed={completed} />
          {task.recurrence && (
            <span className="repeat">
              Repeats every {task.recurrence.interval > 1 ? `${task.recurrence.interval} ` : ''}
              {task.recurrence.every}
              {task.recurrence.interval > 1 ? 's' : ''}
            </span>
          )}
        </p>
      </div>
      <div className="task__actions">
        <button type="button" className="button button--small" onClick={openEditor} aria-label={`Edit ${task.title}`}>
          Edit
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => onDelete(task)} aria-label={`Delete ${task.title}`}>
          Delete
        </button>
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby={headingId} onClose={() => setEditing(false)}>
        <h2 id={headingId}>Edit task</h2>
        {editing && (
          <TaskForm
            action={actions.update.bind(null, task.id)}
            idPrefix={`edit-${task.id}-`}
            submitLabel="Save changes"
            task={task}
            onSaved={closeEditor}
            onCancel={closeEditor}
          />
        )}
      </dialog>
    </li>
  );
}
