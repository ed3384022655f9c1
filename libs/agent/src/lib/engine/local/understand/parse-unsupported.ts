import type { Command } from './command';
import { unsupportedRepeat } from './extract-recurrence';

const outOfScope: Array<[RegExp, string]> = [
  [/\b(?:send|write)\s+(?:an?\s+)?(?:email|e-mail|text|sms|message)\b|\b(?:weather|stock price|news|joke|play (?:a )?(?:song|music))\b|\border\s+(?:a\s+)?(?:pizza|food|taxi|uber)\b|\bbook\s+(?:a\s+)?(?:flight|table|hotel)\b/i, 'outside'],
  [/\b(?:share|assign|delegate)\b.*\b(?:with|to)\b/i, 'share'],
];

const recurring: Array<[RegExp, string]> = [[unsupportedRepeat, 'weekdays']];

const match = (text: string, requests: Array<[RegExp, string]>): Command | undefined => {
  for (const [pattern, what] of requests) if (pattern.test(text)) return { kind: 'unsupported', what };
  return undefined;
};

/** Repeats the tools cannot store (a set of weekdays); checked before the task grammar claims them. */
export const parseUnsupportedChange = (text: string) => match(text, recurring);

/** Requests outside task management; checked after the task grammar, so "remind me to send an email" is still a task. */
export const parseOutOfScope = (text: string) => match(text, outOfScope);
