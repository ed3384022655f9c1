import type { TaskSummary } from '../../../tools/task-tools';
import type { Command } from '../understand/command';
import { parseCommand } from '../understand/parse-command';
import { updateArguments } from './apply-changes';
import { failure, listArguments, resolveTopic, type Turn } from './turn';

type Bulk = Extract<Command, { kind: 'bulk' }>;

/** Lists exactly the tasks a bulk request would change and asks before touching any of them. */
export async function proposeBulk(command: Bulk, turn: Turn): Promise<string> {
  const filters = await resolveTopic(command.filters, turn);
  const outcome = await turn.call('list_tasks', listArguments(filters));
  if (!outcome.ok) return failure(outcome, turn);
  if (outcome.result.length === 0) return turn.replies.noBulkMatch();
  return turn.replies.proposeBulk(command.action, outcome.result);
}

/** After a "yes": the confirmed request, applied to the tasks that were shown (and still exist), nothing else. */
export async function runBulk(request: string, turn: Turn): Promise<string> {
  const command = parseCommand(request, turn.clock);
  if (command.kind !== 'bulk') return turn.replies.nothingToConfirm();
  const shown = new Set(turn.context.shownIds);
  const existing = new Map((await turn.loadTasks()).map((task) => [task.id, task]));
  // In the order they were shown, so the reply reads like the list the user said yes to.
  const targets: TaskSummary[] = turn.context.shownIds.map((id) => existing.get(id)).filter((task) => task !== undefined);
  const done: string[] = [];
  let failed = shown.size - targets.length;
  for (const task of targets) {
    const outcome = await applyOne(command, task, turn);
    if (outcome) done.push(outcome);
    else failed++;
  }
  turn.context.lastTaskId = undefined;
  return turn.replies.bulkDone(command.action, done, failed);
}

async function applyOne({ action }: Bulk, task: TaskSummary, turn: Turn): Promise<string | undefined> {
  const task_id = task.id;
  switch (action.kind) {
    case 'complete':
    case 'reopen': {
      const outcome = await turn.call('complete_task', action.kind === 'complete' ? { task_id } : { task_id, completed: false });
      return outcome.ok ? outcome.result.title : undefined;
    }
    case 'delete': {
      const outcome = await turn.call('delete_task', { task_id });
      return outcome.ok ? outcome.result.title : undefined;
    }
    case 'update': {
      const prepared = await updateArguments(task_id, action.changes, turn);
      if ('missing' in prepared || Object.keys(prepared.args).length === 1) return undefined;
      const outcome = await turn.call('update_task', prepared.args);
      return outcome.ok ? outcome.result.title : undefined;
    }
  }
}
