/** @jest-environment node */
import { decodeSession, encodeSession, isHttpsRequest, sessionCookieOptions, sessionFromCookieHeader } from './session-cookie';

const session = { token: 'tok.en', user: { id: 'u1', email: 'ann@example.com', name: 'Ann Ö' } };

describe('session cookie', () => {
  it('round-trips a session through the cookie value', () => {
    const value = encodeSession(session);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSession(value)).toEqual(session);
  });

  it('rejects missing, garbled or incomplete values', () => {
    expect(decodeSession(undefined)).toBeNull();
    expect(decodeSession('not base64 json')).toBeNull();
    expect(decodeSession(Buffer.from('{"token":""}').toString('base64url'))).toBeNull();
  });

  it('finds the session among other cookies', () => {
    expect(sessionFromCookieHeader(`a=1; todo_session=${encodeSession(session)}; b=2`)).toEqual(session);
    expect(sessionFromCookieHeader('a=1')).toBeNull();
    expect(sessionFromCookieHeader(null)).toBeNull();
  });

  it('is httpOnly and sameSite=lax, secure only over https', () => {
    expect(sessionCookieOptions(false)).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false, path: '/' });
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(isHttpsRequest(new Headers())).toBe(false);
  });
});
