import { PRESENT, type UtteranceCase } from '../engine/utterance-check';
import { MONDAY, FRIDAY, due, add, list, complete, remove, update, noCall, one, turns, dueIn, todayThere } from './utterance-builders';

const dentist = [{ title: 'Dentist appointment', due_at: dueIn(2, 14, 30) }, { title: 'Call the plumber' }];
const shopping = [
  { title: 'Buy milk', tags: ['shopping'] },
  { title: 'Buy bread', tags: ['shopping'] },
  { title: 'Fix the bike' },
];
const house = [{ title: 'Do the laundry' }, { title: 'Wash the car' }, { title: 'Send the invoice' }, { title: 'Call mom' }];

/**
 * Phrasings people type that the first table never named: repeats, moves that keep the time, several
 * requests in one message, bulk changes confirmed first, undo, typos, filler and questions. Users are in
 * Pacific/Auckland, so every date is read on their calendar, not the server's.
 */
export const everydayUtteranceCases: UtteranceCase[] = [
  // Dates in the user's zone
  one('dates', 'add submit timesheet tomorrow 9am', add({ title: 'submit timesheet', due_at: due({ inDays: 1, hour: 9 }) })),
  one('dates', 'remind me to call the bank tonight', add({ title: 'call the bank', due_at: due({ inDays: 0, hour: 20 }) })),
  one('dates', 'add stretch first thing tomorrow', add({ title: 'stretch', due_at: due({ inDays: 1, hour: 9 }) })),
  one('dates', 'add dentist tomorow', add({ title: 'dentist', due_at: due({ inDays: 1 }) })),
  one('dates', 'add call grandma on wensday', add({ title: 'call grandma', due_at: due({ weekday: 3 }) })),
  // Repeating tasks
  one('repeat', 'add water the plants every monday', add({ title: 'water the plants', due_at: due({ weekday: MONDAY }), recurrence: { every: 'week', interval: 1 } })),
  one('repeat', 'add take vitamins daily', add({ title: 'take vitamins', due_at: due({ inDays: 0 }), recurrence: { every: 'day', interval: 1 } })),
  one(
    'repeat',
    'add team sync every other friday at 10am',
    add({ title: 'team sync', due_at: due({ weekday: FRIDAY, hour: 10 }), recurrence: { every: 'week', interval: 2 } }),
  ),
  one('repeat', 'add pay the credit card monthly on the 15th', add({ title: 'pay the credit card', due_at: PRESENT, recurrence: { every: 'month', interval: 1 } })),
  one('repeat', 'add clean the gutters every 2 weeks', add({ title: 'clean the gutters', due_at: due({ inDays: 0 }), recurrence: { every: 'week', interval: 2 } })),
  one('repeat', 'stop repeating the standup', update('Standup', { recurrence: null }), [{ title: 'Standup', recurrence: { every: 'day', interval: 1 } }]),
  one('repeat', 'make the laundry repeat every week', update('Do the laundry', { recurrence: { every: 'week', interval: 1 } }), house),
  one('repeat', 'water plants every weekday', noCall(/set of days|daily or weekly/i)),
  // Rescheduling keeps the time of day
  one('reschedule', 'move the dentist to friday', update('Dentist appointment', { due_at: due({ weekday: FRIDAY, hour: 14, minute: 30 }) }), dentist),
  one('reschedule', 'push the dentist back a day', update('Dentist appointment', { due_at: due({ inDays: 3, hour: 14, minute: 30 }) }), dentist),
  one('reschedule', 'postpone the dentist by a week', update('Dentist appointment', { due_at: due({ inDays: 9, hour: 14, minute: 30 }) }), dentist),
  one('reschedule', 'change the time of the dentist to 7pm', update('Dentist appointment', { due_at: due({ inDays: 2, hour: 19 }) }), dentist),
  one('reschedule', 'make the plumber due tomorrow', update('Call the plumber', { due_at: due({ inDays: 1 }) }), dentist),
  // Several things in one message
  one(
    'several',
    'add pay bills friday high priority tag bills',
    add({ title: 'pay bills', due_at: due({ weekday: FRIDAY }), priority: 'high', tags: ['bills'] }),
  ),
  turns(
    'several',
    [],
    ['add buy a gift for mom', add({ title: 'buy a gift for mom' })],
    ['rename it to buy flowers for mom and make it due monday', update(PRESENT, { due_at: due({ weekday: MONDAY }) })],
  ),
  turns('several', [], ['add renew passport', add({ title: 'renew passport' })], ['also tag it travel', update(PRESENT, { tags: ['travel'] })]),
  one('several', 'add call the landlord tomorrow and make it high priority', update(PRESENT, { priority: 'high' })),
  // Bulk, always confirmed
  turns(
    'bulk',
    shopping,
    ['complete all my shopping tasks', list({ status: 'pending', tag: 'shopping' })],
    ['yes', complete('Buy bread')],
  ),
  turns('bulk', shopping, ['delete all my shopping tasks', list({ status: 'all', tag: 'shopping' })], ['no', noCall(/left everything/i)]),
  turns(
    'bulk',
    house,
    ['mark the laundry as done', complete('Do the laundry')],
    ["delete everything I've finished", list({ status: 'completed' })],
    ['yes please', remove('Do the laundry')],
  ),
  turns(
    'bulk',
    [{ title: 'Pay rent', due_at: todayThere() }, { title: 'Book flights' }],
    ['move everything due today to tomorrow', list({ status: 'pending', due_after: PRESENT, due_before: PRESENT })],
    ['go ahead', update('Pay rent', { due_at: due({ inDays: 1 }) })],
  ),
  // Undo and reopen
  turns('undo', [], ['add call grandma', add({ title: 'call grandma' })], ['undo that', { call: 'delete_task', args: { task_id: PRESENT } }]),
  turns('undo', house, ['delete the car task', remove('Wash the car')], ['oops, undo', add({ title: 'Wash the car', priority: 'medium' })]),
  turns('undo', house, ['finished the laundry lol', complete('Do the laundry')], ['not done yet', complete('Do the laundry', { completed: false })]),
  turns('undo', house, ['mark the laundry as done', complete('Do the laundry')], ['reopen the laundry', complete('Do the laundry', { completed: false })]),
  turns('undo', dentist, ['make the dentist high priority', update('Dentist appointment', { priority: 'high' })], ['undo', update('Dentist appointment', { priority: 'medium' })]),
  // Robust language
  one('robust', 'delte the plumber task', remove('Call the plumber'), dentist),
  one('robust', 'would you mind adding call the vet to my list, cheers', add({ title: 'call the vet' })),
  one(
    'robust',
    'I have a dentist appointment on friday at 3, can you remind me?',
    add({ title: 'dentist appointment', due_at: due({ weekday: FRIDAY, hour: 15 }) }),
  ),
  turns('robust', [], ['add buy milk', add({ title: 'buy milk' })], ['no wait, call it buy oat milk', update(PRESENT, { title: 'buy oat milk' })]),
  one('robust', 'mark the newest one as done', complete('Call mom'), house),
  turns(
    'robust',
    house,
    ['show my tasks', list({ status: 'all' })],
    ['complete the first one', complete('Do the laundry')],
    ['the second one as well', complete('Wash the car')],
  ),
  one('robust', 'finished the laundry lol', complete('Do the laundry'), house),
  one('robust', 'bought the milk', complete('Buy milk'), shopping),
  // Questions
  one('questions', "when's the dentist?", noCall(/due/i), dentist),
  one('questions', 'what should I do first?', list({ status: 'pending' }), dentist),
  one('questions', 'anything about the car?', list({ status: 'all', q: 'car' }), house),
  one('questions', 'find invoices', list({ status: 'all', q: 'invoices' }), house),
  // The public spec's own examples
  one('spec', "Change task {Call mom} to 'Call mom tonight'", update('Call mom', { title: 'Call mom tonight' }), house),
  one('spec', 'I need to remember to buy stamps', add({ title: 'buy stamps' })),
  one('spec', 'What have I completed?', list({ status: 'completed' }), house),
  one('spec', 'delete the invoice task', remove('Send the invoice'), house),
  one('spec', 'show me pending tasks', list({ status: 'pending' }), house),
];
