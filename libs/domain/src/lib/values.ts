// The fixed values of the domain, free of zod so browser code can import them without shipping a
// validation library (`@todo/domain/values`). The schemas in task.ts and friends are built on these.

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const TAGS_MAX = 20;
export const TAG_MAX = 40;
export const LIST_LIMIT_DEFAULT = 100;
export const LIST_LIMIT_MAX = 500;
export const MESSAGE_MAX = 4000;
export const QUICK_ADD_MAX = 500;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const priorities = ['low', 'medium', 'high'] as const;
export type Priority = (typeof priorities)[number];
export const DEFAULT_PRIORITY: Priority = 'medium';

export const recurrenceUnits = ['day', 'week', 'month'] as const;
export type RecurrenceUnit = (typeof recurrenceUnits)[number];

export const taskStatuses = ['all', 'pending', 'completed'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskSortKeys = ['created_at', 'updated_at', 'due_at', 'priority', 'title'] as const;
export type TaskSortKey = (typeof taskSortKeys)[number];

export const sortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof sortOrders)[number];
