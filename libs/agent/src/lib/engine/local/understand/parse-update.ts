import type { Clock } from './calendar';
import type { Command, DueChange, TaskChanges } from './command';
import { extractDueDate } from './extract-due-date';
import { extractRecurrence } from './extract-recurrence';
import { extractShift } from './extract-shift';
import { extractPriority, extractTrailingLevel } from './extract-priority';
import { splitTags } from './extract-tags';
import { parseTaskReference } from './parse-task-reference';

type Build = (match: RegExpMatchArray, clock: Clock) => { refText?: string; changes: TaskChanges } | undefined;

const unquote = (text: string) => text.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
const dueFrom = (text: string, clock: Clock): DueChange | undefined => {
  const { due, rest } = extractDueDate(text, clock);
  return due && !/\w/.test(rest.replace(/\b(?:to|for|on|at|by|until|till)\b/gi, '')) ? due : undefined;
};
const laterVerbs = /^(?:postpone|delay|push|push back|bump|defer|snooze|put off)$/i;
// "add fix the tap, it is urgent" creates a task with a priority; it does not change one.
const creation = /^(?:add|create|new|remind|remember|put|schedule|jot|note|todo|i need|i have)\b/i;
const question = /^(?:what|which|anything|is there|are there|whats|how|when|do i)\b/i;
const connectors = /\s+(?:to|for|until|till|on|by|as|at|back|up|down|into|a|an|the|be|and|out|forward|ahead|later|earlier|instead|too|again|then|please|,)$/i;
const stripConnectors = (text: string) => {
  let rest = text.trim();
  for (let previous = ''; previous !== rest; previous = rest, rest = rest.replace(connectors, '').trim());
  return rest;
};

/** Whether words after "change task 1 to" are a new title rather than just a date or a priority. */
function isMoreThanSlots(text: string, clock: Clock): boolean {
  let rest = extractPriority(text).rest;
  rest = extractTrailingLevel(` ${rest}`).rest;
  rest = extractDueDate(rest, clock).rest;
  rest = rest.replace(/\b(?:to|for|on|at|by|the|a|priority|due)\b/gi, '');
  return /\p{L}{2,}/u.test(rest);
}

