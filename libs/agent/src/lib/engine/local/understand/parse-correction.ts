import type { Clock } from './calendar';
import type { Command } from './command';
import { extractDueDate } from './extract-due-date';
import { extractPriority } from './extract-priority';

const meant = /^(?:no\s+|sorry\s+|oops\s+|wait\s+|actually\s+|i mean\s+)*(?:i\s+)?meant(?:\s+to\s+(?:say|write|type))?\s+(.+)$|^(?:it\s+)?should(?:\s+have)?\s+(?:be|been|say|said)\s+(.+)$/i;

/** "sorry i meant pick up parcel", "oops i meant saturday": a fix to what was just said, about the last task. */
export function parseCorrection(text: string, clock: Clock): Command | undefined {
  const match = text.match(meant);
  const said = (match?.[1] ?? match?.[2])?.trim().replace(/^["']|["']$/g, '');
  if (!said) return undefined;
  const { due, rest } = extractDueDate(said, clock);
  if (due && !/\p{L}{2,}/u.test(rest.replace(/\b(?:on|at|for|by|the|due)\b/gi, ''))) return { kind: 'update', ref: { kind: 'pronoun' }, changes: { due } };
  const { priority, rest: afterPriority } = extractPriority(said);
  if (priority && !/\p{L}{2,}/u.test(afterPriority)) return { kind: 'update', ref: { kind: 'pronoun' }, changes: { priority } };
  return { kind: 'update', ref: { kind: 'pronoun' }, changes: { title: said } };
}
