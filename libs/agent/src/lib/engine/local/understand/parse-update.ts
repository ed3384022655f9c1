import type { Command, TaskChanges } from './command';
import { extractDueDate } from './extract-due-date';
import { extractPriority, extractTrailingLevel } from './extract-priority';
import { splitTags } from './extract-tags';
import { parseTaskReference } from './parse-task-reference';

type Build = (match: RegExpMatchArray, now: Date) => { refText?: string; changes: TaskChanges } | undefined;

const unquote = (text: string) => text.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
const dueFrom = (text: string, now: Date) => {
  const { due_at, rest } = extractDueDate(text, now);
  return due_at && !/\w/.test(rest.replace(/\b(?:to|for|on|at|by|until|till)\b/gi, '')) ? due_at : undefined;
};
// "add fix the tap, it is urgent" creates a task with a priority; it does not change one.
const creation = /^(?:add|create|new|remind|remember|put|schedule|jot|note|todo|i need|i have)\b/i;
const question = /^(?:what|which|anything|is there|are there|whats|how|when|do i)\b/i;
const connectors = /\s+(?:to|for|until|till|on|by|as|at|back|up|down|into|a|an|the|be)$/i;
const stripConnectors = (text: string) => {
  let rest = text.trim();
  for (let previous = ''; previous !== rest; previous = rest, rest = rest.replace(connectors, '').trim());
  return rest;
};

/** Reads "high priority", a date, or both, from the words after a change verb. */
function analyzeChange(body: string, now: Date, verb: string): { refText: string; changes: TaskChanges } | undefined {
  const changes: TaskChanges = {};
  let rest = body;
  const priority = extractPriority(rest);
  if (priority.priority) {
    changes.priority = priority.priority;
    rest = priority.rest;
  } else {
    const level = extractTrailingLevel(rest);
    if (level.priority) {
      changes.priority = level.priority;
      rest = level.rest;
    }
  }
  const due = extractDueDate(rest, now);
  if (due.due_at) {
    changes.due_at = due.due_at;
    rest = due.rest;
  }
  if (Object.keys(changes).length > 0) return { refText: stripConnectors(rest), changes };
  const renaming = /^(?:change|update|edit|set|switch|turn)$/i.test(verb) && rest.match(/^(.+?)\s+(?:to|into)\s+(.+)$/i);
  if (renaming) return { refText: renaming[1], changes: { title: unquote(renaming[2]) } };
  if (/^(?:postpone|delay|push|reschedule|move)$/i.test(verb)) return { refText: stripConnectors(rest), changes: {} };
  return undefined;
}

