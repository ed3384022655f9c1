import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { bearer } from 'better-auth/plugins';
import { PASSWORD_MAX, PASSWORD_MIN, SESSION_LIFETIME_SECONDS } from '@todo/domain';
import { accounts, sessions, users, verifications, type Database } from '@todo/db';
import type { FastifyBaseLogger } from 'fastify';
import { authLogHandler } from './auth-log';
import type { AppConfig } from './config';

export function createAuth(db: Database, config: AppConfig, log: FastifyBaseLogger) {
  return betterAuth({
    appName: 'todo-chatbot',
    secret: config.AUTH_SECRET,
    baseURL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
    },
    session: { expiresIn: SESSION_LIFETIME_SECONDS, disableSessionRefresh: true },
    plugins: [bearer()],
    telemetry: { enabled: false },
    logger: { disabled: config.NODE_ENV === 'test', level: 'error', log: authLogHandler(log) },
  });
}

export type Auth = ReturnType<typeof createAuth>;
