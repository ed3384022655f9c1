// A second request joined to the first: "rename it to Y and make it due monday", "add milk, then tag it groceries".
const request = String.raw`(?:also\s+)?(?:make|set|tag|label|rename|call it|move|mark|change|give|put|push|reschedule|postpone|delete|remove|complete|finish|untag|prioriti[sz]e|add|create|remind me|it'?s|it is|it should|that'?s|have it|repeat)\b`;
const joint = new RegExp(String.raw`\s*(?:,\s*|;\s*|\.\s+)?\b(?:and(?:\s+then)?|then|also|plus|and also)\s+(?=${request})|\s*(?:;|\.)\s+(?=${request})`, 'gi');

/** Splits one message into the requests it holds, in order; a plain list of titles ("bread and milk") stays whole. */
export function splitClauses(message: string): string[] {
  return message
    .split(joint)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}
