import type { ToolCallRecord } from '@todo/domain';
import { toolCallRecord, type TaskSummary, type TaskToolName, type TaskToolResults, type TaskTools, type ToolOutcome } from '../../tools/task-tools';
import type { ChatEngine, ChatEngineInput, ChatEngineReply } from '../chat-engine';
import { replies } from './respond/compose-reply';
import type { Command, ListFilters, TaskChanges } from './understand/command';
import { readConversationContext, type ConversationContext } from './understand/conversation-context';
import { parseCommand } from './understand/parse-command';
import { resolveTaskReference } from './understand/resolve-task-reference';

/** The built-in engine: a deterministic grammar of task requests, offline and instant, no model needed. */
export function createLocalEngine(): ChatEngine {
  return { name: 'local', reply: replyLocally };
}

async function replyLocally({ history, message, tools, now = new Date() }: ChatEngineInput): Promise<ChatEngineReply> {
  const tool_calls: ToolCallRecord[] = [];
  const call = async <N extends TaskToolName>(name: N, args: Record<string, unknown>) => {
    const outcome = (await tools.run(name, args)) as ToolOutcome<TaskToolResults[N]>;
    tool_calls.push(toolCallRecord(name, args, outcome));
    return outcome;
  };
  let tasks: Promise<TaskSummary[]> | undefined;
  const turn: Turn = { tools, call, context: readConversationContext(history), loadTasks: () => (tasks ??= tools.lookup()) };
  const response = await execute(understand(message, turn.context, now), turn);
  return { response, tool_calls };
}

interface Turn {
  tools: TaskTools;
  call: <N extends TaskToolName>(name: N, args: Record<string, unknown>) => Promise<ToolOutcome<TaskToolResults[N]>>;
  context: ConversationContext;
  loadTasks: () => Promise<TaskSummary[]>;
}

/** Parses the message; a bare "the second one" answers the question the last reply asked. */
function understand(message: string, context: ConversationContext, now: Date): Command {
  const command = parseCommand(message, now);
  if (command.kind !== 'select' || !context.pendingRequest) return command;
  const pending = parseCommand(context.pendingRequest, now);
  return 'ref' in pending ? { ...pending, ref: command.ref } : command;
}

async function execute(command: Command, turn: Turn): Promise<string> {
  switch (command.kind) {
    case 'add':
      return add(command, turn);
    case 'list':
      return list(command.filters, turn);
    case 'complete':
    case 'delete':
    case 'update':
      return act(command, turn);
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

const failure = (outcome: { ok: false; error: string }) => {
  const missing = outcome.error.match(/^task (\d+) was not found$/);
  return missing ? replies.notFound(Number(missing[1])) : replies.failed(outcome.error);
};

async function add(command: Extract<Command, { kind: 'add' }>, turn: Turn): Promise<string> {
  if (!command.title) return replies.askTitle();
  const { kind: _, ...args } = command;
  const outcome = await turn.call('add_task', args);
  return outcome.ok ? replies.added(outcome.result.title, command) : failure(outcome);
}

async function list(filters: ListFilters, turn: Turn): Promise<string> {
  const resolved = { ...filters };
  if (filters.topic) {
    const hasTag = (await turn.loadTasks()).some((task) => task.tags.includes(filters.topic as string));
    if (hasTag) resolved.tag = filters.topic;
    else resolved.q = filters.topic;
  }
  const args = Object.fromEntries(
    (['status', 'q', 'priority', 'tag', 'due_before', 'due_after'] as const)
      .filter((key) => resolved[key] !== undefined)
      .map((key) => [key, resolved[key]]),
  );
  const outcome = await turn.call('list_tasks', args);
  return outcome.ok ? replies.listed(outcome.result, resolved) : failure(outcome);
}

async function act(command: Extract<Command, { kind: 'complete' | 'delete' | 'update' }>, turn: Turn): Promise<string> {
  const resolution = await resolveTaskReference(command.ref, turn.context, turn.loadTasks);
  if (resolution.kind === 'many') return replies.clarify(resolution.tasks);
  if (resolution.kind === 'none') return replies.unresolved(resolution);
  const task_id = resolution.taskId;
  if (command.kind === 'complete') {
    const outcome = await turn.call('complete_task', { task_id });
    return outcome.ok ? replies.completed(outcome.result.title) : failure(outcome);
  }
  if (command.kind === 'delete') {
    const outcome = await turn.call('delete_task', { task_id });
    return outcome.ok ? replies.deleted(outcome.result.title) : failure(outcome);
  }
  return update(task_id, command.changes, turn, resolution.title);
}

async function update(task_id: number, changes: TaskChanges, turn: Turn, knownTitle?: string): Promise<string> {
  const { addTags, removeTags, ...fields } = changes;
  const args: Record<string, unknown> = { task_id, ...fields };
  let tags: string[] | undefined;
  if (addTags || removeTags) {
    const task = (await turn.loadTasks()).find((candidate) => candidate.id === task_id);
    if (!task) return replies.notFound(task_id);
    const removed = new Set(removeTags ?? []);
    tags = [...new Set([...task.tags, ...(addTags ?? [])])].filter((tag) => !removed.has(tag));
    args['tags'] = tags;
  }
  if (Object.keys(args).length === 1) {
    const title = knownTitle ?? (await turn.loadTasks()).find((task) => task.id === task_id)?.title;
    return title ? replies.askChange(title) : replies.notFound(task_id);
  }
  const oldTitle =
    knownTitle ?? (changes.title !== undefined ? (await turn.loadTasks()).find((task) => task.id === task_id)?.title : undefined);
  const outcome = await turn.call('update_task', args);
  if (!outcome.ok) return failure(outcome);
  return replies.updated(oldTitle ?? outcome.result.title, changes, tags);
}
