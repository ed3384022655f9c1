import type { QuickAdd, QuickAddChip, QuickAddChipKind } from '@todo/domain';
import { dueAtOf, today, type Clock } from '../engine/local/understand/calendar';
import { extractDueDate } from '../engine/local/understand/extract-due-date';
import { extractPriority } from '../engine/local/understand/extract-priority';
import { extractRecurrence } from '../engine/local/understand/extract-recurrence';
import { extractTags } from '../engine/local/understand/extract-tags';

/** The words an extractor took out: what differs between the text before and after it. */
export function removedWords(before: string, after: string): string {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  return before.slice(head, before.length - tail).trim();
}

const tidyTitle = (text: string) => text.replace(/^[,;:\s-]+|[,;:\s-]+$/g, '').replace(/\s+/g, ' ');

/**
 * "Pay rent friday 9am !high #bills every month" → the title and fields of a new task, read with the
 * chat's own extractors in the user's zone, plus a chip per field naming the words it came from.
 * A kind in `ignore` is not read: its words stay in the title.
 */
export function parseQuickAdd(text: string, clock: Clock, ignore: readonly QuickAddChipKind[] = []): QuickAdd {
  const chips: QuickAddChip[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  const take = (kind: QuickAddChipKind, next: string) => {
    chips.push({ kind, text: removedWords(rest, next) });
    rest = next;
  };

  const repeat = ignore.includes('recurrence') ? undefined : extractRecurrence(rest, clock);
  if (repeat) take('recurrence', repeat.rest);
  const due = ignore.includes('due') ? undefined : extractDueDate(rest, clock);
  if (due?.due) take('due', due.rest);
  const priority = ignore.includes('priority') ? undefined : extractPriority(rest);
  if (priority?.priority) take('priority', priority.rest);
  const tags = ignore.includes('tags') ? undefined : extractTags(rest);
  if (tags && tags.tags.length > 0) {
    chips.push({ kind: 'tags', text: tags.tags.map((tag) => `#${tag}`).join(' ') });
    rest = tags.rest;
  }

  // As in the chat: a repeat with no day named starts today, so it shows up at once.
  const date = due?.due?.date ?? repeat?.firstDate ?? due?.due?.fallbackDate ?? (repeat ? today(clock) : undefined);
  return {
    title: tidyTitle(rest),
    due_at: date ? dueAtOf({ date, time: due?.due?.time }, clock.zone) : null,
    priority: priority?.priority ?? null,
    tags: tags?.tags ?? [],
    recurrence: repeat?.recurrence ?? null,
    chips: chips.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text)),
  };
}
