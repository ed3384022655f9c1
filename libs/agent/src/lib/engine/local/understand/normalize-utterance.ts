const leadingFillers =
  /^(?:hey|hi|hello|ok(?:ay)?|so|well|actually|wait|hmm+|sorry|no|oh no|um+|uh+|yo|oh|alright|right|please|pls|plz|kindly|now|also|and|then|just|quickly|(?:can|could|would|will) (?:you|u)(?: please)?|i(?:'d| would) like (?:you )?to|i want (?:you )?to|go ahead and|help me)\b[\s,:;!-]*/i;
const trailingFillers = /[\s,]*(?:please|pls|plz|thanks|thank you|thx|for me|now|asap please|right now)$/i;

/** Strips politeness and punctuation around a request, keeping the words' case for titles. */
export function normalizeUtterance(text: string): string {
  let result = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?]+$/, '');
  for (let previous = ''; previous !== result; ) {
    previous = result;
    const stripped = result.replace(leadingFillers, '').replace(trailingFillers, '').replace(/[\s.!?]+$/, '');
    if (stripped.length > 0) result = stripped;
  }
  return result;
}

/** Removes the matched span and tidies the spaces left behind. */
export const cut = (text: string, start: number, length: number) =>
  `${text.slice(0, start)} ${text.slice(start + length)}`.replace(/\s+/g, ' ').trim();
