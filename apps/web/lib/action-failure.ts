import { isApiError } from '@todo/api-client';
import { ZodError } from 'zod';
import type { ActionState } from './action-state';

const firstErrorPerField = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) => {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    fields[field] ??= issue.message;
  }
  return fields;
};

const isIssueList = (value: unknown): value is Array<{ path: PropertyKey[]; message: string }> =>
  Array.isArray(value) && value.every((item) => item && Array.isArray(item.path) && typeof item.message === 'string');

/** Turns a validation or api failure into form state; anything else is our bug and is rethrown. */
export function actionFailure(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof ZodError) {
    return { status: 'error', message: 'Please correct the highlighted fields.', fieldErrors: firstErrorPerField(error.issues), values };
  }
  if (isApiError(error)) {
    const message = error.status === 401 ? 'Your session has expired. Please sign in again.' : error.message;
    const fieldErrors = isIssueList(error.details) ? firstErrorPerField(error.details) : undefined;
    return { status: 'error', message, fieldErrors, values };
  }
  throw error;
}
