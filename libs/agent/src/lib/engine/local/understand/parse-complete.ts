import type { Command } from './command';
import { parseTaskReference } from './parse-task-reference';

const doneWord = String.raw`(?:done|complete|completed|finished|checked(?: off)?|ticked(?: off)?|crossed(?: off)?|off|taken care of|sorted|handled|dealt with|over with)`;
const forms: RegExp[] = [
  new RegExp(String.raw`^(?:mark|set|flag|check|tick|cross|put)\s+(.+?)\s+(?:as\s+|to\s+|down as\s+)?${doneWord}$`, 'i'),
  /^(?:complete|finish|close|close out|wrap up|check off|tick off|cross off|done with|done|finished|completed|i(?:'m| am)\s+(?:all\s+)?done with|i(?:'ve| have)?\s*(?:just\s+|already\s+|now\s+|finally\s+)?(?:finished|completed|done|did|wrapped up|took care of|handled)|i\s+(?:just\s+|already\s+|finally\s+)?(?:finished|completed|did|took care of|handled))\s*[:-]?\s+(.+)$/i,
  new RegExp(String.raw`^(.+?)\s+(?:is|are|was|were|has been|have been|'s|got)\s+(?:now\s+|all\s+|finally\s+|already\s+)?${doneWord}$`, 'i'),
];
const bare = /^(?:done|finished|completed|complete|all done|(?:it'?s|that'?s|this is|that is) (?:done|finished|complete)|i did it|did it|i'?m done|finished it|completed it)$/i;

// "which tasks are done?" asks for a list.
const question = /^(?:what|which|how|are|is|anything|any|do|did|have)\b/i;

export function parseComplete(text: string): Command | undefined {
  if (bare.test(text)) return { kind: 'complete', ref: { kind: 'pronoun' } };
  for (const form of forms) {
    const match = text.match(form);
    if (!match || question.test(match[1])) continue;
    const ref = parseTaskReference(match[1]);
    if (ref) return { kind: 'complete', ref };
  }
  return undefined;
}
