import { localDateIn, type ChatResponse, type CreateTaskRequest } from '@todo/domain';
import { TZDate } from '@date-fns/tz';
import type { TaskToolName } from '../tools/task-tools';

/** A due date the reply must carry: a weekday or a day offset, with a local time when one was said. */
export interface DueExpectation {
  $due: { inDays?: number; weekday?: number; hour?: number; minute?: number };
}
/** Stands for the id of the seeded task with this title. */
export interface TaskExpectation {
  $task: string;
}
/** Any value, as long as the argument is there. */
export const PRESENT = { $present: true } as const;

export type ExpectedArgument =
  | DueExpectation
  | TaskExpectation
  | typeof PRESENT
  | string
  | number
  | boolean
  | null
  | string[]
  /** A plain object (a repeat), compared as JSON. */
  | { [key: string]: string | number };

export type TurnExpectation =
  /** The last tool call has this name and exactly these arguments, and succeeds (or fails, with `fails`). */
  | { call: TaskToolName; args: Record<string, ExpectedArgument>; fails?: true }
  /** No tool is called; the reply matches. */
  | { noCall: true; reply?: RegExp };

export interface UtteranceTurn {
  /** What the user types; `{Title}` stands for the id of the seeded task with that title. */
  say: string;
  expect: TurnExpectation;
}

export interface UtteranceCase {
  topic: string;
  tasks?: CreateTaskRequest[];
  turns: UtteranceTurn[];
}

export interface UtteranceSession {
  say(message: string): Promise<ChatResponse>;
  /** The ids of the seeded tasks, by title. */
  taskIds: ReadonlyMap<string, number>;
}

/** How the table reaches an engine: directly, or over HTTP. Each case gets a fresh user, in `timeZone`. */
export interface UtteranceDriver {
  start(tasks: CreateTaskRequest[], timeZone: string): Promise<UtteranceSession>;
}

export interface UtteranceFailure {
  topic: string;
  say: string;
  problem: string;
  response: ChatResponse;
}

export interface UtteranceReport {
  passed: number;
  total: number;
  score: number;
  failures: UtteranceFailure[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Checks a due date on the user's wall clock in `zone`; a plain day is a YYYY-MM-DD argument. */
function checkDue(actual: unknown, { $due }: DueExpectation, now: Date, zone: string): string | undefined {
  if (typeof actual !== 'string') return `expected a due date, got ${JSON.stringify(actual)}`;
  const dateOnly = actual.length === 10;
  if (dateOnly === ($due.hour !== undefined)) return `due ${actual}: expected ${$due.hour === undefined ? 'a date' : 'a time'}`;
  const day = dateOnly ? actual : localDateIn(actual, zone);
  const wall = dateOnly ? new TZDate(Date.parse(`${actual}T12:00:00Z`), 'UTC') : new TZDate(new Date(actual).getTime(), zone);
  if ($due.inDays !== undefined) {
    const wanted = localDateIn(new Date(now.getTime() + $due.inDays * 86_400_000), zone);
    if (day !== wanted) return `due ${actual}: expected ${wanted} in ${zone}`;
  }
  if ($due.weekday !== undefined) {
    const days = (new Date(`${day}T12:00:00Z`).getTime() - new Date(`${localDateIn(now, zone)}T12:00:00Z`).getTime()) / 86_400_000;
    if (wall.getDay() !== $due.weekday || days < 0 || days > 14) return `due ${actual}: expected the coming weekday ${$due.weekday}`;
  }
  if ($due.hour !== undefined && (wall.getHours() !== $due.hour || wall.getMinutes() !== ($due.minute ?? 0))) {
    return `due ${actual}: expected ${pad($due.hour)}:${pad($due.minute ?? 0)} in ${zone}`;
  }
  return undefined;
}

function checkArgument(actual: unknown, expected: ExpectedArgument, session: UtteranceSession, now: Date, zone: string): string | undefined {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if ('$present' in expected) return actual === undefined ? 'missing' : undefined;
    if ('$due' in expected) return checkDue(actual, expected as DueExpectation, now, zone);
    if (!('$task' in expected)) {
      return JSON.stringify(actual) === JSON.stringify(expected) ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    }
    const title = (expected as TaskExpectation).$task;
    const id = session.taskIds.get(title);
    return actual === id ? undefined : `expected task ${id} ("${title}"), got ${JSON.stringify(actual)}`;
  }
  return JSON.stringify(actual) === JSON.stringify(expected)
    ? undefined
    : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** What is wrong with a reply, or undefined when it meets the expectation. */
export function checkTurn(
  response: ChatResponse,
  expectation: TurnExpectation,
  session: UtteranceSession,
  now: Date,
  zone: string,
): string | undefined {
  if ('noCall' in expectation) {
    if (response.tool_calls.length > 0) return `expected no tool call, got ${response.tool_calls.map((c) => c.name).join(', ')}`;
    return expectation.reply && !expectation.reply.test(response.response) ? `reply does not match ${expectation.reply}` : undefined;
  }
  const last = response.tool_calls.at(-1);
  if (!last) return `expected ${expectation.call}, got no tool call`;
  if (last.name !== expectation.call) return `expected ${expectation.call}, got ${last.name}`;
  const actualKeys = Object.keys(last.arguments).sort();
  const expectedKeys = Object.keys(expectation.args).sort();
  if (JSON.stringify(actualKeys) !== JSON.stringify(expectedKeys)) {
    return `arguments ${JSON.stringify(last.arguments)}: expected keys ${expectedKeys.join(', ')}`;
  }
  for (const key of expectedKeys) {
    const problem = checkArgument(last.arguments[key], expectation.args[key], session, now, zone);
    if (problem) return `${key}: ${problem}`;
  }
  const result = last.result as { error?: string } | null;
  const failed = result !== null && typeof result === 'object' && 'error' in result;
  if (failed && !expectation.fails) return `the tool failed: ${result.error}`;
  return !failed && expectation.fails ? 'expected the tool to fail' : undefined;
}

/** Where the table's users live: far from UTC, so a reply that reads dates on the server's clock fails. */
export const UTTERANCE_TIME_ZONE = 'Pacific/Auckland';

/**
 * Runs every turn of every case through the driver and scores the replies. Users sit in `timeZone`
 * (far from UTC by default), so a reply that reads dates on the server's clock fails.
 */
export async function runUtteranceTable(
  driver: UtteranceDriver,
  cases: readonly UtteranceCase[],
  timeZone = UTTERANCE_TIME_ZONE,
): Promise<UtteranceReport> {
  const failures: UtteranceFailure[] = [];
  let total = 0;
  for (const utteranceCase of cases) {
    const session = await driver.start(utteranceCase.tasks ?? [], timeZone);
    for (const turn of utteranceCase.turns) {
      total++;
      const now = new Date();
      const message = turn.say.replace(/\{([^}]+)\}/g, (_, title: string) => String(session.taskIds.get(title)));
      const response = await session.say(message);
      const problem = checkTurn(response, turn.expect, session, now, timeZone);
      if (problem) failures.push({ topic: utteranceCase.topic, say: message, problem, response });
    }
  }
  const passed = total - failures.length;
  return { passed, total, score: total === 0 ? 0 : passed / total, failures };
}
