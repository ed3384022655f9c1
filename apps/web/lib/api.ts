import { createApiClient } from '@todo/api-client';
import type { Session } from './session-cookie';

/** Read on every call, never at build time: one image serves every environment. */
export function apiUrl(): string {
  return process.env.API_URL || 'http://localhost:8000';
}

/** `timeZone`: the viewer's zone for this call (the api falls back to the zone stored on the user). */
export function apiFor(session?: Session | null, timeZone?: string) {
  return createApiClient({ baseUrl: apiUrl(), token: session?.token, timeZone });
}
