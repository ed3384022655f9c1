// Walks the contract through the web container's proxy: sign up, create a task, list it,
// and ask the chat to add one. Exits non-zero on the first answer that is off. With a
// session file, writes the token, user id and task titles there for check-tasks-kept.mjs.
// usage: node smoke-requests.mjs <web base url> [session file]
import { writeFileSync } from 'node:fs';
import { check, client } from './smoke-client.mjs';

const [base, sessionFile] = process.argv.slice(2);
if (!base) throw new Error('usage: node smoke-requests.mjs <web base url> [session file]');
const call = client(base);

const email = `smoke-${Date.now()}@example.com`;
const session = await call('POST', '/api/auth/sign-up/email', {
  body: { name: 'Smoke Test', email, password: 'smoke-password-1' },
  expect: 200,
});
check(session.token && session.user?.id, `sign-up answered without token or user: ${JSON.stringify(session)}`);
const { token } = session;
const tasksPath = `/api/${session.user.id}/tasks`;

const task = await call('POST', tasksPath, { token, body: { title: 'buy milk', priority: 'high' }, expect: 201 });
check(task.title === 'buy milk' && task.completed === false, `unexpected task: ${JSON.stringify(task)}`);

const listed = await call('GET', tasksPath, { token, expect: 200 });
check(listed.some((t) => t.id === task.id), `created task ${task.id} missing from the list`);

const chat = await call('POST', `/api/${session.user.id}/chat`, {
  token,
  body: { message: 'add water the plants' },
  expect: 200,
});
check(Number.isInteger(chat.conversation_id) && chat.response, `unexpected chat answer: ${JSON.stringify(chat)}`);
check(chat.tool_calls?.some((c) => c.name === 'add_task'), `chat did not call add_task: ${JSON.stringify(chat)}`);

const after = await call('GET', tasksPath, { token, expect: 200 });
const added = after.find((t) => /water the plants/i.test(t.title));
check(added, `chat-added task missing: ${JSON.stringify(after)}`);
console.log(`chat said: ${chat.response}`);

if (sessionFile) {
  const saved = { token, userId: session.user.id, titles: [task.title, added.title] };
  writeFileSync(sessionFile, `${JSON.stringify(saved)}\n`, { mode: 0o600 });
}
