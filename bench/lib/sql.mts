import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` on one connection inside BEGIN … COMMIT (ROLLBACK when it throws). */
  transaction<T>(work: (query: Sql['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openPostgres(url: string, max = 10): Sql {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  return {
    query: async <Row,>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as Row[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(async <Row,>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[]);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openPglite(dataDir: string): Sql {
  const db = new PGlite(dataDir);
  return {
    query: async <Row,>(text: string, params?: unknown[]) => (await db.query<Row>(text, params)).rows,
    transaction: (work) => db.transaction((tx) => work(async <Row,>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows)),
    close: () => db.close(),
  };
}

/** A fresh database on the server `adminUrl` points at, dropped by `drop()`. */
export async function scratchDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = openPostgres(adminUrl, 1);
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}
