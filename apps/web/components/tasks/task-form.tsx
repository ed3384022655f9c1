'use client';

import type { Task } from '@todo/domain';
import { useActionState, useEffect } from 'react';
import { DEFAULT_PRIORITY, DESCRIPTION_MAX, priorities, recurrenceUnits, TITLE_MAX } from '@todo/domain/values';
import { idleState } from '../../lib/action-state';
import { FieldError, fieldProps } from '../form/field-error';
import { toLocalInputValue } from './due-status';
import type { FormAction } from './task-action-types';
import { OptionList } from '../form/option-list';
import { priorityLabels, repeatLabels } from './option-labels';

interface TaskFormProps {
  action: FormAction;
  /** Prefix for element ids, so several forms can share a page. */
  idPrefix: string;
  submitLabel: string;
  task?: Task;
  onSaved?: () => void;
  onCancel?: () => void;
}


export function TaskForm({ action, idPrefix, submitLabel, task, onSaved, onCancel }: TaskFormProps) {
  const [state, dispatch, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {
    title: task?.title ?? '',
    description: task?.description ?? '',
    priority: task?.priority ?? DEFAULT_PRIORITY,
    tags: task?.tags.join(', ') ?? '',
    due_at: task?.due_at ?? '',
    recurrence: task?.recurrence?.every ?? '',
  };
  const id = (name: string) => `${idPrefix}${name}`;

  useEffect(() => {
    if (state.status === 'ok') onSaved?.();
  }, [state, onSaved]);

  // The api wants an instant; the input gives a wall-clock time in the viewer's zone. An untouched
  // input keeps the stored instant: a plain day (23:59:59.999) would otherwise become a 23:59 task.
  const submit = (form: FormData) => {
    const local = form.get('due_local');
    const untouched = Boolean(values.due_at) && local === toLocalInputValue(values.due_at);
    form.set('due_at', untouched ? values.due_at : typeof local === 'string' && local ? new Date(local).toISOString() : '');
    form.delete('due_local');
    dispatch(form);
  };

  return (
    <form action={submit} className="task-form" noValidate>
      <div className="field field--wide">
        <label htmlFor={id('title')}>Title</label>
        <input id={id('title')} name="title" required maxLength={TITLE_MAX} defaultValue={values.title} {...fieldProps('title', errors, undefined, idPrefix)} />
        <FieldError name="title" errors={errors} idPrefix={idPrefix} />
      </div>
      <div className="field field--wide">
        <label htmlFor={id('description')}>Description</label>
        <textarea id={id('description')} name="description" rows={2} maxLength={DESCRIPTION_MAX} defaultValue={values.description} {...fieldProps('description', errors, undefined, idPrefix)} />
        <FieldError name="description" errors={errors} idPrefix={idPrefix} />
      </div>
      <div className="field">
        <label htmlFor={id('priority')}>Priority</label>
        <select id={id('priority')} name="priority" defaultValue={values.priority}>
          <OptionList values={priorities} labels={priorityLabels} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('tags')}>Tags</label>
        <input id={id('tags')} name="tags" defaultValue={values.tags} {...fieldProps('tags', errors, id('tags-hint'), idPrefix)} />
        <p id={id('tags-hint')} className="hint">
          Separate with commas
        </p>
        <FieldError name="tags" errors={errors} idPrefix={idPrefix} />
      </div>
      <div className="field">
        <label htmlFor={id('due')}>Due date</label>
        <input id={id('due')} name="due_local" type="datetime-local" defaultValue={toLocalInputValue(values.due_at)} {...fieldProps('due_at', errors, undefined, idPrefix)} />
        <FieldError name="due_at" errors={errors} idPrefix={idPrefix} />
      </div>
      <div className="field">
        <label htmlFor={id('recurrence')}>Repeat</label>
        <select id={id('recurrence')} name="recurrence" defaultValue={values.recurrence}>
          <option value="">Does not repeat</option>
          <OptionList values={recurrenceUnits} labels={repeatLabels} />
        </select>
      </div>
      {state.status === 'error' && state.message && (
        <p role="alert" className="form-error field--wide">
          {state.message}
        </p>
      )}
      <div className="task-form__actions field--wide">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
