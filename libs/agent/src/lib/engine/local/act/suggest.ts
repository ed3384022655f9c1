import type { TaskSummary } from '../../../tools/task-tools';
import { formatDue } from '../respond/format-due';
import { failure, type Turn } from './turn';

const rank = { high: 0, medium: 1, low: 2 } as const;

/** Overdue work first, then the highest priority, then the soonest due, then the oldest. */
export async function suggestNext(turn: Turn): Promise<string> {
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  if (!outcome.ok) return failure(outcome, turn);
  const now = turn.clock.now.getTime();
  const due = (task: TaskSummary) => (task.due_at ? new Date(task.due_at).getTime() : Number.POSITIVE_INFINITY);
  const overdue = (task: TaskSummary) => due(task) < now;
  const [best] = [...outcome.result].sort(
    (a, b) => Number(overdue(b)) - Number(overdue(a)) || rank[a.priority] - rank[b.priority] || due(a) - due(b) || a.id - b.id,
  );
  if (!best) return turn.replies.suggest(undefined, '');
  turn.context.lastTaskId = best.id;
  const when = best.due_at ? formatDue(best.due_at, turn.clock.zone) : undefined;
  const reason = overdue(best)
    ? `it's overdue (it was due ${when})`
    : [best.priority === 'high' ? "it's high priority" : undefined, when ? `it's due ${when}` : undefined].filter(Boolean).join(' and ') ||
      "it's the oldest thing on your list";
  return turn.replies.suggest(best, reason);
}
