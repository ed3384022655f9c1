import Link from 'next/link';
import type { TaskFilters } from './task-query';
import { taskViews, viewLabels, type TaskView } from './task-views';

/** Links rather than tabs: each view is its own URL, carrying the search, priority and tag filters. */
export function TaskViewTabs({ view, counts, filters }: { view: TaskView; counts: Record<TaskView, number>; filters: TaskFilters }) {
  const href = (target: TaskView) => {
    const params = new URLSearchParams();
    if (target !== 'all') params.set('view', target);
    for (const key of ['q', 'priority', 'tag'] as const) if (filters[key]) params.set(key, filters[key]);
    const search = params.toString();
    return search ? `/?${search}` : '/';
  };
  return (
    <nav className="views" aria-label="Views">
      <ul>
        {taskViews.map((target) => (
          <li key={target}>
            <Link href={href(target)} className={`view-link view-link--${target}`} aria-current={target === view ? 'page' : undefined}>
              {viewLabels[target]} <span className="view-link__count">{counts[target]}</span>
              <span className="visually-hidden"> tasks</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
