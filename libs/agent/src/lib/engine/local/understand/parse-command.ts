import type { Clock } from './calendar';
import type { Command } from './command';
import { normalizeUtterance } from './normalize-utterance';
import { parseAdd } from './parse-add';
import { parseBulk } from './parse-bulk';
import { parseComplete } from './parse-complete';
import { parseCorrection } from './parse-correction';
import { parseDelete } from './parse-delete';
import { parseSameAgain, parseSuggest, parseUndo, parseWhen } from './parse-follow-up';
import { parseList } from './parse-list';
import { parseReopen } from './parse-reopen';
import { parseSmallTalk } from './parse-small-talk';
import { parseTaskReference } from './parse-task-reference';
import { parseOutOfScope, parseUnsupportedChange } from './parse-unsupported';
import { parseBareChange, parseUpdate } from './parse-update';
import { rephraseRequest } from './rephrase-request';

const selection = /^(?:(?:yes|yeah|yep|ok|sure|no|oh|sorry|i mean|i meant|meant|the one|make it|that'?s|it'?s|it was|go with|pick|choose)[\s,]+)+/i;

/**
 * The grammar of the built-in engine: each intent has its own forms, tried from the most specific
 * (undo, a bulk change, a completion or a change to a task) to the most general (a new task), so
 * "add the tag work to task 3" changes a task while "add work on the report" creates one.
 */
export function parseCommand(utterance: string, clock: Clock): Command {
  const text = rephraseRequest(normalizeUtterance(utterance));
  if (!text) return { kind: 'unknown' };
  const command =
    parseSmallTalk(text) ??
    parseUndo(text) ??
    parseUnsupportedChange(text) ??
    parseBulk(text, clock) ??
    parseReopen(text) ??
    parseComplete(text) ??
    parseDelete(text) ??
    parseWhen(text) ??
    parseCorrection(text, clock) ??
    parseSuggest(text) ??
    parseUpdate(text, clock) ??
    parseAdd(text, clock) ??
    parseBareChange(text, clock) ??
    parseSameAgain(text) ??
    parseOutOfScope(text) ??
    parseList(text, clock);
  if (command) return command;
  const ref = parseTaskReference(text.replace(selection, ''));
  return ref ? { kind: 'select', ref } : { kind: 'unknown' };
}
