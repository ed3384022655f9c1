import {
  descriptionSchema,
  dueAtSchema,
  listTasksQuerySchema,
  recurrenceSchema,
  prioritySchema,
  tagSchema,
  tagsSchema,
  TASK_ID_MAX,
  taskStatuses,
  titleSchema,
} from '@todo/domain';
import { z } from 'zod';

const userId = z
  .string()
  .optional()
  .describe('The acting user. Optional: tools always act for the authenticated user, and any other id is rejected.');
const taskId = z.number().int().min(1).max(TASK_ID_MAX).describe('The id of the task.');
const dueAt = dueAtSchema
  .nullable()
  .describe('When the task is due: an ISO 8601 date-time with offset, or a plain date (YYYY-MM-DD). null clears it.');

const recurrence = recurrenceSchema
  .nullable()
  .describe('Repeat the task: {"every": "day"|"week"|"month", "interval": n} ("every 2 weeks" is week/2). null stops repeating.');

export const addTaskInputSchema = z.strictObject({
  user_id: userId,
  title: titleSchema.describe('A short title, 1-200 characters.'),
  description: descriptionSchema.optional().describe('Free-text details.'),
  priority: prioritySchema.optional().describe('Defaults to medium.'),
  tags: tagsSchema.optional().describe('Labels such as "work" or "home".'),
  due_at: dueAt.optional(),
  recurrence: recurrence.optional(),
});

export const listTasksInputSchema = z.strictObject({
  user_id: userId,
  status: z.enum(taskStatuses).optional().describe('Which tasks to list; defaults to all.'),
  q: listTasksQuerySchema.shape.q.describe('Words to search for in titles and descriptions.'),
  priority: prioritySchema.optional(),
  tag: tagSchema.optional(),
  due_before: dueAtSchema.optional().describe('Only tasks due at or before this moment; a plain date means on or before that day.'),
  due_after: dueAtSchema.optional().describe('Only tasks due at or after this moment; a plain date means on or after that day.'),
});

export const completeTaskInputSchema = z.strictObject({
  user_id: userId,
  task_id: taskId,
  completed: z.boolean().optional().describe('false reopens a finished task; defaults to true.'),
});

export const deleteTaskInputSchema = z.strictObject({ user_id: userId, task_id: taskId });

export const updateTaskInputSchema = z.strictObject({
  user_id: userId,
  task_id: taskId,
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  priority: prioritySchema.optional(),
  tags: tagsSchema.optional().describe('The full new set of tags (replaces the old ones).'),
  due_at: dueAt.optional(),
  recurrence: recurrence.optional(),
});

export type AddTaskInput = z.input<typeof addTaskInputSchema>;
export type ListTasksInput = z.input<typeof listTasksInputSchema>;
export type CompleteTaskInput = z.input<typeof completeTaskInputSchema>;
export type DeleteTaskInput = z.input<typeof deleteTaskInputSchema>;
export type UpdateTaskInput = z.input<typeof updateTaskInputSchema>;
