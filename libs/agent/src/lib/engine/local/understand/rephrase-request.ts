// "I have a dentist appointment on friday at 3, can you remind me?": the task is one clause, the request another.
const askAfter =
  /^(.+?)[\s,;.!-]*(?:so\s+|and\s+)?(?:(?:can|could|would|will) (?:you|u)\s+(?:please\s+)?|please\s+)?(?:remind me(?: (?:about|of) (?:it|that|this))?|add (?:it|that|this)(?: (?:to|on) (?:my|the) list)?|put (?:it|that|this) (?:on|in) (?:my|the) list|make (?:it|that|this) (?:a|into a) (?:task|reminder|todo)|note (?:it|that) down|write (?:it|that) down|don'?t let me forget)\??$/i;
const statement = /^(?:i(?:'ve| have)? got|i have|i'?ve|there(?:'s| is)|i need to|i must|i should|i gotta|we have)\s+/i;

/** Turns a statement followed by a request about it into the request itself: "add dentist appointment on friday at 3". */
export function rephraseRequest(text: string): string {
  const match = text.match(askAfter);
  if (!match || /^(?:add|create|remind)\b/i.test(match[1])) return text;
  return `add ${match[1].replace(statement, '').trim()}`;
}
