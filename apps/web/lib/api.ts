import { createApiClient } from '@todo/api-client';
import type { Session } from './session-cookie';

/** Read on every call, never at build time: one image serves every environment. */
export function apiUrl(): string {
  return process.env.API_URL || 'http://localhost:8000';
}

export function apiFor(session?: Session | null) {
  return createApiClient({ baseUrl: apiUrl(), token: session?.token });
}
