import type { FormAction } from './task-action-types';
import { TaskForm } from './task-form';

/** Every field of a new task, for when a description or an exact time is easier typed than said. */
export function NewTask({ action }: { action: FormAction }) {
  return (
    <details className="new-task">
      <summary>Add with all fields</summary>
      <TaskForm action={action} idPrefix="new-" submitLabel="Add task" />
    </details>
  );
}
