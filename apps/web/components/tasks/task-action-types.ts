import type { Task, UpdateTaskRequest } from '@todo/domain';
import type { ActionState } from '../../lib/action-state';

export type FormAction = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The server actions the task list calls, passed in so the list does not import server code. */
export interface TaskActions {
  update: (taskId: number, state: ActionState, form: FormData) => Promise<ActionState>;
  edit: (taskId: number, patch: UpdateTaskRequest, timeZone?: string) => Promise<ActionState>;
  setCompleted: (taskId: number, completed: boolean) => Promise<ActionState>;
  remove: (taskId: number) => Promise<ActionState>;
  restore: (task: Task) => Promise<ActionState>;
}
