import pg from 'pg';
import { call, type Outcome, type TestUser } from './http';
import { Tally } from './tally';

/** What the api acknowledged, and what it answered without a verdict (the write may or may not have happened). */
export class Ledger {
  readonly tally = new Tally();
  readonly created = new Map<number, { title: string; userId: string }>();
  readonly completed = new Set<number>();
  readonly unacknowledgedTitles = new Set<string>();
  readonly unacknowledgedCompletions = new Set<number>();
  /** Every outcome with the request it answered, for tests that reason about timing. */
  readonly outcomes: (Outcome & { kind: 'create' | 'complete' })[] = [];

  get acknowledgedWrites(): number {
    return this.created.size + this.completed.size;
  }
}

export interface WriterOptions {
  baseUrl: string;
  user: TestUser;
  clientId: number;
  ledger: Ledger;
  running: () => boolean;
  /** Back-off after a 503, as a client honouring retry-after would (shortened for the test). */
  pauseAfterUnavailableMs?: number;
  /** Stop this writer after the first failed connection (the server is gone). */
  stopOnSocketError?: boolean;
}

/** Creates a task, then completes it explicitly, until told to stop. */
export async function writer(options: WriterOptions) {
  const { baseUrl, user, clientId, ledger } = options;
  const record = (kind: 'create' | 'complete', outcome: Outcome) => {
    ledger.tally.add(outcome);
    ledger.outcomes.push({ ...outcome, kind });
    return outcome;
  };
  const backOff = async (outcome: Outcome) => {
    if (outcome.status === 503) await new Promise((resolve) => setTimeout(resolve, options.pauseAfterUnavailableMs ?? 50));
  };
  for (let seq = 0; options.running(); seq += 1) {
    const title = `client ${clientId} task ${seq}`;
    const created = record('create', await call(baseUrl, 'POST', `/api/${user.id}/tasks`, { token: user.token, body: { title } }));
    if (created.status !== 201) {
      if (created.status === null || created.status >= 500) ledger.unacknowledgedTitles.add(title);
      if (created.status === null && options.stopOnSocketError) return;
      await backOff(created);
      continue;
    }
    const { id } = created.body as { id: number };
    ledger.created.set(id, { title, userId: user.id });
    if (!options.running()) return;
    const completed = record(
      'complete',
      await call(baseUrl, 'PATCH', `/api/${user.id}/tasks/${id}/complete`, { token: user.token, body: { completed: true } }),
    );
    if (completed.status === 200) ledger.completed.add(id);
    else ledger.unacknowledgedCompletions.add(id);
    if (completed.status === null && options.stopOnSocketError) return;
    await backOff(completed);
  }
}

export interface Verdict {
  acknowledged: number;
  stored: number;
  lost: number[];
  duplicates: string[];
  /** Stored rows the api never acknowledged and never answered ambiguously for. */
  phantoms: number[];
  /** Stored rows from requests that got no verdict (5xx, or no answer): allowed, reported. */
  unacknowledgedStored: number;
  wrongCompletion: number[];
}

/** Compares the database with the ledger: acknowledged writes must all be there, exactly once. */
export async function verify(databaseUrl: string, userIds: string[], ledger: Ledger): Promise<Verdict> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; title: string; user_id: string; completed: boolean }>(
      'select id, title, user_id, completed from tasks where user_id = any($1)',
      [userIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const titleCounts = new Map<string, number>();
    for (const row of rows) titleCounts.set(row.title, (titleCounts.get(row.title) ?? 0) + 1);
    const lost = [...ledger.created].filter(([id, task]) => byId.get(id)?.title !== task.title).map(([id]) => id);
    const extra = rows.filter((row) => !ledger.created.has(row.id));
    const phantoms = extra.filter((row) => !ledger.unacknowledgedTitles.has(row.title)).map((row) => row.id);
    const wrongCompletion = rows
      .filter((row) => ledger.created.has(row.id) && !ledger.unacknowledgedCompletions.has(row.id))
      .filter((row) => row.completed !== ledger.completed.has(row.id))
      .map((row) => row.id);
    return {
      acknowledged: ledger.created.size,
      stored: rows.length,
      lost,
      duplicates: [...titleCounts].filter(([, n]) => n > 1).map(([title]) => title),
      phantoms,
      unacknowledgedStored: extra.length - phantoms.length,
      wrongCompletion,
    };
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
