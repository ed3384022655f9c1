// The minimal baseline: the leanest server an outside benchmark would write for the two hottest
// routes. Bearer token → one session lookup; list → one `select … limit 100`; create → one
// insert; rows go out through JSON.stringify as the driver returns them. No user join, no
// count, no row mapping, no validation beyond a title. It answers the same shape the api does
// (snake_case columns), so both servers do the same work the client can see.
// env: BASELINE_DATABASE (postgres://… or a PGlite folder), PORT, HOST, DB_POOL_MAX
import type { IncomingMessage, ServerResponse } from 'node:http';
import { openBaselineDatabase, serveBare } from '../lib/bare-server.mts';

const sql = openBaselineDatabase();

const columns = 'id, user_id, title, description, completed, priority, tags, due_at, recurrence_every, recurrence_interval, completed_at, created_at, updated_at';

function send(response: ServerResponse, status: number, payload: string) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(payload);
}

async function sessionUser(request: IncomingMessage): Promise<string | null> {
  const token = request.headers.authorization?.slice('Bearer '.length);
  if (!token) return null;
  const [row] = await sql.query<{ user_id: string }>('select user_id from sessions where token = $1 and expires_at > now()', [token]);
  return row?.user_id ?? null;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function route(request: IncomingMessage, response: ServerResponse) {
  const path = request.url ?? '/';
  if (path === '/readyz') return send(response, 200, '{"status":"ready"}');
  const userId = await sessionUser(request);
  if (!userId) return send(response, 401, '{"error":"unauthorized"}');
  if (path !== `/api/${userId}/tasks`) return send(response, 404, '{"error":"not_found"}');
  if (request.method === 'GET') {
    const rows = await sql.query(`select ${columns} from tasks where user_id = $1 order by created_at asc, id asc limit 100`, [userId]);
    return send(response, 200, JSON.stringify(rows));
  }
  if (request.method === 'POST') {
    const { title } = JSON.parse(await readBody(request)) as { title?: unknown };
    if (typeof title !== 'string' || !title) return send(response, 400, '{"error":"validation_error"}');
    const [row] = await sql.query(`insert into tasks (user_id, title) values ($1, $2) returning ${columns}`, [userId, title]);
    return send(response, 201, JSON.stringify(row));
  }
  return send(response, 404, '{"error":"not_found"}');
}

serveBare(sql, route);