/** Reads "high priority", a date, a move of the date, a repeat, or several, from the words after a change verb. */
function analyzeChange(body: string, clock: Clock, verb: string): { refText: string; changes: TaskChanges } | undefined {
  const changes: TaskChanges = {};
  let rest = body;
  const quotedRename = /^(?:change|update|edit|set|switch|turn)$/i.test(verb) && rest.match(/^(.+?)\s+(?:to|into)\s+(["'])(.+)\2$/);
  if (quotedRename) return { refText: quotedRename[1], changes: { title: quotedRename[3].trim() } };
  const renameTarget = /^(?:change|update|edit|switch|turn)$/i.test(verb) && rest.match(/^(task\s*#?\d+|#\d+|(?:number|item)\s+\d+|it|that|this)\s+(?:to|into)\s+(.+)$/i);
  if (renameTarget && isMoreThanSlots(renameTarget[2], clock)) return { refText: renameTarget[1], changes: { title: unquote(renameTarget[2]) } };
  const shift = extractShift(rest, verb);
  if (shift.shift) {
    changes.due = { shift: shift.shift };
    rest = shift.rest;
  }
  const repeat = extractRecurrence(rest, clock);
  if (repeat && /\b(?:repeat|recur)|\b(?:every|each)\b|ly\b/i.test(rest)) {
    changes.recurrence = repeat.recurrence;
    if (repeat.firstDate) changes.due = { date: repeat.firstDate };
    rest = repeat.rest.replace(/\b(?:to\s+)?(?:repeat|recur)(?:ing)?\b/i, '').trim();
  }
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
  const due = changes.due ? undefined : extractDueDate(rest, clock);
  if (due?.due) {
    changes.due = due.due;
    rest = due.rest.replace(/\s+(?:the\s+)?(?:time|date|day|due date|deadline)$/i, '');
  }
  if (Object.keys(changes).length > 0) return { refText: stripConnectors(rest), changes };
  const renaming = /^(?:change|update|edit|set|switch|turn)$/i.test(verb) && rest.match(/^(.+?)\s+(?:to|into)\s+(.+)$/i);
  if (renaming) return { refText: renaming[1], changes: { title: unquote(renaming[2]) } };
  const renamedPronoun = /^(?:make|change)$/i.test(verb) && body.match(/^(it|that|this)\s+(?:to\s+|into\s+)?(.+)$/i);
  if (renamedPronoun && isMoreThanSlots(renamedPronoun[2], clock)) return { refText: renamedPronoun[1], changes: { title: unquote(renamedPronoun[2]) } };
  // "postpone the dentist" with no new date moves it a day, as snoozing does everywhere.
  if (laterVerbs.test(verb)) return { refText: stripConnectors(rest), changes: { due: { shift: { days: 1 } } } };
  if (/^(?:reschedule|move)$/i.test(verb)) return { refText: stripConnectors(rest), changes: {} };
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
    /^(?:remove|clear|delete|drop|unset|take off)\s+(?:the\s+)?(?:due date|deadline|due time|date|due)(?:\s+(?:from|of|on|for|off)\s+(.+))?$|^(?:take|get)\s+(?:the\s+)?(?:due date|deadline|date)\s+off\s+(?:of\s+)?(.+)$|^(.+?)\s+(?:has|needs|should have)\s+no\s+(?:due date|deadline)(?: any ?more)?$/i,
    (m) => ({ refText: m[1] ?? m[2] ?? m[3], changes: { due: null } }),
  ],
  [
    /^(?:stop|quit|cancel|end|remove|delete|turn off|disable)\s+(?:the\s+)?(?:repeating|repeats?|recurring|recurrence|recurring)(?:\s+(?:for|of|on|from))?(?:\s+(.+))?$|^(?:don'?t|do not|no longer|never)\s+repeat\s+(.+?)(?:\s+any ?more)?$|^make\s+(.+?)\s+(?:not|stop)\s+(?:repeat(?:ing)?|recur(?:ring)?)$|^stop\s+(.+?)\s+(?:from\s+)?(?:repeating|recurring)$|^(.+?)\s+(?:don'?t|doesn'?t|do not|does not)\s+(?:need to\s+|have to\s+)?(?:repeat|recur)(?:\s+any ?more)?$|^(.+?)\s+(?:should|shouldn'?t|doesn'?t|does not|should not|needs? to)\s+(?:stop\s+|not\s+|no longer\s+)?(?:repeat(?:ing)?|recur(?:ring)?)(?:\s+any ?more)?$/i,
    (m) => ({ refText: m.slice(1).find((group) => group !== undefined), changes: { recurrence: null } }),
  ],
  [
    /^(?:change|set|move|make|update|switch|put)\s+(?:the\s+)?(?:time|hour)(?:\s+(?:of|for|on)\s+(.+?))?\s+(?:to|at)\s+(.+)$/i,
    (m, clock) => {
      const due = dueFrom(m[2], clock);
      return due?.time ? { refText: m[1], changes: { due: { time: due.time } } } : undefined;
    },
  ],
  [
    /^(?:change|set|move|make|update|switch|put)\s+(?:the\s+)?(.+?)(?:'s)?\s+(?:time|hour)\s+(?:to|at)\s+(.+)$/i,
    (m, clock) => {
      const due = dueFrom(m[2], clock);
      return due?.time ? { refText: m[1], changes: { due: { time: due.time } } } : undefined;
    },
  ],
  [
    /^(?:change|set|update|move|make|push)\s+(?:the\s+)?(?:due date|deadline|due time|date|due|day)\s+(?:of|for|on)\s+(.+?)\s+(?:to|for|until)\s+(.+)$/i,
    (m, clock) => {
      const due = dueFrom(m[2], clock);
      return due ? { refText: m[1], changes: { due } } : undefined;
    },
  ],
  [
    /^(?:make|set|have)\s+(.+?)\s+(?:be\s+)?due\s+(.+)$/i,
    (m, clock) => {
      // "make it high priority and due saturday" says more than a date: the general form reads it all.
      if (extractPriority(m[1]).priority) return undefined;
      const due = dueFrom(m[2], clock);
      return due ? { refText: m[1], changes: { due } } : undefined;
    },
  ],
  [
    /^(?:make|set|have|let)\s+(.+?)\s+(?:to\s+)?(?:repeat|recur)\s+(.+)$|^repeat\s+(.+?)\s+((?:every|each|daily|weekly|monthly|yearly|biweekly|fortnightly|on\s).*)$|^(.+?)\s+should\s+(?:repeat|recur)\s+(.+)$/i,
    (m, clock) => {
      const refText = m[1] ?? m[3] ?? m[5];
      const repeat = extractRecurrence(m[2] ?? m[4] ?? m[6], clock);
      if (!repeat) return undefined;
      return { refText, changes: { recurrence: repeat.recurrence, ...(repeat.firstDate && { due: { date: repeat.firstDate } }) } };
    },
  ],
  [
    /^(.+?)\s+(?:is|should be|needs to be|must be|will be|can be|could be|may be|might as well be|'s)\s+(?:now\s+|actually\s+|just\s+)?(.+)$/i,
    (m, clock) => {
      if (question.test(m[1]) || creation.test(m[1])) return undefined;
      const body = m[2].replace(/^due\s+/i, '');
      const analyzed = analyzeChange(`it ${body}`, clock, 'set');
      return analyzed && analyzed.refText === 'it' && !analyzed.changes.title ? { refText: m[1], changes: analyzed.changes } : undefined;
    },
  ],
  [
    /^(move|reschedule|push(?: back)?|postpone|delay|defer|snooze|put off|shift|bump|bring forward|bring|pull|change|set|make|mark|update|raise|lower|drop|give|switch|turn|upgrade|downgrade|flag)\s+(?:back\s+)?(.+)$/i,
    // "make a dentist appointment for friday" creates a task; references say "the", "my", "it" or an id.
    (m, clock) => (/^(?:a|an|new|another|some)\s/i.test(m[2]) ? undefined : analyzeChange(m[2].replace(/\s+back\b/i, ''), clock, m[1])),
  ],
];

/** "high priority too", "due friday as well": only new slots, about the task just talked about. */
export function parseBareChange(text: string, clock: Clock): Command | undefined {
  const rest = text.replace(/\s+(?:too|as well|also|then)$/i, '').trim();
  const analyzed = analyzeChange(`it ${rest}`, clock, 'set');
  if (!analyzed || analyzed.refText !== 'it' || analyzed.changes.title !== undefined || Object.keys(analyzed.changes).length === 0) return undefined;
  return { kind: 'update', ref: { kind: 'pronoun' }, changes: analyzed.changes };
}

export function parseUpdate(text: string, clock: Clock): Command | undefined {
  for (const [pattern, build] of forms) {
    const match = text.match(pattern);
    if (!match) continue;
    const built = build(match, clock);
    if (!built) continue;
    const refText = built.refText?.trim();
    const ref = refText ? parseTaskReference(refText) : { kind: 'pronoun' as const };
    if (ref) return { kind: 'update', ref, changes: built.changes };
  }
  return undefined;
}
