import { distance } from 'fastest-levenshtein';

// Words the grammar keys on. A misspelt one is corrected only when it is close to exactly one of them.
const commandWords = [
  'add', 'create', 'delete', 'remove', 'complete', 'finish', 'finished', 'rename', 'change', 'update', 'reschedule',
  'postpone', 'move', 'mark', 'show', 'list', 'remind', 'search', 'find', 'undo', 'reopen', 'cancel', 'prioritize',
  'schedule', 'display', 'remember',
];
const anywhereWords = [
  'tomorrow', 'today', 'tonight', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'morning', 'evening',
  'afternoon', 'weekend', 'weekends', 'weekday', 'weekdays', 'priority', 'urgent', 'important', 'every', 'daily', 'weekly', 'monthly', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'repeating',
  'everything', 'overdue', 'completed', 'finished', 'pending',
];
const vocabulary = new Set([...commandWords, ...anywhereWords]);

// Everyday words one letter away from a keyword; they are left alone ("mark" is not "park", "sunday" not "sundae").
const realWords = new Set([
  'ad', 'dad', 'adds', 'aid', 'odd', 'mad', 'bad', 'had', 'sad', 'park', 'dark', 'bark', 'lark', 'mask', 'mart', 'mars',
  'move', 'more', 'mode', 'love', 'cove', 'dove', 'shoe', 'shot', 'snow', 'slow', 'show', 'lust', 'last', 'lost', 'mist',
  'fine', 'find', 'kind', 'mind', 'wind', 'bind', 'fund', 'fond', 'sundae', 'monkey', 'today', 'toad', 'every', 'ever',
  'very', 'dairy', 'daisy', 'weakly', 'weekly', 'months', 'month', 'urgently', 'remover', 'changer', 'search', 'starch',
  'march', 'marches', 'finish', 'finnish', 'polish', 'complete', 'compete', 'delegate', 'relate', 'moving', 'mover',
  'jane', 'june', 'julie', 'jury', 'april', 'august', 'reading', 'repeating', 'resting', 'eating', 'evening', 'opening',
  'list', 'lift', 'gift', 'mist', 'fist', 'undo', 'undue', 'cancel', 'camel', 'panel', 'sister',
]);

const isSubsequence = (short: string, long: string) => {
  let i = 0;
  for (const char of long) if (char === short[i]) i++;
  return i === short.length;
};

const adjacentSwap = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  const diff = [...a].map((char, i) => (char === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
};

/** The one keyword a token is a slip of, allowing one edit (two for long words) or a swapped pair. */
function closest(token: string, words: readonly string[]): string | undefined {
  const lower = token.toLowerCase();
  if (lower.length < 4 || realWords.has(lower) || vocabulary.has(lower)) return undefined;
  const allowed = lower.length >= 7 ? 2 : 1;
  // Slips rarely hit the first letter; requiring it keeps "remember" from becoming "december".
  const near = words.filter(
    (word) =>
      word[0] === lower[0] && Math.abs(word.length - lower.length) <= allowed && (adjacentSwap(lower, word) || distance(lower, word) <= allowed),
  );
  if (near.length <= 1) return near[0];
  // Dropped letters are the commonest slip: "wensday" is "wednesday" with two missing, not "weekday" with two changed.
  const dropped = near.filter((word) => isSubsequence(lower, word));
  return dropped.length === 1 ? dropped[0] : undefined;
}

const keepCase = (original: string, corrected: string) =>
  original[0] === original[0].toUpperCase() ? corrected[0].toUpperCase() + corrected.slice(1) : corrected;

/**
 * Fixes slips in the words the grammar depends on ("delte", "tomorow", "wensday"), leaving titles alone:
 * a command word only in first position, a date or priority word anywhere.
 */
export function correctTypos(text: string): string {
  let first = true;
  return text.replace(/\p{L}+(?:'\p{L}+)*/gu, (token) => {
    const words = first ? [...commandWords, ...anywhereWords] : anywhereWords;
    // A capitalised word inside a sentence is a name ("Read Dune"), not a slip.
    const name = !first && token[0] !== token[0].toLowerCase();
    first = false;
    if (name || (words === anywhereWords && token.length < 5)) return token;
    const corrected = closest(token, words);
    return corrected ? keepCase(token, corrected) : token;
  });
}
