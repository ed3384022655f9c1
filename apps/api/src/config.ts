import { z } from 'zod';

export const DEV_AUTH_SECRET = 'dev-only-insecure-secret-do-not-use-in-production';

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.string().optional(),
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
    PUBLIC_URL: z.url().optional(),
    CHAT_PROVIDER: z.enum(['local', 'openai']).default('local'),
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_BASE_URL: z.url().optional(),
    CHAT_MODEL: z.string().default('gpt-4o-mini'),
    /** How long /readyz reports 503 before the server stops accepting connections on SIGTERM. */
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    /** Upper bound for draining in-flight requests before the process exits anyway. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.AUTH_SECRET, {
    message: 'AUTH_SECRET is required when NODE_ENV=production',
    path: ['AUTH_SECRET'],
  });

export type AppConfig = z.infer<typeof configSchema> & { AUTH_SECRET: string; usesDevSecret: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once at start-up; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const usesDevSecret = !parsed.data.AUTH_SECRET;
  return { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? DEV_AUTH_SECRET, usesDevSecret };
}
