const TITLE_MAX = 60;

/** A conversation is named after its first message, cut at a word boundary. */
export function conversationTitle(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (text.length <= TITLE_MAX) return text;
  const cut = text.slice(0, TITLE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut.slice(0, TITLE_MAX)).trimEnd()}…`;
}
