import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  type AnyPgColumn,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * What the `q` filter searches: title and description as English words, so "invoices" finds
 * "send the invoice". The GIN index is on this very expression; queries must use it verbatim.
 */
export const taskSearchDocument = (title: AnyPgColumn, description: AnyPgColumn) =>
  sql`to_tsvector('english', ${title} || ' ' || ${description})`;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// Better Auth's tables (user, session, account, verification), with its field names.
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  /** IANA zone the user's plain days and "today" are read in; null → UTC. Ours, not Better Auth's. */
  timeZone: text('time_zone'),
  ...timestamps,
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    ...timestamps,
  },
  (table) => [index('accounts_user_id_idx').on(table.userId)],
);

export const verifications = pgTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ...timestamps,
});

// The enum lists below repeat libs/domain's (priorities, recurrenceUnits, messageRoles) because
// drizzle-kit loads this file without the workspace's path aliases; schema.spec.ts keeps them equal.
export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    completed: boolean('completed').notNull().default(false),
    priority: text('priority', { enum: ['low', 'medium', 'high'] }).notNull().default('medium'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    dueAt: timestamp('due_at', { withTimezone: true }),
    recurrenceEvery: text('recurrence_every', { enum: ['day', 'week', 'month'] }),
    recurrenceInterval: integer('recurrence_interval'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    index('tasks_user_created_idx').on(table.userId, table.createdAt, table.id),
    index('tasks_user_completed_created_idx').on(table.userId, table.completed, table.createdAt),
    index('tasks_user_due_idx').on(table.userId, table.dueAt),
    index('tasks_tags_idx').using('gin', table.tags),
    index('tasks_search_idx').using('gin', taskSearchDocument(table.title, table.description)),
    check('tasks_priority_check', sql`${table.priority} in ('low', 'medium', 'high')`),
    check(
      'tasks_recurrence_check',
      sql`(${table.recurrenceEvery} is null) = (${table.recurrenceInterval} is null)`,
    ),
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ...timestamps,
  },
  (table) => [index('conversations_user_updated_idx').on(table.userId, table.updatedAt)],
);

export const messages = pgTable(
  'messages',
  {
    id: serial('id').primaryKey(),
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    content: text('content').notNull(),
    toolCalls: jsonb('tool_calls'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('messages_conversation_idx').on(table.conversationId, table.id)],
);

export const schema = { users, sessions, accounts, verifications, tasks, conversations, messages };
