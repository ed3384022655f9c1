'use client';

import type { Task, UpdateTaskRequest } from '@todo/domain';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { priorities, TITLE_MAX } from '@todo/domain/values';
import { toLocalInputValue } from './due-status';
import { OptionList } from '../form/option-list';
import { priorityLabels } from './option-labels';

interface TaskInlineEditorProps {
  task: Task;
  onSave: (patch: UpdateTaskRequest) => void;
  onCancel: () => void;
}

/** Title, due date and priority edited in place; Enter saves, Escape cancels. Only what changed is sent. */
export function TaskInlineEditor({ task, onSave, onCancel }: TaskInlineEditorProps) {
  const [title, setTitle] = useState(task.title);
  const [due, setDue] = useState(toLocalInputValue(task.due_at));
  const [priority, setPriority] = useState(task.priority);
  const [error, setError] = useState<string | null>(null);
  const id = (name: string) => `inline-${task.id}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('The title must not be empty');
    const patch: UpdateTaskRequest = {};
    if (title.trim() !== task.title) patch.title = title.trim();
    if (priority !== task.priority) patch.priority = priority;
    // An untouched input keeps the stored instant: a plain day would otherwise become a 23:59 task.
    if (due !== toLocalInputValue(task.due_at)) patch.due_at = due ? new Date(due).toISOString() : null;
    if (Object.keys(patch).length === 0) return onCancel();
    onSave(patch);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="inline-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-label={`Edit ${task.title}`}>
      <div className="field field--grow">
        <label htmlFor={id('title')}>Title</label>
        <input
          id={id('title')}
          value={title}
          maxLength={TITLE_MAX}
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? id('error') : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={id('due')}>Due</label>
        <input id={id('due')} type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('priority')}>Priority</label>
        <select id={id('priority')} value={priority} onChange={(event) => setPriority(event.target.value as Task['priority'])}>
          <OptionList values={priorities} labels={priorityLabels} />
        </select>
      </div>
      <div className="inline-editor__actions">
        <button type="submit" className="button button--primary button--small">
          Save
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={id('error')} role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
