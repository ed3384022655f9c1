import { z } from 'zod';
import type { Priority, Recurrence } from './task';
import { singleLine } from './text';

export const QUICK_ADD_MAX = 500;

/** What a quick-add line can say besides the title; each shows as a chip the user may remove. */
export const quickAddChipKinds = ['due', 'priority', 'tags', 'recurrence'] as const;
export type QuickAddChipKind = (typeof quickAddChipKinds)[number];

/** `ignore`: chips the user removed, whose words stay in the title. */
export const parseTaskRequestSchema = z.strictObject({
  text: singleLine('text').trim().min(1, 'text must not be empty').max(QUICK_ADD_MAX, `text must be at most ${QUICK_ADD_MAX} characters`),
  ignore: z.array(z.enum(quickAddChipKinds)).max(quickAddChipKinds.length).default([]),
});
export type ParseTaskRequest = z.input<typeof parseTaskRequestSchema>;

export interface QuickAddChip {
  kind: QuickAddChipKind;
  /** The words of the line this chip was read from ("friday 9am", "!high", "#bills"). */
  text: string;
}

/** A quick-add line read into the fields of a new task; `due_at` is a plain day or an instant. */
export interface QuickAdd {
  title: string;
  due_at: string | null;
  priority: Priority | null;
  tags: string[];
  recurrence: Recurrence | null;
  chips: QuickAddChip[];
}
