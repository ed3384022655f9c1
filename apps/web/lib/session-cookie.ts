import { SESSION_LIFETIME_SECONDS, type AuthResponse } from '@todo/domain';

/** The signed-in user and their api token, kept only in an httpOnly cookie. */
export type Session = AuthResponse;

export const SESSION_COOKIE = 'todo_session';

export function encodeSession(session: Session): string {
  return Buffer.from(JSON.stringify({ token: session.token, user: session.user })).toString('base64url');
}

export function decodeSession(value: string | undefined | null): Session | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Session>;
    const { token, user } = parsed;
    if (typeof token !== 'string' || !token || typeof user?.id !== 'string') return null;
    return { token, user: { id: user.id, email: String(user.email ?? ''), name: String(user.name ?? '') } };
  } catch {
    return null;
  }
}

export function sessionFromCookieHeader(header: string | null): Session | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeSession(rest.join('='));
  }
  return null;
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: SESSION_LIFETIME_SECONDS };
}

/** Behind a TLS-terminating ingress the app sees plain HTTP; the forwarded protocol tells. */
export function isHttpsRequest(headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return forwarded === 'https';
}
