'use client';

import type { CreateTaskRequest, ParseTaskRequest, QuickAdd as Parsed, QuickAddChipKind } from '@todo/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { QUICK_ADD_MAX } from '@todo/domain/values';
import type { ActionState } from '../../lib/action-state';
import { browserTimeZone } from '../../lib/browser-time-zone';
import { formatDue } from './due-label';
import { recurrenceLabel } from './recurrence-label';

export const QUICK_ADD_ID = 'quick-add';
// The api's header name; written out because importing it from @todo/domain would ship zod to the page.
const TIME_ZONE_HEADER = 'x-time-zone';
const PARSE_DELAY_MS = 150;

interface QuickAddProps {
  userId: string;
  add: (input: CreateTaskRequest, timeZone?: string) => Promise<ActionState>;
}

const chipNames: Record<QuickAddChipKind, string> = { due: 'due date', priority: 'priority', tags: 'tags', recurrence: 'repeat' };

/**
 * The api's parse endpoint through the web's /api proxy, which adds the session's token. Plain fetch
 * rather than the api client: the client pulls zod into the page's first load.
 */
async function requestParse(userId: string, body: ParseTaskRequest): Promise<Parsed> {
  const response = await fetch(`/api/${encodeURIComponent(userId)}/tasks/parse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TIME_ZONE_HEADER]: browserTimeZone() },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof json.message === 'string' ? json.message : 'Could not read the line');
  return json as Parsed;
}

/** A plain day ("2030-01-10") is shown as that date; an instant in the viewer's zone. */
const dueText = (dueAt: string, timeZone: string) =>
  dueAt.length === 10
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${dueAt}T12:00:00Z`))
    : formatDue(dueAt, timeZone);

function chipLabel(kind: QuickAddChipKind, parsed: Parsed, timeZone: string): string {
  if (kind === 'due' && parsed.due_at) return `Due ${dueText(parsed.due_at, timeZone)}`;
  if (kind === 'priority' && parsed.priority) return `${parsed.priority} priority`;
  if (kind === 'tags') return parsed.tags.map((tag) => `#${tag}`).join(' ');
  if (kind === 'recurrence' && parsed.recurrence) return recurrenceLabel(parsed.recurrence);
  return '';
}

/**
 * One line that reads like the chat ("Pay rent friday 9am !high #bills every month"): what the api reads
 * from it shows as chips while typing; removing a chip keeps its words in the title. Enter saves.
 */
export function QuickAdd({ userId, add }: QuickAddProps) {
  const [text, setText] = useState('');
  const [ignore, setIgnore] = useState<QuickAddChipKind[]>([]);
  const [parsed, setParsed] = useState<{ key: string; value: Parsed } | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const latest = useRef('');
  const input = useRef<HTMLInputElement>(null);

  const keyOf = (line: string, ignored: QuickAddChipKind[]) => JSON.stringify([line.trim(), ignored]);

  const parse = (line: string, ignored: QuickAddChipKind[]) => requestParse(userId, { text: line, ignore: ignored });

  useEffect(() => {
    const key = keyOf(text, ignore);
    latest.current = key;
    if (!text.trim()) return;
    const timer = setTimeout(() => {
      parse(text, ignore).then(
        (value) => latest.current === key && setParsed({ key, value }),
        () => latest.current === key && setParsed(null),
      );
    }, PARSE_DELAY_MS);
    return () => clearTimeout(timer);
    // `parse` only closes over the user id, which a page never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, ignore]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || pending) return;
    setPending(true);
    setMessage(null);
    try {
      const key = keyOf(text, ignore);
      const fields = parsed?.key === key ? parsed.value : await parse(text, ignore);
      if (!fields.title) {
        setMessage({ text: 'Add a title as well: the whole line was read as details.', error: true });
        return;
      }
      const { title, due_at, priority, tags, recurrence } = fields;
      const result = await add({ title, due_at, priority: priority ?? undefined, tags, recurrence }, browserTimeZone());
      if (result.status === 'error') {
        setMessage({ text: result.message ?? 'Could not add the task', error: true });
        return;
      }
      setText('');
      setIgnore([]);
      setParsed(null);
      setMessage({ text: result.message ?? `Added “${title}”`, error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : 'Could not add the task', error: true });
    } finally {
      setPending(false);
      input.current?.focus();
    }
  };

  // The last reading stays on screen while the next one is on its way.
  const current = parsed?.value;
  const timeZone = browserTimeZone();
  return (
    <form className="quick-add" onSubmit={save} aria-label="Quick add">
      <label htmlFor={QUICK_ADD_ID}>Add a task</label>
      <div className="quick-add__row">
        <input
          ref={input}
          id={QUICK_ADD_ID}
          name="text"
          autoComplete="off"
          maxLength={QUICK_ADD_MAX}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (!event.target.value.trim()) setIgnore([]);
          }}
          aria-describedby={`${QUICK_ADD_ID}-hint`}
          placeholder="Pay rent friday 9am !high #bills every month"
        />
        <button type="submit" className="button button--primary" disabled={pending || !text.trim()}>
          {pending ? 'Adding…' : 'Add'}
        </button>
      </div>
      <p id={`${QUICK_ADD_ID}-hint`} className="hint">
        Dates, times, <kbd>!high</kbd>, <kbd>#tags</kbd> and repeats are read as you type; press Enter to save.
      </p>
      {current && text.trim() && (
        <div className="quick-add__preview" aria-live="polite">
          <span className="quick-add__title">{current.title ? `“${current.title}”` : 'No title yet'}</span>
          {current.chips.length > 0 && (
            <ul className="chips" aria-label="Read from your line">
              {current.chips.map((chip) => (
                <li key={chip.kind} className={`chip chip--${chip.kind}`}>
                  <span>{chipLabel(chip.kind, current, timeZone)}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={`Remove ${chipNames[chip.kind]} (${chip.text})`}
                    onClick={() => setIgnore((kinds) => [...kinds, chip.kind])}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className={message?.error ? 'form-error' : 'hint'} role={message?.error ? 'alert' : 'status'}>
        {message?.text}
      </p>
    </form>
  );
}
