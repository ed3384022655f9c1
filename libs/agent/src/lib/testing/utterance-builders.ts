import { TZDate } from '@date-fns/tz';
import { PRESENT, UTTERANCE_TIME_ZONE, type UtteranceCase } from '../engine/utterance-check';

/** Shorthands for writing utterance tables: expected calls, cases, and due dates on the table users' clock. */
type Expect = UtteranceCase['turns'][number]['expect'];
type TaskRef = string | typeof PRESENT;

export const SUNDAY = 0;
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;

const taskId = (title: TaskRef) => (typeof title === 'string' ? { $task: title } : title);

export const due = (spec: { inDays?: number; weekday?: number; hour?: number; minute?: number }) => ({ $due: spec });
export const add = (args: Record<string, unknown>) => ({ call: 'add_task' as const, args: args as never });
export const list = (args: Record<string, unknown>) => ({ call: 'list_tasks' as const, args: args as never });
export const complete = (title: TaskRef, args: Record<string, unknown> = {}) => ({
  call: 'complete_task' as const,
  args: { task_id: taskId(title), ...args } as never,
});
export const remove = (title: TaskRef) => ({ call: 'delete_task' as const, args: { task_id: taskId(title) } as never });
export const update = (title: TaskRef, args: Record<string, unknown>) => ({
  call: 'update_task' as const,
  args: { task_id: taskId(title), ...args } as never,
});
export const noCall = (reply?: RegExp) => ({ noCall: true as const, reply });

export const one = (topic: string, say: string, expect: Expect, tasks?: UtteranceCase['tasks']): UtteranceCase => ({
  topic,
  tasks,
  turns: [{ say, expect }],
});
export const turns = (topic: string, tasks: UtteranceCase['tasks'], ...steps: Array<[string, Expect]>): UtteranceCase => ({
  topic,
  tasks,
  turns: steps.map(([say, expect]) => ({ say, expect })),
});

export const nowThere = () => new TZDate(Date.now(), UTTERANCE_TIME_ZONE);

/** A wall-clock time some days from now for the table's users, as a stored due date. */
export const dueIn = (days: number, hour: number, minute = 0) => {
  const now = nowThere();
  return new Date(new TZDate(now.getFullYear(), now.getMonth(), now.getDate() + days, hour, minute, 0, 0, UTTERANCE_TIME_ZONE).getTime()).toISOString();
};

/** Today's calendar day for the table's users, as a plain-day due date. */
export const todayThere = () => {
  const now = nowThere();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** 0 while this hour is still ahead today for the table's users, else 1: a time said without a day is its next one. */
export const daysUntilHour = (hour: number) => (nowThere().getHours() < hour ? 0 : 1);
