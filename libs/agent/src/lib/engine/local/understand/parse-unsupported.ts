import type { Command } from './command';

const changes: Array<[RegExp, string]> = [
  [/^(?:mark|set|flag)\s+.+?\s+(?:as\s+)?(?:not done|undone|incomplete|not complete(?:d)?|unfinished|pending|open|to ?do)$|^(?:reopen|re-open|uncomplete|uncheck|untick|undo)\b/i, 'reopen'],
  [/^(?:delete|remove|clear|erase|wipe|complete|finish|mark)\s+(?:all|every|everything)\b|^clear\s+(?:out\s+)?(?:my|the)\s+(?:list|tasks|completed)\b/i, 'bulk'],
];

const outOfScope: Array<[RegExp, string]> = [
  [/\b(?:send|write)\s+(?:an?\s+)?(?:email|e-mail|text|sms|message)\b|\b(?:weather|stock price|news|joke|play (?:a )?(?:song|music))\b|\border\s+(?:a\s+)?(?:pizza|food|taxi|uber)\b|\bbook\s+(?:a\s+)?(?:flight|table|hotel)\b/i, 'outside'],
  [/\b(?:share|assign|delegate)\b.*\b(?:with|to)\b/i, 'share'],
];

const recurring: Array<[RegExp, string]> = [
  [/\b(?:every (?:day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|weekly|monthly|recurring|repeat(?:ing|s)?)\b/i, 'recurrence'],
];

const match = (text: string, requests: Array<[RegExp, string]>): Command | undefined => {
  for (const [pattern, what] of requests) if (pattern.test(text)) return { kind: 'unsupported', what };
  return undefined;
};

/** Task changes the tools cannot make (reopening, bulk edits, repeats); checked before the task grammar claims them. */
export const parseUnsupportedChange = (text: string) => match(text, changes) ?? match(text, recurring);

/** Requests outside task management; checked after the task grammar, so "remind me to send an email" is still a task. */
export const parseOutOfScope = (text: string) => match(text, outOfScope);
