export interface Outcome {
  /** null when no HTTP answer came back (see `error`). */
  status: number | null;
  body: unknown;
  /** The socket-level failure, e.g. ECONNREFUSED, UND_ERR_SOCKET, TimeoutError. */
  error?: string;
  startedAt: number;
  endedAt: number;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  timeoutMs?: number;
}

function errorCode(error: unknown): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string; name?: string } };
  return cause?.code ?? cause?.name ?? name ?? 'unknown';
}

/** One JSON request over fetch; never throws, so a load loop can record every outcome. */
export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<Outcome> {
  const startedAt = Date.now();
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(baseUrl + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: kept as text for the contract checks
    }
    return { status: response.status, body, startedAt, endedAt: Date.now() };
  } catch (error) {
    return { status: null, body: null, error: errorCode(error), startedAt, endedAt: Date.now() };
  }
}

export interface TestUser {
  id: string;
  token: string;
  email: string;
  password: string;
}

export async function signUp(baseUrl: string, name: string): Promise<TestUser> {
  const email = `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@reliability.test`;
  const password = `pw-${Math.random().toString(36).slice(2)}-long`;
  const outcome = await call(baseUrl, 'POST', '/api/auth/sign-up/email', { body: { name, email, password } });
  if (outcome.status !== 200) throw new Error(`sign-up failed: ${outcome.status ?? outcome.error} ${JSON.stringify(outcome.body)}`);
  const { token, user } = outcome.body as { token: string; user: { id: string } };
  return { id: user.id, token, email, password };
}
