'use client';

import type { Task } from '@todo/domain';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { TaskActions } from './task-action-types';
import { TaskItem } from './task-item';

interface TaskListProps {
  tasks: Task[];
  total: number;
  /** Whether filters are narrowing the list, which changes what "empty" means. */
  filtered: boolean;
  actions: TaskActions;
}

interface Notice {
  text: string;
  undo?: Task;
}

const NOTICE_MS = 8000;

export function TaskList({ tasks, total, filtered, actions }: TaskListProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const remove = async (task: Task) => {
    setHidden((ids) => new Set(ids).add(task.id));
    const result = await actions.remove(task.id);
    if (result.status === 'error') {
      setHidden((ids) => new Set([...ids].filter((id) => id !== task.id)));
      setNotice({ text: result.message ?? 'Could not delete the task' });
      return;
    }
    setNotice({ text: `Deleted “${task.title}”`, undo: task });
  };

  const undo = async (task: Task) => {
    const result = await actions.restore(task);
    setNotice({ text: result.status === 'ok' ? `Restored “${task.title}”` : (result.message ?? 'Could not restore the task') });
  };

  const visible = tasks.filter((task) => !hidden.has(task.id));
  return (
    <>
      {visible.length === 0 ? (
        <div className="empty">
          {filtered ? (
            <>
              <p>No tasks match these filters.</p>
              <Link href="/">Clear filters</Link>
            </>
          ) : (
            <>
              <p>No tasks yet.</p>
              <p>Add one above, or ask the assistant: “add buy milk tomorrow”.</p>
            </>
          )}
        </div>
      ) : (
        <ul className="task-list" aria-label="Tasks">
          {visible.map((task) => (
            <TaskItem key={task.id} task={task} actions={actions} onDelete={remove} onError={(text) => setNotice({ text })} />
          ))}
        </ul>
      )}
      <p className="task-count">
        {total === tasks.length ? `${total} task${total === 1 ? '' : 's'}` : `Showing ${tasks.length} of ${total} tasks`}
      </p>
      <div className="toast" role="status" aria-live="polite">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" className="button button--small" onClick={() => notice.undo && undo(notice.undo)}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}
