import type { Metadata } from 'next';
import { isApiError } from '@todo/api-client';
import { DEFAULT_TIME_ZONE } from '@todo/domain';
import { deleteConversation, openConversation, sendChatMessage } from '../components/chat/chat-actions';
import { ChatPanel } from '../components/chat/chat-panel';
import { AppHeader } from '../components/layout/app-header';
import { NewTask } from '../components/tasks/new-task';
import { QuickAdd } from '../components/tasks/quick-add';
import { addTask, createTask, deleteTask, editTask, restoreTask, setTaskCompleted, updateTask } from '../components/tasks/task-actions';
import { TaskFilters } from '../components/tasks/task-filters';
import { TaskList } from '../components/tasks/task-list';
import { taskQueryFromSearchParams, type SearchParams } from '../components/tasks/task-query';
import { TaskViewTabs } from '../components/tasks/task-view-tabs';
import { taskViews, viewLabels, viewQuery, type TaskView } from '../components/tasks/task-views';
import { apiFor } from '../lib/api';
import { redirectWhenExpired, requireSession } from '../lib/session';

export const metadata: Metadata = { title: 'Your tasks · Todo' };

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireSession();
  const { view, query, filters, filtered } = taskQueryFromSearchParams(await searchParams);
  // Views are days on the user's calendar: read in the zone stored on the account (the browser's, at sign-in).
  const me = await apiFor(session).me().catch(redirectWhenExpired);
  const timeZone = me.time_zone ?? DEFAULT_TIME_ZONE;
  const api = apiFor(session, timeZone);
  const now = new Date();
  const { status: _status, ...narrowing } = query;
  const ofView = viewQuery(view, now, timeZone);
  const listQuery = view === 'all' ? query : { ...ofView, ...narrowing };
  const [list, counts, conversations] = await Promise.all([
    api.listTasks(session.user.id, listQuery),
    Promise.all(taskViews.map((target) => api.listTasks(session.user.id, { ...viewQuery(target, now, timeZone), limit: 1 }).then(({ total }) => [target, total] as const))).then(
      (entries) => Object.fromEntries(entries) as Record<TaskView, number>,
    ),
    // The task list stays usable when only the assistant's history is unavailable.
    api.listConversations(session.user.id).catch((error: unknown) => (isApiError(error) && error.status !== 401 ? null : Promise.reject(error))),
  ]).catch(redirectWhenExpired);

  return (
    <>
      <AppHeader user={session.user} />
      <main className="workspace">
        <section className="tasks" aria-labelledby="tasks-heading">
          <h1 id="tasks-heading">
            Your tasks{view !== 'all' && <span className="visually-hidden">: {viewLabels[view]}</span>}
          </h1>
          <QuickAdd userId={session.user.id} add={addTask} />
          <NewTask action={createTask} />
          <TaskViewTabs view={view} counts={counts} filters={filters} />
          <TaskFilters filters={filters} view={view} viewOrder={{ sort: ofView.sort ?? 'created_at', order: ofView.order ?? 'asc' }} />
          <TaskList
            tasks={list.tasks}
            total={list.total}
            filtered={filtered && (view === 'all' || Boolean(narrowing.q || narrowing.priority || narrowing.tag))}
            view={view}
            timeZone={timeZone}
            actions={{ update: updateTask, edit: editTask, setCompleted: setTaskCompleted, remove: deleteTask, restore: restoreTask }}
          />
        </section>
        <ChatPanel conversations={conversations} actions={{ send: sendChatMessage, open: openConversation, remove: deleteConversation }} />
      </main>
    </>
  );
}
