import { types } from 'pg';

/** A task row as Postgres writes it in text (tags already JSON), in the order `taskJsonFromText` names. */
export type TaskTextRow = (string | null)[];

const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date;
// What a server in UTC writes (DateStyle ISO, the one node-postgres itself requires).
const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/** `Date#toISOString` of a timestamptz in Postgres's text: milliseconds truncated, any offset. */
export function isoInstant(text: string): string {
  const utc = UTC_TIMESTAMP.exec(text);
  if (!utc) return parseTimestamptz(text).toISOString();
  return `${utc[1]}T${utc[2]}.${(utc[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
}

const quoted = JSON.stringify;
const instantOrNull = (text: string | null) => (text === null ? 'null' : quoted(isoInstant(text)));

/**
 * One task of the contract as JSON, straight from its text row: no Date, no object per row.
 * Columns: id, user_id, title, description, completed, priority, tags (JSON), due_at,
 * recurrence_every, recurrence_interval, completed_at, created_at, updated_at.
 */
export function taskJsonFromText(row: TaskTextRow): string {
  const [id, userId, title, description, completed, priority, tags, dueAt, every, interval, completedAt, createdAt, updatedAt] = row;
  const recurrence = every !== null && interval !== null ? `{"every":${quoted(every)},"interval":${interval}}` : 'null';
  return (
    `{"id":${id},"user_id":${quoted(userId)},"title":${quoted(title)},"description":${quoted(description)},` +
    `"completed":${completed === 't'},"priority":${quoted(priority)},"tags":${tags},"due_at":${instantOrNull(dueAt)},` +
    `"recurrence":${recurrence},"completed_at":${instantOrNull(completedAt)},` +
    `"created_at":${instantOrNull(createdAt)},"updated_at":${instantOrNull(updatedAt)}}`
  );
}
