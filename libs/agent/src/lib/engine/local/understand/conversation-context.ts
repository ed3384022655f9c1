import type { Message } from '@todo/domain';

/** Marks a clarifying question, so the next turn knows an answer to it may follow. */
export const CLARIFY_PREFIX = 'Which one do you mean';
/** Ends a proposed change to several tasks; only a "yes" to it carries the change out. */
export const CONFIRM_QUESTION = 'Shall I go ahead? (yes/no)';
/** Starts the reply to an undo, so a second undo reaches further back. */
export const UNDO_PREFIX = 'Undone';

const MUTATING = new Set(['add_task', 'complete_task', 'delete_task', 'update_task']);

export interface ConversationContext {
  /** Task ids in the order of the list the assistant showed last (for "the second one"). */
  shownIds: number[];
  /** The task the conversation is about (for "it", "that"). */
  lastTaskId?: number;
  /** The user's request that the assistant's last message asked to clarify. */
  pendingRequest?: string;
  /** The user's bulk request the last reply asked to confirm; the tasks it showed are `shownIds`. */
  pendingConfirmation?: string;
  /** The request behind the latest change, for "the second one as well". */
  lastRequest?: string;
  /** The successful changes of the latest turn not yet undone, oldest first. */
  undoable: RecordedChange[];
}

export interface RecordedChange {
  name: string;
  arguments: Record<string, unknown>;
  result: Record<string, unknown>;
}

const succeeded = (call: { name: string; result: unknown }) =>
  MUTATING.has(call.name) && call.result !== null && typeof call.result === 'object' && !('error' in call.result);

interface RecordedCall {
  name: string;
  result: unknown;
}

const taskIdOf = (call: RecordedCall) => {
  const result = call.result as { task_id?: unknown; status?: unknown } | null;
  return typeof result?.task_id === 'number' && result.status !== 'deleted' ? result.task_id : undefined;
};
const listedIds = (call: RecordedCall) =>
  call.name === 'list_tasks' && Array.isArray(call.result)
    ? (call.result as Array<{ id?: unknown }>).map((task) => task.id).filter((id): id is number => typeof id === 'number')
    : undefined;
const mentionedIds = (content: string) => [...content.matchAll(/#(\d+)\b/g)].map((match) => Number(match[1]));

/** What earlier turns point at, read from the stored history alone: the server keeps no state between requests. */
export function readConversationContext(history: readonly Message[]): ConversationContext {
  const context: ConversationContext = { shownIds: [], undoable: findUndoable(history) };
  const last = history.at(-1);
  if (last?.role === 'assistant' && last.content.endsWith(CONFIRM_QUESTION)) {
    context.pendingConfirmation = history.slice(0, -1).reverse().find((earlier) => earlier.role === 'user')?.content;
  }
  const acting = history.findLastIndex((message) => message.role === 'assistant' && (message.tool_calls ?? []).some(succeeded));
  if (acting > 0) context.lastRequest = history.slice(0, acting).reverse().find((earlier) => earlier.role === 'user')?.content;
  let shownFound = false;
  let itDecided = false;
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i];
    if (message.role !== 'assistant') continue;
    const calls = message.tool_calls ?? [];
    const clarifying = message.content.startsWith(CLARIFY_PREFIX);
    if (i === history.length - 1 && clarifying) {
      const asked = history.slice(0, i).reverse().find((earlier) => earlier.role === 'user');
      context.pendingRequest = asked?.content;
    }
    if (!shownFound) {
      const listed = calls.map(listedIds).findLast((ids) => ids !== undefined);
      if (listed || clarifying) {
        context.shownIds = listed ?? mentionedIds(message.content);
        shownFound = true;
      }
    }
    // Only the most recent assistant turn that acted or listed decides what "it" is.
    if (!itDecided && calls.length > 0) {
      const acted = calls.map(taskIdOf).findLast((id) => id !== undefined);
      const listed = calls.map(listedIds).findLast((ids) => ids !== undefined);
      context.lastTaskId = acted ?? (listed?.length === 1 ? listed[0] : undefined);
      itDecided = true;
    }
    if (shownFound && itDecided) break;
  }
  return context;
}

/** Walks back over the turns: each earlier undo cancels one earlier change, so undo twice reaches two changes back. */
function findUndoable(history: readonly Message[]): RecordedChange[] {
  let undone = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i];
    if (message.role !== 'assistant') continue;
    if (message.content.startsWith(UNDO_PREFIX)) {
      undone++;
      continue;
    }
    const changes = (message.tool_calls ?? []).filter(succeeded) as RecordedChange[];
    if (changes.length === 0) continue;
    if (undone > 0) {
      undone--;
      continue;
    }
    return changes;
  }
  return [];
}
