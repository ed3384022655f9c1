import type { Command } from './command';
import { parseTaskReference } from './parse-task-reference';

const doneWord = String.raw`(?:done|complete|completed|finished|checked(?: off)?|ticked(?: off)?|crossed(?: off)?|off|taken care of|sorted|handled|dealt with|over with)`;
const forms: RegExp[] = [
  new RegExp(String.raw`^(?:mark|set|flag|check|tick|cross|put)\s+(.+?)\s+(?:as\s+|to\s+|down as\s+)?${doneWord}$`, 'i'),
  /^(?:complete|finish|close|close out|wrap up|check off|tick off|cross off|done with|done|finished|completed|i(?:'m| am)\s+(?:all\s+)?done with|i(?:'ve| have)?\s*(?:just\s+|already\s+|now\s+|finally\s+)?(?:finished|completed|done|did|wrapped up|took care of|handled)|i\s+(?:just\s+|already\s+|finally\s+)?(?:finished|completed|did|took care of|handled))\s*[:-]?\s+(.+)$/i,
  new RegExp(String.raw`^(.+?)\s+(?:is|are|was|were|has been|have been|'s|got)\s+(?:now\s+|all\s+|finally\s+|already\s+)?${doneWord}$`, 'i'),
];
// "haircut booked", "lounge vacuumed ✅", "mark eggs as bought": a task named with what was done to it.
const participles = String.raw`(?:booked|vacuumed|bought|paid|sent|cleaned|washed|fixed|sorted|posted|returned|submitted|called|rung|emailed|mowed|watered|picked up|collected|ordered|packed|cooked|printed|signed|scanned|renewed|filed|handed in|dropped off|tidied|hoovered|ironed|mailed|delivered|cancelled|canceled|replied to|done|finished|complete|completed|ticked off|checked off|sorted out)`;
const statement = new RegExp(String.raw`^(?:the\s+|my\s+)?(.+?)\s+(?:is\s+|are\s+|got\s+|has been\s+|have been\s+|all\s+)?(?:now\s+|finally\s+|already\s+)?${participles}(?:\s+(?:already|now|today|finally|too|as well|at last))?$`, 'i');
const markedAs = new RegExp(String.raw`^(?:mark|set|flag|tick|check)\s+(.+?)\s+(?:as\s+)?${participles}(?:\s+(?:too|as well|also|now))?$`, 'i');
const bare = /^(?:done|finished|completed|complete|all done|(?:it'?s|that'?s|this is|that is) (?:done|finished|complete)|i did it|did it|i'?m done|finished it|completed it)$/i;

// "bought the milk" reports "buy the milk" as done; the base form is what the task's title says.
const pastTense: Record<string, string> = {
  bought: 'buy', called: 'call', rang: 'ring', paid: 'pay', sent: 'send', wrote: 'write', did: 'do', went: 'go', took: 'take',
  made: 'make', fed: 'feed', picked: 'pick', cleaned: 'clean', washed: 'wash', fixed: 'fix', booked: 'book',
  emailed: 'email', returned: 'return', mailed: 'mail', posted: 'post', renewed: 'renew', watered: 'water', walked: 'walk',
  submitted: 'submit', filed: 'file', ordered: 'order', packed: 'pack', cooked: 'cook', vacuumed: 'vacuum', mowed: 'mow',
  replied: 'reply', texted: 'text', visited: 'visit', baked: 'bake', brought: 'bring', gave: 'give', met: 'meet', ran: 'run',
  sold: 'sell', threw: 'throw', hung: 'hang', emptied: 'empty', printed: 'print',
  signed: 'sign', scanned: 'scan', cancelled: 'cancel', canceled: 'cancel', painted: 'paint', repaired: 'repair',
  collected: 'collect', practiced: 'practice', practised: 'practise', studied: 'study', prepared: 'prepare',
  tidied: 'tidy', swept: 'sweep', mopped: 'mop', ironed: 'iron', folded: 'fold',
};
const pastForm = new RegExp(String.raw`^(?:i\s+|we\s+)?(?:just\s+|already\s+|finally\s+|have\s+|'ve\s+)?(${Object.keys(pastTense).join('|')})\s+(.+?)(?:\s+(?:already|today|just now|earlier|finally|at last))?$`, 'i');

// "add bread and butter sorted" is not a report of work done.
const creationWords = /^(?:add|create|new|remind|remember|put|schedule|i need|i have to|need to|todo|note|show|list|display|what|which|how|did|have|are|is|any|tell|give|find|search)\b/i;

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
  const said = text.match(markedAs) ?? (creationWords.test(text) ? null : text.match(statement));
  if (said && !question.test(said[1])) {
    const ref = parseTaskReference(said[1]);
    if (ref) return { kind: 'complete', ref };
  }
  const past = text.match(pastForm);
  if (past && !/^(?:it|that|this|them|my mind)\b/i.test(past[2])) {
    const ref = parseTaskReference(`${pastTense[past[1].toLowerCase()]} ${past[2]}`);
    if (ref) return { kind: 'complete', ref };
  }
  return undefined;
}
