import { TAG_MAX } from '@todo/domain';
import { cut } from './normalize-utterance';

const tagWord = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
const tagPhrase =
  /\s*,?\s*\b(?:and\s+)?(?:(?:with\s+)?(?:the\s+)?(?:tags?|labels?)(?:\s+(?:it|this|that|them)(?:\s+(?:as|with))?)?|tagged(?:\s+(?:with|as))?|labell?ed(?:\s+(?:with|as))?|under(?:\s+the)?)\s*:?\s+((?:#?[\p{L}\p{N}][\p{L}\p{N}_-]*)(?:\s*(?:,|\band\b|&)?\s*#?[\p{L}\p{N}][\p{L}\p{N}_-]*)*?)(?:\s+(?:tags?|labels?|category|list))?$/iu;

const pronouns = new Set(['it', 'this', 'that', 'them', 'these', 'those']);

/** Splits "work, home and errands" into tags. */
export function splitTags(text: string): string[] {
  return text
    .split(/\s*(?:,|&|\band\b|\s)\s*/i)
    .map((tag) => tag.replace(/^#/, '').toLowerCase())
    // "tag it work": a pronoun points at the task, it is never a tag.
    .filter((tag) => tagWord.test(tag) && tag.length <= TAG_MAX && !pronouns.has(tag));
}

/** Finds "#work" hashtags and a trailing "tagged work and home" phrase; returns the text without them. */
export function extractTags(text: string): { tags: string[]; rest: string } {
  const tags: string[] = [];
  let rest = text;
  const phrase = rest.match(tagPhrase);
  if (phrase?.index !== undefined) {
    tags.push(...splitTags(phrase[1]));
    rest = cut(rest, phrase.index, phrase[0].length);
  }
  rest = rest.replace(/(?:^|\s)#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu, (_, tag: string) => {
    tags.push(tag.toLowerCase());
    return ' ';
  });
  return { tags: [...new Set(tags)], rest: rest.replace(/\s+/g, ' ').trim() };
}
