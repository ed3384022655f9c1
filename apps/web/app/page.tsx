import type { Metadata } from 'next';
import { isApiError } from '@todo/api-client';
import { deleteConversation, openConversation, sendChatMessage } from '../components/chat/chat-actions';
import { ChatPanel } from '../components/chat/chat-panel';
import { AppHeader } from '../components/layout/app-header';
import { NewTask } from '../components/tasks/new-task';
import { createTask, deleteTask, restoreTask, setTaskCompleted, updateTask } from '../components/tasks/task-actions';
import { TaskFilters } from '../components/tasks/task-filters';
import { TaskList } from '../components/tasks/task-list';
import { taskQueryFromSearchParams, type SearchParams } from '../components/tasks/task-query';
import { apiFor } from '../lib/api';
import { redirectWhenExpired, requireSession } from '../lib/session';

export const metadata: Metadata = { title: 'Your tasks · Todo' };

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireSession();
  const { query, filters, filtered } = taskQueryFromSearchParams(await searchParams);
  const api = apiFor(session);
  const [list, conversations] = await Promise.all([
    api.listTasks(session.user.id, query),
    // The task list stays usable when only the assistant's history is unavailable.
    api.listConversations(session.user.id).catch((error: unknown) => (isApiError(error) && error.status !== 401 ? null : Promise.reject(error))),
  ]).catch(redirectWhenExpired);

  return (
    <>
      <AppHeader user={session.user} />
      <main className="workspace">
        <section className="tasks" aria-labelledby="tasks-heading">
          <h1 id="tasks-heading">Your tasks</h1>
          <NewTask action={createTask} />
          <TaskFilters filters={filters} />
          <TaskList
            tasks={list.tasks}
            total={list.total}
            filtered={filtered}
            actions={{ update: updateTask, setCompleted: setTaskCompleted, remove: deleteTask, restore: restoreTask }}
          />
        </section>
        <ChatPanel conversations={conversations} actions={{ send: sendChatMessage, open: openConversation, remove: deleteConversation }} />
      </main>
    </>
  );
}
