import { Pool } from 'pg';
import type { ListTasksQuery, TaskPageJson } from '@todo/domain';
import type { Database } from './database';
import { createTaskPageSqlJson } from './task-page-sql-json';
import { createTaskPageTextRows } from './task-page-text-rows';
import type { WriteSignal } from './write-invalidated-cache';

/**
 * The REST list's page as JSON, without a Date or an object per row: on Postgres from its text rows
 * (`task-page-text-rows.ts`); on PGlite, which runs in this thread, written by the database in one
 * value (`task-page-sql-json.ts`). `list` stays the store's object read; a spec holds both to it.
 */
export function createTaskPageJson(db: Database, onTaskWrite?: WriteSignal): (userId: string, query: ListTasksQuery) => Promise<TaskPageJson> {
  const client = (db as { $client?: unknown }).$client;
  return client instanceof Pool ? createTaskPageTextRows(db, client) : createTaskPageSqlJson(db, onTaskWrite);
}

