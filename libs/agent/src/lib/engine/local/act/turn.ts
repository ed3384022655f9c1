import type { TaskSummary, TaskToolName, TaskToolResults, TaskTools, ToolFailure, ToolOutcome } from '../../../tools/task-tools';
import type { repliesIn } from '../respond/compose-reply';
import type { Clock } from '../understand/calendar';
import type { ListFilters } from '../understand/command';
import type { ConversationContext } from '../understand/conversation-context';

/** What one chat turn acts with: the user's tools, what earlier turns said, their clock and the replies in their zone. */
export interface Turn {
  tools: TaskTools;
  call: <N extends TaskToolName>(name: N, args: Record<string, unknown>) => Promise<ToolOutcome<TaskToolResults[N]>>;
  context: ConversationContext;
  loadTasks: () => Promise<TaskSummary[]>;
  clock: Clock;
  replies: ReturnType<typeof repliesIn>;
}

export const failure = (outcome: ToolFailure, turn: Turn) =>
  outcome.code === 'not_found' && outcome.task_id !== undefined ? turn.replies.notFound(outcome.task_id) : turn.replies.failed(outcome.error);

/** A topic word is a tag when the user has a tag by that name, else search words. */
export async function resolveTopic(filters: ListFilters, turn: Turn): Promise<ListFilters> {
  if (!filters.topic) return filters;
  const hasTag = (await turn.loadTasks()).some((task) => task.tags.includes(filters.topic as string));
  return hasTag ? { ...filters, tag: filters.topic } : { ...filters, q: filters.topic };
}

export const listArguments = (filters: ListFilters) =>
  Object.fromEntries(
    (['status', 'q', 'priority', 'tag', 'due_before', 'due_after'] as const)
      .filter((key) => filters[key] !== undefined)
      .map((key) => [key, filters[key]]),
  );

