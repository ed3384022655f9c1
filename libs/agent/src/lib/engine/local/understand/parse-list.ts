import type { Clock } from './calendar';
import type { Command, ListFilters } from './command';
import { findDueWindow } from './due-window';
import { extractPriority } from './extract-priority';
import { extractTags } from './extract-tags';

const asks =
  /^(?:show|list|display|view|see|give|get|what|what's|whats|which|any|anything|do i have|have i|how many|how much|tell me|read|print|check|pull up|open|is there|are there|remind me what|let me see|can i see|where|fetch|bring up|gimme|my|all|summari[sz]e|overview)\b/i;
const taskish =
  /\b(?:tasks?|todos?|to-?dos?|list|items?|things|stuff|left|pending|remaining|outstanding|unfinished|incomplete|open|done|finished|completed?|accomplished|due|overdue|plate|agenda|priority|urgent|important|tagged|everything|anything|reminders?|to do|schedule|on (?:my|the) (?:list|plate|agenda)|today|tonight|tomorrow|this week|next week)\b/i;
// Questions about one's load that name no task word: "what do I have?", "what's next?", "anything else on?".
const holdings =
  /^(?:so\s+|and\s+|ok\s+)?(?:what(?: else)?|anything(?: else)?)\s*(?:do i (?:have|got)|have i got|i got|(?:'?s|is) (?:next|up next|on|coming up|planned)|on)\b(?:\s+(?:on|planned|lined up|going on|for me|today|this week))?\s*\??$/i;
const nounPhrase = /^(?:(?:my|all|the|all my|every)\s+)?(?:[\w-]+\s+){0,3}(?:tasks|todos|to-?dos|list|items|reminders)$/i;
const search = /^(?:find|search(?:\s+for)?|look(?:ing)?\s+(?:up|for)|lookup|where(?:'s| is)|do i have (?:a|any) (?:task|todo)s? (?:about|for|called|named|with))\s+(.+)$/i;
const about = /\b(?:about|containing|mentioning|matching|with the words?|that mentions?|called|named|related to|regarding)\s+(.+)$/i;

const pending =
  /\bon (?:my|the) (?:plate|agenda)\b|\b(?:left|pending|remaining|remain|outstanding|unfinished|incomplete|undone|open|active|not (?:yet )?(?:done|finished|completed?)|to do|todo|need to|have to|got to|gotta|should|still)\b/i;
const completed = /\b(?:done|finished|completed?|accomplished|did i|checked off|ticked off|crossed off)\b/i;
const notTopics = new Set([
  'tasks', 'todos', 'items', 'things', 'stuff', 'reminders',
  'pending', 'open', 'completed', 'complete', 'finished', 'done', 'remaining', 'high', 'low', 'medium', 'priority', 'all',
  'overdue', 'urgent', 'current', 'upcoming', 'outstanding', 'unfinished', 'incomplete', 'new', 'old', 'other', 'my', 'the',
  'todo', 'to-do', 'task', 'important', 'today', "today's", 'tomorrow', 'week', "week's", 'every', 'active', 'due', 'recent', 'latest',
]);

function statusOf(text: string): ListFilters['status'] | undefined {
  if (pending.test(text)) return 'pending';
  if (completed.test(text)) return 'completed';
  return undefined;
}

const cleanQuery = (text: string) =>
  text
    .replace(/^(?:(?:the|my|a|any|all)\s+)+/i, '')
    .replace(/^(?:tasks?|todos?|items?)\s+(?:about|for|called|named|with)\s+/i, '')
    .replace(/\s+(?:tasks?|todos?|items?|one)$/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();

/** "what's left to do?", "show me everything I finished", "what's due this week?", "find milk", "anything about the car?". */
export function parseList(text: string, clock: Clock): Command | undefined {
  const searched = text.match(search) ?? text.match(anythingAbout);
  if (searched) {
    const q = cleanQuery(searched[1]);
    return q ? { kind: 'list', filters: { status: 'all', q } } : undefined;
  }
  if (!((asks.test(text) && taskish.test(text)) || nounPhrase.test(text) || holdings.test(text))) return undefined;
  return { kind: 'list', filters: readListFilters(text, clock) };
}

const anythingAbout = /^(?:is there\s+)?(?:(?:have i |i've |you )?got anything|anything|something|any tasks?|any todos?|do i have anything|what do i have|what(?:'s| is) there)\s+(?:about|for|regarding|related to|to do with|concerning|with|involving|mentioning)\s+(?:the\s+|my\s+)?(.+?)\??$/i;

/** The status, due window, priority, tag and topic a list request names. */
export function readListFilters(text: string, clock: Clock): ListFilters {
  const filters: ListFilters = { status: statusOf(text) ?? 'all' };
  const window = /\bdue\b|\b(?:today|tonight|tomorrow|this week|next week|this month|overdue|past due|late|upcoming|coming up|soon)\b/i.test(text)
    ? findDueWindow(text.replace(/^.*?\bdue\b/i, ''), clock) ?? findDueWindow(text, clock)
    : undefined;
  if (window) {
    // Both bounds are inclusive: end one millisecond early so a task due at the next midnight stays out.
    if (window.after) filters.due_after = window.after.toISOString();
    if (window.before) filters.due_before = new Date(window.before.getTime() - 1).toISOString();
    filters.dueLabel = window.label;
    if (filters.status === 'all' || window.pendingOnly) filters.status = 'pending';
  }
  const { priority } = extractPriority(text);
  if (priority) filters.priority = priority;
  const { tags } = extractTags(text);
  if (tags.length > 0) filters.tag = tags[0];
  const topic = text.match(about);
  if (topic) filters.q = cleanQuery(topic[1]);
  else if (!filters.tag) {
    const kind = text.match(/\b(?:my|the|all|show|any|see|list)\s+([\p{L}\p{N}_-]+)\s+(?:tasks|todos|to-?dos|items|stuff|things)\b/iu);
    if (kind && !notTopics.has(kind[1].toLowerCase())) filters.topic = kind[1].toLowerCase();
  }
  return filters;
}
