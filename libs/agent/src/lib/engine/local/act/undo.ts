import type { RecordedChange } from '../understand/conversation-context';
import type { Turn } from './turn';

const quote = (title: unknown) => `"${String(title)}"`;

/** Puts back what the latest not-yet-undone turn of this conversation changed, newest change first. */
export async function undoChanges(turn: Turn): Promise<string> {
  const changes = turn.context.undoable;
  if (changes.length === 0) return turn.replies.nothingToUndo();
  const said: string[] = [];
  for (const change of [...changes].reverse()) said.push(await revert(change, turn));
  return turn.replies.undone(said);
}

async function revert({ name, result }: RecordedChange, turn: Turn): Promise<string> {
  const task_id = result['task_id'] as number;
  const previous = (result['previous'] ?? {}) as Record<string, unknown>;
  switch (name) {
    case 'add_task': {
      const outcome = await turn.call('delete_task', { task_id });
      return outcome.ok ? `removed ${quote(result['title'])} again` : `could not remove ${quote(result['title'])} (${outcome.error})`;
    }
    case 'delete_task': {
      const { completed, ...fields } = previous;
      const args = Object.fromEntries(
        Object.entries(fields).filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
      );
      const outcome = await turn.call('add_task', args);
      if (!outcome.ok) return `could not bring back ${quote(result['title'])} (${outcome.error})`;
      if (completed === true) await turn.call('complete_task', { task_id: outcome.result.task_id });
      return `brought back ${quote(result['title'])}`;
    }
    case 'complete_task': {
      const completed = previous['completed'] === true;
      const outcome = await turn.call('complete_task', completed ? { task_id } : { task_id, completed: false });
      if (!outcome.ok) return `could not change ${quote(result['title'])} back (${outcome.error})`;
      return completed ? `${quote(result['title'])} is done again` : `${quote(result['title'])} is open again`;
    }
    default: {
      const outcome = await turn.call('update_task', { task_id, ...previous });
      return outcome.ok ? `${quote(result['title'])} is back as it was` : `could not restore ${quote(result['title'])} (${outcome.error})`;
    }
  }
}
