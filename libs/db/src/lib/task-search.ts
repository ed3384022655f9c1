import { and, ilike, or, sql, type SQL } from 'drizzle-orm';
import { tasks, taskSearchDocument } from './schema';

// Letters and digits (with their combining marks) are all a query keeps: the rest is the
// tsquery syntax (& | ! : * ( ) ' <->) or punctuation, which must never reach to_tsquery raw.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** `invoices call mo` → `'invoices' & 'call' & 'mo':*`: every word must match; the last may still be being typed. */
export function toPrefixTsquery(q: string): string | null {
  const words = q.match(WORD);
  if (!words) return null;
  return words.map((word, index) => (index === words.length - 1 ? `'${word}':*` : `'${word}'`)).join(' & ');
}

const document = taskSearchDocument(tasks.title, tasks.description);

const substring = (q: string) => {
  const pattern = `%${escapeLike(q)}%`;
  return or(ilike(tasks.title, pattern), ilike(tasks.description, pattern)) as SQL;
};

/**
 * The `q` filter: English full-text search over title and description (stemmed, so "running" finds
 * "run 5k"; the last word as a prefix). A query with nothing to search for as words — only stop words
 * ("the", "to") or only symbols ("%") — falls back to a case-insensitive substring match instead of
 * matching nothing. Postgres folds that fallback away at planning time when the query has words.
 */
export function taskSearchCondition(q: string): SQL {
  const tsquery = toPrefixTsquery(q);
  if (!tsquery) return substring(q);
  const query = sql`to_tsquery('english', ${tsquery})`;
  return or(sql`${document} @@ ${query}`, and(sql`numnode(${query}) = 0`, substring(q))) as SQL;
}
