import type { Message } from '@todo/domain';
import { readConversationContext } from './conversation-context';
import { correctTypos } from './correct-typos';
import { extractDueDate } from './extract-due-date';
import { extractRecurrence } from './extract-recurrence';
import { extractShift } from './extract-shift';
import { extractPriority } from './extract-priority';
import { extractTags } from './extract-tags';
import { parseCommand } from './parse-command';
import { parseTaskReference } from './parse-task-reference';
import { matchTasksByTitle } from './resolve-task-reference';
import { splitClauses } from './split-clauses';

// A Wednesday, 09:00 on the user's wall clock in Auckland (UTC+13 in January): the server's zone never matters.
const zone = 'Pacific/Auckland';
const clock = { now: new Date('2030-01-08T20:00:00Z'), zone };
const at = (date: string, hour: number, minute = 0) => ({ date, time: { hour, minute } });

describe('slot extraction', () => {
  it.each([
    ['buy milk tomorrow', { date: '2030-01-10' }, 'buy milk'],
    ['call mom on friday at 5pm', at('2030-01-11', 17), 'call mom'],
    ['call mom at 5', { time: { hour: 17, minute: 0 }, fallbackDate: '2030-01-09' }, 'call mom'],
    ['read chapter 5', undefined, 'read chapter 5'],
    ['pay the electricity bill by the 1st', { date: '2030-02-01' }, 'pay the electricity bill'],
    ['send the invoice on the 9th', { date: '2030-01-09' }, 'send the invoice'],
    ['renew the lease by the 31st', { date: '2030-01-31' }, 'renew the lease'],
    ['water plants due the 3rd', { date: '2030-02-03' }, 'water plants'],
    ['make the 2nd high priority', undefined, 'make the 2nd high priority'],
    ['move the 2nd one on the 5th', { date: '2030-02-05' }, 'move the 2nd one'],
    ['delete the 3rd task', undefined, 'delete the 3rd task'],
    ['first thing tomorrow', at('2030-01-10', 9), ''],
    ['file the report by end of the month', { date: '2030-01-31' }, 'file the report'],
    ['call the bank tonight', at('2030-01-09', 20), 'call the bank'],
    ['stretch in 2 hours', at('2030-01-09', 11), 'stretch'],
  ])('reads the due date in "%s"', (text, due, rest) => {
    expect(extractDueDate(text, clock)).toEqual({ ...(due && { due }), rest });
  });

  it('reads "tomorrow" on the user\'s calendar, ahead of and behind UTC', () => {
    const instant = new Date('2030-01-09T02:00:00Z');
    expect(extractDueDate('tomorrow', { now: instant, zone: 'Pacific/Auckland' }).due).toEqual({ date: '2030-01-10' });
    expect(extractDueDate('tomorrow', { now: instant, zone: 'America/Los_Angeles' }).due).toEqual({ date: '2030-01-09' });
  });

  it.each([
    ['water the plants every monday', { every: 'week', interval: 1 }, '2030-01-14', 'water the plants'],
    ['standup daily', { every: 'day', interval: 1 }, undefined, 'standup'],
    ['clean the gutters every 2 weeks', { every: 'week', interval: 2 }, undefined, 'clean the gutters'],
    ['pay rent monthly on the 15th', { every: 'month', interval: 1 }, '2030-01-15', 'pay rent'],
    ['mow the lawn every other friday', { every: 'week', interval: 2 }, '2030-01-11', 'mow the lawn'],
    ['renew the domain every year', { every: 'month', interval: 12 }, undefined, 'renew the domain'],
  ])('reads the repeat in "%s"', (text, recurrence, firstDate, rest) => {
    expect(extractRecurrence(text, clock)).toEqual({ recurrence, ...(firstDate && { firstDate }), rest });
  });

  it.each([
    ['a day later', { days: 1 }],
    ['by a week', { days: 7 }],
    ['2 hours earlier', { minutes: -120 }],
    ['a couple of days', { days: 2 }],
  ])('reads the move in "%s"', (text, shift) => {
    expect(extractShift(text).shift).toEqual(shift);
  });

  it.each([
    ['delte the milk task', 'delete the milk task'],
    ['add dentist tomorow', 'add dentist tomorrow'],
    ['walk the dog in the park', 'walk the dog in the park'],
    ['call dad on wensday', 'call dad on wednesday'],
  ])('fixes slips in keywords only: "%s"', (text, fixed) => {
    expect(correctTypos(text)).toBe(fixed);
  });

  it.each([
    ['rename it to Pay rent and make it due monday', ['rename it to Pay rent', 'make it due monday']],
    ['add bread and milk', ['add bread and milk']],
    ['add call mom, then tag it family', ['add call mom', 'tag it family']],
  ])('splits "%s" into its requests', (text, clauses) => {
    expect(splitClauses(text)).toEqual(clauses);
  });

  it('skips months that lack the day: "by the 31st" in November means December 31', () => {
    expect(extractDueDate('pay rent by the 31st', { now: new Date('2030-11-05T09:00:00Z'), zone: 'UTC' })).toEqual({ due: { date: '2030-12-31' }, rest: 'pay rent' });
  });

  it.each([
    ['fix the tap, high priority', 'high', 'fix the tap,'],
    ['file taxes urgent', 'high', 'file taxes'],
    ['sort photos low priority', 'low', 'sort photos'],
    ['sort photos', undefined, 'sort photos'],
  ])('reads the priority in "%s"', (text, priority, rest) => {
    expect(extractPriority(text)).toEqual({ ...(priority && { priority }), rest });
  });

  it('reads hashtags and a trailing tag phrase', () => {
    expect(extractTags('paint the fence #home tagged diy and weekend')).toEqual({ tags: ['diy', 'weekend', 'home'], rest: 'paint the fence' });
  });
});

