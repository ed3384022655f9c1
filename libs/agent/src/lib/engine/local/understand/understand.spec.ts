import type { Message } from '@todo/domain';
import { readConversationContext } from './conversation-context';
import { extractDueDate } from './extract-due-date';
import { extractPriority } from './extract-priority';
import { extractTags } from './extract-tags';
import { parseCommand } from './parse-command';
import { parseTaskReference } from './parse-task-reference';
import { matchTasksByTitle } from './resolve-task-reference';

const now = new Date(2030, 0, 9, 9, 0); // a Wednesday, 09:00 local time

describe('slot extraction', () => {
  it.each([
    ['buy milk tomorrow', '2030-01-10', 'buy milk'],
    ['call mom on friday at 5pm', new Date(2030, 0, 11, 17).toISOString(), 'call mom'],
    ['call mom at 5', new Date(2030, 0, 9, 17).toISOString(), 'call mom'],
    ['read chapter 5', undefined, 'read chapter 5'],
    ['pay the electricity bill by the 1st', '2030-02-01', 'pay the electricity bill'],
    ['send the invoice on the 9th', '2030-01-09', 'send the invoice'],
    ['renew the lease by the 31st', '2030-01-31', 'renew the lease'],
    ['water plants due the 3rd', '2030-02-03', 'water plants'],
    ['make the 2nd high priority', undefined, 'make the 2nd high priority'],
    ['move the 2nd one on the 5th', '2030-02-05', 'move the 2nd one'],
    ['delete the 3rd task', undefined, 'delete the 3rd task'],
  ])('reads the due date in "%s"', (text, due_at, rest) => {
    expect(extractDueDate(text, now)).toEqual({ ...(due_at && { due_at }), rest });
  });

  it('skips months that lack the day: "by the 31st" in November means December 31', () => {
    expect(extractDueDate('pay rent by the 31st', new Date(2030, 10, 5, 9))).toEqual({ due_at: '2030-12-31', rest: 'pay rent' });
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
    { id: 1, title: 'Call the dentist', completed: false, priority: 'medium' as const, tags: [], due_at: null },
    { id: 2, title: 'Dentist appointment', completed: false, priority: 'medium' as const, tags: [], due_at: null },
    { id: 3, title: 'Buy groceries', completed: false, priority: 'medium' as const, tags: [], due_at: null },
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
    expect(readConversationContext(history)).toEqual({ shownIds: [7, 9], lastTaskId: 11 });
  });
});

describe('the grammar', () => {
  it.each([
    ['mark the report as not done', 'unsupported'],
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
    expect(parseCommand(text, now).kind).toBe(kind);
  });
});
