import { today, type Clock } from './calendar';
import type { Command } from './command';
import { extractDueDate } from './extract-due-date';
import { extractRecurrence } from './extract-recurrence';
import { extractPriority } from './extract-priority';
import { extractTags } from './extract-tags';
import { cut } from './normalize-utterance';

const forms: RegExp[] = [
  /^(?:add|create|insert|jot(?:\s+down)?|note(?:\s+down)?|write(?:\s+down)?|record|log|save|capture|schedule|track|new|put(?:\s+down)?|enter|make\s+(?:a|an)\s+(?:new\s+)?(?:task|todo|to-do|note|reminder|entry)|set\s+(?:up\s+)?(?:a|an)\s+(?:new\s+)?(?:task|todo|to-do|reminder))\b\s*:?\s*(.*)$/i,
  /^(?:remind me|remember|don'?t (?:let me )?forget|do not (?:let me )?forget|make sure (?:that )?i|i (?:need|have|want|must|should|gotta|ought|got|plan|intend|mean)|i'?ve got|i'?ll need|i'?d better|i better|need|must|gotta|gonna)\s+(?:to\s+)?(?:about\s+)?(.*)$/i,
  /^(?:to-?do|to do|task|new task|reminder|note)\s*[:-]\s*(.*)$/i,
];

const wrappers: RegExp[] = [
  /^(?:(?:a|an|another|one more|new|the)\s+)*(?:new\s+)?(?:task|todo|to-do|item|reminder|entry|note)s?\b(?:\s+(?:to|for|called|named|titled|that says|saying|about|:)\b|\s*:)?\s*/i,
  /\s*,?\s*\b(?:to|on|onto|in|into|for)\s+(?:my|the)\s+(?:(?:to-?do|todo|task|tasks|shopping|daily)\s+)?(?:list|tasks|todos?|to-dos)\b/i,
  /\s*,?\s*\bas\s+(?:a|an)\s+(?:new\s+)?(?:task|todo|to-do|reminder|item)\b/i,
  /^(?:that\s+)?(?:i\s+)?(?:need|have|want|must|should)\s+to\s+/i,
  /^(?:me\s+)?to\s+/i,
  /^(?:remember|remind myself|not forget)\s+(?:to\s+)?/i,
  /^(?:that|:)\s*/i,
  /^(?:a|an)\s+(?=\S)/i,
  // What is left of a deadline once its date is read: "by friday at the latest", "sometime next week".
  /\s*,?\s*\b(?:at the latest|at the earliest|sometime|some time|at some point|or so|ish)\b/i,
  /\s+(?:by|on|at|for|due|before|until|till|starting|from)$/i,
];

const stripWrappers = (text: string) => {
  let title = text.trim();
  for (let previous = ''; previous !== title; ) {
    previous = title;
    for (const wrapper of wrappers) {
      const match = title.match(wrapper);
      if (match?.index !== undefined) title = cut(title, match.index, match[0].length);
    }
  }
  return title.replace(/^[,;:\s-]+|[,;:\s-]+$/g, '').replace(/\s+(?:and|with|,)$/i, '').trim();
};

/** "add buy milk tomorrow, high priority, tagged groceries" → a title and its slots. */
export function parseAdd(text: string, clock: Clock): Command | undefined {
  const body = forms.map((form) => text.match(form)).find(Boolean)?.[1];
  if (body === undefined) return undefined;
  if (/^(?:what|which|anything|is there)\b/i.test(body)) return undefined;

  const note = body.match(/\s*[,;]?\s*(?:with (?:the |a )?(?:note|description|details?|comment)s?|(?:note|notes|description|details)\s*:)\s*:?\s*(.+)$/i);
  const described = note?.index !== undefined ? body.slice(0, note.index) : body;
  const quoted = described.match(/(["'])(.+?)\1/);
  let rest = quoted?.index !== undefined ? cut(described, quoted.index, quoted[0].length) : described;
  const repeat = extractRecurrence(rest, clock);
  if (repeat) rest = repeat.rest;
  const due = extractDueDate(rest, clock);
  rest = due.rest;
  // A repeat with no day named starts today, so it shows up at once.
  const date = due.due?.date ?? repeat?.firstDate ?? due.due?.fallbackDate ?? (repeat ? today(clock) : undefined);
  const dueSpec = date ? { date, ...(due.due?.time && { time: due.due.time }) } : undefined;
  const priority = extractPriority(rest);
  rest = priority.rest;
  const tags = extractTags(rest);
  rest = tags.rest;
  const title = quoted ? quoted[2].trim() : stripWrappers(rest);
  return {
    kind: 'add',
    title,
    ...(priority.priority && { priority: priority.priority }),
    ...(tags.tags.length > 0 && { tags: tags.tags }),
    ...(dueSpec && { due: dueSpec }),
    ...(repeat && { recurrence: repeat.recurrence }),
    ...(note && { description: note[1].trim() }),
  };
}
