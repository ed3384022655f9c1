import { addToDay, dayOf, parseDates, startOfDayAt, today, weekdayOf, type Clock } from './calendar';

export interface DueWindow {
  after?: Date;
  before?: Date;
  label: string;
  pendingOnly?: boolean;
}

/** Monday-based weeks: the Monday after today's week. */
const nextMonday = (day: string) => addToDay(day, { days: (8 - weekdayOf(day)) % 7 || 7 });

type Span = { from: string; to: string; label: string };
const span = (clock: Clock, { from, to, label }: Span): DueWindow => ({
  after: startOfDayAt(from, clock.zone),
  before: startOfDayAt(to, clock.zone),
  label,
});

const named: Array<{ pattern: RegExp; window: (clock: Clock, day: string) => DueWindow }> = [
  { pattern: /\b(?:over ?due|past due|late|missed|behind)\b/i, window: (clock) => ({ before: clock.now, label: 'overdue', pendingOnly: true }) },
  { pattern: /\b(?:today|tonight)\b/i, window: (clock, day) => span(clock, { from: day, to: addToDay(day, { days: 1 }), label: 'due today' }) },
  {
    pattern: /\btomorrow\b/i,
    window: (clock, day) => span(clock, { from: addToDay(day, { days: 1 }), to: addToDay(day, { days: 2 }), label: 'due tomorrow' }),
  },
  {
    pattern: /\bthis week(?:end)?\b|\bby (?:the )?end of (?:the )?week\b/i,
    window: (clock, day) => span(clock, { from: day, to: nextMonday(day), label: 'due this week' }),
  },
  {
    pattern: /\bnext week\b/i,
    window: (clock, day) => span(clock, { from: nextMonday(day), to: addToDay(nextMonday(day), { days: 7 }), label: 'due next week' }),
  },
  {
    pattern: /\bthis month\b/i,
    window: (clock, day) => span(clock, { from: day, to: addToDay(`${day.slice(0, 8)}01`, { months: 1 }), label: 'due this month' }),
  },
  {
    pattern: /\b(?:soon|coming up|upcoming|next (?:few|couple(?: of)?) days)\b/i,
    window: (clock, day) => ({ after: clock.now, before: startOfDayAt(addToDay(day, { days: 8 }), clock.zone), label: 'due soon' }),
  },
];

/** The time span a list question asks about ("what's due this week?", "anything overdue?"), on the user's calendar. */
export function findDueWindow(text: string, clock: Clock): DueWindow | undefined {
  const day = today(clock);
  for (const { pattern, window } of named) if (pattern.test(text)) return window(clock, day);
  const [result] = parseDates(text, clock);
  if (!result) return undefined;
  const from = dayOf(result.start);
  const to = addToDay(result.end ? dayOf(result.end) : from, { days: 1 });
  return span(clock, { from, to, label: `due ${result.text}` });
}
