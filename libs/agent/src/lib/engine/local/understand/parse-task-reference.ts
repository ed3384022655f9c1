import type { TaskReference } from './command';

const ordinals: Record<string, number> = {
  first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4,
  sixth: 5, '6th': 5, seventh: 6, '7th': 6, eighth: 7, '8th': 7, ninth: 8, '9th': 8, tenth: 9, '10th': 9,
  last: -1, 'final': -1, top: 0,
};
const ordinal = Object.keys(ordinals).join('|');
const noun = String.raw`(?:one|task|item|todo|to-do|entry|thing)`;

const byId = /^(?:(?:the\s+)?(?:task|item|todo|to-do|number|no\.?|id)\s*#?\s*|#)(\d{1,10})(?:\s+(?:one|task))?$/i;
const bareNumber = /^(\d{1,10})$/;
const byPosition = new RegExp(String.raw`^(?:the\s+)?(${ordinal})(?:\s+${noun})?(?:\s+(?:on|in|from)\s+(?:the|my|that)\s+list)?$`, 'i');
const newest = new RegExp(String.raw`^(?:the\s+)?(?:newest|latest|most recent|last added|most recently added|one i (?:just )?added|last one i (?:added|made|created)|(?:task|one) i (?:just )?(?:added|made|created))(?:\s+${noun})?$`, 'i');
const oldest = new RegExp(String.raw`^(?:the\s+)?(?:oldest|earliest|first added|first one i added)(?:\s+${noun})?$`, 'i');
const pronoun = new RegExp(String.raw`^(?:it|that|this|them|(?:that|this|the|said)\s+${noun}|the same(?:\s+${noun})?|the one(?: i (?:just )?(?:added|mentioned|said))?)$`, 'i');
const fillers = new RegExp(
  String.raw`^(?:(?:the|my|a|an|that|this|our)\s+)+|\b(?:task|item|todo|to-do|entry|reminder|thing)s?\s+(?:called|named|titled|about|for|to)\s+|\s+(?:task|item|todo|to-do|entry|reminder|one|thing)$|^(?:one|task)\s+(?:about|called|named|for|to)\s+|^(?:about|called|named)\s+`,
  'gi',
);

/** Reads what a fragment like "task 3", "the second one", "it" or "the dentist one" points at. */
export function parseTaskReference(fragment: string): TaskReference | undefined {
  const text = fragment.trim().replace(/^["']|["']$/g, '').trim();
  if (!text) return undefined;
  const id = text.match(byId) ?? text.match(bareNumber);
  if (id) return { kind: 'id', id: Number(id[1]) };
  const position = text.match(byPosition);
  if (position) return { kind: 'position', index: ordinals[position[1].toLowerCase()] };
  if (newest.test(text)) return { kind: 'newest' };
  if (oldest.test(text)) return { kind: 'oldest' };
  if (pronoun.test(text)) return { kind: 'pronoun' };
  let words = text;
  for (let previous = ''; previous !== words; ) {
    previous = words;
    words = words.replace(fillers, '').trim();
  }
  words = words.replace(/^["']|["']$/g, '').trim();
  if (!words || /^(?:task|tasks|one|it)$/i.test(words)) return undefined;
  return { kind: 'title', words };
}
