// "I have a dentist appointment on friday at 3, can you remind me?": the task is one clause, the request another.
const askAfter =
  /^(.+?)[\s,;.!-]*(?:so\s+|and\s+)?(?:(?:can|could|would|will) (?:you|u)\s+(?:please\s+)?|please\s+)?(?:remind me(?: (?:about|of) (?:it|that|this))?|add (?:it|that|this)(?: (?:to|on) (?:my|the) list)?|put (?:it|that|this) (?:on|in) (?:my|the) list|make (?:it|that|this) (?:a|into a) (?:task|reminder|todo)|note (?:it|that) down|write (?:it|that) down|don'?t let me forget)\??$/i;
const statement = /^(?:i(?:'ve| have)? got|i have|i'?ve|there(?:'s| is)|i need to|i must|i should|i gotta|we have)\s+/i;

// "first thing tomorrow i need to ring the council": the when comes first, the request after it.
const whenFirst =
  /^((?:first thing\s+)?(?:tomorrow|tonight|today|tmrw|this (?:morning|afternoon|evening|weekend)|(?:on |next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|every (?:other\s+)?[a-z]+|each [a-z]+)(?:\s+(?:morning|afternoon|evening|at \d{1,2}(?::\d{2})?\s*(?:am|pm)?))?)\s*,?\s+((?:i (?:need|have|must|want|gotta|should)(?: to)?|remind me(?: to)?|remember to|add|need to|don'?t let me forget to|i'?ve got to)\b.*)$/i;
// "…, so add buy a birthday card": the request is the last clause; the day may sit in an earlier one.
const requestLast =
  /^(.*?)(?:[,;.]\s*|\s+)(?:so|anyway|but|and|then)\s+(?:(?:can|could|would) you\s+|please\s+|just\s+|i just\s+)?((?:add|remind me|delete|remove|tick off|check off|mark|complete|finish|move|reschedule|create|put)\b.*)$/i;

const leadingCommand = /^(?:add|create|remind|delete|remove|mark|complete|finish|move|rename|change|set|make|tag|put|schedule)\b/i;

/**
 * Finds the request in a message that does not start with it: a statement followed by "can you remind me?",
 * a time said first, or a story that ends in "so add …".
 */
export function rephraseRequest(text: string): string {
  const ask = text.match(askAfter);
  if (ask && !/^(?:add|create|remind)\b/i.test(ask[1])) return `add ${ask[1].replace(statement, '').trim()}`;
  const when = text.match(whenFirst);
  if (when) return `${when[2]} ${when[1]}`;
  const last = text.match(requestLast);
  if (last && last[1].split(/\s+/).length >= 3 && !leadingCommand.test(last[1])) {
    const earlierDay = last[1].match(/\b(?:on|by|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|tonight|today)\b/i);
    const hasDay = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|tonight|today|next|at \d)/i.test(last[2]);
    return earlierDay && !hasDay && /^(?:add|remind me|create|put)\b/i.test(last[2]) ? `${last[2]} ${earlierDay[0]}` : last[2];
  }
  return text;
}
