import type { Priority, Recurrence } from '@todo/domain';
import type { DueSpec } from './calendar';

/** How the user pointed at a task. */
export type TaskReference =
  | { kind: 'id'; id: number }
  /** 0-based position in the list the assistant last showed; -1 is the last one. */
  | { kind: 'position'; index: number }
  | { kind: 'pronoun' }
  | { kind: 'title'; words: string }
  /** The task made most (or least) recently: "the newest one", "the oldest task". */
  | { kind: 'newest' | 'oldest' };

/** A new due date as said, or a move of the current one ("a day later", "push back a week"). */
export interface DueChange extends DueSpec {
  shift?: { days?: number; months?: number; minutes?: number };
}

export interface TaskChanges {
  title?: string;
  description?: string;
  priority?: Priority;
  addTags?: string[];
  removeTags?: string[];
  /** Resolved against the task's current due date when applied: a new day keeps its time of day. null clears it. */
  due?: DueChange | null;
  recurrence?: Recurrence | null;
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

export type BulkAction = { kind: 'complete' } | { kind: 'reopen' } | { kind: 'delete' } | { kind: 'update'; changes: TaskChanges };

export type Command =
  | { kind: 'add'; title: string; priority?: Priority; tags?: string[]; due?: DueSpec; recurrence?: Recurrence; description?: string }
  | { kind: 'list'; filters: ListFilters }
  | { kind: 'complete'; ref: TaskReference }
  | { kind: 'reopen'; ref: TaskReference }
  /** Several tasks at once; always shown and confirmed before anything changes. */
  | { kind: 'bulk'; action: BulkAction; filters: ListFilters }
  /** "yes" / "no" to the question the last reply asked. */
  | { kind: 'confirm'; yes: boolean }
  | { kind: 'undo' }
  /** "the second one as well": the previous turn's action on another task. */
  | { kind: 'same_again'; ref: TaskReference }
  /** "when's the vet?" */
  | { kind: 'when'; ref: TaskReference }
  /** "is the haircut done?" */
  | { kind: 'status'; ref: TaskReference }
  /** "what should I do first?" */
  | { kind: 'suggest' }
  | { kind: 'delete'; ref: TaskReference }
  | { kind: 'update'; ref: TaskReference; changes: TaskChanges }
  /** A bare pointer at a task, meaningful only as an answer to "which one?". */
  | { kind: 'select'; ref: TaskReference }
  | { kind: 'small_talk'; topic: SmallTalkTopic }
  | { kind: 'unsupported'; what: string }
  | { kind: 'unknown' };

