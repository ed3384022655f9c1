import type { ErrorBody } from '@todo/domain';

/** An error response of the api, in the contract's `{error, message, details}` shape. */
export class ApiError extends Error implements ErrorBody {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const text = await response.text().catch(() => '');
    const body = parseErrorBody(text);
    if (body) return new ApiError(response.status, body.error, body.message, body.details);
    // Something in between (a proxy, a crashed upstream) answered without our error shape.
    const message = text.trim().slice(0, 200) || response.statusText || `HTTP ${response.status}`;
    return new ApiError(response.status, `http_${response.status}`, message);
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

function parseErrorBody(text: string): ErrorBody | null {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && 'error' in value && 'message' in value) {
      const { error, message, details } = value as ErrorBody;
      if (typeof error === 'string' && typeof message === 'string') return { error, message, details };
    }
  } catch {
    return null;
  }
  return null;
}