const forms: Array<[RegExp, Build]> = [
  [/^(?:rename|retitle|re-title|re-name)\s+(.+?)\s+(?:to|as|into)\s+(.+)$/i, (m) => ({ refText: m[1], changes: { title: unquote(m[2]) } })],
  [
    /^(?:change|update|set|edit|fix)\s+(?:the\s+)?(?:title|name|wording|text)\s+(?:of|for|on)\s+(.+?)\s+to\s+(.+)$/i,
    (m) => ({ refText: m[1], changes: { title: unquote(m[2]) } }),
  ],
  [/^(?:change|update|edit)\s+(.+?)\s+to\s+(?:say|read)\s+(.+)$/i, (m) => ({ refText: m[1], changes: { title: unquote(m[2]) } })],
  [/^call\s+(it|that|this|task\s*#?\d+|#\d+)\s+(.+)$/i, (m) => ({ refText: m[1], changes: { title: unquote(m[2]) } })],
  [
    /^(?:add|set|change|update|put|write)\s+(?:a\s+|the\s+)?(?:description|note|notes|details|comment)\s+(?:to|of|for|on)\s+(.+?)\s*(?::|\s-\s|\s+saying|\s+that says|\s+to)\s+(.+)$/i,
    (m) => ({ refText: m[1], changes: { description: unquote(m[2]) } }),
  ],
  [/^describe\s+(.+?)\s+as\s+(.+)$/i, (m) => ({ refText: m[1], changes: { description: unquote(m[2]) } })],
  [
    /^(?:set|change|update|make|put|switch)\s+(?:the\s+)?priority\s+(?:of|for|on)\s+(.+?)\s+((?:to|as|at)\s+\w+(?:\s+priority)?)$/i,
    (m) => {
      const level = extractTrailingLevel(` ${m[2].replace(/\s+priority$/i, '')}`);
      return level.priority ? { refText: m[1], changes: { priority: level.priority } } : undefined;
    },
  ],
  [/^prioriti[sz]e\s+(.+)$/i, (m) => ({ refText: m[1], changes: { priority: 'high' } })],
  [/^de-?prioriti[sz]e\s+(.+)$/i, (m) => ({ refText: m[1], changes: { priority: 'low' } })],
  [/^add\s+(?:the\s+)?(?:tags?|labels?)\s+(.+?)\s+(?:to|on)\s+(.+)$/i, (m) => ({ refText: m[2], changes: { addTags: splitTags(m[1]) } })],
  [
    /^(?:remove|delete|drop|take off|clear)\s+(?:the\s+)?(?:tags?|labels?)\s+(.+?)\s+(?:from|on|off)\s+(.+)$/i,
    (m) => ({ refText: m[2], changes: { removeTags: splitTags(m[1]) } }),
  ],
  [/^untag\s+(.+?)\s+from\s+(.+)$/i, (m) => ({ refText: m[2], changes: { removeTags: splitTags(m[1]) } })],
  [/^(?:tag|label)\s+(.+?)\s+(?:with|as|under)\s+(.+)$/i, (m) => ({ refText: m[1], changes: { addTags: splitTags(m[2]) } })],
  [
    /^(?:tag|label)\s+(.+?)\s+(#?[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\s*(?:,|\band\b|&)\s*#?[\p{L}\p{N}][\p{L}\p{N}_-]*)*)$/iu,
    (m) => ({ refText: m[1], changes: { addTags: splitTags(m[2]) } }),
  ],
  [
    /^(?:remove|clear|delete|drop|unset|take off)\s+(?:the\s+)?(?:due date|deadline|due time|date|due)(?:\s+(?:from|of|on|for|off)\s+(.+))?$/i,
    (m) => ({ refText: m[1], changes: { due_at: null } }),
  ],
  [
    /^(?:change|set|update|move|make|push)\s+(?:the\s+)?(?:due date|deadline|due time|date|due)\s+(?:of|for|on)\s+(.+?)\s+(?:to|for|until)\s+(.+)$/i,
    (m, now) => {
      const due_at = dueFrom(m[2], now);
      return due_at ? { refText: m[1], changes: { due_at } } : undefined;
    },
  ],
  [
    /^(?:make|set|have)\s+(.+?)\s+(?:be\s+)?due\s+(.+)$/i,
    (m, now) => {
      const due_at = dueFrom(m[2], now);
      return due_at ? { refText: m[1], changes: { due_at } } : undefined;
    },
  ],
  [
    /^(.+?)\s+(?:is|should be|needs to be|must be|will be|'s)\s+(?:now\s+|actually\s+)?(.+)$/i,
    (m, now) => {
      if (question.test(m[1]) || creation.test(m[1])) return undefined;
      const body = m[2].replace(/^due\s+/i, '');
      const analyzed = analyzeChange(`it ${body}`, now, 'set');
      return analyzed && analyzed.refText === 'it' && !analyzed.changes.title ? { refText: m[1], changes: analyzed.changes } : undefined;
    },
  ],
  [
    /^(move|reschedule|push|postpone|delay|shift|bump|change|set|make|mark|update|raise|lower|drop|give|switch|turn|upgrade|downgrade|flag)\s+(?:back\s+)?(.+)$/i,
    // "make a dentist appointment for friday" creates a task; references say "the", "my", "it" or an id.
    (m, now) => (/^(?:a|an|new|another|some)\s/i.test(m[2]) ? undefined : analyzeChange(m[2], now, m[1])),
  ],
];

export function parseUpdate(text: string, now: Date): Command | undefined {
  for (const [pattern, build] of forms) {
    const match = text.match(pattern);
    if (!match) continue;
    const built = build(match, now);
    if (!built) continue;
    const refText = built.refText?.trim();
    const ref = refText ? parseTaskReference(refText) : { kind: 'pronoun' as const };
    if (ref) return { kind: 'update', ref, changes: built.changes };
  }
  return undefined;
}
