import type { Clock } from './calendar';
import type { BulkAction, Command, TaskChanges } from './command';
import { extractPriority, extractTrailingLevel } from './extract-priority';
import { extractShift } from './extract-shift';
import { splitTags } from './extract-tags';
import { extractDueDate } from './extract-due-date';
import { readListFilters } from './parse-list';

const all = String.raw`(?:all(?:\s+(?:of\s+)?(?:my|the))?|every(?:thing)?|each(?:\s+of\s+(?:my|the))?|(?:my|the)\s+(?:\w+\s+)?tasks\s+(?=tagged|due|that))`;
const selectorEnd = String.raw`(.*?)`;

type Reader = (selector: string, tail: string, clock: Clock) => { action: BulkAction; selector: string } | undefined;

const dueChange = (tail: string, clock: Clock): TaskChanges | undefined => {
  const shift = extractShift(tail);
  if (shift.shift) return { due: { shift: shift.shift } };
  const { due } = extractDueDate(tail, clock);
  return due ? { due } : undefined;
};

const forms: Array<[RegExp, Reader]> = [
  [
    new RegExp(String.raw`^(?:complete|finish|close|check off|tick off|mark)\s+${all}\s*${selectorEnd}(?:\s+(?:as\s+)?(?:done|complete|completed|finished))?$`, 'i'),
    (selector) => ({ action: { kind: 'complete' }, selector }),
  ],
  [
    new RegExp(String.raw`^(?:reopen|uncheck|untick)\s+${all}\s*${selectorEnd}$|^mark\s+${all}\s*${selectorEnd}\s+(?:as\s+)?(?:not done|undone|open|pending|incomplete)$`, 'i'),
    (selector) => ({ action: { kind: 'reopen' }, selector }),
  ],
  [
    new RegExp(String.raw`^(?:delete|remove|clear(?:\s+out)?|erase|wipe|trash|get rid of|bin)\s+${all}\s*${selectorEnd}$|^clear\s+(?:out\s+)?(?:my|the)\s+(completed|finished|done)(?:\s+(?:tasks|ones|items))?$`, 'i'),
    (selector) => ({ action: { kind: 'delete' }, selector }),
  ],
  [
    new RegExp(String.raw`^(?:move|push|reschedule|shift|postpone|bump|delay)\s+${all}\s*(.*?)\s+(?:to|until|till|by|for)\s+(.+)$|^(?:move|push|postpone|delay|bump)\s+${all}\s*(.*?)\s+((?:by\s+)?(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|months?)(?:\s+(?:later|earlier))?)$`, 'i'),
    (selector, tail, clock) => {
      const changes = dueChange(tail, clock);
      return changes ? { action: { kind: 'update', changes }, selector } : undefined;
    },
  ],
  [
    new RegExp(String.raw`^(?:make|set|mark|change|give)\s+${all}\s*(.*?)\s+((?:(?:to|as)\s+)?(?:high|low|medium|normal|urgent|top)(?:\s+priority)?|priority\s+\w+)$`, 'i'),
    (selector, tail) => {
      const priority = extractPriority(tail).priority ?? extractTrailingLevel(` ${tail}`).priority;
      return priority ? { action: { kind: 'update', changes: { priority } }, selector } : undefined;
    },
  ],
  [
    new RegExp(String.raw`^(?:tag|label)\s+${all}\s*(.*?)\s+(?:with|as)\s+(.+)$`, 'i'),
    (selector, tail) => ({ action: { kind: 'update', changes: { addTags: splitTags(tail) } }, selector }),
  ],
];

/** "complete all my shopping tasks", "delete everything I've finished", "move everything due today to tomorrow". */
export function parseBulk(text: string, clock: Clock): Command | undefined {
  for (const [pattern, read] of forms) {
    const match = pattern.exec(text);
    if (!match) continue;
    const groups = match.slice(1);
    const [selector = '', tail = ''] = groups.filter((group) => group !== undefined);
    const read_ = read(selector, tail, clock);
    if (!read_) continue;
    const finishedOnly = /^(?:completed|finished|done)$/i.test(selector.trim());
    const filters = readListFilters(finishedOnly ? "completed tasks" : `all ${read_.selector} tasks`, clock);
    const status = read_.action.kind === 'reopen' ? 'completed' : read_.action.kind === 'complete' ? 'pending' : filters.status;
    return { kind: 'bulk', action: read_.action, filters: { ...filters, status } };
  }
  return undefined;
}
