import { ApiError } from './api-error';

export interface TransportOptions {
  /** The api origin (`http://localhost:8000`), or `''` for same-origin requests in a browser. */
  baseUrl: string;
  /** A session token; sent as `Authorization: Bearer <token>`. */
  token?: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
}

export interface Reply<T> {
  data: T;
  headers: Headers;
}

export type Send = <T>(method: string, path: string, options?: RequestOptions) => Promise<Reply<T>>;

export function toQueryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createTransport(options: TransportOptions): Send {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;

  return async function send<T>(method: string, path: string, { query, body }: RequestOptions = {}) {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}${toQueryString(query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (cause) {
      throw new ApiError(503, 'api_unreachable', 'The server could not be reached. Try again in a moment.', {
        cause: cause instanceof Error ? cause.message : String(cause),
      });
    }

    if (!response.ok) throw await ApiError.fromResponse(response);
    const text = response.status === 204 ? '' : await response.text();
    return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  };
}
