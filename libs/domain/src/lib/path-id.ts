import { z } from 'zod';

const INTEGER = /^-?\d+$/;

/**
 * A task or conversation id as written in a URL path. Only its form is checked here: a malformed
 * id is a malformed request, while a well-formed one that cannot exist (0, negative, beyond int32)
 * is simply not found, like any other id the caller cannot see.
 */
export const pathIdSchema = (what: 'task' | 'conversation') =>
  z.string().regex(INTEGER, { error: (issue) => `"${String(issue.input).slice(0, 40)}" is not a ${what} id` });
