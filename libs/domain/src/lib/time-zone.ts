import { z } from 'zod';
import { endOfDayIn, startOfDayIn } from './calendar-day';

export { endOfDayIn, isAllDayIn, localDateIn, startOfDayIn } from './calendar-day';

export const DEFAULT_TIME_ZONE = 'UTC';

/** The request header a client names its zone in, for this request only (REST, chat and MCP alike). */
export const TIME_ZONE_HEADER = 'x-time-zone';

// Zone names are a closed set (a few hundred): each is checked by the runtime once, not on every request.
const canonicalZones = new Map<string, string>();

/** The runtime's canonical name for a zone ("europe/berlin" → "Europe/Berlin"), or null when it knows none. */
function canonicalTimeZone(zone: string): string | null {
  const known = canonicalZones.get(zone);
  if (known) return known;
  try {
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    canonicalZones.set(zone, canonical);
    return canonical;
  } catch {
    return null;
  }
}

const isKnownTimeZone = (zone: string) => canonicalTimeZone(zone) !== null;

/** An IANA zone name ("Europe/Berlin", "America/Los_Angeles", "UTC"), as browsers report it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'time_zone must not be empty')
  .max(64, 'time_zone must be at most 64 characters')
  .refine(isKnownTimeZone, 'time_zone must be an IANA time zone such as "Europe/Berlin"')
  .transform((zone) => canonicalTimeZone(zone) as string);

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Turns a plain-date `due_at` into that day in the user's zone; anything else is left for the schema to judge. */
export function anchorDueAt<T>(value: T, zone: string): T | string {
  return isPlainDate(value) ? endOfDayIn(value.trim(), zone) : value;
}

const isPlainDate = (value: unknown): value is string =>
  typeof value === 'string' && PLAIN_DATE.test(value.trim()) && isRealDate(value.trim());

const isRealDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
};

/** The same input with a plain-date `due_at` anchored to the user's zone (REST bodies, tool arguments). */
export function withDueAtIn<T>(input: T, zone: string): T {
  if (!input || typeof input !== 'object' || !('due_at' in input)) return input;
  return { ...input, due_at: anchorDueAt((input as { due_at: unknown }).due_at, zone) };
}

/** A list query's plain-date `due_before` / `due_after` as whole days in the user's zone: on or before, on or after that day. */
export function withDueWindowIn<T>(query: T, zone: string): T {
  if (!query || typeof query !== 'object') return query;
  const { due_before, due_after } = query as { due_before?: unknown; due_after?: unknown };
  return {
    ...query,
    ...(isPlainDate(due_before) ? { due_before: endOfDayIn(due_before.trim(), zone) } : {}),
    ...(isPlainDate(due_after) ? { due_after: startOfDayIn(due_after.trim(), zone) } : {}),
  };
}
