'use client';

import Form from 'next/form';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, type FormEvent } from 'react';
import { priorities, sortOrders, taskSortKeys, taskStatuses } from '@todo/domain/values';
import type { TaskFilters as Filters } from './task-query';
import type { TaskView } from './task-views';
import { OptionList } from '../form/option-list';
import { priorityLabels, sortKeyLabels, sortOrderLabels, statusLabels } from './option-labels';

// A filter offers the most urgent first.
const prioritiesHighFirst = [...priorities].reverse();

export const SEARCH_INPUT_ID = 'filter-q';
const TYPING_DELAY_MS = 300;
export interface ViewOrder {
  sort: string;
  order: string;
}

/** The query string of the form, without empty values and defaults, so a shared link stays short. */
function filterSearch(form: HTMLFormElement, defaults: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() && defaults[key] !== value) params.set(key, value.trim());
  }
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/**
 * Filters apply as they change (typing is debounced) and live in the URL, so a view can be bookmarked
 * and shared. Without script the form still submits as a GET.
 */
export function TaskFilters({ filters, view, viewOrder }: { filters: Filters; view: TaskView; viewOrder: ViewOrder }) {
  const router = useRouter();
  // The order a view lists in unless the user picks another (Today: by due date).
  const defaults: Record<string, string> = { status: 'all', view: 'all', ...viewOrder };
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A link elsewhere ("Clear filters", a view) changed the URL: the fields follow, unless a change is on its way.
  const filtersKey = JSON.stringify([filters, viewOrder]);
  useEffect(() => {
    if (timer.current !== undefined || !form.current) return;
    for (const element of Array.from(form.current.elements)) {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || element.type === 'hidden') continue;
      const value = filters[element.name as keyof Filters] ?? defaults[element.name] ?? '';
      if (element.value !== value) element.value = value;
    }
    // filtersKey stands for filters and the view's order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filtersKey]);

  const apply = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (form.current) router.replace(filterSearch(form.current, defaults), { scroll: false });
    }, delay);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    apply(target.tagName === 'INPUT' ? TYPING_DELAY_MS : 0);
  };

  return (
    <Form ref={form} action="/" className="filters" role="search" aria-label="Filter tasks" onChange={onChange}>
      {view !== 'all' && <input type="hidden" name="view" value={view} />}
      <div className="field field--grow">
        <label htmlFor={SEARCH_INPUT_ID}>Search</label>
        <input id={SEARCH_INPUT_ID} name="q" type="search" defaultValue={filters.q} />
      </div>
      {view === 'all' && (
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? 'all'}>
            <OptionList values={taskStatuses} labels={statusLabels} />
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="filter-priority">Priority</label>
        <select id="filter-priority" name="priority" defaultValue={filters.priority ?? ''}>
          <option value="">Any</option>
          <OptionList values={prioritiesHighFirst} labels={priorityLabels} />
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-tag">Tag</label>
        <input id="filter-tag" name="tag" defaultValue={filters.tag} />
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort ?? viewOrder.sort}>
          <OptionList values={taskSortKeys} labels={sortKeyLabels} />
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-order">Order</label>
        <select id="filter-order" name="order" defaultValue={filters.order ?? viewOrder.order}>
          <OptionList values={sortOrders} labels={sortOrderLabels} />
        </select>
      </div>
      <noscript>
        <button type="submit" className="button">
          Apply filters
        </button>
      </noscript>
    </Form>
  );
}
