import { DEFAULT_TIME_ZONE, type ToolCallRecord } from '@todo/domain';
import { toolCallRecord, type TaskSummary, type TaskToolResults, type ToolOutcome } from '../../tools/task-tools';
import type { ChatEngine, ChatEngineInput, ChatEngineReply } from '../chat-engine';
import { repliesIn } from './respond/compose-reply';
import { applyChanges, dueAtForAdd } from './act/apply-changes';
import { runBulk, proposeBulk } from './act/bulk';
import { failure, listArguments, resolveTopic, type Turn } from './act/turn';
import { suggestNext } from './act/suggest';
import { undoChanges } from './act/undo';
import type { Clock } from './understand/calendar';
import type { Command, ListFilters } from './understand/command';
import { readConversationContext } from './understand/conversation-context';
import { parseCommand } from './understand/parse-command';
import { parseConfirmation } from './understand/parse-follow-up';
import { resolveTaskReference } from './understand/resolve-task-reference';
import { splitClauses } from './understand/split-clauses';

/** The built-in engine: a deterministic grammar of task requests, offline and instant, no model needed. */
export function createLocalEngine(): ChatEngine {
  return { name: 'local', reply: replyLocally };
}

async function replyLocally({ history, message, tools, now = new Date(), timeZone = DEFAULT_TIME_ZONE }: ChatEngineInput): Promise<ChatEngineReply> {
  const tool_calls: ToolCallRecord[] = [];
  let tasks: Promise<TaskSummary[]> | undefined;
  const turn: Turn = {
    tools,
    context: readConversationContext(history),
    clock: { now, zone: timeZone },
    replies: repliesIn(timeZone),
    loadTasks: () => (tasks ??= tools.lookup()),
    call: async (name, args) => {
      const outcome = (await tools.run(name, args)) as ToolOutcome<TaskToolResults[typeof name]>;
      tool_calls.push(toolCallRecord(name, args, outcome));
      // A change makes the cached read stale, and the task it touched is what "it" means next.
      if (name !== 'list_tasks') tasks = undefined;
      const acted = outcome.ok ? (outcome.result as { task_id?: number; status?: string }) : undefined;
      if (acted?.task_id !== undefined) turn.context.lastTaskId = acted.status === 'deleted' ? undefined : acted.task_id;
      return outcome;
    },
  };
  const response = await respond(message, turn);
  return { response, tool_calls };
}

async function respond(message: string, turn: Turn): Promise<string> {
  if (turn.context.pendingConfirmation) {
    const answer = parseConfirmation(message);
    if (answer?.kind === 'confirm') {
      return answer.yes ? runBulk(turn.context.pendingConfirmation, turn) : turn.replies.bulkCancelled();
    }
  }
  const replies: string[] = [];
  for (const command of understandClauses(message, turn)) replies.push(await execute(command, turn));
  return replies.join('\n');
}

const standsAlone = (command: Command) => !['unknown', 'select', 'small_talk'].includes(command.kind);

/** One command per request in the message; a clause that means nothing alone belongs to the one before it. */
function understandClauses(message: string, turn: Turn): Command[] {
  const clauses = splitClauses(message);
  const merged: string[] = [];
  for (const clause of clauses) {
    if (merged.length > 0 && !standsAlone(parseCommand(clause, turn.clock))) merged[merged.length - 1] += ` and ${clause}`;
    else merged.push(clause);
  }
  return merged.map((clause) => understand(clause, turn));
}

/** Parses a request; a bare "the second one" answers the question the last reply asked. */
function understand(message: string, turn: Turn): Command {
  const { context, clock } = turn;
  const parsed = parseCommand(message, clock);
  // "and the maths revision" right after an action: filler words were stripped, the joining word still says "the same".
  const command: Command = parsed.kind === 'select' && continuing.test(message) ? { kind: 'same_again', ref: parsed.ref } : parsed;
  if (command.kind === 'same_again') {
    const previous = context.lastRequest ? lastClauseCommand(context.lastRequest, clock) : undefined;
    return previous && 'ref' in previous ? { ...previous, ref: command.ref } : { kind: 'select', ref: command.ref };
  }
  if (command.kind !== 'select' || !context.pendingRequest) return command;
  const pending = parseCommand(context.pendingRequest, clock);
  return 'ref' in pending ? { ...pending, ref: command.ref } : command;
}

