import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, strictTransportSecurity } from './lib/security-headers';
import { isHttpsRequest, SESSION_COOKIE } from './lib/session-cookie';

const publicPages = ['/sign-in', '/sign-up', '/session/expired'];

const isApiPath = (pathname: string) => pathname.startsWith('/api/') || pathname === '/mcp';

/** Next.js answers a path it cannot decode (`%ZZ`) with a bare 500; the api's clients get the contract's 400. */
function guardApiPath(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.json({ error: 'bad_request', message: 'The request URL is malformed' }, { status: 400 });
  }
}

/**
 * Sends visitors without a session to sign-in before any rendering (so they get a real
 * redirect, not a streamed page), and gives each render a fresh CSP nonce, which Next.js
 * applies to its own scripts. Whether the session is still valid is the api's call.
 */
export function proxy(request: NextRequest) {
  if (isApiPath(request.nextUrl.pathname)) return guardApiPath(request.nextUrl.pathname);
  if (!request.cookies.has(SESSION_COOKIE) && !publicPages.includes(request.nextUrl.pathname)) {
    return NextResponse.redirect(new URL('/sign-in', request.url));
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  const hsts = strictTransportSecurity(isHttpsRequest(request.headers) || request.nextUrl.protocol === 'https:');
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

export const config = {
  matcher: [
    '/api/:path*',
    '/mcp',
    {
      source: '/((?!api/|mcp|healthz|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
