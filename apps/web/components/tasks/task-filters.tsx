import Form from 'next/form';
import type { TaskFilters as Filters } from './task-query';

/** A GET form: filters live in the URL, so they survive reloads and work without script. */
export function TaskFilters({ filters }: { filters: Filters }) {
  return (
    <Form action="/" className="filters" role="search" aria-label="Filter tasks">
      <div className="field field--grow">
        <label htmlFor="filter-q">Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} />
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? 'all'}>
          <option value="all">All</option>
          <option value="pending">Pending</option>
          <option value="completed">Completed</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-priority">Priority</label>
        <select id="filter-priority" name="priority" defaultValue={filters.priority ?? ''}>
          <option value="">Any</option>
          <option value="high">High</option>
          <option value="medium">Medium</option>
          <option value="low">Low</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-tag">Tag</label>
        <input id="filter-tag" name="tag" defaultValue={filters.tag} />
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort ?? 'created_at'}>
          <option value="created_at">Created</option>
          <option value="updated_at">Updated</option>
          <option value="due_at">Due date</option>
          <option value="priority">Priority</option>
          <option value="title">Title</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-order">Order</label>
        <select id="filter-order" name="order" defaultValue={filters.order ?? 'asc'}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </div>
      <button type="submit" className="button">
        Apply filters
      </button>
    </Form>
  );
}
