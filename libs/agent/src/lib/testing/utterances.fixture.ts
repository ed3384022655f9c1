import { PRESENT, type UtteranceCase } from '../engine/utterance-check';

const FRIDAY = 5;
const MONDAY = 1;
const task = (title: string) => ({ $task: title });
const due = (spec: { inDays?: number; weekday?: number; hour?: number; minute?: number }) => ({ $due: spec });
const one = (topic: string, say: string, expect: UtteranceCase['turns'][number]['expect'], tasks?: UtteranceCase['tasks']): UtteranceCase => ({
  topic,
  tasks,
  turns: [{ say, expect }],
});
const add = (args: Record<string, unknown>) => ({ call: 'add_task' as const, args: args as never });
const list = (args: Record<string, unknown>) => ({ call: 'list_tasks' as const, args: args as never });
const complete = (title: string) => ({ call: 'complete_task' as const, args: { task_id: task(title) } });
const remove = (title: string) => ({ call: 'delete_task' as const, args: { task_id: task(title) } });
const update = (title: string, args: Record<string, unknown>) => ({
  call: 'update_task' as const,
  args: { task_id: task(title), ...(args as object) } as never,
});
const noCall = (reply?: RegExp) => ({ noCall: true as const, reply });

const household = [
  { title: 'Buy groceries' },
  { title: 'Dentist appointment' },
  { title: 'Do the laundry' },
  { title: 'Write quarterly report', tags: ['work'] },
  { title: 'Call the plumber' },
];

/**
 * The acceptance table for the chat: everyday ways of asking for the five operations, with dates,
 * priorities, tags, references, ambiguity, small talk and nonsense. Each case runs for a fresh user
 * seeded with `tasks`; each turn is one scored utterance.
 */
