import {
  createTaskSchema,
  DEFAULT_TIME_ZONE,
  withDueAtIn,
  withDueWindowIn,
  LIST_LIMIT_MAX,
  listTasksQuerySchema,
  updateTaskSchema,
  type Priority,
  type Task,
  type TaskStore,
  type ToolCallRecord,
} from '@todo/domain';
import { z } from 'zod';
import {
  addTaskInputSchema,
  completeTaskInputSchema,
  deleteTaskInputSchema,
  listTasksInputSchema,
  updateTaskInputSchema,
} from './task-tool-schemas';
import { ToolError, type ToolErrorCode } from './tool-error';

export interface TaskActionResult {
  task_id: number;
  status: 'created' | 'completed' | 'reopened' | 'deleted' | 'updated';
  title: string;
  /** What the call replaced, so a conversation can undo it: the changed fields, or the whole deleted task. */
  previous?: Partial<TaskSnapshot>;
}

/** The fields of a task a person sets; enough to put it back. */
export type TaskSnapshot = Pick<Task, 'title' | 'description' | 'priority' | 'tags' | 'due_at' | 'recurrence' | 'completed'>;

const snapshot = (task: Task): TaskSnapshot => ({
  title: task.title,
  description: task.description,
  priority: task.priority,
  tags: task.tags,
  due_at: task.due_at,
  recurrence: task.recurrence,
  completed: task.completed,
});

export interface TaskSummary {
  id: number;
  title: string;
  completed: boolean;
  priority: Priority;
  tags: string[];
  due_at: string | null;
  recurrence: Task['recurrence'];
}

export interface TaskToolResults {
  add_task: TaskActionResult;
  list_tasks: TaskSummary[];
  complete_task: TaskActionResult;
  delete_task: TaskActionResult;
  update_task: TaskActionResult;
}

export type TaskToolName = keyof TaskToolResults;

export interface TaskToolDefinition {
  name: TaskToolName;
  description: string;
  inputSchema: z.ZodType<Record<string, unknown>>;
  /** The input schema as JSON Schema, for MCP clients and model providers. */
  inputJsonSchema: Record<string, unknown>;
}

export type ToolFailure = { ok: false; code: ToolErrorCode; error: string; task_id?: number };
export type ToolOutcome<R = unknown> = { ok: true; result: R } | ToolFailure;

const define = (
  name: TaskToolName,
  description: string,
  inputSchema: z.ZodType<Record<string, unknown>>,
): TaskToolDefinition => ({
  name,
  description,
  inputSchema,
  inputJsonSchema: z.toJSONSchema(inputSchema, { io: 'input' }) as Record<string, unknown>,
});

export const taskToolDefinitions: readonly TaskToolDefinition[] = [
  define('add_task', 'Create a new task for the user.', addTaskInputSchema),
  define(
    'list_tasks',
    "List the user's tasks, optionally filtered by status, search words, priority, tag or due date.",
    listTasksInputSchema,
  ),
  define('complete_task', 'Mark a task as completed, or reopen it with completed: false.', completeTaskInputSchema),
  define('delete_task', 'Delete a task.', deleteTaskInputSchema),
  define('update_task', "Change a task's title, description, priority, tags, due date or repeat.", updateTaskInputSchema),
];

export const isTaskToolName = (name: string): name is TaskToolName =>
  taskToolDefinitions.some((tool) => tool.name === name);

const summarize = (task: Task): TaskSummary => ({
  id: task.id,
  title: task.title,
  completed: task.completed,
  priority: task.priority,
  tags: task.tags,
  due_at: task.due_at,
  recurrence: task.recurrence,
});

const action = (task: Task, status: TaskActionResult['status'], previous?: Partial<TaskSnapshot>): TaskActionResult => ({
  task_id: task.id,
  status,
  title: task.title,
  ...(previous && { previous }),
});

const describeIssues = (error: z.ZodError) =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');

