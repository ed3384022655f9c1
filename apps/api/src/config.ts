import { z } from 'zod';

export const DEV_AUTH_SECRET = 'dev-only-insecure-secret-do-not-use-in-production';

/** Secrets that were published somewhere (our docs, examples) and so protect nothing. */
const KNOWN_SECRETS = new Set([DEV_AUTH_SECRET, 'change-me-to-a-long-random-string', 'change-me', 'changeme', 'secret']);
/** `openssl rand -hex 16` estimates at ≈ 118 bits; a word repeated, or a short phrase, far below. */
const MIN_SECRET_BITS = 100;

/** `abcabcabc`: a short string repeated carries only the short string's entropy. */
export function isRepetition(value: string): boolean {
  for (let period = 1; period <= value.length / 2; period += 1) {
    if (value.length % period === 0 && value.slice(period) === value.slice(0, value.length - period)) return true;
  }
  return false;
}

const strongEnough = (secret: string) => !isRepetition(secret) && estimatedEntropyBits(secret) >= MIN_SECRET_BITS;

/** Shannon estimate of the bits in a string, from its own character frequencies. */
export function estimatedEntropyBits(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / length) * Math.log2(count / length);
  return perChar * length;
}

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
    /**
     * Which peers may set X-Forwarded-For (Fastify's trustProxy): `loopback` (the web app on the
     * same machine), addresses/CIDRs separated by commas, a hop count, `true` or `false`.
     */
    TRUST_PROXY: z
      .string()
      .default('loopback')
      .transform((value): boolean | number | string => (value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value)),
    SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.AUTH_SECRET, {
    message: 'AUTH_SECRET is required when NODE_ENV=production',
    path: ['AUTH_SECRET'],
  })
  .refine((env) => env.NODE_ENV !== 'production' || !env.AUTH_SECRET || !KNOWN_SECRETS.has(env.AUTH_SECRET), {
    message: 'AUTH_SECRET is a published example value; generate one with: openssl rand -base64 32',
    path: ['AUTH_SECRET'],
  })
  .refine((env) => env.NODE_ENV !== 'production' || !env.AUTH_SECRET || strongEnough(env.AUTH_SECRET), {
    message: 'AUTH_SECRET is too predictable (repeated or too few distinct characters); generate one with: openssl rand -base64 32',
    path: ['AUTH_SECRET'],
  });

export type AppConfig = z.infer<typeof configSchema> & { AUTH_SECRET: string; usesDevSecret: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once at start-up; a bad value stops the process with the variable named.
 * An empty variable counts as unset: `.env` files, compose and Helm values pass `KEY=` as "".
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const usesDevSecret = !parsed.data.AUTH_SECRET;
  return { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? DEV_AUTH_SECRET, usesDevSecret };
}
