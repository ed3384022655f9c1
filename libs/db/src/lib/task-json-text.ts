import { types } from 'pg';

/** A task row as Postgres writes it in text (tags already JSON), in the order `taskJsonFromText` names. */
export type TaskTextRow = (string | null)[];

const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date;

/**
 * `Date#toISOString` of a timestamptz in Postgres's text: milliseconds truncated, any offset.
 * What a server in UTC writes (DateStyle ISO, which node-postgres itself requires) is sliced,
 * "2031-02-03 04:05:06.789999+00" with 0–6 fraction digits; anything else goes through pg's parser.
 */
export function isoInstant(text: string): string {
  const end = text.length - 3;
  const utcWithFourDigitYear = text.charCodeAt(10) === 32 && text.endsWith('+00') && (end === 19 || (text.charCodeAt(19) === 46 && end <= 26));
  if (!utcWithFourDigitYear) return parseTimestamptz(text).toISOString();
  const milliseconds = end === 19 ? '000' : (text.slice(20, end) + '00').slice(0, 3);
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${milliseconds}Z`;
}

const quoted = JSON.stringify;
// An ISO instant has nothing JSON escapes.
const instantOrNull = (text: string | null) => (text === null ? 'null' : `"${isoInstant(text)}"`);

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
