import { z } from 'zod';
import { QUICK_ADD_MAX } from './values';
import { prioritySchema, recurrenceSchema } from './task';
import { singleLine } from './text';


/** What a quick-add line can say besides the title; each shows as a chip the user may remove. */
export const quickAddChipKinds = ['due', 'priority', 'tags', 'recurrence'] as const;
export type QuickAddChipKind = (typeof quickAddChipKinds)[number];

/** `ignore`: chips the user removed, whose words stay in the title. */
export const parseTaskRequestSchema = z.strictObject({
  text: singleLine('text').trim().min(1, 'text must not be empty').max(QUICK_ADD_MAX, `text must be at most ${QUICK_ADD_MAX} characters`),
  ignore: z.array(z.enum(quickAddChipKinds)).max(quickAddChipKinds.length).default([]),
});
export type ParseTaskRequest = z.input<typeof parseTaskRequestSchema>;

export const quickAddChipSchema = z.object({
  kind: z.enum(quickAddChipKinds),
  /** The words of the line this chip was read from ("friday 9am", "!high", "#bills"). */
  text: z.string(),
});
export type QuickAddChip = z.infer<typeof quickAddChipSchema>;

/** A quick-add line read into the fields of a new task; `due_at` is a plain day or an instant. */
export const quickAddSchema = z.object({
  title: z.string(),
  due_at: z.string().nullable(),
  priority: prioritySchema.nullable(),
  tags: z.array(z.string()),
  recurrence: recurrenceSchema.nullable(),
  chips: z.array(quickAddChipSchema),
});
export type QuickAdd = z.infer<typeof quickAddSchema>;
