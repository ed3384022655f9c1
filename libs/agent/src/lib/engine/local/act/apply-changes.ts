import type { TaskChanges } from '../understand/command';
import { resolveDueChange } from './resolve-due';
import { failure, type Turn } from './turn';

export { dueAtForAdd } from './resolve-due';

/** The update_task arguments a change makes on a task as it is now, or a question when it makes none. */
export async function updateArguments(
  task_id: number,
  changes: TaskChanges,
  turn: Turn,
): Promise<{ args: Record<string, unknown>; tags?: string[] } | { missing: true }> {
  const { addTags, removeTags, due, ...fields } = changes;
  const args: Record<string, unknown> = { task_id, ...fields };
  const needsTask = addTags || removeTags || due;
  const task = needsTask ? (await turn.loadTasks()).find((candidate) => candidate.id === task_id) : undefined;
  if (needsTask && !task) return { missing: true };
  let tags: string[] | undefined;
  if (task && (addTags || removeTags)) {
    const removed = new Set(removeTags ?? []);
    tags = [...new Set([...task.tags, ...(addTags ?? [])])].filter((tag) => !removed.has(tag));
    args['tags'] = tags;
  }
  if (due === null) args['due_at'] = null;
  else if (due && task) {
    const due_at = resolveDueChange(due, task.due_at, turn.clock);
    if (due_at) args['due_at'] = due_at;
  }
  return { args, tags };
}

/** Changes one task and says what changed. */
export async function applyChanges(task_id: number, changes: TaskChanges, turn: Turn, knownTitle?: string): Promise<string> {
  const { replies } = turn;
  const prepared = await updateArguments(task_id, changes, turn);
  if ('missing' in prepared) return replies.notFound(task_id);
  const { args, tags } = prepared;
  if (Object.keys(args).length === 1) {
    const title = knownTitle ?? (await turn.loadTasks()).find((task) => task.id === task_id)?.title;
    return title ? replies.askChange(title) : replies.notFound(task_id);
  }
  const oldTitle = knownTitle ?? (changes.title !== undefined ? (await turn.loadTasks()).find((task) => task.id === task_id)?.title : undefined);
  const outcome = await turn.call('update_task', args);
  if (!outcome.ok) return failure(outcome, turn);
  return replies.updated(oldTitle ?? outcome.result.title, args, tags);
}
