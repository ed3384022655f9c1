import * as chrono from 'chrono-node';

export interface DueWindow {
  after?: Date;
  before?: Date;
  label: string;
  pendingOnly?: boolean;
}

const DAY = 86_400_000;
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
/** Monday-based weeks: the Monday after `date`'s week. */
const nextMonday = (date: Date) => addDays(startOfDay(date), ((8 - date.getDay()) % 7) || 7);

const named: Array<{ pattern: RegExp; window: (now: Date) => DueWindow }> = [
  { pattern: /\b(?:over ?due|past due|late|missed)\b/i, window: (now) => ({ before: now, label: 'overdue', pendingOnly: true }) },
  { pattern: /\b(?:today|tonight)\b/i, window: (now) => ({ after: startOfDay(now), before: addDays(now, 1), label: 'due today' }) },
  {
    pattern: /\btomorrow\b/i,
    window: (now) => ({ after: addDays(now, 1), before: addDays(now, 2), label: 'due tomorrow' }),
  },
  {
    pattern: /\bthis week(?:end)?\b|\bby (?:the )?end of (?:the )?week\b/i,
    window: (now) => ({ after: startOfDay(now), before: nextMonday(now), label: 'due this week' }),
  },
  {
    pattern: /\bnext week\b/i,
    window: (now) => ({ after: nextMonday(now), before: new Date(nextMonday(now).getTime() + 7 * DAY), label: 'due next week' }),
  },
  {
    pattern: /\bthis month\b/i,
    window: (now) => ({ after: startOfDay(now), before: new Date(now.getFullYear(), now.getMonth() + 1, 1), label: 'due this month' }),
  },
  {
    pattern: /\b(?:soon|coming up|upcoming|next (?:few|couple(?: of)?) days)\b/i,
    window: (now) => ({ after: now, before: addDays(now, 8), label: 'due soon' }),
  },
];

/** The time span a list question asks about ("what's due this week?", "anything overdue?"). */
export function findDueWindow(text: string, now: Date): DueWindow | undefined {
  for (const { pattern, window } of named) if (pattern.test(text)) return window(now);
  const [result] = chrono.casual.parse(text, now, { forwardDate: true });
  if (!result) return undefined;
  const day = startOfDay(result.start.date());
  const end = result.end ? addDays(result.end.date(), 1) : addDays(day, 1);
  return { after: day, before: end, label: `due ${result.text}` };
}
