import { z } from 'zod';
import { multiLine, singleLine } from './text';
import { DEFAULT_TIME_ZONE, endOfDayIn } from './time-zone';

import {
  DEFAULT_PRIORITY,
  DESCRIPTION_MAX,
  LIST_LIMIT_DEFAULT,
  LIST_LIMIT_MAX,
  priorities,
  recurrenceUnits,
  sortOrders,
  TAG_MAX,
  TAGS_MAX,
  taskSortKeys,
  taskStatuses,
  TITLE_MAX,
} from './values';

export const prioritySchema = z.enum(priorities);
export const recurrenceSchema = z.strictObject({
  every: z.enum(recurrenceUnits),
  interval: z.number().int().min(1).max(365).default(1),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const titleSchema = singleLine('title')
  .trim()
  .min(1, 'title must not be empty')
  .max(TITLE_MAX, `title must be at most ${TITLE_MAX} characters`);

export const descriptionSchema = multiLine('description')
  .max(DESCRIPTION_MAX, `description must be at most ${DESCRIPTION_MAX} characters`);

export const tagSchema = singleLine('tag')
  .trim()
  .min(1, 'a tag must not be empty')
  .max(TAG_MAX, `a tag must be at most ${TAG_MAX} characters`);

export const tagsSchema = z
  .array(tagSchema)
  .max(TAGS_MAX, `at most ${TAGS_MAX} tags`)
  .transform((tags) => [...new Set(tags)]);

/** Due dates live in 1970–9999: before that nobody schedules work, after it dates stop being ISO 8601. */
export const DUE_AT_MIN = new Date('1970-01-01T00:00:00.000Z');
export const DUE_AT_MAX = new Date('9999-12-31T23:59:59.999Z');

/**
 * An ISO 8601 date-time with an offset, or a plain date. Callers anchor a plain date to the user's zone
 * first (`withDueAtIn`); one that reaches here unanchored is that day in UTC, stored the same way.
 */
export const dueAtSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'due_at must be an ISO 8601 date or date-time',
  })
  .transform((value) => new Date(value.length === 10 ? endOfDayIn(value, DEFAULT_TIME_ZONE) : value))
  .refine((date) => !Number.isNaN(date.getTime()) && date >= DUE_AT_MIN && date <= DUE_AT_MAX, 'due_at must be between 1970-01-01 and 9999-12-31')
  .transform((date) => date.toISOString());

export const createTaskSchema = z.strictObject({
  title: titleSchema,
  description: descriptionSchema.default(''),
  priority: prioritySchema.default(DEFAULT_PRIORITY),
  tags: tagsSchema.default([]),
  due_at: dueAtSchema.nullable().default(null),
  recurrence: recurrenceSchema.nullable().default(null),
});
export type CreateTaskInput = z.infer<typeof createTaskSchema>;
export type CreateTaskRequest = z.input<typeof createTaskSchema>;

export const updateTaskSchema = z
  .strictObject({
    title: titleSchema,
    description: descriptionSchema,
    priority: prioritySchema,
    tags: tagsSchema,
    due_at: dueAtSchema.nullable(),
    recurrence: recurrenceSchema.nullable(),
    completed: z.boolean(),
  })
  .partial();
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;
export type UpdateTaskRequest = z.input<typeof updateTaskSchema>;

export const completeTaskSchema = z.strictObject({ completed: z.boolean().optional() });

export const listTasksQuerySchema = z.strictObject({
  status: z.enum(taskStatuses).default('all'),
  q: singleLine('q').trim().max(200, 'q must be at most 200 characters').optional(),
  priority: prioritySchema.optional(),
  tag: tagSchema.optional(),
  due_before: dueAtSchema.optional(),
  due_after: dueAtSchema.optional(),
  sort: z.enum(taskSortKeys).default('created_at'),
  order: z.enum(sortOrders).default('asc'),
  limit: z.coerce.number().int().min(1).max(LIST_LIMIT_MAX).default(LIST_LIMIT_DEFAULT),
  offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
});
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;
export type ListTasksRequest = z.input<typeof listTasksQuerySchema>;

export const taskSchema = z.object({
  id: z.number().int(),
  user_id: z.string(),
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  priority: prioritySchema,
  tags: z.array(z.string()),
  due_at: z.string().nullable(),
  recurrence: z.object({ every: z.enum(recurrenceUnits), interval: z.number().int() }).nullable(),
  completed_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

/** Task ids are Postgres `integer` serials: anything outside that range cannot exist. */
export const TASK_ID_MAX = 2_147_483_647;
export const taskIdSchema = z.coerce
  .number({ error: 'task id must be a positive integer' })
  .int('task id must be a positive integer')
  .min(1, 'task id must be a positive integer')
  .max(TASK_ID_MAX, 'task id is out of range');
