import type { ToolCallRecord } from '@todo/domain';

const verbs: Record<string, string> = {
  add_task: 'Added',
  complete_task: 'Completed',
  delete_task: 'Deleted',
  update_task: 'Updated',
};

/** One line a person can read for an action the assistant took. */
export function describeToolCall(call: ToolCallRecord): string {
  const result = call.result as Record<string, unknown> | unknown[] | null | undefined;
  if (Array.isArray(result)) return `Listed ${result.length} task${result.length === 1 ? '' : 's'}`;
  if (result && typeof result === 'object') {
    if (typeof result.error === 'string') return `${call.name} failed: ${String(result.message ?? result.error)}`;
    if (result.status === 'reopened' && typeof result.title === 'string') return `Reopened “${result.title}”`;
    if (typeof result.title === 'string' && verbs[call.name]) return `${verbs[call.name]} “${result.title}”`;
  }
  return call.name.replace(/_/g, ' ');
}
