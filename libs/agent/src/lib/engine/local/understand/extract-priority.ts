import type { Priority } from '@todo/domain';
import { cut } from './normalize-utterance';

const word: Record<string, Priority> = {
  high: 'high', top: 'high', highest: 'high', max: 'high', maximum: 'high', urgent: 'high',
  low: 'low', lowest: 'low', min: 'low', minimum: 'low',
  medium: 'medium', normal: 'medium', mid: 'medium', regular: 'medium', moderate: 'medium', default: 'medium',
};
const levels = Object.keys(word).join('|');
const connector = String.raw`(?:(?:with|at|to|as|a|an|of|on|in)\s+)*`;

const patterns: Array<{ pattern: RegExp; priority: (match: RegExpMatchArray) => Priority }> = [
  {
    pattern: new RegExp(String.raw`\b${connector}(?:the\s+)?(${levels})[\s-]+prio(?:rity)?\b`, 'i'),
    priority: (m) => word[m[1].toLowerCase()],
  },
  {
    pattern: new RegExp(String.raw`\b${connector}(?:the\s+)?prio(?:rity)?\s*(?:to|of|is|=|:|as|at)?\s*(${levels})\b`, 'i'),
    priority: (m) => word[m[1].toLowerCase()],
  },
  { pattern: /\b(?:(?:as|is)\s+)?p([123])\b/i, priority: (m) => (['high', 'medium', 'low'] as const)[Number(m[1]) - 1] },
  // Quick-add shorthand: "!high", "!low", "!1", "!!!".
  { pattern: new RegExp(String.raw`(?:^|\s)!(${levels}|[123])(?=\s|$)`, 'i'), priority: (m) => word[m[1].toLowerCase()] ?? (['high', 'medium', 'low'] as const)[Number(m[1]) - 1] },
  { pattern: /(?:^|\s)!!!?(?=\s|$)/, priority: () => 'high' },
  { pattern: /\b(?:it(?:'s| is)\s+)?(?:not (?:urgent|important)|unimportant|no rush|low-key)\b/i, priority: () => 'low' },
  { pattern: /\b(?:it(?:'s| is)\s+)?(?:(?:very|super|really)\s+)?(?:urgent(?:ly)?|asap|important|critical|crucial)\b/i, priority: () => 'high' },
];

/** Finds a priority phrase ("high priority", "urgent", "p1") and returns the text without it. */
export function extractPriority(text: string): { priority?: Priority; rest: string } {
  for (const { pattern, priority } of patterns) {
    const match = text.match(pattern);
    if (match?.index !== undefined) return { priority: priority(match), rest: cut(text, match.index, match[0].length) };
  }
  return { rest: text };
}

/** A bare level at the end of a change request: "bump it to high", "set task 3 to low". */
export function extractTrailingLevel(text: string): { priority?: Priority; rest: string } {
  const match = text.match(new RegExp(String.raw`\s+(?:to|as|at)\s+(${levels})$`, 'i'));
  if (match?.index === undefined) return { rest: text };
  return { priority: word[match[1].toLowerCase()], rest: cut(text, match.index, match[0].length) };
}
