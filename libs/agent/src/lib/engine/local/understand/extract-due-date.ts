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
  if (!result) return { rest: text };
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
