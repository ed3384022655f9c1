import { PRESENT, type UtteranceCase } from '../engine/utterance-check';
import { SUNDAY, MONDAY, THURSDAY, FRIDAY, SATURDAY, daysUntilHour, due, add, list, complete, remove, update, noCall, one, turns, nowThere, dueIn, todayThere } from './utterance-builders';

const dayDiff = (a: Date, b: Date) =>
  Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
/** Days until the next day-of-month `n` (today counts). */
const daysUntilDate = (n: number) => {
  const now = nowThere();
  const thisMonth = new Date(now.getFullYear(), now.getMonth(), n);
  return dayDiff(now, now.getDate() <= n ? thisMonth : new Date(now.getFullYear(), now.getMonth() + 1, n));
};
const daysToMonthEnd = () => {
  const now = nowThere();
  return dayDiff(now, new Date(now.getFullYear(), now.getMonth() + 1, 0));
};
/** Days until the next `month`/`day` (0-based month). */
const daysUntilMonthDay = (month: number, day: number) => {
  const now = nowThere();
  let target = new Date(now.getFullYear(), month, day);
  if (dayDiff(now, target) < 0) target = new Date(now.getFullYear() + 1, month, day);
  return dayDiff(now, target);
};

const pets = [
  { title: 'Take Rex to the vet', due_at: dueIn(3, 10) },
  { title: 'Renew car insurance', tags: ['car'] },
  { title: 'Email Sarah about the report', tags: ['work'] },
];
const groceries = [
  { title: 'Buy eggs', tags: ['groceries'] },
  { title: 'Buy coffee beans', tags: ['groceries'] },
  { title: 'Book haircut' },
];
const chores = [
  { title: 'Vacuum the lounge' },
  { title: 'Take out the bins', recurrence: { every: 'week' as const, interval: 1 } },
  { title: 'Water the garden' },
  { title: 'Pay the power bill', priority: 'high' as const },
];
const office = [
  { title: 'Team meeting', tags: ['work'] },
  { title: 'Prepare slides', tags: ['work'] },
  { title: 'Buy a new kettle' },
];

/**
 * Phrasings written by a reviewer who never read the grammar (a second opinion on the everyday table): British and
 * American usage, statements instead of commands, emoji, rambling sentences. Users are in Pacific/Auckland.
 */