const continuing = /^\s*(?:and|also|plus|same (?:for|with)|do the same (?:for|with)|then)\b|\b(?:too|as well)\s*[.!?]*$/i;

const lastClauseCommand = (request: string, clock: Clock) => {
  const clause = splitClauses(request).at(-1);
  return clause ? parseCommand(clause, clock) : undefined;
};

async function execute(command: Command, turn: Turn): Promise<string> {
  const { replies } = turn;
  switch (command.kind) {
    case 'add':
      return add(command, turn);
    case 'list':
      return list(command.filters, turn);
    case 'complete':
    case 'reopen':
    case 'delete':
    case 'update':
    case 'when':
    case 'status':
      return act(command, turn);
    case 'bulk':
      return proposeBulk(command, turn);
    case 'confirm':
      return replies.nothingToConfirm();
    case 'undo':
      return undoChanges(turn);
    case 'suggest':
      return suggestNext(turn);
    case 'same_again':
      return replies.noPrevious();
    case 'select':
      return command.ref.kind === 'title' ? replies.unknown() : replies.pickAction();
    case 'small_talk':
      return replies.smallTalk(command.topic);
    case 'unsupported':
      return replies.unsupported(command.what);
    case 'unknown':
      return replies.unknown();
  }
}

async function add(command: Extract<Command, { kind: 'add' }>, turn: Turn): Promise<string> {
  if (!command.title) return turn.replies.askTitle();
  const { kind: _, due, ...rest } = command;
  const args: Record<string, unknown> = { ...rest };
  const due_at = dueAtForAdd(due, turn.clock);
  if (due_at) args['due_at'] = due_at;
  const outcome = await turn.call('add_task', args);
  return outcome.ok ? turn.replies.added(outcome.result.title, { ...command, due_at }) : failure(outcome, turn);
}

async function list(filters: ListFilters, turn: Turn): Promise<string> {
  const resolved = await resolveTopic(filters, turn);
  const outcome = await turn.call('list_tasks', listArguments(resolved));
  return outcome.ok ? turn.replies.listed(outcome.result, resolved) : failure(outcome, turn);
}

async function act(command: Extract<Command, { kind: 'complete' | 'reopen' | 'delete' | 'update' | 'when' | 'status' }>, turn: Turn): Promise<string> {
  const { replies } = turn;
  const resolution = await resolveTaskReference(command.ref, turn.context, turn.loadTasks);
  if (resolution.kind === 'many') return replies.clarify(resolution.tasks);
  if (resolution.kind === 'none') return replies.unresolved(resolution);
  const task_id = resolution.taskId;
  switch (command.kind) {
    case 'complete':
    case 'reopen': {
      const completed = command.kind === 'complete';
      const outcome = await turn.call('complete_task', completed ? { task_id } : { task_id, completed });
      if (!outcome.ok) return failure(outcome, turn);
      return completed ? replies.completed(outcome.result.title) : replies.reopened(outcome.result.title);
    }
    case 'delete': {
      const outcome = await turn.call('delete_task', { task_id });
      return outcome.ok ? replies.deleted(outcome.result.title) : failure(outcome, turn);
    }
    case 'when':
    case 'status': {
      const task = (await turn.loadTasks()).find((candidate) => candidate.id === task_id);
      if (task) turn.context.lastTaskId = task.id;
      if (!task) return replies.notFound(task_id);
      return command.kind === 'when' ? replies.when(task) : replies.status(task);
    }
    case 'update':
      return applyChanges(task_id, command.changes, turn, resolution.title);
  }
}
