import type { RawAnswer } from './raw-http';

// What a driver or ORM error carries (the failed query, its parameters, a stack): never for a client.
const INTERNAL_DETAIL = /Failed query|\bparams: |node_modules\/|\n\s+at \S+ \(/;

/** Why an answer breaks the contract's error rules, or null when it keeps them. */
export function contractViolation(answer: RawAnswer, surface: string): string | null {
  if (answer.status === null) return `no answer (${answer.error})`;
  if (answer.status >= 500) return `server error ${answer.status}`;
  if (INTERNAL_DETAIL.test(answer.text)) return `leaked an internal error: ${answer.text.slice(0, 120)}`;
  if (answer.status < 400) return null;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `${answer.status} with a non-JSON body: ${answer.text.slice(0, 80)}`;
  }
  if (isErrorBody(body)) return null;
  // The MCP transport answers protocol errors as JSON-RPC, which MCP clients expect.
  if (surface === 'mcp' && isJsonRpcError(body)) return null;
  return `${answer.status} body is not {error, message, details?}: ${answer.text.slice(0, 120)}`;
}

function isErrorBody(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const record = body as Record<string, unknown>;
  const extra = Object.keys(record).filter((key) => !['error', 'message', 'details'].includes(key));
  return typeof record['error'] === 'string' && typeof record['message'] === 'string' && extra.length === 0;
}

function isJsonRpcError(body: unknown): boolean {
  const error = (body as { jsonrpc?: unknown; error?: { code?: unknown; message?: unknown } } | null)?.error;
  return (body as { jsonrpc?: unknown }).jsonrpc === '2.0' && typeof error?.code === 'number' && typeof error.message === 'string';
}
