import { ClientError, notFound, TASK_ID_MAX } from '@todo/domain';

/**
 * Ids are Postgres integer serials. A non-numeric id is a malformed request (400); a
 * well-formed id that cannot exist (0, negative, beyond int32) is simply not found (404).
 */
export function parseId(raw: string, what: 'Task' | 'Conversation'): number {
  const shown = raw.slice(0, 40);
  if (!/^-?\d+$/.test(raw)) throw new ClientError(400, 'invalid_id', `"${shown}" is not a ${what.toLowerCase()} id`);
  const id = Number(raw);
  if (id < 1 || id > TASK_ID_MAX) throw notFound(`${what} ${shown}`);
  return id;
}
