import Fuse from 'fuse.js';
import type { TaskSummary } from '../../../tools/task-tools';
import type { TaskReference } from './command';
import type { ConversationContext } from './conversation-context';

export type Resolution =
  | { kind: 'one'; taskId: number; title?: string }
  | { kind: 'many'; tasks: TaskSummary[] }
  | { kind: 'none'; reason: 'no_list' | 'out_of_range' | 'no_subject' | 'no_match'; words?: string };

const stopWords = new Set([
  'the', 'a', 'an', 'my', 'to', 'of', 'for', 'on', 'in', 'at', 'and', 'with', 'about', 'task', 'one', 'her', 'him', 'them', 'his',
  'its', 'our', 'your', 'their', 'this', 'that', 'thing', 'ones',
]);
const stem = (word: string) => word.replace(/(?:ies|es|s|ing|ed)$/, '');
const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !stopWords.has(word))
    .map(stem);

const sharedWords = (wanted: string[], title: string) => {
  const have = tokens(title);
  return wanted.filter((word) => have.some((token) => token.startsWith(word) || word.startsWith(token))).length;
};

/** "rex's vet appt" → "Take Rex to the vet": the one title sharing all but one of several words, if only one does. */
function bestOverlap(wanted: string[], tasks: readonly TaskSummary[]): TaskSummary | undefined {
  if (wanted.length < 2) return undefined;
  const scored = tasks.map((task) => ({ task, shared: sharedWords(wanted, task.title) })).filter(({ shared }) => shared >= Math.max(1, wanted.length - 1));
  const best = Math.max(0, ...scored.map(({ shared }) => shared));
  const top = scored.filter(({ shared }) => shared === best);
  return top.length === 1 ? top[0].task : undefined;
}

/** Tasks whose title holds every word of the query, else the closest fuzzy matches (typos, word forms). */
export function matchTasksByTitle(words: string, tasks: readonly TaskSummary[]): TaskSummary[] {
  const query = words.trim().toLowerCase();
  const exact = tasks.filter((task) => task.title.trim().toLowerCase() === query);
  if (exact.length > 0) return exact;
  const wanted = tokens(query);
  if (wanted.length === 0) return [];
  const containing = tasks.filter((task) => {
    const have = tokens(task.title);
    return wanted.every((word) => have.some((token) => token.startsWith(word) || word.startsWith(token)));
  });
  if (containing.length > 0) return containing;
  const overlapping = bestOverlap(wanted, tasks);
  if (overlapping) return [overlapping];
  const fuse = new Fuse([...tasks], { keys: ['title'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const results = fuse.search(query);
  if (results.length === 0) return [];
  const best = results[0].score ?? 0;
  return results.filter((result) => (result.score ?? 0) <= best + 0.1).map((result) => result.item);
}

/** Pending tasks are what people act on; a finished namesake only matters when nothing pending matches. */
const preferPending = (tasks: TaskSummary[]) => {
  const pending = tasks.filter((task) => !task.completed);
  return pending.length > 0 ? pending : tasks;
};

export async function resolveTaskReference(
  ref: TaskReference,
  context: ConversationContext,
  loadTasks: () => Promise<TaskSummary[]>,
): Promise<Resolution> {
  switch (ref.kind) {
    case 'id':
      return { kind: 'one', taskId: ref.id };
    case 'position': {
      if (context.shownIds.length === 0) return { kind: 'none', reason: 'no_list' };
      const taskId = ref.index < 0 ? context.shownIds.at(ref.index) : context.shownIds[ref.index];
      return taskId === undefined ? { kind: 'none', reason: 'out_of_range' } : { kind: 'one', taskId };
    }
    case 'newest':
    case 'oldest': {
      const all = preferPending(await loadTasks());
      if (all.length === 0) return { kind: 'none', reason: 'no_subject' };
      const pick = all.reduce((best, task) => ((ref.kind === 'newest' ? task.id > best.id : task.id < best.id) ? task : best));
      return { kind: 'one', taskId: pick.id, title: pick.title };
    }
    case 'pronoun':
      if (context.lastTaskId !== undefined) return { kind: 'one', taskId: context.lastTaskId };
      if (context.shownIds.length === 1) return { kind: 'one', taskId: context.shownIds[0] };
      return { kind: 'none', reason: 'no_subject' };
    case 'title': {
      const all = await loadTasks();
      const shown = all.filter((task) => context.shownIds.includes(task.id));
      // An answer to "which one?" is matched against the candidates just offered first.
      const among = context.pendingRequest && shown.length > 0 ? matchTasksByTitle(ref.words, shown) : [];
      const matches = preferPending(among.length > 0 ? among : matchTasksByTitle(ref.words, all));
      if (matches.length === 1) return { kind: 'one', taskId: matches[0].id, title: matches[0].title };
      // Offered oldest first, the order lists use, so "the second one" means the same thing in both.
      if (matches.length > 1) return { kind: 'many', tasks: [...matches].sort((a, b) => a.id - b.id).slice(0, 5) };
      return { kind: 'none', reason: 'no_match', words: ref.words };
    }
  }
}
