import { TZDate } from '@date-fns/tz';
import { isAllDayIn, localDateIn } from '@todo/domain';
import * as chrono from 'chrono-node';

/** The moment of the turn and the user's zone: every date word is read on the user's wall clock. */
export interface Clock {
  now: Date;
  zone: string;
}

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** A due date as said: a calendar day, a time of day, or both; either part may be missing. */
export interface DueSpec {
  date?: string;
  time?: TimeOfDay;
  /** For a time said without a day: the next day that time comes (today while it is still ahead). */
  fallbackDate?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** The user's wall clock now, as a date whose getters read in their zone. */
export const wallClock = ({ now, zone }: Clock) => new TZDate(now.getTime(), zone);

export const today = (clock: Clock) => localDateIn(clock.now, clock.zone);

/** A calendar day moved by whole days, months or years (Jan 31 + 1 month is the last day of February). */
export function addToDay(date: string, amount: { days?: number; months?: number }): string {
  const [year, month, day] = date.split('-').map(Number);
  if (amount.months) {
    const target = new Date(Date.UTC(year, month - 1 + amount.months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return isoDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, lastDay));
  }
  const moved = new Date(Date.UTC(year, month - 1, day + (amount.days ?? 0)));
  return isoDay(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday, for a calendar day. */
export const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

export const lastDayOfMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number);
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
};

/** The instant of a wall-clock time on a calendar day in the user's zone. */
export function instantAt(date: string, time: TimeOfDay, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, time.hour, time.minute, 0, 0, zone).getTime());
}

export const startOfDayAt = (date: string, zone: string) => instantAt(date, { hour: 0, minute: 0 }, zone);

/** The parts of a stored due date, on the user's wall clock; a plain day has no time. */
export function dueParts(dueAt: string | null | undefined, zone: string): DueSpec | undefined {
  if (!dueAt) return undefined;
  const local = new TZDate(new Date(dueAt).getTime(), zone);
  const date = isoDay(local.getFullYear(), local.getMonth() + 1, local.getDate());
  return isAllDayIn(dueAt, zone) ? { date } : { date, time: { hour: local.getHours(), minute: local.getMinutes() } };
}

/** Turns a spec into a `due_at` the tools take: a plain day, or an instant in the user's zone. */
export function dueAtOf(spec: Required<Pick<DueSpec, 'date'>> & DueSpec, zone: string): string {
  return spec.time ? instantAt(spec.date, spec.time, zone).toISOString() : spec.date;
}

/**
 * chrono reads a phrase against a reference: the user's UTC offset now makes "tomorrow" and "5pm" theirs.
 * Its components (not its Date) are kept, so a date across a daylight-saving change keeps its wall-clock time.
 */
export function parseDates(text: string, clock: Clock): chrono.ParsedResult[] {
  const offsetMinutes = -new TZDate(clock.now.getTime(), clock.zone).getTimezoneOffset();
  return chrono.casual.parse(text, { instant: clock.now, timezone: offsetMinutes }, { forwardDate: true });
}

export const dayOf = (components: chrono.ParsedComponents) =>
  isoDay(components.get('year') ?? 1970, components.get('month') ?? 1, components.get('day') ?? 1);
