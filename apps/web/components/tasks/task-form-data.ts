import { DEFAULT_PRIORITY } from '@todo/domain/values';

/** The fields of the task form, as the api's create/update schemas expect them (before validation). */
export function taskInputFromForm(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  // The browser turns its local date-time into ISO before sending; without script, take it as UTC.
  const localDue = text('due_local').trim();
  const dueAt = text('due_at').trim() || (localDue ? `${localDue.length === 16 ? `${localDue}:00` : localDue}Z` : '');
  const repeat = text('recurrence');
  return {
    title: text('title'),
    description: text('description'),
    priority: text('priority') || DEFAULT_PRIORITY,
    tags: text('tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    due_at: dueAt || null,
    recurrence: repeat ? { every: repeat, interval: 1 } : null,
  };
}

/** The raw text of the form, to refill it after a failed submit. */
export function taskFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ['title', 'description', 'priority', 'tags', 'due_at', 'recurrence']) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
