// Postgres SQLSTATEs (class 08 connection exceptions, 57P0x shutdown/cannot-connect, 53300 too
// many connections) and socket errors that mean "the database is not there right now".
const unavailableSqlStates = /^(08\d{3}|57P0[1-3]|53300)$/;
const unavailableErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const unavailableMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection terminated unexpectedly',
  'terminating connection',
  'the database system is',
  'PGlite is closed',
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && (unavailableSqlStates.test(code) || unavailableErrnos.has(code))) return true;
  if (typeof message === 'string' && unavailableMessages.some((text) => message.includes(text))) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) {
    return true;
  }
  return isDatabaseUnavailable(cause, depth + 1);
}
