import type { Sql } from './sql.mts';

export interface BenchUser {
  id: string;
  token: string;
}

export async function signUp(baseUrl: string, name: string): Promise<BenchUser> {
  const email = `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@bench.test`;
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, email, password: 'bench-password-1' }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { id: body.user.id, token: body.token };
}

/** Inserts `count` tasks for `userId` in one statement, with distinct created_at values like real traffic. */
export async function seedTasks(sql: Sql, userId: string, count: number): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(
    `insert into tasks (user_id, title, description, priority, tags, created_at, updated_at)
     select $1, 'task ' || n, 'seeded for the benchmark', (array['low','medium','high'])[1 + n % 3],
            array['bench', 'tag' || (n % 7)], now() - make_interval(secs => $2::int - n), now()
     from generate_series(1, $2::int) as n
     returning id`,
    [userId, count],
  );
  return rows.map((row) => row.id);
}
