import { PRESENT, type UtteranceCase } from '../engine/utterance-check';
import { MONDAY, TUESDAY, THURSDAY, FRIDAY, SATURDAY, due, add, list, complete, remove, update, noCall, one, turns, nowThere, dueIn } from './utterance-builders';

const dateIn = (days: number) => {
  const now = nowThere();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
  return d.toISOString().slice(0, 10);
};
/** Days from today (user's calendar) to the next day-of-month n (today counts if n is today or later). */
const daysToNext = (n: number) => {
  const now = nowThere();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  let target = Date.UTC(now.getFullYear(), now.getMonth(), n);
  if (target < today) target = Date.UTC(now.getFullYear(), now.getMonth() + 1, n);
  return Math.round((target - today) / 86_400_000);
};
const daysToMonthEnd = () => {
  const now = nowThere();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth() + 1, 0) - today) / 86_400_000);
};
const dayWords = (days: number) => {
  const now = nowThere();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days, 12));
  const wd = d.toLocaleDateString('en-NZ', { weekday: 'short', timeZone: 'UTC' });
  const mon = d.toLocaleDateString('en-NZ', { month: 'short', timeZone: 'UTC' });
  const dd = d.getUTCDate();
  return new RegExp(`${wd}|${mon}\\w* ${dd}\\b|\\b${dd}(st|nd|rd|th)? ${mon}|${d.toISOString().slice(0, 10)}`, 'i');
};

const work = [
  { title: 'Prepare quarterly report', priority: 'high' as const, tags: ['work'], due_at: dueIn(3, 10) },
  { title: 'Email the client' },
  { title: 'Book meeting room', tags: ['work'] },
];
const kids = [
  { title: 'Pick up Emma from school', due_at: dueIn(1, 15) },
  { title: 'Sign permission slip' },
  { title: "Buy Jack's birthday present" },
];
const health = [
  { title: 'Take blood pressure meds', due_at: dueIn(1, 8), recurrence: { every: 'day' as const, interval: 1 } },
  { title: 'Book physio appointment' },
  { title: 'Refill prescription' },
];
const travel = [
  { title: 'Renew passport' },
  { title: 'Book flights to Sydney' },
  { title: 'Pack suitcase', due_at: dueIn(5, 18) },
];
const study = [
  { title: 'Finish chemistry homework', due_at: dueIn(1, 21) },
  { title: 'Read chapter 4' },
  { title: 'Revise for maths exam', tags: ['school'] },
];
const pets = [
  { title: 'Take Max to the vet', due_at: dueIn(3, 11, 15) },
  { title: 'Buy cat food', tags: ['shopping'] },
  { title: 'Walk the dog' },
];
const money = [
  { title: 'Pay electricity bill', due_at: dateIn(6), tags: ['bills'] },
  { title: 'File tax return', priority: 'high' as const },
  { title: 'Transfer savings' },
  { title: 'Pay water bill', tags: ['bills'] },
];

/**
 * A second reviewer's phrasings, written without reading the grammar or the other tables: work, kids, health,
 * travel, study, pets and money; capitals, numbers, quotes, no space after commas, and 3-4 turn conversations.
 */
