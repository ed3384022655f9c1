import type { Command } from './command';
import { parseTaskReference } from './parse-task-reference';

const notDone = String.raw`(?:not done|undone|not finished|unfinished|incomplete|not complete(?:d)?|pending|open|(?:to ?do|todo) again|active)`;
const forms: RegExp[] = [
  new RegExp(String.raw`^(?:mark|set|flag|put|move)\s+(.+?)\s+(?:as\s+|to\s+|back\s+(?:to|as)\s+)?${notDone}(?:\s+again)?$`, 'i'),
  /^(?:reopen|re-open|uncomplete|un-complete|uncheck|untick|unmark|restore|resurrect)\s+(.+)$/i,
  /^(.+?)\s+(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not)\s+(?:actually\s+|really\s+)?(?:done|finished|complete|completed)(?:\s+(?:yet|after all))?$/i,
  /^i\s+(?:didn'?t|did not|haven'?t|have not)\s+(?:actually\s+|really\s+)?(?:finish|complete|do|done|finished|completed)\s+(.+?)(?:\s+(?:yet|after all))?$/i,
  /^(?:put|add|move)\s+(.+?)\s+back\s+(?:on|in|onto|to)\s+(?:my|the)\s+(?:list|tasks|todo list|to-?do list)\b(?:[,;.].*)?$/i,
];
// "i haven't paid it yet": any verb, said as not done, about the task just completed or named.
const notYet = /^i\s+(?:haven'?t|have not|didn'?t|did not|still haven'?t|never)\s+(?:actually\s+|really\s+)?[a-z]+\s+(.+?)(?:\s+(?:yet|after all|at all))?$/i;
const bare = /^(?:not (?:done|finished) yet|(?:it'?s|that'?s|it is|that is) not (?:done|finished)(?: yet)?|(?:it|that) isn'?t (?:done|finished)(?: yet)?|not yet|reopen it|i'?m not done(?: yet)?)$/i;

/** "reopen the report", "not done yet", "mark it as not done": un-completes a task. */
export function parseReopen(text: string): Command | undefined {
  if (bare.test(text)) return { kind: 'reopen', ref: { kind: 'pronoun' } };
  for (const form of forms) {
    const match = text.match(form);
    if (!match) continue;
    const ref = parseTaskReference(match[1]);
    if (ref) return { kind: 'reopen', ref };
  }
  const pronounNotYet = text.match(notYet);
  if (pronounNotYet && /^(?:it|that|this)$/i.test(pronounNotYet[1])) return { kind: 'reopen', ref: { kind: 'pronoun' } };
  return undefined;
}
