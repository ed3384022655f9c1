import type { Command } from './command';
import { parseTaskReference } from './parse-task-reference';

const fromList = String.raw`(?:\s+(?:off|from|out of)\s+(?:my|the)\s+(?:(?:to-?do|todo|task)\s+)?(?:list|tasks|todos))?`;
const forms: RegExp[] = [
  new RegExp(String.raw`^(?:delete|remove|erase|drop|cancel|trash|scrap|scratch|discard|ditch|nuke|get rid of|throw away|throw out|forget(?: about)?|never ?mind|strike)\s+(.+?)${fromList}$`, 'i'),
  /^take\s+(.+?)\s+(?:off|out of)\s+(?:my|the)\s+(?:list|tasks)$/i,
  /^(.+?)\s+(?:is|are)\s+(?:no longer needed|not needed(?: any ?more)?|cancell?ed|irrelevant|obsolete)$/i,
  /^i\s+(?:don'?t|do not|no longer)\s+(?:need|have)\s+to\s+(.+?)(?:\s+any ?more)?$/i,
];

// "remove the due date from task 5" changes the task rather than deleting it.
const partOfTask = /^(?:the\s+)?(?:due\s*date|deadline|due time|date|tags?|labels?|priority|description|notes?|details)\b/i;

export function parseDelete(text: string): Command | undefined {
  for (const form of forms) {
    const match = text.match(form);
    if (!match || partOfTask.test(match[1])) continue;
    const ref = parseTaskReference(match[1]);
    if (ref) return { kind: 'delete', ref };
  }
  return undefined;
}
