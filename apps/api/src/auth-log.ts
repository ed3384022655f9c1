import type { FastifyBaseLogger } from 'fastify';

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;

/** Emails name people: the log keeps that an address was involved, not which. */
export const redactEmails = (text: string) => text.replace(EMAIL, '[email]');

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactEmails(value);
  if (value instanceof Error) return { type: value.name, message: redactEmails(value.message) };
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner)]));
  return value;
}

/**
 * Better Auth's log handler: one structured line per event through the api's logger (pino),
 * emails redacted, instead of its own multi-line console output.
 */
export function authLogHandler(log: FastifyBaseLogger) {
  return (level: 'debug' | 'info' | 'warn' | 'error', message: string, ...args: unknown[]) => {
    log[level]({ source: 'better-auth', details: args.length ? redactValue(args) : undefined }, redactEmails(message.replace(/\s+/g, ' ').trim()));
  };
}
