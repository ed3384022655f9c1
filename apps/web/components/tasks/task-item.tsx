'use client';

import type { Task, UpdateTaskRequest } from '@todo/domain';
import { useCallback, useRef, useState } from 'react';
import type { FormAction } from './task-action-types';
import { DueLabel } from './due-label';
import { recurrenceLabel } from './recurrence-label';
import { TaskForm } from './task-form';
import { TaskInlineEditor } from './task-inline-editor';

interface TaskItemProps {
  task: Task;
  editing: boolean;
  /** The full form for the fields inline editing leaves out (description, tags, repeat). */
  saveDetails: FormAction;
  onToggle: (task: Task) => void;
  onDelete: (task: Task) => void;
  onEdit: (task: Task, patch: UpdateTaskRequest) => void;
  onStartEditing: (task: Task) => void;
  onStopEditing: (task: Task) => void;
}

export function TaskItem({ task, editing, saveDetails, onToggle, onDelete, onEdit, onStartEditing, onStopEditing }: TaskItemProps) {
  const [details, setDetails] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const item = useRef<HTMLLIElement>(null);

  const openDetails = () => {
    setDetails(true);
    dialog.current?.showModal();
  };
  const closeDetails = useCallback(() => dialog.current?.close(), []);
  const stopEditing = () => {
    onStopEditing(task);
    item.current?.focus();
  };

  const headingId = `task-${task.id}-edit-heading`;
  return (
    <li ref={item} className={`task${task.completed ? ' task--done' : ''}`} data-task-id={task.id} tabIndex={-1}>
      <input type="checkbox" className="task__check" checked={task.completed} onChange={() => onToggle(task)} aria-label={`Done: ${task.title}`} />
      {editing ? (
        <TaskInlineEditor
          task={task}
          onCancel={stopEditing}
          onSave={(patch) => {
            onEdit(task, patch);
            stopEditing();
          }}
        />
      ) : (
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
            <DueLabel dueAt={task.due_at} completed={task.completed} />
            {task.recurrence && <span className="repeat">{recurrenceLabel(task.recurrence)}</span>}
          </p>
        </div>
      )}
      {!editing && (
        <div className="task__actions">
          <button type="button" className="button button--small" onClick={() => onStartEditing(task)} aria-label={`Edit ${task.title}`}>
            Edit
          </button>
          <button type="button" className="button button--small" onClick={openDetails} aria-label={`All fields of ${task.title}`}>
            More
          </button>
          <button type="button" className="button button--small button--danger" onClick={() => onDelete(task)} aria-label={`Delete ${task.title}`}>
            Delete
          </button>
        </div>
      )}
      <dialog ref={dialog} className="dialog" aria-labelledby={headingId} onClose={() => setDetails(false)}>
        <h2 id={headingId}>Edit task</h2>
        {details && (
          <TaskForm action={saveDetails} idPrefix={`edit-${task.id}-`} submitLabel="Save changes" task={task} onSaved={closeDetails} onCancel={closeDetails} />
        )}
      </dialog>
    </li>
  );
}
