import { z } from 'zod';
import { notFound, pathIdSchema, TASK_ID_MAX } from '@todo/domain';

export const userPathSchema = z.object({ user_id: z.string() });
export const taskPathSchema = userPathSchema.extend({ id: pathIdSchema('task') });
export const conversationPathSchema = userPathSchema.extend({ id: pathIdSchema('conversation') });

/**
 * A path id whose form the route schema has checked, as the integer serial it names. One that
 * cannot exist (0, negative, beyond int32) is not found, like any other id the caller cannot see.
 */
export function existingId(raw: string, what: 'Task' | 'Conversation'): number {
  const id = Number(raw);
  if (id < 1 || id > TASK_ID_MAX) throw notFound(`${what} ${raw.slice(0, 40)}`);
  return id;
}
