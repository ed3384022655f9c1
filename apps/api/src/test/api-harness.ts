import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '@todo/db';
import { openTestDatabase, testDatabaseUrls } from '@todo/db/testing';
import type { AuthResponse } from '@todo/domain';
import { buildApp, type App, type BuildAppOptions } from '../app';
import { loadConfig } from '../config';

export { testDatabaseUrls };

export interface ApiHarness {
  app: App;
  server: FastifyInstance;
  database: DatabaseHandle;
  signUp(name?: string): Promise<AuthResponse>;
  /** `server.inject` with a bearer token; a plain object body is sent as JSON. */
  call(token: string | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let accounts = 0;

/** The real app on a real, freshly migrated database (PGlite in memory, or `TEST_DATABASE_URL`). */
export async function startApi(url: string, env: Record<string, string> = {}, { logger = false }: Pick<BuildAppOptions, 'logger'> = {}): Promise<ApiHarness> {
  const database = await openTestDatabase(url);
  // Suites sign up many accounts from one address; the sign-up limit has its own tests.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SIGN_UP_LIMIT_PER_HOUR: '1000000', ...env });
  const app = await buildApp({ config, database, logger });
  await app.server.ready();
  const server = app.server;

  const call: ApiHarness['call'] = (token, options) =>
    server.inject({
      ...options,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    });

  async function signUp(name = 'Tester'): Promise<AuthResponse> {
    const email = `${name.toLowerCase()}.${process.pid}.${++accounts}.${Date.now()}@example.test`;
    const response = await server.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name, email, password: 'correct horse battery' },
    });
    if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
    return response.json();
  }

  return {
    app,
    server,
    database,
    signUp,
    call,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

/** Asserts the contract's error shape and returns the body. */
export function expectError(response: { statusCode: number; json(): unknown }, status: number, error?: string) {
  const body = response.json() as { error: unknown; message: unknown };
  expect({ status: response.statusCode, error: body.error }).toEqual({ status, error: error ?? body.error });
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
  return body;
}
