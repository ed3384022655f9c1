import type { DueChange } from './command';
import { cut } from './normalize-utterance';

const amounts: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, 'a couple of': 2, 'a couple': 2, couple: 2, 'a few': 3, few: 3,
};
const amount = String.raw`(\d{1,3}|a couple(?: of)?|a few|an?|one|two|three|four|five|six|seven|ten|half an?)`;
const shiftPhrase = new RegExp(
  String.raw`\b(?:by\s+)?${amount}\s+(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)(?:\s+(later|earlier|sooner|back|forward|ahead|out|from (?:then|that)))?\b`,
  'i',
);
const earlierWords = /\b(?:earlier|sooner|forward|ahead|bring|pull)\b/i;

type Shift = NonNullable<DueChange['shift']>;

function shiftOf(count: number, unit: string): Shift {
  const key = unit.toLowerCase();
  if (key.startsWith('mo')) return { months: count };
  if (key.startsWith('min')) return { minutes: count };
  if (key.startsWith('h')) return { minutes: 60 * count };
  if (key.startsWith('w')) return { days: 7 * count };
  return { days: count };
}

const negate = (shift: Shift): Shift => Object.fromEntries(Object.entries(shift).map(([key, value]) => [key, -value]));

/**
 * Reads a move of the current due date: "a day later", "by a week", "2 hours earlier". `verb` is the change
 * word ("push back", "bring forward"), which says the direction when the phrase does not.
 */
export function extractShift(text: string, verb = ''): { shift?: Shift; rest: string } {
  const match = shiftPhrase.exec(text);
  if (!match) return { rest: text };
  const said = match[1].toLowerCase();
  const count = said.startsWith('half') ? 0.5 : (amounts[said] ?? Number(said));
  let shift = shiftOf(count, match[2]);
  if (shift.days !== undefined && !Number.isInteger(shift.days)) shift = { minutes: shift.days * 24 * 60 };
  if (shift.months !== undefined && !Number.isInteger(shift.months)) shift = { days: 15 };
  const direction = match[3] ?? '';
  const earlier = direction ? earlierWords.test(direction) : earlierWords.test(verb);
  return { shift: earlier ? negate(shift) : shift, rest: cut(text, match.index, match[0].length) };
}