export const utteranceCases: UtteranceCase[] = [
  // Adding
  one('add', 'put renew car insurance on my list', add({ title: 'renew car insurance' })),
  one('add', 'Add buy milk', add({ title: 'buy milk' })),
  one('add', 'add a task to water the plants', add({ title: 'water the plants' })),
  one('add', 'Create a new task: book flights to Lisbon', add({ title: 'book flights to Lisbon' })),
  one('add', 'I need to pick up the dry cleaning', add({ title: 'pick up the dry cleaning' })),
  one('add', "don't let me forget to feed the cat", add({ title: 'feed the cat' })),
  one('add', 'new task walk the dog', add({ title: 'walk the dog' })),
  one('add', 'todo: clean the garage', add({ title: 'clean the garage' })),
  one('add', 'can you add "Read Dune" to my reading list please', add({ title: 'Read Dune' })),
  one('add', 'jot down return library books', add({ title: 'return library books' })),
  one('add', 'I have to renew my passport', add({ title: 'renew my passport' })),
  one('add', 'please remember to send the invoice', add({ title: 'send the invoice' })),
  // Dates
  one('dates', 'remind me to call the plumber on friday at 5pm', add({ title: 'call the plumber', due_at: due({ weekday: FRIDAY, hour: 17 }) })),
  one('dates', 'add buy milk tomorrow', add({ title: 'buy milk', due_at: due({ inDays: 1 }) })),
  one('dates', 'add pay rent today', add({ title: 'pay rent', due_at: due({ inDays: 0 }) })),
  one('dates', 'schedule a haircut next monday', add({ title: 'haircut', due_at: due({ weekday: MONDAY }) })),
  one('dates', 'add submit expense report in 3 days', add({ title: 'submit expense report', due_at: due({ inDays: 3 }) })),
  one('dates', 'remind me to take out the trash tomorrow at 7am', add({ title: 'take out the trash', due_at: due({ inDays: 1, hour: 7 }) })),
  one('dates', 'add team meeting tomorrow at 3:30pm', add({ title: 'team meeting', due_at: due({ inDays: 1, hour: 15, minute: 30 }) })),
  one('dates', 'add finish the slides by friday', add({ title: 'finish the slides', due_at: due({ weekday: FRIDAY }) })),
  // Priorities
  one('priorities', 'add buy milk tomorrow, high priority', add({ title: 'buy milk', priority: 'high', due_at: due({ inDays: 1 }) })),
  one('priorities', 'add fix the leaking tap, it is urgent', add({ title: 'fix the leaking tap', priority: 'high' })),
  one('priorities', 'add organize the bookshelf low priority', add({ title: 'organize the bookshelf', priority: 'low' })),
  one('priorities', 'create a high priority task to file taxes', add({ title: 'file taxes', priority: 'high' })),
  one('priorities', 'add sort old photos, not urgent', add({ title: 'sort old photos', priority: 'low' })),
  // Tags
  one('tags', 'add prepare the demo #work', add({ title: 'prepare the demo', tags: ['work'] })),
  one('tags', 'add buy paint tagged home and diy', add({ title: 'buy paint', tags: ['home', 'diy'] })),
  one('tags', 'add book a vet visit with tag pets', add({ title: 'book a vet visit', tags: ['pets'] })),
  one('tags', 'add call the bank tomorrow high priority tagged finance', add({ title: 'call the bank', priority: 'high', tags: ['finance'], due_at: due({ inDays: 1 }) })),
  // Listing
  one('list', "what's left to do?", list({ status: 'pending' }), household),
  one('list', 'show me everything I finished', list({ status: 'completed' }), household),
  one('list', 'show my tasks', list({ status: 'all' }), household),
  one('list', 'list all my todos', list({ status: 'all' }), household),
  one('list', 'what do I still need to do', list({ status: 'pending' }), household),
  one('list', 'which tasks are done?', list({ status: 'completed' }), household),
  one('list', 'what are my pending tasks', list({ status: 'pending' }), household),
  one('list', "what's due this week?", list({ status: 'pending', due_after: PRESENT, due_before: PRESENT }), household),
  one('list', 'anything overdue?', list({ status: 'pending', due_before: PRESENT }), household),
  one('list', 'what do I have today', list({ status: 'pending', due_after: PRESENT, due_before: PRESENT }), household),
  one('list', 'show high priority tasks', list({ status: 'all', priority: 'high' }), household),
  one('list', 'show tasks tagged work', list({ status: 'all', tag: 'work' }), household),
  one('list', 'show my work tasks', list({ status: 'all', tag: 'work' }), household),
  one('list', 'find the report', list({ status: 'all', q: 'report' }), household),
  one('list', 'search for plumber', list({ status: 'all', q: 'plumber' }), household),
  one('list', 'how many tasks do I have?', list({ status: 'all' }), household),
  one('list', "what's on my plate?", list({ status: 'pending' }), household),
  // Completing
  one('complete', 'mark task {Do the laundry} as done', complete('Do the laundry'), household),
  one('complete', 'I finished the laundry one', complete('Do the laundry'), household),
  one('complete', 'done with the groceries', complete('Buy groceries'), household),
  one('complete', 'check off the dentist appointment', complete('Dentist appointment'), household),
  one('complete', 'the quarterly report is finished', complete('Write quarterly report'), household),
  one('complete', 'complete call the plumber', complete('Call the plumber'), household),
  one('complete', 'I already did the laundry', complete('Do the laundry'), household),
  one('complete', 'tick off groceries', complete('Buy groceries'), household),
  // Deleting
  one('delete', 'remove the dentist task', remove('Dentist appointment'), household),
  one('delete', 'delete the laundry', remove('Do the laundry'), household),
  one('delete', 'get rid of the plumber task', remove('Call the plumber'), household),
  one('delete', 'cancel the dentist appointment', remove('Dentist appointment'), household),
  one('delete', 'scratch groceries off my list', remove('Buy groceries'), household),
  one('delete', "I don't need to call the plumber anymore", remove('Call the plumber'), household),
  // Updating
  one('update', "rename the laundry task to 'fold the laundry'", update('Do the laundry', { title: 'fold the laundry' }), household),
  one('update', 'change the title of the report task to Write annual report', update('Write quarterly report', { title: 'Write annual report' }), household),
  one('update', 'make the dentist appointment high priority', update('Dentist appointment', { priority: 'high' }), household),
  one('update', 'set the priority of the groceries task to low', update('Buy groceries', { priority: 'low' }), household),
  one('update', 'move the dentist appointment to next monday', update('Dentist appointment', { due_at: due({ weekday: MONDAY }) }), household),
  one('update', 'the report is due friday at 9am', update('Write quarterly report', { due_at: due({ weekday: FRIDAY, hour: 9 }) }), household),
  one('update', 'tag the plumber task home', update('Call the plumber', { tags: ['home'] }), household),
  one('update', 'add the tag urgent to the report', update('Write quarterly report', { tags: ['work', 'urgent'] }), household),
  one('update', 'postpone the groceries to tomorrow', update('Buy groceries', { due_at: due({ inDays: 1 }) }), household),
  one('update', 'prioritize the laundry', update('Do the laundry', { priority: 'high' }), household),
  // References: ids, positions, pronouns, typos
  one('references', 'delete task {Buy groceries}', remove('Buy groceries'), household),
  one('references', 'rename task {Call the plumber} to "call grandma tonight"', update('Call the plumber', { title: 'call grandma tonight' }), household),
  one('references', 'mark the dentst appointment as done', complete('Dentist appointment'), household),
  one('references', 'remove the groceries one', remove('Buy groceries'), household),
  {
    topic: 'references',
    tasks: household,
    turns: [
      { say: "what's left to do?", expect: list({ status: 'pending' }) },
      { say: 'mark the second one as done', expect: complete('Dentist appointment') },
      { say: 'delete the last one', expect: remove('Call the plumber') },
    ],
  },
  {
    topic: 'references',
    tasks: household,
    turns: [
      { say: 'find the laundry', expect: list({ status: 'all', q: 'laundry' }) },
      { say: 'done with it', expect: complete('Do the laundry') },
    ],
  },
  // Multi-turn: add, then refer back with "it"
  {
    topic: 'multi-turn',
    turns: [
      { say: 'add pay the electricity bill', expect: add({ title: 'pay the electricity bill' }) },
      { say: 'make it high priority', expect: { call: 'update_task', args: { task_id: PRESENT, priority: 'high' } } },
      { say: 'tag it bills', expect: { call: 'update_task', args: { task_id: PRESENT, tags: ['bills'] } } },
      { say: 'done with it', expect: { call: 'complete_task', args: { task_id: PRESENT } } },
    ],
  },
  {
    topic: 'multi-turn',
    turns: [
      { say: 'remind me to book a table for mom', expect: add({ title: 'book a table for mom' }) },
      { say: 'move it to saturday', expect: { call: 'update_task', args: { task_id: PRESENT, due_at: due({ weekday: 6 }) } } },
      { say: 'actually, delete it', expect: { call: 'delete_task', args: { task_id: PRESENT } } },
    ],
  },
  {
    topic: 'multi-turn',
    turns: [
      { say: 'add water the garden', expect: add({ title: 'water the garden' }) },
      { say: "rename it to 'water the roses'", expect: { call: 'update_task', args: { task_id: PRESENT, title: 'water the roses' } } },
      { say: 'bump it to high priority', expect: { call: 'update_task', args: { task_id: PRESENT, priority: 'high' } } },
    ],
  },
  // Ambiguity: two tasks match, the assistant asks, the answer picks one
  {
    topic: 'ambiguity',
    tasks: [{ title: 'Call the dentist' }, { title: 'Dentist appointment' }],
    turns: [
      { say: 'remove the dentist task', expect: noCall(/which one/i) },
      { say: 'the second one', expect: remove('Dentist appointment') },
    ],
  },
  {
    topic: 'ambiguity',
    tasks: [{ title: 'Email Sarah' }, { title: 'Email the landlord' }],
    turns: [
      { say: 'mark the email task done', expect: noCall(/which one/i) },
      { say: 'the landlord one', expect: complete('Email the landlord') },
    ],
  },
  // Small talk, things it cannot do, nonsense
  one('small talk', 'hi', noCall(/hi/i)),
  one('small talk', 'thanks!', noCall(/welcome/i)),
  one('small talk', 'what can you do?', noCall(/add/i)),
  one('small talk', 'who are you', noCall(/task/i)),
  one('small talk', 'good morning', noCall()),
  one('cannot', "what's the weather like tomorrow?", noCall(/can't|cannot/i)),
  one('cannot', 'send an email to my boss', noCall(/can't|cannot/i)),
  one('bulk', 'delete all my tasks', list({ status: 'all' }), household),
  one('nonsense', 'asdf qwerty zxcv', noCall(/didn't get that/i)),
  one('nonsense', 'banana', noCall(/didn't get that/i)),
  one('references', 'complete task 2147483000', { call: 'complete_task', args: { task_id: 2147483000 }, fails: true }),
];