/** The five task tools, bound to one authenticated user; shared by the chat engines and the MCP server. */
export interface TaskTools {
  readonly userId: string;
  readonly definitions: readonly TaskToolDefinition[];
  /** Runs a tool. Mistakes in the call become `{ ok: false }`; only our own faults throw. */
  run<N extends TaskToolName>(name: N, args: Record<string, unknown>): Promise<ToolOutcome<TaskToolResults[N]>>;
  run(name: string, args: Record<string, unknown>): Promise<ToolOutcome>;
  /** Not a tool: the engine's read of the user's tasks, most recently changed first, to resolve "the dentist one". */
  lookup(): Promise<TaskSummary[]>;
}

/** `timeZone` anchors plain-day due dates ("2026-12-05") to that day for this user. */
export function createTaskTools(tasks: TaskStore, userId: string, timeZone: string = DEFAULT_TIME_ZONE): TaskTools {
  const parse = <S extends z.ZodType>(schema: S, args: unknown): z.output<S> => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) throw new ToolError('invalid_arguments', `invalid arguments: ${describeIssues(parsed.error)}`);
    const input = parsed.data as { user_id?: string };
    if (input.user_id !== undefined && input.user_id !== userId) {
      throw new ToolError('forbidden', 'user_id does not match the authenticated user; tools act only for the signed-in user');
    }
    return parsed.data;
  };
  const found = (task: Task | null, taskId: number): Task => {
    if (!task) throw new ToolError('not_found', `task ${taskId} was not found`, taskId);
    return task;
  };

  const handlers: { [N in TaskToolName]: (args: unknown) => Promise<TaskToolResults[N]> } = {
    add_task: async (args) => {
      const { user_id: _, ...input } = parse(addTaskInputSchema, withDueAtIn(args, timeZone));
      return action(await tasks.create(userId, createTaskSchema.parse(input)), 'created');
    },
    list_tasks: async (args) => {
      const { user_id: _, ...filters } = parse(listTasksInputSchema, withDueWindowIn(args, timeZone));
      const page = await tasks.list(userId, listTasksQuerySchema.parse(filters));
      return page.tasks.map(summarize);
    },
    complete_task: async (args) => {
      const { task_id, completed = true } = parse(completeTaskInputSchema, args);
      const before = found(await tasks.get(userId, task_id), task_id);
      const after = found(await tasks.setCompleted(userId, task_id, { completed, timeZone }), task_id);
      return action(after, completed ? 'completed' : 'reopened', { completed: before.completed });
    },
    delete_task: async (args) => {
      const { task_id } = parse(deleteTaskInputSchema, args);
      const removed = found(await tasks.remove(userId, task_id), task_id);
      return action(removed, 'deleted', snapshot(removed));
    },
    update_task: async (args) => {
      const { user_id: _, task_id, ...patch } = parse(updateTaskInputSchema, withDueAtIn(args, timeZone));
      if (Object.values(patch).every((value) => value === undefined)) {
        throw new ToolError('nothing_to_update', 'nothing to update: give at least one of title, description, priority, tags, due_at, recurrence');
      }
      const before = snapshot(found(await tasks.get(userId, task_id), task_id));
      const changed = updateTaskSchema.parse(patch);
      const previous = Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof TaskSnapshot]]));
      return action(found(await tasks.update(userId, task_id, changed, { timeZone }), task_id), 'updated', previous);
    },
  };

  return {
    userId,
    definitions: taskToolDefinitions,
    async lookup() {
      const query = listTasksQuerySchema.parse({ sort: 'updated_at', order: 'desc', limit: LIST_LIMIT_MAX });
      return (await tasks.list(userId, query)).tasks.map(summarize);
    },
    async run(name: string, args: Record<string, unknown>): Promise<ToolOutcome> {
      if (!isTaskToolName(name)) return { ok: false, code: 'unknown_tool', error: `unknown tool "${name}"` };
      try {
        return { ok: true, result: await handlers[name](args) };
      } catch (error) {
        if (error instanceof ToolError) return { ok: false, code: error.code, error: error.message, ...(error.taskId === undefined ? {} : { task_id: error.taskId }) };
        throw error;
      }
    },
  };
}

/** The shape a call takes in a chat response's `tool_calls`. */
export const toolCallRecord = (name: string, args: Record<string, unknown>, outcome: ToolOutcome): ToolCallRecord => ({
  name,
  arguments: args,
  result: outcome.ok ? outcome.result : { error: outcome.error },
});
