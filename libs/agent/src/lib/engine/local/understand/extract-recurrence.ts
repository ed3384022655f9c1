import type { Recurrence } from '@todo/domain';
import { addToDay, today, weekdayOf, type Clock } from './calendar';
import { nextDayOfMonth } from './extract-due-date';
import { cut } from './normalize-utterance';

export interface FoundRecurrence {
  recurrence: Recurrence;
  /** The first occurrence the phrase names ("every monday" → the coming Monday), when it names one. */
  firstDate?: string;
  rest: string;
}

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayWord = String.raw`(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|sday|urday|rsday)?s?`;
const numbers: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const count = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;

const weekdayIndex = (word: string) => weekdays.findIndex((day) => day.startsWith(word.toLowerCase().slice(0, 3)));
const countOf = (word: string) => numbers[word.toLowerCase()] ?? Number(word);

/** The coming day with this weekday, today included. */
const comingWeekday = (weekday: number, clock: Clock) => addToDay(today(clock), { days: (weekday - weekdayOf(today(clock)) + 7) % 7 });

type Reader = (match: RegExpExecArray, clock: Clock) => Omit<FoundRecurrence, 'rest'> | undefined;

const unitOf = (word: string): Recurrence['every'] | 'year' => {
  const unit = word.toLowerCase().replace(/s$/, '');
  return unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day';
};
const repeat = (unit: Recurrence['every'] | 'year', interval: number): Recurrence =>
  unit === 'year' ? { every: 'month', interval: 12 * interval } : { every: unit, interval };

// "quarterly report" names a task; "pay rent monthly" repeats it: an adverb repeats only at the end of a phrase.
const phraseEnd = String.raw`(?=\s*$|\s*[,;.!]|\s+(?:on|at|from|starting|until|till|due|by|in|and|tag|tagged|with|#|!|high|low|medium|urgent|priority|every|for|please)\b)`;

const forms: Array<[RegExp, Reader]> = [
  [
    /\b(?:on\s+the\s+|every\s+)(\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?(?:every|each)\s+month\b|\b(?:monthly|every month|each month)\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b|\bevery\s+(\d{1,2})(?:st|nd|rd|th)\b/i,
    (m, clock) => {
      const firstDate = nextDayOfMonth(Number(m[1] ?? m[2] ?? m[3]), clock);
      return firstDate ? { recurrence: { every: 'month', interval: 1 }, firstDate } : undefined;
    },
  ],
  [
    new RegExp(String.raw`\b(?:every|each)\s+(other|second|2nd|${count}(?:nd|rd|th)?)?\s*${weekdayWord}\b`, 'i'),
    (m, clock) => {
      const weekday = weekdayIndex(m[3]);
      if (weekday < 0) return undefined;
      const interval = !m[1] ? 1 : /^(?:other|second|2nd)$/i.test(m[1]) ? 2 : countOf(m[2] ?? '1');
      return { recurrence: { every: 'week', interval }, firstDate: comingWeekday(weekday, clock) };
    },
  ],
  [
    /\b(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s\b/i,
    (m, clock) => {
      const weekday = weekdayIndex(m[1]);
      return weekday < 0 ? undefined : { recurrence: { every: 'week', interval: 1 }, firstDate: comingWeekday(weekday, clock) };
    },
  ],
  [
    new RegExp(String.raw`\b(?:every|each)\s+(?:${count}\s+)?(days?|weeks?|months?|years?)\b`, 'i'),
    (m) => ({ recurrence: repeat(unitOf(m[2]), m[1] ? countOf(m[1]) : 1) }),
  ],
  [/\b(?:every|each)\s+other\s+(day|week|month|year)\b/i, (m) => ({ recurrence: repeat(unitOf(m[1]), 2) })],
  [/\b(?:every|each)\s+(?:morning|evening|night)\b/i, () => ({ recurrence: { every: 'day', interval: 1 } })],
  [new RegExp(String.raw`\b(?:daily|everyday|nightly)${phraseEnd}`, 'i'), () => ({ recurrence: { every: 'day', interval: 1 } })],
  [new RegExp(String.raw`\b(?:bi-?weekly|fortnightly|every fortnight)${phraseEnd}`, 'i'), () => ({ recurrence: { every: 'week', interval: 2 } })],
  [new RegExp(String.raw`\bweekly${phraseEnd}`, 'i'), () => ({ recurrence: { every: 'week', interval: 1 } })],
  [new RegExp(String.raw`\bquarterly${phraseEnd}`, 'i'), () => ({ recurrence: { every: 'month', interval: 3 } })],
  [new RegExp(String.raw`\bmonthly${phraseEnd}`, 'i'), () => ({ recurrence: { every: 'month', interval: 1 } })],
  [new RegExp(String.raw`\b(?:yearly|annually)${phraseEnd}`, 'i'), () => ({ recurrence: { every: 'month', interval: 12 } })],
];

const leadIn = /(?:\b(?:that\s+)?(?:repeats?|repeating|recurring|recurs?)\s*(?:it\s+)?)$/i;

/** Finds "every monday", "daily", "every 2 weeks", "monthly on the 15th", "every other friday"; returns the text without it. */
export function extractRecurrence(text: string, clock: Clock): FoundRecurrence | undefined {
  for (const [pattern, read] of forms) {
    const match = pattern.exec(text);
    if (!match) continue;
    const found = read(match, clock);
    if (!found || found.recurrence.interval < 1 || found.recurrence.interval > 365) continue;
    let start = match.index;
    const before = text.slice(0, start).match(leadIn);
    if (before) start -= before[0].length;
    return { ...found, rest: cut(text, start, match.index + match[0].length - start) };
  }
  return undefined;
}

/** Repeats the tools cannot store (a set of weekdays), so the reply can say so instead of guessing. */
export const unsupportedRepeat = /\bevery\s+(?:weekday|week ?day|working day|business day|weekend)s?\b|\bon weekdays\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+and\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*s\b/i;
