import type { TaskListQuery } from '@todo/api-client';
import { listTasksQuerySchema } from '@todo/domain';
import { isTaskView, type TaskView } from './task-views';

export type SearchParams = Record<string, string | string[] | undefined>;

const filterKeys = ['q', 'status', 'priority', 'tag', 'sort', 'order'] as const;
export type TaskFilters = Partial<Record<(typeof filterKeys)[number], string>>;

const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw)?.trim();

/** The view and list query from the page's URL; a value the api would reject is dropped, not fatal. */
export function taskQueryFromSearchParams(params: SearchParams): { view: TaskView; query: TaskListQuery; filters: TaskFilters; filtered: boolean } {
  const view = first(params.view);
  const query: Record<string, unknown> = {};
  const filters: TaskFilters = {};
  for (const key of filterKeys) {
    const raw = params[key];
    const value = first(raw);
    if (!value) continue;
    const parsed = listTasksQuerySchema.shape[key].safeParse(value);
    if (!parsed.success) continue;
    query[key] = parsed.data;
    filters[key] = value;
  }
  const filtered = Boolean(filters.q || filters.tag || filters.priority || (filters.status && filters.status !== 'all'));
  return { view: isTaskView(view) ? view : 'all', query: query as TaskListQuery, filters, filtered };
}
