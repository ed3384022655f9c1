import type { Command } from './command';
import { parseTaskReference } from './parse-task-reference';

const undo = /^(?:undo|revert|reverse|roll ?back|take (?:that|it) back|put it back|scratch that|cancel that|oops|my bad)(?:\s+(?:that|it|this|the last (?:one|change|thing|action)|what you (?:just )?did|the last thing you did|please))*$|^(?:i didn'?t mean (?:that|to)|that was a mistake|go back)$/i;
const yes = /^(?:y|yes|yeah|yep|yup|sure|ok(?:ay)?|go ahead|do it|go for it|confirm(?:ed)?|please do|yes please|absolutely|definitely|correct|that'?s right|right|fine|sounds good|affirmative|proceed)(?:[\s,!.]+(?:please|thanks|do it|go ahead|all of them))*[\s!.]*$/i;
const no = /^(?:n|no|nope|nah|cancel|stop|don'?t|do not|never ?mind|forget it|no thanks|not now|wait|hold on|abort)(?:[\s,!.]+\w+)*[\s!.]*$/i;
const sameAgain = /^(?:and\s+|also\s+|same (?:for|with)\s+|now\s+|do\s+)?(.+?)\s+(?:as well|too|also)$|^(?:same (?:for|with)|and|also|do the same (?:for|with))\s+(.+)$/i;

/** A reply to the question the last turn asked ("yes" / "no"); only meaningful when one was asked. */
export function parseConfirmation(message: string): Command | undefined {
  const text = message.trim();
  if (yes.test(text)) return { kind: 'confirm', yes: true };
  if (no.test(text)) return { kind: 'confirm', yes: false };
  return undefined;
}

export function parseUndo(text: string): Command | undefined {
  return undo.test(text) ? { kind: 'undo' } : undefined;
}

/** "the second one as well", "same for the laundry": the previous action on another task. */
export function parseSameAgain(text: string): Command | undefined {
  const match = text.match(sameAgain);
  const fragment = match?.[1] ?? match?.[2];
  if (!fragment) return undefined;
  const ref = parseTaskReference(fragment);
  return ref ? { kind: 'same_again', ref } : undefined;
}

const isDue = /^(?:is|are)\s+(.+?)\s+due\b.*$/i;
const isDone = /^(?:is|are|was|were|have i|did i)\s+(?:finished\s+|done\s+|completed\s+)?(.+?)\s*(?:done|finished|complete|completed|ticked off|sorted)?(?:\s+yet)?$/i;
const askedDone = /\b(?:done|finished|complete|completed|ticked off|sorted)(?:\s+yet)?$|^(?:have i|did i)\s+(?:finished|done|completed)\b/i;
const whenIs = /^(?:when(?:'s| is| was| are)|when do i (?:have|need) to(?: do)?|when should i(?: do)?|what(?:'s| is) the (?:due date|deadline) (?:for|of|on)|when(?:'s| is) .+? due|what day is)\s+(.+?)(?:\s+(?:due|happening|on|scheduled))?$/i;
const suggest = /^(?:what|which(?: task)?|where)\s+(?:should|shall|do|could|would you have)\s+i\s+(?:do|start|tackle|work on|focus on|pick|begin)(?:\s+(?:with|on))?(?:\s+(?:first|next|now|today))?$|^(?:what(?:'s| is)\s+(?:most|the most)\s+(?:important|urgent)|what(?:'s| is)\s+(?:my\s+)?(?:top|first|next|highest)\s+(?:priority|task|thing)|what next|what now|where do i start|what to do (?:first|next)|suggest (?:a|something|what)|help me prioriti[sz]e)$/i;

/** "when's the vet?" asks for a due date; "is the haircut done?" for its state. */
export function parseWhen(text: string): Command | undefined {
  const question = text.replace(/\?+$/, '');
  const match = question.match(whenIs) ?? question.match(isDue);
  if (match) {
    const ref = parseTaskReference(match[1].replace(/\s+due$/i, ''));
    return ref ? { kind: 'when', ref } : undefined;
  }
  const done = askedDone.test(question) ? question.match(isDone) : null;
  const ref = done ? parseTaskReference(done[1]) : undefined;
  return ref ? { kind: 'status', ref } : undefined;
}

/** "what should I do first?" asks for a pick. */
export function parseSuggest(text: string): Command | undefined {
  return suggest.test(text.replace(/\?+$/, '').trim()) ? { kind: 'suggest' } : undefined;
}