describe('references', () => {
  it.each([
    ['task 3', { kind: 'id', id: 3 }],
    ['#12', { kind: 'id', id: 12 }],
    ['the second one', { kind: 'position', index: 1 }],
    ['the last task', { kind: 'position', index: -1 }],
    ['it', { kind: 'pronoun' }],
    ['the laundry one', { kind: 'title', words: 'laundry' }],
  ])('reads "%s"', (text, ref) => {
    expect(parseTaskReference(text)).toEqual(ref);
  });

  const tasks = [
    { id: 1, title: 'Call the dentist', completed: false, priority: 'medium' as const, tags: [], due_at: null, recurrence: null },
    { id: 2, title: 'Dentist appointment', completed: false, priority: 'medium' as const, tags: [], due_at: null, recurrence: null },
    { id: 3, title: 'Buy groceries', completed: false, priority: 'medium' as const, tags: [], due_at: null, recurrence: null },
  ];
  it('matches titles by words, word forms and typos', () => {
    expect(matchTasksByTitle('dentist', tasks).map((task) => task.id)).toEqual([1, 2]);
    expect(matchTasksByTitle('grocery', tasks).map((task) => task.id)).toEqual([3]);
    expect(matchTasksByTitle('dentst appointment', tasks).map((task) => task.id)).toEqual([2]);
    expect(matchTasksByTitle('spaceship', tasks)).toEqual([]);
  });

  it('reads what "it" and "the second one" mean from the stored history alone', () => {
    const history: Message[] = [
      { id: 1, role: 'user', content: 'show my tasks', created_at: '' },
      {
        id: 2,
        role: 'assistant',
        content: 'You have 2 tasks',
        created_at: '',
        tool_calls: [{ name: 'list_tasks', arguments: {}, result: [{ id: 7 }, { id: 9 }] }],
      },
      { id: 3, role: 'user', content: 'add milk', created_at: '' },
      {
        id: 4,
        role: 'assistant',
        content: 'Added',
        created_at: '',
        tool_calls: [{ name: 'add_task', arguments: {}, result: { task_id: 11, status: 'created', title: 'milk' } }],
      },
    ];
    expect(readConversationContext(history)).toMatchObject({ shownIds: [7, 9], lastTaskId: 11, lastRequest: 'add milk' });
    expect(readConversationContext(history).undoable).toEqual([history[3].tool_calls?.[0]]);
  });
});

describe('the grammar', () => {
  it.each([
    ['mark the report as not done', 'reopen'],
    ['complete all my shopping tasks', 'bulk'],
    ['delete everything I have finished', 'bulk'],
    ['move everything due today to tomorrow', 'bulk'],
    ['undo that', 'undo'],
    ["when's the vet?", 'when'],
    ['what should I do first?', 'suggest'],
    ['anything about the car?', 'list'],
    ["Change task 1 to 'Call mom tonight'", 'update'],
    ['stop repeating the standup', 'update'],
    ['water plants every weekday', 'unsupported'],
    ['remove the due date from task 5', 'update'],
    ['remind me to send an email to Bob', 'add'],
    ['which tasks are done?', 'list'],
    ['what do I have?', 'list'],
    ["what's next?", 'list'],
    ['anything else on today?', 'list'],
    ['what do I have to do', 'list'],
    ['what is the weather', 'unsupported'],
    ['blorp', 'select'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(parseCommand(text, clock).kind).toBe(kind);
  });
});
