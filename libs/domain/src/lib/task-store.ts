import type { CreateTaskInput, ListTasksQuery, Task, UpdateTaskInput } from './task';

export interface TaskPage {
  tasks: Task[];
  total: number;
}

/** A page already serialised: `json` is the contract's JSON array of tasks. */
export interface TaskPageJson {
  json: string;
  total: number;
}

/**
 * The one way tasks are read and written, shared by the REST routes, the chat agent and
 * the MCP server. Every method is scoped to one user: a task of another user is reported
 * as missing (`null`), never returned or changed.
 */
export interface TaskStore {
  list(userId: string, query: ListTasksQuery): Promise<TaskPage>;
  /** The same page, already serialised as the contract's JSON array: for the REST list, the hottest read. */
  listJson(userId: string, query: ListTasksQuery): Promise<TaskPageJson>;
  get(userId: string, taskId: number): Promise<Task | null>;
  create(userId: string, input: CreateTaskInput): Promise<Task>;
  /** `timeZone` is the user's: a `completed: true` in the patch may schedule a next occurrence, counted in it. */
  update(userId: string, taskId: number, patch: UpdateTaskInput, options: { timeZone: string }): Promise<Task | null>;
  remove(userId: string, taskId: number): Promise<Task | null>;
  /**
   * Sets `completed` (toggles it when omitted); completing a recurring task creates its next occurrence,
   * counted on the calendar of the user's `timeZone` (a plain day stays a plain day, 9am stays 9am).
   */
  setCompleted(userId: string, taskId: number, options: { completed?: boolean; timeZone: string }): Promise<Task | null>;
}
