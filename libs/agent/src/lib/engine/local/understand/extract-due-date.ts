import type * as chrono from 'chrono-node';
import { addToDay, dayOf, lastDayOfMonth, parseDates, today, wallClock, weekdayOf, type Clock, type DueSpec } from './calendar';
import { cut } from './normalize-utterance';

const leadIn = /(?:\b(?:due|by|on|at|for|before|until|till|from|starting|next|this|every)\s+)+$/i;
// chrono leaves the time of "this evening" implied; people who say a part of the day mean its time.
const dayPart = /\b(?:tonight|evening|morning|afternoon|noon|midday|midnight|night|lunch(?:time)?)\b/i;

interface Found {
  due: DueSpec;
  start: number;
  length: number;
}

/**
 * Finds a date phrase ("tomorrow", "on friday at 5pm", "first thing monday", "end of the month") and returns
 * what was said of it (a day, a time, or both) on the user's wall clock, plus the text without it.
 */
export function extractDueDate(text: string, clock: Clock): { due?: DueSpec; rest: string } {
  const found = findNamedDeadline(text, clock) ?? findWithChrono(text, clock) ?? findDayOfMonth(text, clock);
  if (!found) return { rest: text };
  let start = found.start;
  const before = text.slice(0, start).match(leadIn);
  if (before) start -= before[0].length;
  return { due: found.due, rest: cut(text, start, found.start + found.length - start) };
}

const NINE_AM = { hour: 9, minute: 0 };
const FIVE_PM = { hour: 17, minute: 0 };

/** Deadlines people say that chrono does not read, or reads differently from what they mean. */
function findNamedDeadline(text: string, clock: Clock): Found | undefined {
  const firstThing = /\bfirst thing(?:\s+in the morning)?(?:\s+(?:on\s+)?(\S+(?:\s+morning)?))?/i.exec(text);
  if (firstThing) {
    const day = firstThing[1] ? findWithChrono(firstThing[1], clock)?.due.date : undefined;
    const date = day ?? (firstThing[1] ? undefined : addToDay(today(clock), { days: wallClock(clock).getHours() >= 9 ? 1 : 0 }));
    if (date) return { due: { date, time: NINE_AM }, start: firstThing.index, length: firstThing[0].length };
  }
  const monthEnd = /\b(?:(?:the\s+)?end of (?:the |this )?month|eom)\b/i.exec(text);
  if (monthEnd) return { due: { date: lastDayOfMonth(today(clock)) }, start: monthEnd.index, length: monthEnd[0].length };
  const nextMonthEnd = /\b(?:the\s+)?end of next month\b/i.exec(text);
  if (nextMonthEnd) {
    const date = lastDayOfMonth(addToDay(`${today(clock).slice(0, 8)}01`, { months: 1 }));
    return { due: { date }, start: nextMonthEnd.index, length: nextMonthEnd[0].length };
  }
  const weekEnd = /\b(?:(?:the\s+)?end of (?:the |this )?(?:work ?)?week|eow)\b/i.exec(text);
  if (weekEnd) {
    const date = addToDay(today(clock), { days: (5 - weekdayOf(today(clock)) + 7) % 7 });
    return { due: { date }, start: weekEnd.index, length: weekEnd[0].length };
  }
  const dayEnd = /\b(?:(?:the\s+)?end of (?:the |to)?day|eod|close of business|cob)\b/i.exec(text);
  if (dayEnd) return { due: { date: today(clock), time: FIVE_PM }, start: dayEnd.index, length: dayEnd[0].length };
  return undefined;
}

// "cyber monday shopping list", "monday's roster": a weekday inside a name is no due date.
const namedDay = /\b(?:cyber|black|good|holy|ash|easter|blue|manic|fat|shrove|super|boxing|palm|whit|memorial|labou?r)\s*$/i;
const possessive = /^'s\b/i;

function findWithChrono(text: string, clock: Clock): Found | undefined {
  const [result] = parseDates(text, clock).filter(
    (parsed) => !(namedDay.test(text.slice(0, parsed.index)) || possessive.test(text.slice(parsed.index + parsed.text.length))),
  );
  if (!result) return undefined;
  // "parents evening next thursday 6.30pm": a part of the day before a said time belongs to the title.
  const leadingPart = result.text.match(/^(?:evening|morning|afternoon|night)\s+/i);
  if (leadingPart && result.start.isCertain('hour') && !/^(?:this|tomorrow|tonight)/i.test(result.text)) {
    const inner = findWithChrono(text.slice(result.index + leadingPart[0].length), clock);
    if (inner) return { ...inner, start: inner.start + result.index + leadingPart[0].length };
  }
  const date = dayOf(result.start);
  const timed = result.start.isCertain('hour') || dayPart.test(result.text);
  const daySaid = ['day', 'weekday', 'month'].some((part) => result.start.isCertain(part as chrono.Component)) || /\b(?:tonight|today)\b/i.test(result.text);
  let due: DueSpec = timed ? withDaytimeHour(result, date, clock) : { date };
  // chrono puts "tonight" at 10pm; people mean the evening.
  if (/\btonight\b/i.test(result.text) && !result.start.isCertain('hour')) due = { date, time: { hour: 20, minute: 0 } };
  if (timed && !daySaid) return { due: { time: due.time, fallbackDate: due.date }, start: result.index, length: result.text.length };
  return { due, start: result.index, length: result.text.length };
}

// "call mom at 5" means the afternoon: an hour from 1 to 7 said without am/pm is taken as pm.
function withDaytimeHour(result: chrono.ParsedResult, date: string, clock: Clock): DueSpec {
  const hour = result.start.get('hour') ?? 0;
  const time = { hour, minute: result.start.get('minute') ?? 0 };
  if (result.start.isCertain('meridiem') || !result.start.isCertain('hour') || hour < 1 || hour > 7) return { date, time };
  const afternoon = { ...time, hour: hour + 12 };
  if (result.start.isCertain('day') || result.start.isCertain('weekday')) return { date, time: afternoon };
  // chrono moved a bare "at 5" to tomorrow when 5am had passed; 5pm today may still be ahead.
  const now = wallClock(clock);
  const laterToday = now.getHours() * 60 + now.getMinutes() < afternoon.hour * 60 + afternoon.minute;
  return { date: laterToday ? today(clock) : date, time: afternoon };
}

// chrono reads "june 1st" but not a bare "by the 1st" / "on the 30th": the next such day of a month.
// The lead word is required: a lone "the 2nd" after a list means its second task, not a date.
const dayOfMonth = /\b(?:due|by|on|before|until|till|for|to)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:one|ones|task|tasks|item|items|todo|todos|to-do|entry)\b)/i;

function findDayOfMonth(text: string, clock: Clock): Found | undefined {
  const match = dayOfMonth.exec(text);
  const date = match ? nextDayOfMonth(Number(match[1]), clock) : undefined;
  return match && date ? { due: { date }, start: match.index, length: match[0].length } : undefined;
}

/** The next calendar day with this day-of-month, today included; months without it are skipped. */
export function nextDayOfMonth(day: number, clock: Clock): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const start = today(clock);
  for (let months = 0; months < 13; months += 1) {
    const candidate = `${addToDay(`${start.slice(0, 8)}01`, { months }).slice(0, 8)}${String(day).padStart(2, '0')}`;
    const real = addToDay(candidate, { days: 0 }) === candidate;
    if (real && candidate >= start) return candidate;
  }
  return undefined;
}
