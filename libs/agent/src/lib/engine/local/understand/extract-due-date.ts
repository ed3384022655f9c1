import * as chrono from 'chrono-node';
import { cut } from './normalize-utterance';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant, as YYYY-MM-DD. */
export const localDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

const leadIn = /(?:\b(?:due|by|on|at|for|before|until|till|from|starting|next|this|every)\s+)+$/i;

/**
 * Finds a date phrase ("tomorrow", "on friday at 5pm", "june 20th 3:30pm") with chrono and returns it
 * as a local date when no time was said, or an ISO instant when one was; plus the text without it.
 */
export function extractDueDate(text: string, now: Date): { due_at?: string; rest: string } {
  const [result] = chrono.casual.parse(text, now, { forwardDate: true });
  if (!result) return extractDayOfMonth(text, now);
  let start = result.index;
  const before = text.slice(0, start).match(leadIn);
  if (before) start -= before[0].length;
  const rest = cut(text, start, result.index + result.text.length - start);
  if (!result.start.isCertain('hour')) return { due_at: localDate(result.start.date()), rest };
  return { due_at: withDaytimeHour(result, now).toISOString(), rest };
}

// "call mom at 5" means the afternoon: an hour from 1 to 7 said without am/pm is taken as pm.
function withDaytimeHour(result: chrono.ParsedResult, now: Date): Date {
  const date = result.start.date();
  const hour = result.start.get('hour') ?? 0;
  if (result.start.isCertain('meridiem') || hour < 1 || hour > 7) return date;
  const afternoon = new Date(date.getTime() + 12 * 3_600_000);
  const sameDay = new Date(afternoon.getTime() - 24 * 3_600_000);
  return !result.start.isCertain('day') && sameDay > now ? sameDay : afternoon;
}

// chrono reads "june 1st" but not a bare "by the 1st" / "on the 30th": the next such day of a month.
// The lead word is required: a lone "the 2nd" after a list means its second task, not a date.
const dayOfMonth = /\b(?:due|by|on|before|until|till)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:one|ones|task|tasks|item|items|todo|todos|to-do|entry)\b)/i;

function extractDayOfMonth(text: string, now: Date): { due_at?: string; rest: string } {
  const match = dayOfMonth.exec(text);
  const day = match ? Number(match[1]) : 0;
  if (!match || day < 1 || day > 31) return { rest: text };
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  for (let months = 0; months < 13; months += 1) {
    const candidate = new Date(today.getFullYear(), today.getMonth() + months, day);
    // A month without that day rolls over (Nov 31 → Dec 1): skip it, as people mean the next real one.
    if (candidate.getDate() === day && candidate >= today) {
      return { due_at: localDate(candidate), rest: cut(text, match.index, match[0].length) };
    }
  }
  return { rest: text };
}
