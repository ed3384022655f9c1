import type { Priority } from '@todo/domain';

/** How the user pointed at a task. */
export type TaskReference =
  | { kind: 'id'; id: number }
  /** 0-based position in the list the assistant last showed; -1 is the last one. */
  | { kind: 'position'; index: number }
  | { kind: 'pronoun' }
  | { kind: 'title'; words: string };

export interface TaskChanges {
  title?: string;
  description?: string;
  priority?: Priority;
  addTags?: string[];
  removeTags?: string[];
  /** A local date (YYYY-MM-DD), an ISO date-time, or null to clear it. */
  due_at?: string | null;
}

export interface ListFilters {
  status: 'all' | 'pending' | 'completed';
  priority?: Priority;
  tag?: string;
  q?: string;
  due_before?: string;
  due_after?: string;
  /** Words naming a kind of task ("my work tasks"): a tag when the user has one by that name, else a search. */
  topic?: string;
  /** A human name for the due window, used in the reply ("due this week"). */
  dueLabel?: string;
}

export type SmallTalkTopic = 'greeting' | 'thanks' | 'bye' | 'help' | 'identity' | 'wellbeing' | 'affirm';

export type Command =
  | { kind: 'add'; title: string; priority?: Priority; tags?: string[]; due_at?: string; description?: string }
  | { kind: 'list'; filters: ListFilters }
  | { kind: 'complete'; ref: TaskReference }
  | { kind: 'delete'; ref: TaskReference }
  | { kind: 'update'; ref: TaskReference; changes: TaskChanges }
  /** A bare pointer at a task, meaningful only as an answer to "which one?". */
  | { kind: 'select'; ref: TaskReference }
  | { kind: 'small_talk'; topic: SmallTalkTopic }
  | { kind: 'unsupported'; what: string }
  | { kind: 'unknown' };

