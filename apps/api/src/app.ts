import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import {
  createConversationStore,
  createSessionLookup,
  createTaskStore,
  createUserSettingsStore,
  migrateDatabase,
  openDatabase,
  type DatabaseHandle,
} from '@todo/db';
import { REQUEST_BODY_LIMIT_BYTES, type UserProfile } from '@todo/domain';
import './fastify-augment';
import { createAuth } from './auth';
import type { AppConfig } from './config';
import { AccessLogController, createLogger } from './logging';
import { clientErrorHandler, frameworkErrors } from './errors/framework-errors';
import authGuard from './plugins/auth-guard';
import errorHandler from './plugins/error-handler';
import openapi from './plugins/openapi';
import requestTimeZone from './plugins/request-time-zone';
import zodSchemas from './plugins/zod-schemas';
import { authRoutes } from './routes/auth';
import { healthRoutes, type HealthState } from './routes/health';
import taskRoutes from './routes/tasks';
import taskParseRoutes from './routes/task-parse';
import chatRoutes from './routes/chat';
import mcpRoutes from './routes/mcp';
import meRoutes from './routes/me';

export const BODY_LIMIT_BYTES = REQUEST_BODY_LIMIT_BYTES;
const MAX_TOKEN_LENGTH = 512;
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface BuildAppOptions {
  config: AppConfig;
  /** An open database; when omitted the app opens `config.DATABASE_URL` and closes it with the server. */
  database?: DatabaseHandle;
  /** Where log lines go (stdout by default); `false` turns logging off, as most tests do. */
  logger?: false | DestinationStream;
}

export interface App {
  server: FastifyInstance;
  health: HealthState;
}

export async function buildApp({ config, database, logger }: BuildAppOptions): Promise<App> {
  const handle = database ?? openDatabase(config.DATABASE_URL, { max: config.DB_POOL_MAX });
  // Embedded PGlite is a one-process install: it migrates itself. A shared Postgres is migrated
  // by the explicit `migrate` step, never by every replica racing at start.
  if (!database && handle.kind === 'pglite') await migrateDatabase(handle);

  const server = Fastify({
    ...(logger === false ? { logger: false } : { loggerInstance: createLogger(config.LOG_LEVEL, logger) }),
    logController: new AccessLogController(),
    bodyLimit: BODY_LIMIT_BYTES,
    connectionTimeout: 60_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    trustProxy: config.TRUST_PROXY as FastifyServerOptions['trustProxy'],
    // A client's X-Request-Id is kept only when it is a plain token: it is echoed and logged.
    requestIdHeader: false,
    genReqId: (request) => {
      const offered = request.headers['x-request-id'];
      return typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  });
  const health: HealthState = { draining: false };
  const auth = createAuth(handle.db, config, server.log);

  server.decorate('config', config);
  server.decorate('tasks', createTaskStore(handle.db, handle));
  server.decorate('conversations', createConversationStore(handle.db));
  server.decorate('userSettings', createUserSettingsStore(handle.db));
  const userForSessionToken = createSessionLookup(handle);
  server.decorate('userForToken', async (token: string | undefined): Promise<UserProfile | null> =>
    token && token.length <= MAX_TOKEN_LENGTH ? userForSessionToken(token) : null,
  );
  server.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // The ingress sends /api and /mcp straight here, so the api carries these headers itself.
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  });
  if (!database) server.addHook('onClose', () => handle.close());

  await server.register(errorHandler);
  await server.register(zodSchemas);
  // Before every route: the document collects the routes registered after it.
  await server.register(openapi);
  await server.register(healthRoutes(handle.ping, health));
  await server.register(authRoutes(auth, { signUpsPerHour: config.SIGN_UP_LIMIT_PER_HOUR }));
  await server.register(async (protectedRoutes) => {
    await protectedRoutes.register(authGuard);
    await protectedRoutes.register(requestTimeZone);
    await protectedRoutes.register(meRoutes);
    await protectedRoutes.register(taskRoutes);
    await protectedRoutes.register(taskParseRoutes);
    await protectedRoutes.register(chatRoutes);
    await protectedRoutes.register(mcpRoutes);
  });
  return { server, health };
}
