import type { Priority, Recurrence } from '@todo/domain';
import type { TaskSummary } from '../../../tools/task-tools';
import type { BulkAction, ListFilters, SmallTalkTopic } from '../understand/command';
import { CLARIFY_PREFIX, CONFIRM_QUESTION, UNDO_PREFIX } from '../understand/conversation-context';
import type { Resolution } from '../understand/resolve-task-reference';
import { formatDue, formatRecurrence } from './format-due';

/** What a change set on a task, as applied (the due date already resolved). */
export interface AppliedChanges {
  title?: string;
  description?: string;
  priority?: Priority;
  due_at?: string | null;
  recurrence?: Recurrence | null;
}

/** How many tasks a list reply spells out; the rest are counted. */
export const LIST_SHOWN_MAX = 20;

const quote = (title: string) => `"${title}"`;
type Slots = { priority?: Priority; tags?: string[]; due_at?: string | null; recurrence?: Recurrence | null };

const bulkVerbs: Record<BulkAction['kind'], [string, string]> = {
  complete: ['mark these as done', 'marked as done'],
  reopen: ['reopen these', 'reopened'],
  delete: ['delete these', 'deleted'],
  update: ['change these', 'changed'],
};

/** The replies of the built-in engine; dates are written on the user's wall clock. */
export const repliesIn = (zone: string) => {
  const details = (slots: Slots) =>
    [
      slots.due_at ? `due ${formatDue(slots.due_at, zone)}` : undefined,
      slots.recurrence ? `repeats ${formatRecurrence(slots.recurrence)}` : undefined,
      slots.priority && slots.priority !== 'medium' ? `${slots.priority} priority` : undefined,
      slots.tags?.length ? slots.tags.map((tag) => `#${tag}`).join(' ') : undefined,
    ].filter(Boolean);
  const withDetails = (text: string, slots: Slots) => {
    const parts = details(slots);
    return parts.length > 0 ? `${text} (${parts.join(', ')}).` : `${text}.`;
  };
  const taskLines = (tasks: TaskSummary[]) =>
    tasks.slice(0, LIST_SHOWN_MAX).map((task, index) => {
      const extra = details(task);
      return `${index + 1}. ${task.completed ? '[done] ' : ''}${task.title} (#${task.id})${extra.length ? ` — ${extra.join(', ')}` : ''}`;
    });
  const more = (tasks: TaskSummary[]) => (tasks.length > LIST_SHOWN_MAX ? [`…and ${tasks.length - LIST_SHOWN_MAX} more.`] : []);
  return {
  added: (title: string, slots: Slots) => withDetails(`Added ${quote(title)} to your list`, slots),
  askTitle: () => 'Sure — what should the task say?',
  completed: (title: string) => `Nice work! I marked ${quote(title)} as done.`,
  reopened: (title: string) => `Okay, ${quote(title)} is open again.`,
  deleted: (title: string) => `Done — I deleted ${quote(title)}.`,
  updated: (title: string, changes: AppliedChanges, tags?: string[]) => {
    const parts = [
      changes.title !== undefined ? `renamed it to ${quote(changes.title)}` : undefined,
      changes.priority ? `set the priority to ${changes.priority}` : undefined,
      changes.due_at === null ? 'removed the due date' : undefined,
      changes.due_at ? `set it due ${formatDue(changes.due_at, zone)}` : undefined,
      changes.recurrence === null ? 'it no longer repeats' : undefined,
      changes.recurrence ? `it repeats ${formatRecurrence(changes.recurrence)}` : undefined,
      tags ? (tags.length ? `its tags are now ${tags.map((tag) => `#${tag}`).join(' ')}` : 'removed its tags') : undefined,
      changes.description !== undefined ? 'updated the description' : undefined,
    ].filter(Boolean);
    return `Updated ${quote(title)}: ${parts.join(', ')}.`;
  },
  askChange: (title: string) =>
    `What should I change about ${quote(title)}? You can give it a new title, a priority, a due date or tags.`,
  listed: (tasks: TaskSummary[], filters: ListFilters) => {
    const what = [
      filters.status === 'pending' ? 'open' : filters.status === 'completed' ? 'finished' : undefined,
      filters.priority ? `${filters.priority}-priority` : undefined,
      'tasks',
      filters.tag ? `tagged #${filters.tag}` : undefined,
      filters.q ? `matching ${quote(filters.q)}` : undefined,
      filters.dueLabel,
    ]
      .filter(Boolean)
      .join(' ');
    if (tasks.length === 0) {
      return filters.status === 'pending' && !filters.q && !filters.tag && !filters.priority
        ? `You have no ${what}. Nice and clear!`
        : `You have no ${what}.`;
    }
    const heading = tasks.length === 1 ? `You have 1 ${what.replace(/^(\S*\s*)tasks/, '$1task')}:` : `You have ${tasks.length} ${what}:`;
    return [heading, ...taskLines(tasks), ...more(tasks)].join('\n');
  },
  proposeBulk: (action: BulkAction, tasks: TaskSummary[]) => {
    const count = tasks.length === 1 ? 'this task' : `these ${tasks.length} tasks`;
    return [`I'd ${bulkVerbs[action.kind][0].replace('these', count)}:`, ...taskLines(tasks), ...more(tasks), CONFIRM_QUESTION].join('\n');
  },
  noBulkMatch: () => 'No tasks match that, so nothing changed.',
  bulkDone: (action: BulkAction, titles: string[], failed: number) => {
    const list = titles.slice(0, 5).map(quote).join(', ') + (titles.length > 5 ? ` and ${titles.length - 5} more` : '');
    const problem = failed > 0 ? ` ${failed} could not be changed (they may have been deleted meanwhile).` : '';
    return titles.length === 0 ? `Nothing was changed.${problem}` : `Done — ${bulkVerbs[action.kind][1]}: ${list}.${problem}`;
  },
  bulkCancelled: () => 'Okay, I left everything as it was.',
  nothingToConfirm: () => "There's nothing waiting for a yes. What would you like to do with your tasks?",
  undone: (what: string[]) => `${UNDO_PREFIX}: ${what.join('; ')}.`,
  nothingToUndo: () => "There's nothing to undo in this conversation yet.",
  noPrevious: () => 'What should I do with it? For example "mark it done" or "delete it".',
  when: (task: TaskSummary) =>
    task.due_at
      ? `${quote(task.title)} is due ${formatDue(task.due_at, zone)}${task.recurrence ? ` (repeats ${formatRecurrence(task.recurrence)})` : ''}${task.completed ? ', and it is already done' : ''}.`
      : `${quote(task.title)} has no due date. Say "make it due friday" to set one.`,
  status: (task: TaskSummary) =>
    task.completed
      ? `Yes — ${quote(task.title)} is done.`
      : `Not yet — ${quote(task.title)} is still open${task.due_at ? `, due ${formatDue(task.due_at, zone)}` : ''}.`,
  suggest: (task: TaskSummary | undefined, reason: string) =>
    task ? `I'd start with ${quote(task.title)} (#${task.id}) — ${reason}.` : 'Nothing is open right now. Enjoy the free time!',
  clarify: (tasks: TaskSummary[]) => {
    const options = tasks.map((task) => `#${task.id} ${quote(task.title)}`);
    const joined = options.length > 1 ? `${options.slice(0, -1).join(', ')} or ${options.at(-1)}` : options[0];
    return `${CLARIFY_PREFIX}: ${joined}?`;
  },
  unresolved: (resolution: Extract<Resolution, { kind: 'none' }>) => {
    switch (resolution.reason) {
      case 'no_list':
        return "I haven't shown you a list yet. Say \"show my tasks\" and then pick one by its number.";
      case 'out_of_range':
        return "That list doesn't have that many tasks. Which one do you mean?";
      case 'no_subject':
        return 'Which task do you mean? You can use its number, like "task 3", or words from its title.';
      case 'no_match':
        return `I couldn't find a task matching ${quote(resolution.words ?? '')}. Say "show my tasks" to see them all.`;
    }
  },
  notFound: (taskId: number) => `I couldn't find task ${taskId}. Say "show my tasks" to see your tasks and their numbers.`,
  failed: (error: string) => `Sorry, I couldn't do that: ${error}.`,
  pickAction: () => 'What would you like to do with it? For example "mark it done", "delete it" or "make it high priority".',
  smallTalk: (topic: SmallTalkTopic) => smallTalk[topic],
  unsupported: (what: string) => unsupported[what] ?? unsupported['outside'],
  unknown: () =>
    'Sorry, I didn\'t get that. I can add, list, complete, update and delete your tasks — try "add buy milk tomorrow" or "what\'s left to do?".',
  };
};

const help =
  'I manage your tasks. Try "add call mom tomorrow at 5pm", "pay rent every month on the 1st", "what\'s left to do?", "mark task 3 as done", "push it back a day", "complete all my shopping tasks" or "undo that".';

const smallTalk: Record<SmallTalkTopic, string> = {
  greeting: `Hi! ${help}`,
  thanks: "You're welcome! Anything else on your list?",
  bye: 'Bye! Your tasks will be here when you get back.',
  help,
  identity: `I'm your task assistant. ${help}`,
  wellbeing: "I'm doing well, thanks! Want to see what's on your list?",
  affirm: 'Okay. What would you like to do with your tasks?',
};

const unsupported: Record<string, string> = {
  weekdays:
    'I can repeat a task every day, every few weeks or months, or on one weekday ("every monday"), but not on a set of days. Shall I make it daily or weekly instead?',
  outside: "Sorry, I can't do that — I can only help with your tasks: adding, listing, completing, updating and deleting them.",
  share: "I can't share or assign tasks to other people; each person's tasks are their own.",
};