export const secondOpinionUtteranceCases: UtteranceCase[] = [
  // ---------------- Dates, in the user's zone ----------------
  one('dates', 'pls add book car service tmrw at 11am', add({ title: 'book car service', due_at: due({ inDays: 1, hour: 11 }) })),
  one('dates', 'add pick up dry cleaning in 2 days', add({ title: 'pick up dry cleaning', due_at: due({ inDays: 2 }) })),
  one('dates', 'first thing tomorrow i need to ring the council', add({ title: 'ring the council', due_at: due({ inDays: 1, hour: 9 }) })),
  one('dates', 'add renew the rego by the end of the month', add({ title: 'renew the rego', due_at: due({ inDays: daysToMonthEnd() }) })),
  one('dates', 'need to put the bins out tonight at 10', add({ title: 'put the bins out', due_at: due({ inDays: 0, hour: 22 }) })),
  one('dates', 'add parents evening next thursday 6.30pm', add({ title: 'parents evening', due_at: due({ weekday: THURSDAY, hour: 18, minute: 30 }) })),
  one('dates', 'add haircut on the 14th', add({ title: 'haircut', due_at: due({ inDays: daysUntilDate(14) }) })),
  one('dates', 'add call nana sat', add({ title: 'call nana', due_at: due({ weekday: SATURDAY }) })),
  one('dates', 'add dinner w/ jess fri 7pm', add({ title: 'dinner w/ jess', due_at: due({ weekday: FRIDAY, hour: 19 }) })),
  one('dates', 'remind me at noon tomorrow to take my meds', add({ title: 'take my meds', due_at: due({ inDays: 1, hour: 12 }) })),
  one('dates', 'add send xmas cards by 20 dec', add({ title: 'send xmas cards', due_at: due({ inDays: daysUntilMonthDay(11, 20) }) })),
  one('dates', 'add pay back tom in 3 days', add({ title: 'pay back tom', due_at: due({ inDays: 3 }) })),
  one('dates', 'add mow the lawns this saturday', add({ title: 'mow the lawns', due_at: due({ weekday: SATURDAY }) })),

  // ---------------- Repeating tasks ----------------
  one(
    'repeat',
    'add put the recycling out every thursday',
    add({ title: 'put the recycling out', due_at: due({ weekday: THURSDAY }), recurrence: { every: 'week', interval: 1 } }),
  ),
  one(
    'repeat',
    'add call mum every sunday at 5pm',
    add({ title: 'call mum', due_at: due({ weekday: SUNDAY, hour: 17 }), recurrence: { every: 'week', interval: 1 } }),
  ),
  one('repeat', 'add clean the fish tank fortnightly', add({ title: 'clean the fish tank', due_at: due({ inDays: 0 }), recurrence: { every: 'week', interval: 2 } })),
  one('repeat', 'add change the sheets weekly', add({ title: 'change the sheets', due_at: due({ inDays: 0 }), recurrence: { every: 'week', interval: 1 } })),
  one(
    'repeat',
    'add pay rent on the 1st of every month',
    add({ title: 'pay rent', due_at: due({ inDays: daysUntilDate(1) }), recurrence: { every: 'month', interval: 1 } }),
  ),
  one('repeat', 'add floss every day at 9pm', add({ title: 'floss', due_at: due({ inDays: daysUntilHour(21), hour: 21 }), recurrence: { every: 'day', interval: 1 } })),
  one(
    'repeat',
    'every other monday remind me to do timesheets',
    add({ title: 'do timesheets', due_at: due({ weekday: MONDAY }), recurrence: { every: 'week', interval: 2 } }),
  ),
  one('repeat', 'set watering the garden to repeat every 3 days', update('Water the garden', { recurrence: { every: 'day', interval: 3 } }), chores),
  one('repeat', "the bins don't need to repeat anymore", update('Take out the bins', { recurrence: null }), chores),
  one('repeat', 'stop the bins from recurring pls', update('Take out the bins', { recurrence: null }), chores),

  // ---------------- Rescheduling keeps the time of day ----------------
  one('reschedule', 'can we move the vet to monday', update('Take Rex to the vet', { due_at: due({ weekday: MONDAY, hour: 10 }) }), pets),
  one('reschedule', "bump rex's vet appt out a week", update('Take Rex to the vet', { due_at: due({ inDays: 10, hour: 10 }) }), pets),
  one('reschedule', 'the vet needs to be a day later', update('Take Rex to the vet', { due_at: due({ inDays: 4, hour: 10 }) }), pets),
  one('reschedule', 'make the vet 4.30pm instead', update('Take Rex to the vet', { due_at: due({ inDays: 3, hour: 16, minute: 30 }) }), pets),
  one('reschedule', 'move the vet to tomorrow at 8am', update('Take Rex to the vet', { due_at: due({ inDays: 1, hour: 8 }) }), pets),
  one('reschedule', 'reschedule the vet for the 10th', update('Take Rex to the vet', { due_at: due({ inDays: daysUntilDate(10), hour: 10 }) }), pets),
  one('reschedule', 'actually the vet is two days earlier', update('Take Rex to the vet', { due_at: due({ inDays: 1, hour: 10 }) }), pets),
  one('reschedule', 'take the due date off the vet', update('Take Rex to the vet', { due_at: null }), pets),
  one('reschedule', 'set the haircut for next friday', update('Book haircut', { due_at: due({ weekday: FRIDAY }) }), groceries),

  // ---------------- Several things in one message ----------------
  one(
    'several',
    'add quarterly report due monday, urgent, tag it work',
    add({ title: 'quarterly report', due_at: due({ weekday: MONDAY }), priority: 'high', tags: ['work'] }),
  ),
  one('several', 'add buy printer ink #office low priority', add({ title: 'buy printer ink', priority: 'low', tags: ['office'] })),
  one('several', 'add book flights to sydney tagged travel and holiday', add({ title: 'book flights to sydney', tags: ['travel', 'holiday'] })),
  turns(
    'several',
    [],
    ['add fix the fence', add({ title: 'fix the fence' })],
    ['make it high priority and due saturday', update(PRESENT, { priority: 'high', due_at: due({ weekday: SATURDAY }) })],
  ),
  turns('several', [], ['add call the electrician', add({ title: 'call the electrician' })], ['oh and tag it home', update(PRESENT, { tags: ['home'] })]),
  one(
    'several',
    'add submit expenses tomorrow 5pm with the tag work',
    add({ title: 'submit expenses', due_at: due({ inDays: 1, hour: 17 }), tags: ['work'] }),
  ),
  one('several', 'rename the haircut to book barber and move it to thursday', update('Book haircut', { due_at: due({ weekday: THURSDAY }) }), groceries),
  one('several', 'tag the kettle shopping and home', update('Buy a new kettle', { tags: ['shopping', 'home'] }), office),

  // ---------------- Bulk, always confirmed ----------------
  turns(
    'bulk',
    groceries,
    ['tick off everything tagged groceries', list({ status: 'pending', tag: 'groceries' })],
    ['yep', complete('Buy coffee beans')],
  ),
  turns(
    'bulk',
    chores,
    ['vacuumed the lounge', complete('Vacuum the lounge')],
    ['mark the bins as done', complete('Take out the bins')],
    ["clear out everything that's done", list({ status: 'completed' })],
    ['sure', remove('Take out the bins')],
  ),
  turns(
    'bulk',
    [{ title: 'Return library books', due_at: todayThere() }, { title: 'Post the parcel', due_at: todayThere() }, { title: 'Plan holiday' }],
    ['push everything due today to friday', list({ status: 'pending', due_after: PRESENT, due_before: PRESENT })],
    ['ok do it', update('Post the parcel', { due_at: due({ weekday: FRIDAY }) })],
  ),
  turns('bulk', office, ['delete all the work stuff', list({ status: 'all', tag: 'work' })], ['actually never mind', noCall()]),
  turns('bulk', office, ['mark all my tasks as done', list({ status: 'pending' })], ['yes', complete('Buy a new kettle')]),
  turns(
    'bulk',
    groceries,
    ['make all my groceries tasks high priority', list({ status: PRESENT, tag: 'groceries' })],
    ['yes go ahead', update('Buy coffee beans', { priority: 'high' })],
  ),
  turns('bulk', office, ['wipe all my work tasks', list({ status: 'all', tag: 'work' })], ['hmm wait, what about the kettle?', noCall()]),

  // ---------------- Undo and reopen ----------------
  turns('undo', groceries, ['tick off the eggs', complete('Buy eggs')], ['wait no, undo', complete('Buy eggs', { completed: false })]),
  turns(
    'undo',
    groceries,
    ['rename the haircut to barber appointment', update('Book haircut', { title: 'barber appointment' })],
    ['undo that pls', update('Book haircut', { title: 'Book haircut' })],
  ),
  turns(
    'undo',
    groceries,
    ['get rid of the eggs', remove('Buy eggs')],
    ['noo undo!!', add({ title: 'Buy eggs', priority: 'medium', tags: ['groceries'] })],
  ),
  turns(
    'undo',
    pets,
    ['move the vet to monday', update('Take Rex to the vet', { due_at: due({ weekday: MONDAY, hour: 10 }) })],
    ['can you undo the last change', update('Take Rex to the vet', { due_at: due({ inDays: 3, hour: 10 }) })],
  ),
  turns(
    'undo',
    chores,
    ['paid the power bill', complete('Pay the power bill')],
    ["hmm actually i haven't paid it yet", complete('Pay the power bill', { completed: false })],
  ),
  turns(
    'undo',
    groceries,
    ['haircut booked', complete('Book haircut')],
    ['untick the haircut', complete('Book haircut', { completed: false })],
  ),
  turns(
    'undo',
    chores,
    ['done with the garden', complete('Water the garden')],
    ['put the garden back on my list, i forgot the back yard', complete('Water the garden', { completed: false })],
  ),

  // ---------------- Robust language ----------------
  one('robust', 'compelte the haircut', complete('Book haircut'), groceries),
  one('robust', 'shwo my tasks', list({ status: 'all' }), groceries),
  one('robust', 'ad buy batteries', add({ title: 'buy batteries' })),
  one('robust', 'delet the egs', remove('Buy eggs'), groceries),
  one('robust', 'mark vaccum the lounge done', complete('Vacuum the lounge'), chores),
  one(
    'robust',
    'hey could you please add pick up the kids at 3pm tomorrow thanks so much 🙏',
    add({ title: 'pick up the kids', due_at: due({ inDays: 1, hour: 15 }) }),
  ),
  one('robust', 'sorry to bother you but can you remove the haircut one', remove('Book haircut'), groceries),
  one(
    'robust',
    'so i was chatting to sarah earlier and she reminded me about the report, anyway i just sent it so can you tick off the email to her',
    complete('Email Sarah about the report'),
    pets,
  ),
  one(
    'robust',
    "ugh i keep forgetting things, my sister's birthday is on friday so add buy a birthday card",
    add({ title: 'buy a birthday card', due_at: due({ weekday: FRIDAY }) }),
  ),
  turns('robust', [], ['add pick up parcl', add({ title: 'pick up parcl' })], ['sorry i meant pick up parcel', update(PRESENT, { title: 'pick up parcel' })]),
  turns('robust', [], ['add call denis', add({ title: 'call denis' })], ['actually make that ring dennis', update(PRESENT, { title: 'ring dennis' })]),
  turns(
    'robust',
    [],
    ['add dentist friday', add({ title: 'dentist', due_at: due({ weekday: FRIDAY }) })],
    ['oops i meant saturday', update(PRESENT, { due_at: due({ weekday: SATURDAY }) })],
  ),
  turns(
    'robust',
    chores,
    ['show me my pending stuff', list({ status: 'pending' })],
    ['delete the third one', remove('Water the garden')],
  ),
  one('robust', 'mark the oldest one done', complete('Vacuum the lounge'), chores),
  turns('robust', [], ['add sort the recycling', add({ title: 'sort the recycling' })], ['actually delete that', remove(PRESENT)]),
  one('robust', 'took the bins out', complete('Take out the bins'), chores),
  one('robust', 'mark the bins done too', complete('Take out the bins'), chores),
  one('robust', 'mark eggs as bought', complete('Buy eggs'), groceries),
  one('robust', 'lounge vacuumed ✅', complete('Vacuum the lounge'), chores),
  one('robust', 'sent sarah the email 👍', complete('Email Sarah about the report'), pets),
  one('robust', 'add order birthday cake sat 🎂', add({ title: 'order birthday cake', due_at: due({ weekday: SATURDAY }) })),
  one('robust', 'Could you kindly delete the task about the kettle? Much appreciated.', remove('Buy a new kettle'), office),
  turns(
    'robust',
    office,
    ['list everything', list({ status: 'all' })],
    ['finish the second one', complete('Prepare slides')],
    ['and the first one too', complete('Team meeting')],
  ),

  // ---------------- Questions ----------------
  one('questions', "when is rex's vet appointment", noCall(/sat|dec|\b10\b|due/i), pets),
  one('questions', 'is the car insurance due anytime soon?', noCall(/no due|not due|isn't due|without a due|no date/i), pets),
  one('questions', 'where do i start today', list({ status: 'pending' }), chores),
  one('questions', 'got anything to do with sarah?', list({ status: 'all', q: 'sarah' }), pets),
  one('questions', 'how many tasks have i got left', list({ status: 'pending' }), chores),
  one('questions', 'show me the high priority stuff', list({ status: PRESENT, priority: 'high' }), chores),
  one('questions', 'whats tagged work', list({ status: 'all', tag: 'work' }), office),
  one('questions', 'anything overdue?', list({ status: 'pending', due_before: PRESENT }), pets),
  one('questions', 'is the haircut done?', noCall(/not|pending|still|open/i), groceries),

  // ---------------- The public spec's examples, other words ----------------
  one('spec', 'Add a task to buy groceries', add({ title: 'buy groceries' })),
  one('spec', 'Show me all my tasks', list({ status: 'all' }), office),
  one('spec', "What's pending?", list({ status: 'pending' }), office),
  one('spec', 'Mark task {Prepare slides} as complete', complete('Prepare slides'), office),
  one('spec', 'Delete the meeting task', remove('Team meeting'), office),
  one('spec', 'update task {Buy a new kettle} to "Buy a kettle and toaster"', update('Buy a new kettle', { title: 'Buy a kettle and toaster' }), office),
  one('spec', 'i need to remember to pick up the prescription', add({ title: 'pick up the prescription' })),
  one('spec', 'what have i finished so far', list({ status: 'completed' }), office),
  one('spec', 'task {Team meeting} is done', complete('Team meeting'), office),
];
