import type { Priority } from '@todo/domain';
import type { TaskSummary } from '../../../tools/task-tools';
import type { ListFilters, SmallTalkTopic, TaskChanges } from '../understand/command';
import { CLARIFY_PREFIX } from '../understand/conversation-context';
import type { Resolution } from '../understand/resolve-task-reference';
import { formatDue } from './format-due';

/** How many tasks a list reply spells out; the rest are counted. */
export const LIST_SHOWN_MAX = 20;

const quote = (title: string) => `"${title}"`;
const details = (slots: { priority?: Priority; tags?: string[]; due_at?: string | null }) =>
  [
    slots.due_at ? `due ${formatDue(slots.due_at)}` : undefined,
    slots.priority && slots.priority !== 'medium' ? `${slots.priority} priority` : undefined,
    slots.tags?.length ? slots.tags.map((tag) => `#${tag}`).join(' ') : undefined,
  ].filter(Boolean);

const withDetails = (text: string, slots: Parameters<typeof details>[0]) => {
  const parts = details(slots);
  return parts.length > 0 ? `${text} (${parts.join(', ')}).` : `${text}.`;
};

export const replies = {
  added: (title: string, slots: Parameters<typeof details>[0]) => withDetails(`Added ${quote(title)} to your list`, slots),
  askTitle: () => 'Sure — what should the task say?',
  completed: (title: string) => `Nice work! I marked ${quote(title)} as done.`,
  deleted: (title: string) => `Done — I deleted ${quote(title)}.`,
  updated: (title: string, changes: TaskChanges, tags?: string[]) => {
    const parts = [
      changes.title !== undefined ? `renamed it to ${quote(changes.title)}` : undefined,
      changes.priority ? `set the priority to ${changes.priority}` : undefined,
      changes.due_at === null ? 'removed the due date' : undefined,
      changes.due_at ? `set it due ${formatDue(changes.due_at)}` : undefined,
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
    const lines = tasks.slice(0, LIST_SHOWN_MAX).map((task, index) => {
      const extra = details(task);
      return `${index + 1}. ${task.completed ? '[done] ' : ''}${task.title} (#${task.id})${extra.length ? ` — ${extra.join(', ')}` : ''}`;
    });
    const more = tasks.length > LIST_SHOWN_MAX ? [`…and ${tasks.length - LIST_SHOWN_MAX} more.`] : [];
    const heading = tasks.length === 1 ? `You have 1 ${what.replace(/^(\S*\s*)tasks/, '$1task')}:` : `You have ${tasks.length} ${what}:`;
    return [heading, ...lines, ...more].join('\n');
  },
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

const help =
  'I manage your tasks. Try "add call mom tomorrow at 5pm", "what\'s left to do?", "mark task 3 as done", "make it high priority", "tag it work" or "delete the dentist task".';

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
  reopen: "I can't reopen a finished task from the chat yet. You can untick it in your task list.",
  bulk: 'I can only change one task at a time, to keep your list safe. Which task do you mean?',
  recurrence:
    "I can't set up repeating tasks from the chat yet; you can add a repeat in the task list. I can add it once if you like — just say \"add …\".",
  outside: "Sorry, I can't do that — I can only help with your tasks: adding, listing, completing, updating and deleting them.",
  share: "I can't share or assign tasks to other people; each person's tasks are their own.",
};
