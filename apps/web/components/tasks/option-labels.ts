import type { Priority, RecurrenceUnit, SortOrder, TaskSortKey, TaskStatus } from '@todo/domain/values';

// The words the UI shows for the domain's fixed values; a new value fails the type check here until it has one.
export const priorityLabels: Record<Priority, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const statusLabels: Record<TaskStatus, string> = { all: 'All', pending: 'Pending', completed: 'Completed' };
export const sortKeyLabels: Record<TaskSortKey, string> = {
  created_at: 'Created',
  updated_at: 'Updated',
  due_at: 'Due date',
  priority: 'Priority',
  title: 'Title',
};
export const sortOrderLabels: Record<SortOrder, string> = { asc: 'Ascending', desc: 'Descending' };
export const repeatLabels: Record<RecurrenceUnit, string> = { day: 'Every day', week: 'Every week', month: 'Every month' };
