// Checks that what smoke-requests.mjs made is still there: its session still signs requests
// in, and every task it created is still listed.
// usage: node check-tasks-kept.mjs <web base url> <session file>
import { readFileSync } from 'node:fs';
import { check, client } from './smoke-client.mjs';

const [base, sessionFile] = process.argv.slice(2);
if (!base || !sessionFile) throw new Error('usage: node check-tasks-kept.mjs <web base url> <session file>');
const { token, userId, titles } = JSON.parse(readFileSync(sessionFile, 'utf8'));
check(titles?.length > 0, `${sessionFile} names no tasks`);

const listed = await client(base)('GET', `/api/${userId}/tasks`, { token, expect: 200 });
const missing = titles.filter((title) => !listed.some((t) => t.title === title));
check(missing.length === 0, `tasks missing: ${JSON.stringify(missing)}; listed: ${JSON.stringify(listed.map((t) => t.title))}`);
console.log(`ok all ${titles.length} tasks still listed: ${titles.join(', ')}`);
