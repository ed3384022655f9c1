// The baseline: a bare node:http server doing the same work as the api for the benchmarked
// routes (bearer token → session + user lookup, then the same task SQL), with no framework,
// validation library or ORM, so the benchmark can report the api as a ratio of it.
// env: BASELINE_DATABASE (postgres://… or a PGlite folder), PORT, HOST, DB_POOL_MAX
import type { IncomingMessage, ServerResponse } from 'node:http';
import { openBaselineDatabase, serveBare } from '../lib/bare-server.mts';

interface TaskRow {
  id: number;
  user_id: string;
  title: string;
  description: string;
  completed: boolean;
  priority: string;
  tags: string[];
  due_at: Date | null;
  recurrence_every: string | null;
  recurrence_interval: number | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const sql = openBaselineDatabase();

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const toTask = (row: TaskRow) => ({
  id: row.id,
  user_id: row.user_id,
  title: row.title,
  description: row.description,
  completed: row.completed,
  priority: row.priority,
  tags: row.tags,
  due_at: iso(row.due_at),
  recurrence: row.recurrence_every ? { every: row.recurrence_every, interval: row.recurrence_interval } : null,
  completed_at: iso(row.completed_at),
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(payload);
}

async function sessionUser(request: IncomingMessage): Promise<string | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return null;
  const [row] = await sql.query<{ user_id: string }>(
    `select s.user_id, u.email, u.name from sessions s join users u on u.id = s.user_id
     where s.token = $1 and s.expires_at > now()`,
    [token],
  );
  return row?.user_id ?? null;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

const columns = 'id, user_id, title, description, completed, priority, tags, due_at, recurrence_every, recurrence_interval, completed_at, created_at, updated_at';

async function route(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://baseline');
  if (url.pathname === '/readyz') return send(response, 200, { status: 'ready' });
  const match = /^\/api\/([^/]+)\/tasks(?:\/(\d+)\/complete)?$/.exec(url.pathname);
  if (!match) return send(response, 404, { error: 'not_found', message: 'no route' });
  const userId = await sessionUser(request);
  if (!userId) return send(response, 401, { error: 'unauthorized', message: 'sign in' });
  if (decodeURIComponent(match[1]) !== userId) return send(response, 403, { error: 'forbidden', message: 'not yours' });

  if (request.method === 'GET' && !match[2]) {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 500);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const [rows, [{ total }]] = await Promise.all([
      sql.query<TaskRow>(`select ${columns} from tasks where user_id = $1 order by created_at asc, id asc limit $2 offset $3`, [
        userId,
        limit,
        offset,
      ]),
      sql.query<{ total: number }>('select count(*)::int as total from tasks where user_id = $1', [userId]),
    ]);
    return send(response, 200, rows.map(toTask), { 'x-total-count': String(total) });
  }
  if (request.method === 'POST' && !match[2]) {
    const body = await readJson(request);
    if (typeof body['title'] !== 'string' || !body['title'].trim()) return send(response, 400, { error: 'validation_error', message: 'title' });
    const [row] = await sql.query<TaskRow>(`insert into tasks (user_id, title) values ($1, $2) returning ${columns}`, [userId, body['title'].trim()]);
    return send(response, 201, toTask(row));
  }
  if (request.method === 'PATCH' && match[2]) {
    const id = Number(match[2]);
    const row = await sql.transaction(async (query) => {
      const [current] = await query<TaskRow>(`select ${columns} from tasks where user_id = $1 and id = $2 for update`, [userId, id]);
      if (!current) return null;
      const completed = !current.completed;
      const [updated] = await query<TaskRow>(
        `update tasks set completed = $3, completed_at = $4, updated_at = now() where user_id = $1 and id = $2 returning ${columns}`,
        [userId, id, completed, completed ? new Date() : null],
      );
      return updated;
    });
    return row ? send(response, 200, toTask(row)) : send(response, 404, { error: 'not_found', message: `Task ${id}` });
  }
  return send(response, 404, { error: 'not_found', message: 'no route' });
}

serveBare(sql, route);