export const thirdOpinionUtteranceCases: UtteranceCase[] = [
  // ---- adding, with dates / shapes
  one('add', 'add book a haircut saturday', add({ title: 'book a haircut', due_at: due({ weekday: SATURDAY }) })),
  one('add', "can you put 'submit expense report' on my list for friday", add({ title: 'submit expense report', due_at: due({ weekday: FRIDAY }) })),
  one('add', 'ADD CALL THE SCHOOL TOMORROW', add({ title: 'CALL THE SCHOOL', due_at: due({ inDays: 1 }) })),
  one('add', 'add pay rent on the 1st', add({ title: 'pay rent', due_at: due({ inDays: daysToNext(1) }) })),
  one('add', 'add cyber monday shopping list', add({ title: 'cyber monday shopping list' })),
  one('add', 'add call mum tomorrow at 5:30pm', add({ title: 'call mum', due_at: due({ inDays: 1, hour: 17, minute: 30 }) })),
  one('add', 'add print 10 copies of the flyer', add({ title: 'print 10 copies of the flyer' })),
  one('add', 'add renew car rego,due friday,high priority', add({ title: 'renew car rego', due_at: due({ weekday: FRIDAY }), priority: 'high' })),
  one('add', 'add pick up the dry cleaning in 3 days', add({ title: 'pick up the dry cleaning', due_at: due({ inDays: 3 }) })),
  one('add', 'add submit assignment by the end of the month', add({ title: 'submit assignment', due_at: due({ inDays: daysToMonthEnd() }) })),
  one(
    'add',
    "add dad's birthday dinner on saturday at 7pm, tag family",
    add({ title: "dad's birthday dinner", due_at: due({ weekday: SATURDAY, hour: 19 }), tags: ['family'] }),
  ),
  one('add', 'add low priority: sort out the garage', add({ title: 'sort out the garage', priority: 'low' })),
  one(
    'add',
    "I've got a parent-teacher meeting thursday at 4:15pm",
    add({ title: 'parent-teacher meeting', due_at: due({ weekday: THURSDAY, hour: 16, minute: 15 }) }),
  ),
  one('add', 'add urgent: call the insurance company', add({ title: 'call the insurance company', priority: 'high' })),
  one('add', 'add book flights to Tokyo with the note check baggage allowance', add({ title: 'book flights to Tokyo', description: 'check baggage allowance' })),
  one('add', 'add "Call Sarah about the done deal"', add({ title: 'Call Sarah about the done deal' })),
  one(
    'add',
    'please add a task to vaccinate the puppy on tuesday, high priority',
    add({ title: 'vaccinate the puppy', due_at: due({ weekday: TUESDAY }), priority: 'high' }),
  ),
  one('add', 'add meeting with Priya monday 2pm', add({ title: 'meeting with Priya', due_at: due({ weekday: MONDAY, hour: 14 }) })),
  one('add', 'add pay $45 for the school trip by thursday', add({ title: 'pay $45 for the school trip', due_at: due({ weekday: THURSDAY }) })),
  one(
    'add',
    "hey could you please, when you get a chance, add organise the kids' playdate for saturday, thanks so much",
    add({ title: "organise the kids' playdate", due_at: due({ weekday: SATURDAY }) }),
  ),
  one('add', 'remnd me to feed the fish tomorow', add({ title: 'feed the fish', due_at: due({ inDays: 1 }) })),
  one('add', 'add return the library books and tag it with school', update(PRESENT, { tags: ['school'] })),
  one('add', "add call Dan about monday's roster", add({ title: "call Dan about monday's roster" })),
  one('add', 'add ring the bank re 2 missed payments', add({ title: 'ring the bank re 2 missed payments' })),
  one('add', 'new task: get the car serviced by friday', add({ title: 'get the car serviced', due_at: due({ weekday: FRIDAY }) })),
  // ---- repeats
  one('repeat', 'add put the bins out every tuesday', add({ title: 'put the bins out', due_at: due({ weekday: TUESDAY }), recurrence: { every: 'week', interval: 1 } })),
  one(
    'repeat',
    'remind me to give Luna her flea treatment every month',
    add({ title: 'give Luna her flea treatment', due_at: due({ inDays: 0 }), recurrence: { every: 'month', interval: 1 } }),
  ),
  one('repeat', 'add car service every year', add({ title: 'car service', due_at: due({ inDays: 0 }), recurrence: { every: 'month', interval: 12 } })),
  one('repeat', 'add water the tomatoes every 3 days', add({ title: 'water the tomatoes', due_at: due({ inDays: 0 }), recurrence: { every: 'day', interval: 3 } })),
  one('repeat', 'add weekly review every friday at 4pm', add({ title: 'weekly review', due_at: due({ weekday: FRIDAY, hour: 16 }), recurrence: { every: 'week', interval: 1 } })),
  one('repeat', 'walk the dog should repeat every day', update('Walk the dog', { recurrence: { every: 'day', interval: 1 } }), pets),
  one('repeat', "the blood pressure meds don't need to repeat anymore", update('Take blood pressure meds', { recurrence: null }), health),
  // ---- lists / questions
  one('list', "what's on my plate?", list({ status: 'pending' }), work),
  one('list', 'show me everything tagged work', list({ status: 'all', tag: 'work' }), work),
  one('list', 'which of my tasks are high priority?', list({ status: PRESENT, priority: 'high' }), work),
  one('list', "what's overdue?", list({ status: 'pending', due_before: PRESENT }), work),
  one('list', 'any tasks about the passport?', list({ status: 'all', q: 'passport' }), travel),
  one('list', 'what did I get done?', list({ status: 'completed' }), study),
  one('list', 'list my shopping stuff', list({ status: PRESENT, tag: 'shopping' }), pets),
  one('list', 'whats left to do', list({ status: 'pending' }), study),
  one('list', 'shw my pending tasks', list({ status: 'pending' }), study),
  one('question', "when is Max's vet appointment?", noCall(dayWords(3)), pets),
  one('question', 'what should I tackle first?', list({ status: 'pending' }), work),
  one('question', 'when do I need to pack my suitcase?', noCall(dayWords(5)), travel),
  // ---- completing
  one('complete', 'just paid the electricity bill', complete('Pay electricity bill'), money),
  one('complete', 'walked the dog ✅', complete('Walk the dog'), pets),
  one('complete', 'chemistry homework is done!', complete('Finish chemistry homework'), study),
  one('complete', 'tick off task {Read chapter 4}', complete('Read chapter 4'), study),
  one('complete', 'Done with the permission slip', complete('Sign permission slip'), kids),
  one('complete', 'I already emailed the client', complete('Email the client'), work),
  one('complete', 'cross off the cat food', complete('Buy cat food'), pets),
  // ---- deleting
  one('delete', 'get rid of the meeting room task', remove('Book meeting room'), work),
  one('delete', 'scrap task {Transfer savings}', remove('Transfer savings'), money),
  one('delete', 'never mind about the sydney flights, remove that', remove('Book flights to Sydney'), travel),
  one('delete', 'DELETE THE PASSPORT TASK', remove('Renew passport'), travel),
  // ---- updating
  one('update', 'the tax return can be low priority', update('File tax return', { priority: 'low' }), money),
  one('update', 'push the vet back 2 days', update('Take Max to the vet', { due_at: due({ inDays: 5, hour: 11, minute: 15 }) }), pets),
  one('update', 'move the quarterly report to monday', update('Prepare quarterly report', { due_at: due({ weekday: MONDAY, hour: 10 }) }), work),
  one('update', 'change the vet appointment time to 9:45am', update('Take Max to the vet', { due_at: due({ inDays: 3, hour: 9, minute: 45 }) }), pets),
  one('update', 'rename task {Walk the dog} to walk Max around the park', update('Walk the dog', { title: 'walk Max around the park' }), pets),
  one('update', 'tag the physio appointment as health', update('Book physio appointment', { tags: ['health'] }), health),
  one('update', 'the electricity bill is actually due on the 20th', update('Pay electricity bill', { due_at: due({ inDays: daysToNext(20) }) }), money),
  one('update', 'add a note to the tax return: need receipts from the bank', update('File tax return', { description: 'need receipts from the bank' }), money),
  one('update', 'remove the due date from the suitcase task', update('Pack suitcase', { due_at: null }), travel),
  one('update', 'change pick up emma to 3:30pm', update('Pick up Emma from school', { due_at: due({ inDays: 1, hour: 15, minute: 30 }) }), kids),
  // ---- bulk
  turns('bulk', work, ['mark all my work tasks as done', list({ status: 'pending', tag: 'work' })], ['yep', complete('Book meeting room')]),
  turns('bulk', pets, ['clear out everything tagged shopping', list({ status: 'all', tag: 'shopping' })], ['actually no', noCall()]),
  turns('bulk', money, ['make all the bills high priority', list({ status: PRESENT, tag: 'bills' })], ['sure', update('Pay water bill', { priority: 'high' })]),
  // ---- conversations
  turns(
    'conversation',
    [],
    ['add book airport shuttle for friday 6am', add({ title: 'book airport shuttle', due_at: due({ weekday: FRIDAY, hour: 6 }) })],
    ['actually make it 5:30am', update(PRESENT, { due_at: due({ weekday: FRIDAY, hour: 5, minute: 30 }) })],
    ['and tag it travel', update(PRESENT, { tags: ['travel'] })],
    ['undo that', update(PRESENT, { tags: [] })],
  ),
  turns(
    'conversation',
    [],
    ['add essay draft due thursday', add({ title: 'essay draft', due_at: due({ weekday: THURSDAY }) })],
    ['high priority too', update(PRESENT, { priority: 'high' })],
    ['when is the essay draft due?', noCall(/thu/i)],
  ),
  turns(
    'conversation',
    [],
    ['add deworm the cat', add({ title: 'deworm the cat' })],
    ['oh and it should repeat every 3 months', update(PRESENT, { recurrence: { every: 'month', interval: 3 } })],
    ['done with that one', complete(PRESENT)],
  ),
  turns(
    'conversation',
    kids,
    ['show my tasks', list({ status: 'all' })],
    ['the third one is done', complete("Buy Jack's birthday present")],
    ["actually that's not done yet", complete("Buy Jack's birthday present", { completed: false })],
  ),
  turns(
    'conversation',
    [],
    ['add pay the credit card on the 25th', add({ title: 'pay the credit card', due_at: due({ inDays: daysToNext(25) }) })],
    ['make it repeat monthly', update(PRESENT, { recurrence: { every: 'month', interval: 1 } })],
    ['stop repeating it', update(PRESENT, { recurrence: null })],
  ),
  turns(
    'conversation',
    [],
    ['add book a flu shot', add({ title: 'book a flu shot' })],
    ['make that monday at 8:30am', update(PRESENT, { due_at: due({ weekday: MONDAY, hour: 8, minute: 30 }) })],
    ['delete it', remove(PRESENT)],
  ),
  turns(
    'conversation',
    [],
    ['add gym session tomorrow 6:30am', add({ title: 'gym session', due_at: due({ inDays: 1, hour: 6, minute: 30 }) })],
    ['move it a day later', update(PRESENT, { due_at: due({ inDays: 2, hour: 6, minute: 30 }) })],
    ['change the time to 7pm', update(PRESENT, { due_at: due({ inDays: 2, hour: 19 }) })],
  ),
  turns(
    'conversation',
    study,
    ['finished reading chapter 4', complete('Read chapter 4')],
    ['and the maths revision', complete('Revise for maths exam')],
    ['oops undo that', complete('Revise for maths exam', { completed: false })],
  ),
  turns(
    'conversation',
    [],
    ['add buy sunscreen', add({ title: 'buy sunscreen' })],
    ['sorry, I meant buy sunscreen and a sun hat', update(PRESENT, { title: 'buy sunscreen and a sun hat' })],
  ),
  turns(
    'conversation',
    travel,
    ['show me my pending tasks', list({ status: 'pending' })],
    ['delete the second one', remove('Book flights to Sydney')],
    ['and push the last one back a week', update('Pack suitcase', { due_at: due({ inDays: 12, hour: 18 }) })],
  ),
];
