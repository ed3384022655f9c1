// Walks the contract through the web container's proxy: sign up, create a task, list it,
// and ask the chat to add one. Exits non-zero on the first answer that is off.
// usage: node smoke-requests.mjs <web base url>
const base = process.argv[2];
if (!base) throw new Error('usage: node smoke-requests.mjs <web base url>');

async function call(method, path, { token, body, expect }) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status !== expect) {
    throw new Error(`${method} ${path}: expected ${expect}, got ${response.status}: ${text.slice(0, 500)}`);
  }
  console.log(`ok ${method} ${path} -> ${response.status}`);
  return text ? JSON.parse(text) : undefined;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

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
check(after.some((t) => /water the plants/i.test(t.title)), `chat-added task missing: ${JSON.stringify(after)}`);
console.log(`chat said: ${chat.response}`);
