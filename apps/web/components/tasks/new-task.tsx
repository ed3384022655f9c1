import type { FormAction } from './task-action-types';
import { TaskForm } from './task-form';

export function NewTask({ action }: { action: FormAction }) {
  return (
    <details className="new-task" open>
      <summary>Add a task</summary>
      <TaskForm action={action} idPrefix="new-" submitLabel="Add task" />
    </details>
  );
}
