import { REQUEST_BODY_LIMIT_BYTES } from '@todo/domain';
import { apiUrl } from './api';
import { sessionFromCookieHeader } from './session-cookie';

// Hop-by-hop headers describe one connection, not the message; cookies stay on the web origin.
const requestHeadersToDrop = ['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'cookie', 'content-length', 'accept-encoding'];
// fetch() has already decoded the body, so its encoding and length no longer hold.
const responseHeadersToDrop = ['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length'];
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const jsonError = (status: number, error: string, message: string) => Response.json({ error, message }, { status });

/** The origin our own pages are served from, as the browser sees it (behind a TLS ingress too). */
function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  return `${proto}://${request.headers.get('host') ?? url.host}`;
}

/**
 * A cookie-authorised write must come from our own pages: sameSite=lax already keeps the
 * cookie off cross-site writes, this refuses them outright in older browsers too. The Origin
 * must match in scheme, host and port; `null` (sandboxed frames, some redirects) is refused.
 */
function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null' || !URL.canParse(origin)) return true;
  return new URL(origin).origin !== new URL(ownOrigin(request)).origin;
}

/** Streams a request for `/api/*` or `/mcp` to the api and its response back, unchanged but for auth. */
export async function proxyToApi(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  // The api would answer 413 and close the socket mid-upload, which fetch reports as a reset.
  if (Number(request.headers.get('content-length') ?? 0) > REQUEST_BODY_LIMIT_BYTES) {
    return jsonError(413, 'payload_too_large', 'The request body is too large');
  }
  const target = new URL(incoming.pathname + incoming.search, apiUrl());

  const headers = new Headers(request.headers);
  for (const name of requestHeadersToDrop) headers.delete(name);
  headers.set('accept-encoding', 'identity');
  headers.set('x-forwarded-host', request.headers.get('host') ?? incoming.host);
  headers.set('x-forwarded-proto', request.headers.get('x-forwarded-proto') ?? incoming.protocol.replace(':', ''));

  if (!headers.has('authorization')) {
    const session = sessionFromCookieHeader(request.headers.get('cookie'));
    if (session) {
      if (!safeMethods.has(request.method) && isCrossSite(request)) {
        return jsonError(403, 'forbidden', 'Cross-site requests are not accepted');
      }
      headers.set('authorization', `Bearer ${session.token}`);
    }
  }

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: safeMethods.has(request.method) ? undefined : request.body,
      redirect: 'manual',
      signal: request.signal,
      // Required by Node's fetch to stream a request body.
      duplex: 'half',
    } as RequestInit);
  } catch {
    return jsonError(502, 'api_unreachable', 'The api could not be reached');
  }

  const responseHeaders = new Headers(upstream.headers);
  for (const name of responseHeadersToDrop) responseHeaders.delete(name);
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
}
