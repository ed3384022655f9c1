import { correctTypos } from './correct-typos';

const leadingFillers =
  /^(?:hey|hi|hello|ok(?:ay)?|so|well|actually|wait|hmm+|sorry to (?:bother|trouble|pester) you(?: but)?|sorry|no+|n+o+|oh no|(?:just )?a quick one|quick question|can we|could we|shall we|um+|uh+|yo|oh|alright|right|please|pls|plz|kindly|now|also|and|then|just|quickly|oops|ugh|cool|great|perfect|thanks|(?:would|do) you mind|when you (?:get a (?:chance|sec|second|minute|moment)|have a (?:sec|second|minute|moment)|can)|(?:can|could|would|will) (?:you|u)(?: please| kindly| maybe)?|i was wondering if you could|if you could|if you can|do me a favou?r and|be a (?:dear|star) and|i(?:'d| would) like (?:you )?to|i want (?:you )?to|go ahead and|help me|let'?s)\b[\s,:;!-]*/i;
const trailingFillers =
  /\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$|(?:^|[\s,?!.]+)(?:please|pls|plz|thanks?(?: you)?(?: so much| very much| a lot| a bunch| heaps| loads| in advance)?|much appreciated|(?:i )?appreciate it|thx|ty|ta|cheers(?: mate)?|mate|for me|now|asap please|right now|lol|lmao|haha+|hehe|:\)|:-\)|if you (?:can|could|don'?t mind)|when you (?:can|get a chance)|if possible|would you|could you|ok|okay)$/iu;

/** Strips politeness, filler and punctuation around a request and fixes slips in keywords, keeping the words' case for titles. */
export function normalizeUtterance(text: string): string {
  let result = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?]+$/, '');
  for (let previous = ''; previous !== result; ) {
    previous = result;
    const stripped = result.replace(leadingFillers, '').replace(trailingFillers, '').replace(/[\s.!?,]+$/, '');
    if (stripped.length > 0) result = stripped;
  }
  return correctTypos(result.replace(/^ad\s+(?=\S)/i, 'add ')).replace(gerund, (_, verb: string) => gerunds[verb.toLowerCase()]);
}

// "would you mind adding …" asks to add.
const gerunds: Record<string, string> = {
  adding: 'add', deleting: 'delete', removing: 'remove', marking: 'mark', moving: 'move', changing: 'change', creating: 'create',
  completing: 'complete', renaming: 'rename', setting: 'set', putting: 'put', making: 'make', pushing: 'push', tagging: 'tag',
  rescheduling: 'reschedule', postponing: 'postpone', showing: 'show', listing: 'list', reopening: 'reopen',
};
const gerund = new RegExp(String.raw`^(${Object.keys(gerunds).join('|')})\b`, 'i');

/** Removes the matched span and tidies the spaces left behind. */
export const cut = (text: string, start: number, length: number) =>
  `${text.slice(0, start)} ${text.slice(start + length)}`.replace(/\s+/g, ' ').trim();
