import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isApiError } from '@todo/api-client';
import { decodeSession, encodeSession, isHttpsRequest, SESSION_COOKIE, sessionCookieOptions, type Session } from './session-cookie';

export async function readSession(): Promise<Session | null> {
  return decodeSession((await cookies()).get(SESSION_COOKIE)?.value);
}

/** The session, or a redirect to sign-in for signed-out visitors. */
export async function requireSession(): Promise<Session> {
  const session = await readSession();
  if (!session) redirect('/sign-in');
  return session;
}

export async function startSession(session: Session): Promise<void> {
  const secure = isHttpsRequest(await headers());
  (await cookies()).set(SESSION_COOKIE, encodeSession(session), sessionCookieOptions(secure));
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** Renders cannot clear cookies, so an expired token is sent to a route that can. */
export function redirectWhenExpired(error: unknown): never {
  if (isApiError(error) && error.status === 401) redirect('/session/expired');
  throw error;
}
